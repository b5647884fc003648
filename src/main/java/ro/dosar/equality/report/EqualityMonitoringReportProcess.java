package ro.dosar.equality.report;

import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.domain.ProcessNumbers;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/equality/equality-monitoring-report.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class EqualityMonitoringReportProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "equalityMonitoringReport";

  private EqualityMonitoringReportProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Proiectul raportului anual. */
    public static final String DRAFT_REPORT = "draftReport";
    /** Aprobarea raportului de directorul general. */
    public static final String APPROVE_REPORT = "approveReport";
    /** Publicarea raportului (intern și pe site). */
    public static final String PUBLISH_REPORT = "publishReport";

    // Service tasks (queried by tests)
    /** Generarea raportului (PDF). */
    public static final String GENERATE_REPORT_DOCUMENT = "generateReportDocument";

    // End events (queried by tests)
    /** Raport publicat. */
    public static final String REPORT_PUBLISHED = "reportPublished";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String DRAFT_ACTION = "draftAction";
    public static final String REPORT_APPROVED = "reportApproved";
    public static final String REPORT_TO_PREPARE = "reportToPrepare";

    // Form fields only
    public static final String DIFFICULTIES = "difficulties";
    public static final String INSTITUTION = "institution";
    public static final String INTERNAL_PUBLICATION_DATE = "internalPublicationDate";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String REPORT_YEAR = "reportYear";
    public static final String RETURN_COMMENTS = "returnComments";
    public static final String WEBSITE_PUBLICATION_DATE = "websitePublicationDate";
    public static final String WEBSITE_URL = "websiteUrl";

    // Set and read by code only
    public static final String ANALYSIS_TRIGGER = "analysisTrigger";
    public static final String ANALYSIS_TRIGGERS = "analysisTriggers";
    public static final String INDICATORS_MET = "indicatorsMet";
    public static final String INDICATORS_MONITORED = "indicatorsMonitored";
    public static final String REPORT_DOCUMENT_ID = "reportDocumentId";
    public static final String REPORT_ID = "reportId";

    private Variables() {
    }
  }

  /** The year the report covers. */
  public static Integer reportYear(VariableScope scope) {
    return ProcessNumbers.intValue(scope, Variables.REPORT_YEAR);
  }
}
