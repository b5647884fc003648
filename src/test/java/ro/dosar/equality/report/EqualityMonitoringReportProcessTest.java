package ro.dosar.equality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.equality.report.AnnualReports.AnnualReport;
import ro.dosar.equality.report.EqualityMonitoringReportProcess.Elements;
import ro.dosar.equality.report.EqualityMonitoringReportProcess.Variables;
import ro.dosar.support.Http;
import ro.dosar.support.PdfText;
import ro.dosar.support.ProcessTest;
import ro.dosar.support.TestLogin;
import ro.dosar.tasklist.AlreadyStarted;

/**
 * The annual monitoring report process (spec §6.3): the January timer starts the report for the
 * year just ended; the Equality Officer's draft is refused while fewer than 10 indicators are
 * monitored, recomputed once the records are there, returned by the Director General with
 * comments, approved; the PDF is generated and read back; the publication is recorded. A manual
 * start for a year already reported, not yet over or outside the plan is refused; after the
 * plan's last year the timer prepares nothing. The two scenarios share the application (and its
 * one annual timer), in this order.
 */
@ProcessTest
// Reports over the institution's whole equality records for a year, which other classes add
// to: a fresh context of its own, first in its group (ContextOrder), closed after it.
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EqualityMonitoringReportProcessTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  AnnualReports annualReports;
  @Autowired
  ContestDocuments documents;
  @LocalServerPort
  int port;

  @BeforeEach
  void people() {
    BpmnAwareTests.init(engine);
    for (String[] user : new String[][] {{"eo", "equality-officer"}, {"dg", "rector"}}) {
      if (identity.createUserQuery().userId(user[0]).count() == 0) {
        User u = identity.newUser(user[0]);
        u.setFirstName(user[0].equals("dg") ? "Maria" : "Elena");
        u.setLastName(user[0].equals("dg") ? "Director" : "Egal");
        u.setPassword(user[0]);
        identity.saveUser(u);
        identity.createMembership(user[0], user[1]);
      }
    }
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    identity.clearAuthentication();
  }

  static void now(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(8, 0).atZone(ZONE).toInstant()));
  }

  private Job annualTimer() {
    return engine.getManagementService().createJobQuery()
        .processDefinitionKey(EqualityMonitoringReportScheduleProcess.KEY).timers().singleResult();
  }

  private ProcessInstance report(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EqualityMonitoringReportProcess.KEY).processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  /** Completes the task as the user, so that the engine checks his authorizations. */
  private void complete(ProcessInstance instance, String key, String user, String group,
      Map<String, Object> variables) {
    Task task = task(instance, key);
    TestLogin.asUser(identity, user, List.of(group),
        () -> engine.getTaskService().complete(task.getId(), variables));
  }

  private static Map<String, Object> draft(String action) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("draftAction", action);
    draft.put("recommendations", "Încurajarea candidaturilor masculine în rețeaua medicală "
        + "școlară.");
    draft.put("difficulties", "Genul nu era înregistrat pentru toți angajații; completat în "
        + "decembrie.");
    return draft;
  }

  /** Enough records for 11 indicators: staff and leadership, training, a finished contest. */
  private void recordTheYear() {
    if (jdbc.sql("SELECT COUNT(*) FROM staff_member WHERE user_id = 'p.dg'").query(Integer.class)
        .single() > 0) {
      return;
    }
    EqualityRecords r = new EqualityRecords(jdbc);
    LocalDate since = LocalDate.of(2020, 1, 1);
    r.employee("p.dg", "FEMALE", "Conducere", "CIVIL_SERVANT", "DIRECTOR_GENERAL", since, null);
    r.employee("p.ed", "FEMALE", "Conducere", "CIVIL_SERVANT", "EXECUTIVE_DIRECTOR", since, null);
    r.employee("p.hs", "MALE", "Conducere", "CIVIL_SERVANT", "HEAD_OF_SERVICE", since, null);
    r.employees("p.f", 6, "FEMALE", "Direcția Sănătate", "CONTRACTUAL");
    r.employees("p.m", 2, "MALE", "Direcția Sănătate", "CONTRACTUAL");
    r.training("GENERAL_EQUALITY", LocalDate.of(2026, 3, 2), "p.f1", "p.f2", "p.m1");
    r.training("ANTI_HARASSMENT", LocalDate.of(2026, 4, 2), "p.f1");
    r.training("PROFESSIONAL_DEVELOPMENT", LocalDate.of(2026, 5, 2), "p.f1", "p.f2", "p.f3",
        "p.m1");
    long contest = r.contest("EXECUTION", "FILLED", LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 6, 1), true, "OK", null);
    r.commission(contest, "CC", "FEMALE", "MALE", "FEMALE");
    r.candidate(contest, "FEMALE", LocalDate.of(2026, 7, 1));
    r.candidate(contest, "MALE", null);
  }

  @Test
  @Order(1)
  void theTimerStartsTheReport_refusedDraft_returned_approved_pdf_published() throws Exception {
    String bpmn = Files.readString(Path.of("bpmn/equality/equality-monitoring-report-schedule"
        + ".bpmn"));
    assertThat(bpmn).contains("${reportSteps.timerCycle()}");
    Job timer = annualTimer();
    assertThat(timer).as("the annual timer is armed").isNotNull();
    // Default cycle "0 0 7 5 1 ?": 5 January, 07:00 (the server's time zone), from 2027.
    assertThat(timer.getDuedate()).isEqualTo(Date.from(LocalDate.of(2027, 1, 5).atTime(7, 0)
        .atZone(ZoneId.systemDefault()).toInstant()));

    now(LocalDate.of(2027, 1, 5));
    engine.getManagementService().executeJob(timer.getId());
    ProcessInstance report = report("EGAL-UVT-2026");
    assertThat(report).isWaitingAt(Elements.DRAFT_REPORT);
    // Every task names its case (issue 17): the report's business key, then the task.
    assertThat(task(report, Elements.DRAFT_REPORT).getName())
        .isEqualTo("EGAL-UVT-2026 — Proiectul raportului anual");
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("equality-officer")
        .processInstanceId(report.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(report.getId(),
        Variables.INDICATORS_MONITORED))
        .isEqualTo(7L);

    // Fewer than 10 indicators: the draft cannot go to the Director General.
    assertThatThrownBy(() -> complete(report, Elements.DRAFT_REPORT, "eo", "equality-officer",
        draft("SUBMIT"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Raportul acoperă doar 7 indicatori; planul cere cel puțin 10");
    assertThat(report).isWaitingAt(Elements.DRAFT_REPORT);

    // HR completes the records; the officer recomputes.
    recordTheYear();
    complete(report, Elements.DRAFT_REPORT, "eo", "equality-officer", Map.of("draftAction",
        "RECOMPUTE"));
    assertThat(report).isWaitingAt(Elements.DRAFT_REPORT);
    assertThat(engine.getRuntimeService().getVariable(report.getId(),
        Variables.INDICATORS_MONITORED))
        .isEqualTo(11L);
    // One man of three in leadership, none at the DG and executive-director levels: GLEG
    // identifies causes ([S6.1]); the draft form shows it.
    assertThat(engine.getRuntimeService().getVariable(report.getId(), Variables.ANALYSIS_TRIGGER))
        .isEqualTo(true);
    assertThat((String) engine.getRuntimeService().getVariable(report.getId(),
        Variables.ANALYSIS_TRIGGERS)).contains("Director general: bărbați 0 din 1 (0,00 %)");
    assertThat(Files.readString(Path.of("forms/equality/report-draft.form")))
        .contains("{{analysisTriggers}}");

    assertThatThrownBy(() -> complete(report, Elements.DRAFT_REPORT, "eo", "equality-officer",
        Map.of("draftAction", "SUBMIT", "recommendations", " ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Recomandări");
    complete(report, Elements.DRAFT_REPORT, "eo", "equality-officer", draft("SUBMIT"));
    assertThat(report).isWaitingAt(Elements.APPROVE_REPORT);
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("rector")
        .processInstanceId(report.getId()).count()).isEqualTo(1);

    // Returned with comments (a return without them is refused).
    assertThatThrownBy(() -> complete(report, Elements.APPROVE_REPORT, "dg", "rector",
        Map.of("reportApproved", "false"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Observații pentru refacerea proiectului");
    complete(report, Elements.APPROVE_REPORT, "dg", "rector", Map.of("reportApproved", "false",
        "returnComments", "Adăugați măsurile pentru funcțiile de conducere."));
    assertThat(report).isWaitingAt(Elements.DRAFT_REPORT);
    AnnualReport returned = annualReports.find("UVT", 2026).orElseThrow();
    assertThat(returned.status()).isEqualTo("RETURNED");
    assertThat(returned.returnComments()).startsWith("Adăugați măsurile");

    Map<String, Object> second = draft("SUBMIT");
    second.put("recommendations", "Mentorat pentru funcțiile de conducere; încurajarea "
        + "candidaturilor masculine.");
    complete(report, Elements.DRAFT_REPORT, "eo", "equality-officer", second);
    now(LocalDate.of(2027, 1, 12));
    complete(report, Elements.APPROVE_REPORT, "dg", "rector", Map.of("reportApproved", "true"));
    AnnualReport approved = annualReports.find("UVT", 2026).orElseThrow();
    assertThat(approved.status()).isEqualTo("APPROVED");
    assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(approved.approvedBy()).isEqualTo("dg");

    // The PDF is generated by a job (a failure becomes an incident).
    assertThat(report).isWaitingAt(Elements.GENERATE_REPORT_DOCUMENT);
    String download = "/api/equality/report/document?year=2026";
    assertThat(Http.as(port, "dg", "dg").get(download).statusCode())
        .as("no PDF before the generation job").isEqualTo(404);
    BpmnAwareTests.execute(BpmnAwareTests.job(report));
    assertThat(report).isWaitingAt(Elements.PUBLISH_REPORT);
    List<ContestDocument> pdfs = documents.ofOwner("EGAL-UVT-2026");
    assertThat(pdfs).extracting(ContestDocument::kind)
        .containsExactly("raport-monitorizare-egalitate");
    HttpResponse<String> pdf = Http.as(port, "eo", "eo").get(download);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Digest")).hasValue("sha-256=" + pdfs.get(0).sha256());
    String text = PdfText.of(documents.content(pdfs.get(0).id()));
    assertThat(text)
        .contains("RAPORTUL ANUAL DE MONITORIZARE A PLANULUI DE EGALITATE DE GEN – ANUL 2026")
        .contains("Universitatea de Vest din Timișoara")
        .contains("situația de referință de la 31.12.2025")
        // leadership against the baseline: 1 of 3 men now, 1 of 7 at the end of 2025
        .contains("IND-6.1b")
        .contains("femei 2 (66,67 %), bărbați 1 (33,33 %) din 3")
        .contains("femei 6 (85,71 %), bărbați 1 (14,29 %) din 7")
        .contains("Indicatori monitorizați: 11")
        .contains("Sesizări primite în an 0")
        .contains("nepublicat (sub 3)")
        .contains("Director general: bărbați 0 din 1 (0,00 %), sub o treime")
        .contains("Mentorat pentru funcțiile de conducere")
        .contains("Genul nu era înregistrat pentru toți angajații")
        .contains("Aprobat de Maria Director, director general, la 12.01.2027")
        .doesNotContain("SEXUAL_HARASSMENT");
    // 1/3 − 1/7 = +19.05 pp for men in leadership (a table cell may wrap)
    assertThat(text.replace(" ", "")).contains("+19,05p.p.");

    // Publication: not in the future, not before the approval, a real address.
    Map<String, Object> publication = new HashMap<>(Map.of(
        "internalPublicationDate", "2027-01-13", "websitePublicationDate", "2027-01-20",
        "websiteUrl", "https://www.uvt.ro/egalitate/raport-2026.pdf"));
    now(LocalDate.of(2027, 1, 14));
    assertThatThrownBy(() -> complete(report, Elements.PUBLISH_REPORT, "eo", "equality-officer",
        publication)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nu în viitor");
    publication.put("websitePublicationDate", "2027-01-11");
    assertThatThrownBy(() -> complete(report, Elements.PUBLISH_REPORT, "eo", "equality-officer",
        publication)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nu poate fi publicat înainte");
    publication.put("websitePublicationDate", "2027-01-14");
    publication.put("websiteUrl", "pe site");
    assertThatThrownBy(() -> complete(report, Elements.PUBLISH_REPORT, "eo", "equality-officer",
        publication)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nu este o adresă web");
    publication.put("websiteUrl", "https://www.uvt.ro/egalitate/raport-2026.pdf");
    complete(report, Elements.PUBLISH_REPORT, "eo", "equality-officer", publication);
    assertThat(report).isEnded().hasPassed(Elements.GENERATE_REPORT_DOCUMENT,
        Elements.REPORT_PUBLISHED);
    AnnualReport published = annualReports.find("UVT", 2026).orElseThrow();
    assertThat(published.status()).isEqualTo("PUBLISHED");
    assertThat(published.publishedInternallyOn()).isEqualTo(LocalDate.of(2027, 1, 13));
    assertThat(published.publishedOnWebsiteOn()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(published.websiteUrl()).isEqualTo("https://www.uvt.ro/egalitate/raport-2026.pdf");
    assertThat(published.documentId()).isEqualTo(pdfs.get(0).id());

    // A manual start for the same year is refused; so is a year not yet over.
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(EqualityMonitoringReportProcess.KEY).latestVersion().singleResult().getId();
    TestLogin.asUser(identity, "eo", List.of("equality-officer"), () -> {
      // A second report for the year is a conflict (409 through the engine REST API).
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition,
          Map.of("reportYear", 2026L))).isInstanceOf(AlreadyStarted.class)
          .hasMessageContaining("Raportul pentru anul 2026 există deja (PUBLISHED)");
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition,
          Map.of("reportYear", 2027L))).isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("Anul 2027 nu s-a încheiat");
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition,
          Map.of("reportYear", 2025L))).isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("nu poate fi raportat");
    });
  }

  @Test
  @Order(2)
  void startedByTheOfficerForAYear_andTheTimerStopsAfterThePlan() {
    recordTheYear();
    now(LocalDate.of(2028, 2, 1));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(EqualityMonitoringReportProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance started = TestLogin.asUser(identity, "eo", List.of("equality-officer"),
        () -> engine.getFormService().submitStartForm(definition, Map.of("reportYear", 2027L)));
    assertThat(started).isWaitingAt(Elements.DRAFT_REPORT);
    assertThat(started.getBusinessKey()).isEqualTo("EGAL-UVT-2027");
    AnnualReport stored = annualReports.find("UVT", 2027).orElseThrow();
    assertThat(stored.status()).isEqualTo("DRAFT");
    assertThat(stored.snapshot()).contains("\"comparedWith\":\"2026\"");

    // January 2031 reports 2030: after the plan's last year (2029), nothing is prepared.
    now(LocalDate.of(2031, 1, 5));
    engine.getManagementService().executeJob(annualTimer().getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(EqualityMonitoringReportProcess.KEY).finished().list())
        .filteredOn(i -> i.getStartTime().toInstant().atZone(ZONE).getYear() == 2031)
        .singleElement().satisfies(i -> assertThat(i.getEndActivityId()).isEqualTo("noReport"));
    assertThat(annualReports.find("UVT", 2030)).isEmpty();
    assertThat(annualTimer()).as("the timer stays armed for a new plan").isNotNull();
  }
}
