package ro.dosar.contest.changes;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/contest-suspension.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class ContestSuspensionProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "contestSuspension";

  private ContestSuspensionProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Decizia privind reluarea concursului (Rector). */
    public static final String DECIDE_RESUMPTION = "decideResumption";
    /** Confirmările scrise ale candidaților (§8.5.2(3)-(4)). */
    public static final String COLLECT_CONFIRMATIONS = "collectConfirmations";

    // Message boundary events
    /** Reluare comunicată. */
    public static final String CONTEST_RESUMED_RECEIVED = "contestResumedReceived";

    private Elements() {
    }
  }

  /** Names of the messages the process waits for (correlate with these). */
  public static final class Messages {

    public static final String CONTEST_RESUMED = "ContestResumed";

    private Messages() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String ANNULMENT_REASON = "annulmentReason";
    public static final String CONFIRMATIONS_DUE_AT = "confirmationsDueAt";
    public static final String CONTEST_ID = "contestId";
    public static final String RESUMPTION_DECISION = "resumptionDecision";
    public static final String SECRETARY = "secretary";
    public static final String SUSPENSION_REASON = "suspensionReason";

    // Form fields only
    public static final String CONFIRMATIONS_RECORDED = "confirmationsRecorded";
    public static final String CONFIRMED_CODES = "confirmedCodes";
    public static final String NEW_DATES_PUBLISHED = "newDatesPublished";
    public static final String NEW_FIRST_TEST_DATE = "newFirstTestDate";
    public static final String NEW_INTERVIEW_DATE = "newInterviewDate";
    public static final String RESUMPTION_REMARKS = "resumptionRemarks";

    // Set and read by code only (no model expression or form key uses them)
    /** Codurile candidaților care trebuie să-și confirme participarea. */
    public static final String CODES_TO_CONFIRM = "codesToConfirm";
    /** Opțiunile formularului de confirmări (JSON). */
    public static final String CONFIRMATION_OPTIONS = "confirmationOptions";
    /** Starea concursului înainte de suspendare. */
    public static final String STATUS_BEFORE_SUSPENSION = "statusBeforeSuspension";
    /** Ziua suspendării (yyyy-MM-dd). */
    public static final String SUSPENDED_ON = "suspendedOn";

    private Variables() {
    }
  }
}
