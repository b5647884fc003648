package ro.dosar.equality.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.equality.report.AnnualReports.AnnualReport;
import ro.dosar.equality.report.EqualityMonitoringReportProcess.Variables;
import ro.dosar.gender.EqualityRules;
import ro.dosar.gender.IndicatorStatus;
import ro.dosar.institution.OutsideInstitutionException;
import ro.dosar.tasklist.AlreadyStarted;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of {@code equalityMonitoringReport} ({@code
 * bpmn/equality/equality-monitoring-report.bpmn}, spec §6.3): which year is reported, the
 * snapshot of the figures, the server-side checks of the draft, the approval and the publication
 * (each also records what the form decided), and the PDF.
 */
@Component
public class ReportSteps {

  /** The kind (template) of the annual report document. */
  static final String DOCUMENT_KIND = "raport-monitorizare-egalitate";

  private final EqualityReportService reports;
  private final ReportRequests requests;
  private final AnnualReports annualReports;
  private final EqualityRules rules;
  private final ContestDocuments documents;
  private final ReportDocument reportDocument;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;
  private final ObjectMapper json;

  ReportSteps(EqualityReportService reports, ReportRequests requests,
      AnnualReports annualReports, EqualityRules rules, ContestDocuments documents,
      ReportDocument reportDocument, WorkingDayCalendar calendar,
      IdentityService identityService, ObjectMapper json) {
    this.reports = reports;
    this.requests = requests;
    this.annualReports = annualReports;
    this.rules = rules;
    this.documents = documents;
    this.reportDocument = reportDocument;
    this.calendar = calendar;
    this.identityService = identityService;
    this.json = json;
  }

  /** The business key of a report: {@code EGAL-UVT-2026}; also the owner of its document. */
  public static String businessKey(String institution, int year) {
    return "EGAL-" + institution + "-" + year;
  }

  /**
   * The annual timer's cycle, {@code dosar.equality.report.timer-cycle}, read by {@code
   * equalityMonitoringReportSchedule} when the models are deployed.
   */
  public String timerCycle() {
    return reports.properties().timerCycle();
  }

  /**
   * The start form's re-check (end listener of the start event): a report started by the
   * Equality Officer names a year that is over, within the plan ({@code first-year}..{@code
   * last-year}) and not yet reported, and an institution of Dosar (blank = the first configured).
   * A start by the timer ({@code equalityMonitoringReportSchedule} calls the process without a
   * year) is decided by {@link #prepare}.
   */
  void checkStart(DelegateExecution execution) {
    if (execution.getVariable(Variables.REPORT_YEAR) == null) {
      return;
    }
    int year;
    String institution;
    try {
      year = requests.year(Variables.REPORT_YEAR, execution.getVariable(Variables.REPORT_YEAR));
      institution = requests.institution(Variables.INSTITUTION,
          execution.getVariable(Variables.INSTITUTION));
    } catch (InvalidInputException e) {
      throw FormRejection.reject(e.getField(), e.getMessage());
    } catch (OutsideInstitutionException e) {
      throw FormRejection.reject(Variables.INSTITUTION, "Raportul se întocmește pentru instituția "
          + "dumneavoastră; „" + execution.getVariable(Variables.INSTITUTION) + "” nu este a ei.");
    }
    FormRejection.require(year < calendar.today().getYear(), Variables.REPORT_YEAR,
        ("Anul %d nu s-a "
        + "încheiat; raportul anual se întocmește după 31 decembrie (cifrele la zi se văd în "
        + "GET /api/equality/report).").formatted(year));
    int lastYear = reports.properties().lastYear();
    FormRejection.require(year <= lastYear, Variables.REPORT_YEAR,
        ("Planul se încheie în %d; pentru "
        + "anul %d este nevoie de un plan nou (dosar.equality.report.last-year).")
        .formatted(lastYear, year));
    Optional<AnnualReport> existing = annualReports.find(institution, year);
    if (existing.isPresent()) {
      // One report per institution and year (the table's key equality_report_once is the
      // backstop): a second start is a conflict, 409.
      throw new AlreadyStarted(("Raportul pentru anul %d există deja (%s).")
          .formatted(year, existing.get().status()));
    }
    execution.setVariable(Variables.REPORT_YEAR, (long) year);
    execution.setVariable(Variables.INSTITUTION, institution);
  }

  /**
   * Which report this instance prepares: the checked year of the start form, or, started by the
   * timer, the calendar year just ended for the first configured institution; a year outside the
   * plan or already reported ends a timer-started instance without a report ({@code
   * reportToPrepare = false}).
   */
  public void prepare(DelegateExecution execution) {
    String institution;
    int year;
    if (execution.getVariable(Variables.REPORT_YEAR) != null) {
      year = ((Number) execution.getVariable(Variables.REPORT_YEAR)).intValue();
      institution = (String) execution.getVariable(Variables.INSTITUTION);
    } else {
      year = calendar.today().getYear() - 1;
      institution = requests.institution(Variables.INSTITUTION, null);
    }
    ReportProperties settings = reports.properties();
    boolean toPrepare = annualReports.find(institution, year).isEmpty()
        && year >= settings.firstYear() && year <= settings.lastYear();
    execution.setVariable(Variables.REPORT_YEAR, (long) year);
    execution.setVariable(Variables.INSTITUTION, institution);
    execution.setVariable(Variables.REPORT_TO_PREPARE, toPrepare);
    if (toPrepare) {
      execution.setProcessBusinessKey(businessKey(institution, year));
      execution.setVariable(Variables.REPORT_ID,
          annualReports.create(institution, year, execution.getProcessInstanceId()));
    }
  }

  /** Computes the figures and stores them as the report's snapshot (§6.3 "data cut-off"). */
  public void computeSnapshot(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(Variables.REPORT_ID)).longValue();
    String institution = (String) execution.getVariable(Variables.INSTITUTION);
    int year = ((Number) execution.getVariable(Variables.REPORT_YEAR)).intValue();
    EqualityReport report = reports.compute(institution, year);
    try {
      annualReports.snapshot(id, json.writeValueAsString(report),
          report.indicators().monitored(), report.indicators().met());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store the report snapshot", e);
    }
    execution.setVariable(Variables.INDICATORS_MONITORED, (long) report.indicators().monitored());
    execution.setVariable(Variables.INDICATORS_MET, (long) report.indicators().met());
    execution.setVariable(Variables.ANALYSIS_TRIGGER, !report.analysisTriggers().isEmpty());
    execution.setVariable(Variables.ANALYSIS_TRIGGERS, report.analysisTriggers().isEmpty()
        ? "Niciun gen nu are sub o treime într-un grup de funcții de conducere."
        : "Sub o treime (GLEG identifică cauzele și propune acțiuni corective, [S6.1]): "
            + String.join("; ", report.analysisTriggers()) + ".");
  }

  /**
   * The draft (end listener of {@code draftReport}): recompute, or submit to the Director
   * General with recommendations and difficulties, and only when at least 10 indicators are
   * monitored (IND-3.2a, DMN-4).
   */
  void checkDraft(DelegateExecution task) {
    Object action = task.getVariable(Variables.DRAFT_ACTION);
    FormRejection.require("SUBMIT".equals(action) || "RECOMPUTE".equals(action),
        Variables.DRAFT_ACTION,
        "Alegeți: trimiteți proiectul spre aprobare sau recalculați cifrele.");
    if ("RECOMPUTE".equals(action)) {
      return;
    }
    String recommendations = FormRejection.text(task.getVariable(Variables.RECOMMENDATIONS),
        Variables.RECOMMENDATIONS, "Recomandări");
    String difficulties = FormRejection.text(task.getVariable(Variables.DIFFICULTIES),
        Variables.DIFFICULTIES,
        "Dificultăți întâmpinate și remedieri");
    AnnualReport report = annualReports.get(reportId(task));
    int monitored = report.indicatorsMonitored() == null ? 0 : report.indicatorsMonitored();
    FormRejection.require(rules.indicatorTargetStatus("IND-3.2a", monitored, 0, null)
        == IndicatorStatus.MET, Variables.DRAFT_ACTION,
            ("Raportul acoperă doar %d indicatori; planul cere "
        + "cel puțin 10 (măsura S3.2). Completați înregistrările (personal, concursuri, formare) "
        + "și recalculați cifrele.").formatted(monitored));
    annualReports.submitted(report.id(), recommendations, difficulties);
  }

  /** The Director General's decision (end listener of {@code approveReport}). */
  void checkApproval(DelegateExecution task) {
    boolean approved = FormRejection.choice(task, Variables.REPORT_APPROVED);
    long id = reportId(task);
    if (approved) {
      Authentication user = identityService.getCurrentAuthentication();
      annualReports.approved(id, calendar.today(), user == null ? null : user.getUserId());
    } else {
      annualReports.returned(id, FormRejection.text(task.getVariable(Variables.RETURN_COMMENTS),
          Variables.RETURN_COMMENTS, "Observații pentru refacerea proiectului"));
    }
  }

  /** Generates the approved report's PDF from the stored snapshot. */
  public void generateDocument(DelegateExecution execution) {
    AnnualReport report = annualReports.get(reportId(execution));
    EqualityReport figures;
    try {
      figures = json.readValue(report.snapshot(), EqualityReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the report snapshot " + report.id(), e);
    }
    long documentId = documents.generateFor(
        businessKey(report.institutionCode(), report.reportYear()), DOCUMENT_KIND,
        "Raportul anual de monitorizare a planului de egalitate de gen – " + report.reportYear(),
        reportDocument.model(figures, report));
    annualReports.document(report.id(), documentId);
    execution.setVariable(Variables.REPORT_DOCUMENT_ID, documentId);
  }

  /** The publication (end listener of {@code publishReport}): both dates and the page's URL. */
  void checkPublication(DelegateExecution task) {
    AnnualReport report = annualReports.get(reportId(task));
    LocalDate internally = publicationDate(task, Variables.INTERNAL_PUBLICATION_DATE,
        "Data publicării interne", report.approvedOn());
    LocalDate website = publicationDate(task, Variables.WEBSITE_PUBLICATION_DATE,
        "Data publicării pe site", report.approvedOn());
    String url = FormRejection.text(task.getVariable(Variables.WEBSITE_URL), Variables.WEBSITE_URL,
        "Adresa paginii de pe site");
    FormRejection.require(url.matches("https?://\\S+\\.\\S+") && url.length() <= 500,
        Variables.WEBSITE_URL, "Adresa „" + url + "” nu este o adresă web (https://…).");
    annualReports.published(report.id(), internally, website, url);
  }

  private LocalDate publicationDate(DelegateExecution task, String field, String label,
      LocalDate approvedOn) {
    String text = FormRejection.text(task.getVariable(field), field, label);
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw FormRejection.reject(field, "„" + label + "”: data „" + text
          + "” nu este validă (AAAA-LL-ZZ).");
    }
    FormRejection.require(!date.isAfter(calendar.today()), field,
        "„" + label + "”: publicarea se înregistrează după ce a avut loc, nu în viitor.");
    FormRejection.require(approvedOn == null || !date.isBefore(approvedOn), field,
        "„" + label + "”: raportul a fost aprobat la " + approvedOn
            + "; nu poate fi publicat înainte.");
    return date;
  }

  private static long reportId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Variables.REPORT_ID)).longValue();
  }
}
