package ro.dosar.paygrade.categorisation;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/paygrade/institution-categorisation.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class InstitutionCategorisationProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "institutionCategorisation";

  private InstitutionCategorisationProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Categorisirea manuală. */
    public static final String CATEGORISE_MANUALLY = "categoriseManually";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String CATEGORY_TABLE = "categoryTable";
    public static final String MANUAL_CLASSIFICATION_REQUIRED = "manualClassificationRequired";

    // Form fields only
    public static final String CATEGORY_AS_OF2020_09_01 = "categoryAsOf2020_09_01";
    public static final String INSTITUTION_ID = "institutionId";
    public static final String INSTITUTION_NAME = "institutionName";
    public static final String INSTITUTION_TYPE = "institutionType";
    public static final String MANUAL_CATEGORY = "manualCategory";
    public static final String MANUAL_JUSTIFICATION = "manualJustification";
    public static final String NEW_EVALUATION_CATEGORY = "newEvaluationCategory";
    public static final String PERFORMING_ARTS_KIND = "performingArtsKind";
    public static final String PUPILS_CHILDREN_COUNT = "pupilsChildrenCount";
    public static final String SPECIALIST_FUNCTIONS_COUNT = "specialistFunctionsCount";

    private Variables() {
    }
  }
}
