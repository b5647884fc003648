package ro.dosar.equality.report;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/equality/equality-monitoring-report-schedule.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class EqualityMonitoringReportScheduleProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "equalityMonitoringReportSchedule";

  private EqualityMonitoringReportScheduleProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Timer start events
    /** Anual, la începutul lui ianuarie. */
    public static final String NEW_YEAR = "newYear";

    // Call activities
    /** Raportul pentru anul încheiat. */
    public static final String PREPARE_ANNUAL_REPORT = "prepareAnnualReport";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    private Variables() {
    }
  }
}
