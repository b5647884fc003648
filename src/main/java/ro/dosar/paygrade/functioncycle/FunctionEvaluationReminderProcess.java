package ro.dosar.paygrade.functioncycle;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/paygrade/function-evaluation-reminder.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class FunctionEvaluationReminderProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "functionEvaluationReminder";

  private FunctionEvaluationReminderProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Timer intermediate catch events
    /** 4 ani și 6 luni de la inițiere. */
    public static final String REMINDER_DUE = "reminderDue";

    // User tasks
    /** Inițierea unui nou ciclu de evaluare (cel târziu ${nextCycleDue}). */
    public static final String PREPARE_NEXT_CYCLE = "prepareNextCycle";

    // Message intermediate catch events
    /** Un ciclu nou a fost inițiat. */
    public static final String NEW_CYCLE_STARTED = "newCycleStarted";

    private Elements() {
    }
  }

  /** Names of the messages the process waits for (correlate with these). */
  public static final class Messages {

    public static final String FUNCTION_EVALUATION_CYCLE_STARTED = "FunctionEvaluationCycleStarted";

    private Messages() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String NEXT_CYCLE_DUE = "nextCycleDue";
    public static final String REMINDER_AT = "reminderAt";

    // Form fields only
    public static final String NEXT_CYCLE_PLANNED = "nextCyclePlanned";

    private Variables() {
    }
  }
}
