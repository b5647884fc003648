package ro.dosar.evaluation;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/evaluation/performance-evaluation-campaign.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class PerformanceEvaluationCampaignProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "performanceEvaluationCampaign";

  private PerformanceEvaluationCampaignProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Subprocesses
    /** Fiecare salariat. */
    public static final String SCREEN_EMPLOYEES = "screenEmployees";

    // Business rule tasks
    /** Când se evaluează salariatul. */
    public static final String ASSESS_ELIGIBILITY = "assessEligibility";

    // Call activities
    /** Evaluarea salariatului. */
    public static final String EVALUATE_EMPLOYEE = "evaluateEmployee";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String CONTRACTUAL_EMPLOYEES = "contractualEmployees";
    public static final String ELIGIBILITY_ANSWER = "eligibilityAnswer";
    public static final String EMPLOYEE = "employee";
    public static final String EVALUATED_YEAR = "evaluatedYear";

    // Set and read by code only (the table inputs are read by the decision)
    public static final String CONTRACT_ENDS_OR_MODIFIED = "contractEndsOrModified";
    public static final String CONTRACT_SUSPENDED = "contractSuspended";
    public static final String IS_DEBUTANT = "isDebutant";
    public static final String LONG_LEAVE_LAST12_MONTHS = "longLeaveLast12Months";
    public static final String MONTHS_WORKED_IN_PERIOD = "monthsWorkedInPeriod";
    /** The employees not evaluated now, with the table's answer for each ("user: DEFERRED"). */
    public static final String NOT_EVALUATED_NOW = "notEvaluatedNow";
    public static final String PROMOTED_OR_NEW_DIPLOMA = "promotedOrNewDiploma";

    private Variables() {
    }
  }
}
