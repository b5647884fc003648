package ro.dosar.evaluation;

import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.domain.ProcessNumbers;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/evaluation/performance-evaluation.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class PerformanceEvaluationProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "performanceEvaluation";

  private PerformanceEvaluationProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Raportul de evaluare: ${employeeName}. */
    public static final String FILL_EVALUATION_FORM = "fillEvaluationForm";
    /** Interviul de evaluare: ${employeeName}. */
    public static final String EVALUATION_INTERVIEW = "evaluationInterview";
    /** Contrasemnarea raportului (Director). */
    public static final String COUNTERSIGN = "countersign";
    /** Luarea la cunoștință a raportului. */
    public static final String ACKNOWLEDGE_REPORT = "acknowledgeReport";
    /** Referatul salariatului. */
    public static final String EMPLOYEE_REFERENCE = "employeeReference";
    /** Referatul evaluatorului. */
    public static final String EVALUATOR_REFERENCE = "evaluatorReference";
    /** Referatul contrasemnatarului. */
    public static final String COUNTERSIGNER_REFERENCE = "countersignerReference";
    /** Soluționarea contestației (Director). */
    public static final String RESOLVE_CONTEST = "resolveContest";
    /** Comunicarea rezultatului contestației. */
    public static final String COMMUNICATE_CONTEST_RESULT = "communicateContestResult";
    /** Analiza menținerii în post (calificativ nesatisfăcător). */
    public static final String ASSESS_RETENTION = "assessRetention";

    // Message intermediate catch events
    /** Contestație depusă la Director. */
    public static final String CONTEST_FILED = "contestFiled";

    // Timer intermediate catch events
    /** Termen de contestare expirat. */
    public static final String CONTEST_WINDOW_CLOSED = "contestWindowClosed";

    // Business rule tasks
    /** Calificativul final. */
    public static final String DETERMINE_FINAL_GRADE = "determineFinalGrade";

    // End events (queried by tests)
    /** Evaluare încheiată. */
    public static final String EVALUATION_DONE = "evaluationDone";

    private Elements() {
    }
  }

  /** Names of the messages the process waits for (correlate with these). */
  public static final class Messages {

    public static final String EVALUATION_CONTEST_FILED = "EvaluationContestFiled";

    private Messages() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String CONTEST_DEADLINE_AT = "contestDeadlineAt";
    public static final String COUNTERSIGN_MODIFIES = "countersignModifies";
    public static final String EMPLOYEE_NAME = "employeeName";
    public static final String EMPLOYEE_USER = "employeeUser";
    public static final String EVALUATED_YEAR = "evaluatedYear";
    public static final String EVALUATION_DUE_AT = "evaluationDueAt";
    public static final String EVALUATOR_IS_DIRECTOR = "evaluatorIsDirector";
    public static final String EVALUATOR_USER = "evaluatorUser";
    public static final String FINAL_NOTE_HUNDREDTHS = "finalNoteHundredths";
    public static final String FORM_TO_BE_MODIFIED = "formToBeModified";
    public static final String GRADE = "grade";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    public static final String RESULT_COMMUNICATION_DUE_AT = "resultCommunicationDueAt";

    // Form fields only
    public static final String ACKNOWLEDGEMENT_KIND = "acknowledgementKind";
    public static final String CONTEST_FINAL_NOTE = "contestFinalNote";
    public static final String CONTEST_OUTCOME = "contestOutcome";
    public static final String CONTEST_REASONS = "contestReasons";
    public static final String CRITERION_NOTE1 = "criterionNote1";
    public static final String CRITERION_NOTE10 = "criterionNote10";
    public static final String CRITERION_NOTE11 = "criterionNote11";
    public static final String CRITERION_NOTE12 = "criterionNote12";
    public static final String CRITERION_NOTE13 = "criterionNote13";
    public static final String CRITERION_NOTE14 = "criterionNote14";
    public static final String CRITERION_NOTE15 = "criterionNote15";
    public static final String CRITERION_NOTE16 = "criterionNote16";
    public static final String CRITERION_NOTE17 = "criterionNote17";
    public static final String CRITERION_NOTE18 = "criterionNote18";
    public static final String CRITERION_NOTE2 = "criterionNote2";
    public static final String CRITERION_NOTE3 = "criterionNote3";
    public static final String CRITERION_NOTE4 = "criterionNote4";
    public static final String CRITERION_NOTE5 = "criterionNote5";
    public static final String CRITERION_NOTE6 = "criterionNote6";
    public static final String CRITERION_NOTE7 = "criterionNote7";
    public static final String CRITERION_NOTE8 = "criterionNote8";
    public static final String CRITERION_NOTE9 = "criterionNote9";
    public static final String EMPLOYEE_POINT_OF_VIEW = "employeePointOfView";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String MODIFICATION_REASON = "modificationReason";
    public static final String MODIFICATION_TEXT = "modificationText";
    public static final String MODIFIED_FINAL_NOTE = "modifiedFinalNote";
    public static final String NEXT_OBJECTIVES = "nextObjectives";
    public static final String OBJECTIVE1 = "objective1";
    public static final String OBJECTIVE2 = "objective2";
    public static final String OBJECTIVE3 = "objective3";
    public static final String OBJECTIVE4 = "objective4";
    public static final String OBJECTIVE5 = "objective5";
    public static final String OBJECTIVE_NOTE1 = "objectiveNote1";
    public static final String OBJECTIVE_NOTE2 = "objectiveNote2";
    public static final String OBJECTIVE_NOTE3 = "objectiveNote3";
    public static final String OBJECTIVE_NOTE4 = "objectiveNote4";
    public static final String OBJECTIVE_NOTE5 = "objectiveNote5";
    public static final String OUTSTANDING_RESULTS = "outstandingResults";
    public static final String REFERENCE_TEXT = "referenceText";
    public static final String RESULT_COMMUNICATED = "resultCommunicated";

    // Set and read by code only
    public static final String ACKNOWLEDGED_ON = "acknowledgedOn";
    public static final String CONTESTED = "contested";
    public static final String CONTEST_DEADLINE = "contestDeadline";
    public static final String CRITERIA_NOTE = "criteriaNote";
    public static final String FINAL_NOTE = "finalNote";
    public static final String OBJECTIVES_NOTE = "objectivesNote";
    public static final String PERIOD_TEXT = "periodText";
    public static final String POSITION_TYPE = "positionType";

    private Variables() {
    }

    /** The text of objective {@code number} (1 to 5). */
    public static String objective(int number) {
      return "objective" + number;
    }

    /** The note of objective {@code number} (1 to 5). */
    public static String objectiveNote(int number) {
      return "objectiveNote" + number;
    }

    /** The note of criterion {@code number} (1 to 18). */
    public static String criterionNote(int number) {
      return "criterionNote" + number;
    }
  }

  /** The business key of an employee's evaluation for a year ("EVALUARE-user-2026"). */
  public static String businessKey(String employeeUser, int evaluatedYear) {
    return "EVALUARE-" + employeeUser + "-" + evaluatedYear;
  }

  /** The year the evaluation covers. */
  public static Integer evaluatedYear(VariableScope scope) {
    return ProcessNumbers.intValue(scope, Variables.EVALUATED_YEAR);
  }
}
