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

    // Business rule tasks
    /** Categoria după numărul de elevi/copii (tabelul 1). */
    public static final String CATEGORISE_PRIMARY_EDUCATION = "categorisePrimaryEducation";
    /** Categoria după numărul funcțiilor de specialitate (pct. 4). */
    public static final String CATEGORISE_PENITENTIARY_MEDICAL_UNIT =
        "categorisePenitentiaryMedicalUnit";
    /** Categoria după tabelul 3 (denumire sau fel). */
    public static final String CATEGORISE_PERFORMING_ARTS = "categorisePerformingArts";
    /** Statutul național (compartimentul I¹). */
    public static final String CATEGORISE_NATIONAL_STATUS_HERITAGE =
        "categoriseNationalStatusHeritage";
    /** Categoria bibliotecii (compartimentul I, pct. 3). */
    public static final String CATEGORISE_LIBRARY = "categoriseLibrary";

    // End events (queried by tests)
    /** Categorie stabilită. */
    public static final String CATEGORY_SET = "categorySet";
    /** Categorie stabilită manual. */
    public static final String CATEGORY_SET_MANUALLY = "categorySetManually";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String CATEGORY_ANSWER = "categoryAnswer";
    public static final String CATEGORY_TABLE = "categoryTable";
    public static final String MANUAL_CLASSIFICATION_REQUIRED = "manualClassificationRequired";
    public static final String SPECIALIST_FUNCTIONS_HUNDREDTHS = "specialistFunctionsHundredths";

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

    // Set and read by code only
    public static final String CATEGORISED_BY = "categorisedBy";
    public static final String CATEGORY_RESULT = "categoryResult";
    public static final String CATEGORY_RULE = "categoryRule";
    public static final String CATEGORY_TABLE_NAME = "categoryTableName";
    public static final String MANUAL_REASON = "manualReason";
    public static final String MANUAL_REASON_TEXT = "manualReasonText";
    public static final String MATCHED_INSTITUTION_ID = "matchedInstitutionId";
    public static final String REQUEST_SUMMARY = "requestSummary";

    private Variables() {
    }
  }
}
