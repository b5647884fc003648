package ro.dosar.evaluation;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/evaluation/performance-evaluation-schedule.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class PerformanceEvaluationScheduleProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "performanceEvaluationSchedule";

  private PerformanceEvaluationScheduleProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Timer start events
    /** 1 ianuarie, 00:05. */
    public static final String NEW_YEAR = "newYear";

    // Call activities
    /** Campania pentru anul încheiat. */
    public static final String OPEN_CAMPAIGN = "openCampaign";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    private Variables() {
    }
  }
}
