package ro.dosar.paygrade.categorisation;

import static ro.dosar.paygrade.categorisation.CategorisationForm.checkNamedInstitution;
import static ro.dosar.paygrade.categorisation.CategorisationForm.educationType;
import static ro.dosar.paygrade.categorisation.CategorisationForm.libraryCategory;
import static ro.dosar.paygrade.categorisation.CategorisationForm.optional;
import static ro.dosar.paygrade.categorisation.CategorisationForm.performingArtsKind;
import static ro.dosar.paygrade.categorisation.CategorisationForm.pupilsChildrenCount;
import static ro.dosar.paygrade.categorisation.CategorisationForm.required;
import static ro.dosar.paygrade.categorisation.CategorisationForm.romanian;
import static ro.dosar.paygrade.categorisation.CategorisationForm.specialistFunctionsCount;
import static ro.dosar.paygrade.categorisation.CategorisationForm.table;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ro.dosar.paygrade.categorisation.InstitutionCategorisationProcess.Variables;
import ro.dosar.paygrade.functioncycle.FunctionCycleSteps;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of the process {@value #PROCESS_KEY} ({@code bpmn/paygrade/
 * institution-categorisation.bpmn}, spec §3.13 P3), called as {@code
 * ${categorisationSteps.<step>(execution)}}; the form re-checks are listener beans ({@link
 * CategorisationFormChecks}).
 *
 * <p>Every category comes from the tables of {@code dmn/paygrade/institution-category.dmn},
 * which the model's business rule tasks evaluate ({@code categorisePrimaryEducation}, …); this
 * class only prepares their inputs from the form's variables and records the answer, read by
 * {@link InstitutionCategorisation#answer}: {@value Variables#CATEGORY_RESULT} (as text: "1",
 * "NATIONAL"…), {@value Variables#CATEGORY_RULE}, {@value Variables#MANUAL_REASON} and {@value
 * Variables#MANUAL_REASON_TEXT}. When no table gives a category, a person decides it in the task "Categorisirea manuală", with the reason in front of
 * them, and {@value Variables#CATEGORY_RESULT} then holds the category they chose.
 *
 * <p>A request that lacks what its table needs is refused at the start form. Bad data that is
 * still data (a negative count) is not refused: it goes to manual categorisation, as {@link
 * InstitutionCategorisation} diagnoses it.
 */
@Component
public class CategorisationSteps {

  /** The process key; a contract with the model and with tenancy. */
  public static final String PROCESS_KEY = InstitutionCategorisationProcess.KEY;
  /** The group that categorises by hand unless the setting {@value #MANUAL_GROUP_SETTING} names
   * another (spec §3.13 P3 names the MoF's pay-policy staff or the line ministry). */
  public static final String DEFAULT_MANUAL_GROUP = FunctionCycleSteps.PAY_POLICY;
  public static final String MANUAL_GROUP_SETTING = "dosar.paygrade.manual-categorisation-group";

  static final int MAX_NAME_LENGTH = 300;
  static final int MAX_CATEGORY_LENGTH = 40;
  static final int MAX_JUSTIFICATION_LENGTH = 4000;

  private final String manualGroup;

  public CategorisationSteps(
      @Value("${" + MANUAL_GROUP_SETTING + ":" + DEFAULT_MANUAL_GROUP + "}") String manualGroup) {
    this.manualGroup = manualGroup == null || manualGroup.isBlank() ? DEFAULT_MANUAL_GROUP
        : manualGroup.strip();
  }

  /** The candidate group of the task "Categorisirea manuală". */
  public String manualCategorisationGroup() {
    return manualGroup;
  }

  // ---- The start form --------------------------------------------------------------------------

  /**
   * The request names the institution, a known table and what that table needs: the count for
   * the two counting tables (a negative one is let through, for a person to look at), an id only
   * from the table's own list, and no name that contradicts the id or that is a named
   * institution's name without its locality (which would otherwise be placed by its kind).
   */
  public void checkRequest(DelegateExecution execution) {
    String name = FormRejection.text(execution.getVariable(Variables.INSTITUTION_NAME),
        Variables.INSTITUTION_NAME,
        "Denumirea instituției");
    FormRejection.require(name.length() <= MAX_NAME_LENGTH, Variables.INSTITUTION_NAME,
        "Denumirea instituției poate avea cel mult %d de caractere.".formatted(MAX_NAME_LENGTH));
    CategoryTable table = table(execution);
    // The gateway compares the exact name; a client may have sent it in lower case.
    execution.setVariable(Variables.CATEGORY_TABLE, table.name());
    switch (table) {
      case PRIMARY_EDUCATION -> {
        educationType(execution);
        required(pupilsChildrenCount(execution), Variables.PUPILS_CHILDREN_COUNT,
            "Numărul de elevi/copii", table);
      }
      case PENITENTIARY_MEDICAL_UNIT -> required(specialistFunctionsCount(execution),
          Variables.SPECIALIST_FUNCTIONS_COUNT, "Numărul funcțiilor de specialitate", table);
      case PERFORMING_ARTS -> {
        performingArtsKind(execution);
        checkNamedInstitution(execution, table, name);
      }
      case NATIONAL_STATUS_HERITAGE -> checkNamedInstitution(execution, table, name);
      case LIBRARY -> {
        libraryCategory(execution, Variables.NEW_EVALUATION_CATEGORY);
        libraryCategory(execution, Variables.CATEGORY_AS_OF2020_09_01);
      }
    }
  }

  // ---- The table's business rule task and the step after it ---------------------------------

  /**
   * One input of the request's table, for the business rule task that evaluates it ({@code
   * ${categorisationSteps.tableInput(execution, 'institutionId')}}): the start form's values as
   * the table takes them, read from the process instance (the task's own inputs are local to it).
   */
  public Object tableInput(DelegateExecution execution, String input) {
    return tableInputs(execution.getProcessInstance()).get(input);
  }

  /**
   * Records the answer of the table's business rule task ({@value Variables#CATEGORY_ANSWER}, no
   * row when no rule matched): the category and its rule, or why it goes to manual categorisation.
   */
  @SuppressWarnings("unchecked")
  public void recordCategory(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    CategoryTable table = table(instance);
    Object answer = execution.getVariable(Variables.CATEGORY_ANSWER);
    record(execution, InstitutionCategorisation.answer(table, tableInputs(instance),
        answer instanceof Map<?, ?> row ? (Map<String, ?>) row : null), summary(instance, table));
  }

  /** The inputs of the request's table (spec §2, INT-06: a name becomes the institution's id). */
  private static Map<String, Object> tableInputs(DelegateExecution instance) {
    return switch (table(instance)) {
      case PRIMARY_EDUCATION -> {
        BigDecimal count = pupilsChildrenCount(instance);
        yield InstitutionCategorisation.primaryEducationInputs(educationType(instance),
            count == null ? null : count.intValueExact());
      }
      case PENITENTIARY_MEDICAL_UNIT -> InstitutionCategorisation.penitentiaryMedicalUnitInputs(
          specialistFunctionsCount(instance));
      case PERFORMING_ARTS -> {
        String id = optional(instance.getVariable(Variables.INSTITUTION_ID));
        yield InstitutionCategorisation.performingArtsInputs(id,
            id == null ? optional(instance.getVariable(Variables.INSTITUTION_NAME)) : null,
            performingArtsKind(instance));
      }
      case NATIONAL_STATUS_HERITAGE -> {
        String id = optional(instance.getVariable(Variables.INSTITUTION_ID));
        yield InstitutionCategorisation.nationalStatusHeritageInputs(id,
            id == null ? optional(instance.getVariable(Variables.INSTITUTION_NAME)) : null);
      }
      case LIBRARY -> InstitutionCategorisation.libraryInputs(
          libraryCategory(instance, Variables.NEW_EVALUATION_CATEGORY),
          libraryCategory(instance, Variables.CATEGORY_AS_OF2020_09_01));
    };
  }

  /** What the request said, in Romanian, for the manual task and Cockpit. */
  private static String summary(DelegateExecution instance, CategoryTable table) {
    return switch (table) {
      case PRIMARY_EDUCATION -> "Tipul instituției: %s; numărul de elevi/copii: %s.".formatted(
          romanian(educationType(instance)), romanian(pupilsChildrenCount(instance)));
      case PENITENTIARY_MEDICAL_UNIT -> "Numărul funcțiilor de specialitate: %s.".formatted(
          romanian(specialistFunctionsCount(instance)));
      case PERFORMING_ARTS -> {
        String id = optional(instance.getVariable(Variables.INSTITUTION_ID));
        PerformingArtsKind kind = performingArtsKind(instance);
        yield "Instituția aleasă din listă: %s; felul instituției: %s.".formatted(
            id == null ? "nicio instituție (căutată după denumire)" : id,
            kind == null ? "neindicat" : kind.romanian());
      }
      case NATIONAL_STATUS_HERITAGE -> {
        String id = optional(instance.getVariable(Variables.INSTITUTION_ID));
        yield "Instituția aleasă din listă: %s.".formatted(
            id == null ? "nicio instituție (căutată după denumire)" : id);
      }
      case LIBRARY -> {
        String newCategory = libraryCategory(instance, Variables.NEW_EVALUATION_CATEGORY);
        String keptCategory = libraryCategory(instance, Variables.CATEGORY_AS_OF2020_09_01);
        yield "Categoria de evaluare nouă: %s; categoria la 1 septembrie 2020: %s.".formatted(
            newCategory == null ? "lipsește" : newCategory,
            keptCategory == null ? "lipsește" : keptCategory);
      }
    };
  }

  /**
   * The table's answer as process variables, every one of them set (null when it does not
   * apply), so that the gateway, the manual form and Cockpit always find them.
   */
  private static void record(DelegateExecution execution, Categorisation answer,
      String summary) {
    execution.setVariable(Variables.CATEGORY_RESULT,
        answer.result() == null ? null : answer.result().toString());
    execution.setVariable(Variables.CATEGORY_RULE, answer.rule());
    execution.setVariable(Variables.MATCHED_INSTITUTION_ID, answer.institutionId());
    execution.setVariable(Variables.MANUAL_CLASSIFICATION_REQUIRED,
        answer.manualClassificationRequired());
    execution.setVariable(Variables.MANUAL_REASON,
        answer.manualReason() == null ? null : answer.manualReason().name());
    execution.setVariable(Variables.MANUAL_REASON_TEXT, answer.message());
    execution.setVariable(Variables.CATEGORY_TABLE_NAME, answer.table().romanian());
    execution.setVariable(Variables.REQUEST_SUMMARY, summary);
  }

  // ---- The manual task -------------------------------------------------------------------------

  /**
   * The person gives the category and says why; the category becomes {@value
   * Variables#CATEGORY_RESULT}, beside the recorded reason, and the person who decided is recorded.
   */
  public void checkManual(DelegateExecution execution) {
    String category = FormRejection.text(execution.getVariable(Variables.MANUAL_CATEGORY),
        Variables.MANUAL_CATEGORY,
        "Categoria stabilită");
    FormRejection.require(category.length() <= MAX_CATEGORY_LENGTH, Variables.MANUAL_CATEGORY,
        "Categoria poate avea cel mult %d de caractere.".formatted(MAX_CATEGORY_LENGTH));
    String justification = FormRejection.text(execution.getVariable(Variables.MANUAL_JUSTIFICATION),
        Variables.MANUAL_JUSTIFICATION, "Justificarea categoriei");
    FormRejection.require(justification.length() <= MAX_JUSTIFICATION_LENGTH,
        Variables.MANUAL_JUSTIFICATION, "Justificarea poate avea cel mult %d de caractere."
            .formatted(MAX_JUSTIFICATION_LENGTH));
    execution.setVariable(Variables.MANUAL_CATEGORY, category);
    execution.setVariable(Variables.MANUAL_JUSTIFICATION, justification);
    execution.setVariable(Variables.CATEGORY_RESULT, category);
    Authentication user = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    execution.setVariable(Variables.CATEGORISED_BY, user == null ? null : user.getUserId());
  }

}
