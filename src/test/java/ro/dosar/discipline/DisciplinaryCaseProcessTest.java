package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.discipline.DisciplinaryCaseProcess.Elements;
import ro.dosar.discipline.DisciplinaryCaseProcess.Messages;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.discipline.DisciplinaryCaseRepository.Sanction;
import ro.dosar.gender.Gender;
import ro.dosar.mail.MailDeliveryProcess;
import ro.dosar.support.Http;
import ro.dosar.support.DisciplineCommissionTest;
import ro.dosar.support.TestLogin;

/**
 * A disciplinary case (spec internal-regulation §4.6) walked through the engine as its people
 * would: the referral, the summons at least 3 days before the hearing, admissibility, the
 * hearing, the report, the Director's decision, the sanction act, its communication, the contest
 * window and the radiation; a case that reaches its limitation date ends {@code TIME_BARRED}.
 */
@DisciplineCommissionTest
class DisciplinaryCaseProcessTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  DisciplinaryCaseRepository cases;
  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @LocalServerPort
  int port;
  @Autowired
  ro.dosar.documents.ContestDocuments documents;
  @Autowired
  ro.dosar.mail.MailOutbox outbox;

  /** The e-mails queued for a case: purpose and recipient. */
  private List<String> mails(long caseId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MailDeliveryProcess.KEY)
        .processInstanceBusinessKey("DISCIPLINA-" + caseId).list().stream()
        .map(mail -> outbox.find(((Number) engine.getRuntimeService().getVariable(mail.getId(),
            MailDeliveryProcess.Variables.MAIL_ID)).longValue()).orElseThrow())
        .map(mail -> mail.purpose() + " " + mail.recipient()).sorted().toList();
  }

  private String pdfText(long documentId) {
    return ro.dosar.support.PdfText.of(documents.content(documentId));
  }

  ProcessInstance instance;

  @BeforeEach
  void people() {
    BpmnAwareTests.init(engine);
    // Women and men by turns: the commission stays mixed whichever member an alternate replaces.
    for (String spec : List.of("dsc.p:Juridic:F", "dsc.m1:Tehnic:M", "dsc.m2:Financiar:F",
        "dsc.a1:Juridic:M", "dsc.a2:Tehnic:F", "dsc.a3:Administrativ:M", "dsc.s:HR:F",
        "dsc.emp:Financiar:M", "dsc.emp2:Financiar:F", "dsc.other:Tehnic:M")) {
      String[] parts = spec.split(":");
      if (identity.createUserQuery().userId(parts[0]).count() == 0) {
        User user = identity.newUser(parts[0]);
        user.setPassword(parts[0]);
        user.setEmail(parts[0] + "@primarie.example");
        identity.saveUser(user);
      }
      staff.save(new StaffMember(parts[0], parts[0], parts[1], false, false,
          parts[2].equals("F") ? Gender.FEMALE : Gender.MALE));
    }
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  static void now(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant()));
  }

  private void refer(String category, LocalDate offence, LocalDate knowledge) {
    refer("dsc.emp", category, offence, knowledge);
  }

  private void refer(String accused, String category, LocalDate offence, LocalDate knowledge) {
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Vasile Pop, str. Unirii 3, șef serviciu");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("accusedUser", accused);
    referral.put("accusedName", "Ion Răducanu, Serviciul Financiar");
    referral.put("employeeCategory", category);
    referral.put("offenceDate", offence.toString());
    referral.put("offenceDescription", "Absențe nemotivate 2–4 martie.");
    referral.put("evidence", "Foaia colectivă de prezență.");
    referral.put("knowledgeDate", knowledge == null ? null : knowledge.toString());
    instance = TestLogin.asUser(identity, "dsc.s", List.of("hr"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(
            DisciplinaryCaseProcess.KEY, referral));
  }

  private long caseId() {
    return ((Number) engine.getRuntimeService().getVariable(instance.getId(), Variables.CASE_ID))
        .longValue();
  }

  private Task task(String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private void complete(String key, Map<String, Object> variables) {
    engine.getTaskService().complete(task(key).getId(), variables);
  }

  private Job timer(String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activity).singleResult();
  }

  private static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  private void toReport(String hearingStatus) {
    complete("presentToPresident", Map.of("presentedToPresident", true));
    complete("scheduleHearing", Map.of("hearingDate", "2026-03-12", "hearingPlace",
        "Sala 2, ora 10", "summonsDeliveredDate", "2026-03-09"));
    complete("admissibilityCheck", Map.of("referralLegal", "true", "admissibilityReasons",
        "Sesizare completă, în termen."));
    noSuspensionIfContractual();
    Map<String, Object> hearing = new HashMap<>();
    hearing.put("hearingStatus", hearingStatus);
    hearing.put("hearingMinutes", "SKIPPED".equals(hearingStatus) ? null
        : "Salariatul recunoaște absențele.");
    complete("hearEmployee", hearing);
  }

  /** Contractual staff: the Director decides not to suspend the contract (step 6b). */
  private void noSuspensionIfContractual() {
    if (engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.DECIDE_SUSPENSION).count() > 0) {
      complete(Elements.DECIDE_SUSPENSION, Map.of("suspendContract", "false"));
    }
  }

  private Map<String, Object> report(String sanction, Integer percent, Integer months) {
    Map<String, Object> report = new HashMap<>();
    report.put("reportFindings", "Absențe nemotivate dovedite.");
    report.put("guiltEstablished", "true");
    report.put("isGrave", false);
    report.put("proposedSanction", sanction);
    report.put("sanctionPercent", percent);
    report.put("sanctionMonths", months);
    report.put("individualisation", "Prima abatere; comportare bună; urmări reduse.");
    return report;
  }

  private void issueAct() {
    complete("decideSanction", Map.of("directorDecision", "ADOPT_PROPOSAL"));
    complete("issueSanctionAct", Map.of("actNumber", "D-17/2026", "actDescription",
        "Absențe nemotivate.", "breachedProvisions", "ROI Art. 27(1) indent 3",
        "defenceReasons", "Apărările nu sunt susținute de probe.", "legalBasis",
        "ROI Art. 35(2); Codul muncii art. 248", "contestInfo",
        "30 de zile de la comunicare, la tribunalul de la domiciliu"));
  }

  @Test
  void contractual_fromReferralToACommunicatedSanction_finalAndRadiated() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    long id = caseId();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("DISCIPLINA-" + id).count()).isEqualTo(1);
    // Known Thu 5 Mar: 30 calendar days → Sat 4 Apr → Mon 6 Apr (rollover); 6-month cap 4 Sep.
    assertThat(cases.find(id).orElseThrow().hardDeadline()).isEqualTo("2026-04-06");
    assertThat(cases.find(id).orElseThrow().hardDeadlineRule())
        .isEqualTo("KNOWLEDGE_PLUS_30_DAYS");
    assertThat(timer("hardDeadlineReached").getDuedate()).isEqualTo(midnight(
        LocalDate.of(2026, 4, 7)));
    assertThat(task("presentToPresident").getAssignee()).isEqualTo("dsc.s");

    now(LocalDate.of(2026, 3, 6), 10);
    complete("presentToPresident", Map.of("presentedToPresident", true));
    // The summons delivered Mon 9 Mar allows a hearing from Thu 12 Mar, not Wed 11 Mar.
    String schedule = task("scheduleHearing").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(schedule, Map.of("hearingDate",
        "2026-03-11", "hearingPlace", "Sala 2, ora 10", "summonsDeliveredDate", "2026-03-09")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("12.03.2026");
    engine.getTaskService().complete(schedule, Map.of("hearingDate", "2026-03-12",
        "hearingPlace", "Sala 2, ora 10", "summonsDeliveredDate", "2026-03-09"));
    now(LocalDate.of(2026, 3, 12), 10);
    complete("admissibilityCheck", Map.of("referralLegal", "true", "admissibilityReasons",
        "Sesizare completă, în termen."));
    // The Director suspends the contract during the investigation (Art. 52 lit. a)).
    String suspension = task("decideSuspension").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(suspension, Map.of(
        "suspendContract", "true", "suspendedFrom", "2026-03-13", "suspendedUntil",
        "2026-03-12"))).hasMessageContaining("înaintea");
    engine.getTaskService().complete(suspension, Map.of("suspendContract", "true",
        "suspendedFrom", "2026-03-13", "suspendedUntil", "2026-03-31"));
    assertThat(cases.suspendedUntil(id)).contains(LocalDate.of(2026, 3, 31));
    complete("hearEmployee", Map.of("hearingStatus", "HEARD", "hearingMinutes",
        "Salariatul recunoaște absențele."));
    // 12% is outside the contractual 5–10% (DISC-21).
    String adopt = task("adoptReport").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(adopt,
        report("C_BASE_SALARY_REDUCTION", 12, 2))).hasMessageContaining("DISC-21");
    engine.getTaskService().complete(adopt, report("C_BASE_SALARY_REDUCTION", 10, 2));

    assertThat(task("decideSanction").getDueDate()).isEqualTo(midnight(
        LocalDate.of(2026, 3, 20)));
    issueAct();
    Sanction issued = cases.sanctionOf(id).orElseThrow();
    assertThat(issued.status()).isEqualTo("ISSUED");
    assertThat(timer("hardDeadlineReached")).isNull();

    now(LocalDate.of(2026, 3, 16), 10);
    complete("communicateAct", Map.of("communicationMethod", "HAND_SIGNATURE",
        "communicationDate", "2026-03-16"));
    Sanction communicated = cases.sanctionOf(id).orElseThrow();
    // Contest: 30 days from Mon 16 Mar = Wed 15 Apr; radiation 12 months later, no rollover.
    assertThat(communicated.contestDeadline()).isEqualTo("2026-04-15");
    assertThat(communicated.radiationDate()).isEqualTo("2027-03-16");
    assertThat(instance).isWaitingAt(Elements.CONTEST_GATEWAY);

    // The case's documents: everything for the commission, his own for the accused, nothing
    // for anybody else.
    assertThat(documents.ofOwner("DISCIPLINA-" + id)).extracting(
        ro.dosar.documents.ContestDocument::kind).containsExactly("citatie", "nota-audiere",
        "raport-disciplina", "act-sanctionare");
    String actText = pdfText(documents.ofOwner("DISCIPLINA-" + id).get(3).id());
    assertThat(actText).contains("DECIZIA nr. D-17/2026", "C_BASE_SALARY_REDUCTION, 10%, 2 luni",
        "Prevederile încălcate", "tribunalul de la domiciliu");
    String path = "/api/discipline/cases/" + id + "/documents";
    assertThat(Http.json(Http.as(port, "dsc.p", "dsc.p").get(path)).size()).isEqualTo(4);
    assertThat(Http.json(Http.as(port, "dsc.emp", "dsc.emp").get(path))
        .findValuesAsText("kind")).containsExactly("citatie", "nota-audiere",
        "act-sanctionare");
    assertThat(Http.as(port, "dsc.other", "dsc.other").get(path).statusCode()).isEqualTo(404);

    now(LocalDate.of(2026, 4, 16), 10);
    engine.getManagementService().executeJob(timer("contestWindowClosed").getId());
    assertThat(cases.sanctionOf(id).orElseThrow().status()).isEqualTo("FINAL");
    int before = cases.unradiatedSanctions("dsc.emp");
    now(LocalDate.of(2027, 3, 16), 10);
    engine.getManagementService().executeJob(timer("radiationDue").getId());
    // A radiated sanction no longer counts as a prior sanction (§4.5 point 6); HR records the
    // employer's written decision (Labour Code art. 248(3)).
    assertThat(cases.unradiatedSanctions("dsc.emp")).isEqualTo(before - 1);
    String record = task("recordRadiation").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(record, Map.of()))
        .isInstanceOf(FormFieldValidationException.class);
    engine.getTaskService().complete(record, Map.of("radiationActNumber", "R-3/2027"));

    assertThat(instance).isEnded().hasPassed(Elements.SANCTION_RADIATED);
    assertThat(cases.sanctionOf(id).orElseThrow().status()).isEqualTo("RADIATED");
    assertThat(cases.find(id).orElseThrow().status()).isEqualTo("SANCTION_RADIATED");
  }

  @Test
  void theLimitationDatePasses_theCaseIsTimeBarred_noSanctionCanBeRecorded() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    long id = caseId();
    toReport("HEARD");

    now(LocalDate.of(2026, 4, 7), 0);
    engine.getManagementService().executeJob(timer("hardDeadlineReached").getId());

    assertThat(instance).isEnded().hasPassed(Elements.TIME_BARRED);
    assertThat(cases.find(id).orElseThrow().status()).isEqualTo("TIME_BARRED");
    // The employee is told (and the Director and HR, none of whom exist in this test); the
    // summons went to him by e-mail too.
    assertThat(mails(id)).containsExactly("DISCIPLINE_SUMMONS dsc.emp@primarie.example",
        "DISCIPLINE_TIME_BARRED dsc.emp@primarie.example");
    assertThat(cases.sanctionOf(id)).isEmpty();
  }

  @Test
  void civilServant_fastPathForAReprimand_butNotForAReduction_andTheYearLimit() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("CIVIL_SERVANT", LocalDate.of(2025, 3, 20), null);
    long id = caseId();
    // min(registration + 1 year = 5 Mar 2027, offence + 2 years = 20 Mar 2027) = Fri 5 Mar 2027.
    assertThat(cases.find(id).orElseThrow().hardDeadline()).isEqualTo("2027-03-05");
    assertThat(cases.find(id).orElseThrow().hardDeadlineRule())
        .isEqualTo("REGISTRATION_PLUS_1_YEAR");
    assertThat((Boolean) engine.getRuntimeService().getVariable(instance.getId(),
        Variables.REFERRAL_LATE)).isTrue();
    toReport("SKIPPED");

    String adopt = task("adoptReport").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(adopt,
        report("CS_SALARY_RIGHTS_REDUCTION", 10, 2))).hasMessageContaining("DISC-22");
    engine.getTaskService().complete(adopt, report("CS_WRITTEN_REPRIMAND", null, null));
    issueAct();
    now(LocalDate.of(2026, 3, 20), 10);
    complete("communicateAct", Map.of("communicationMethod", "REGISTERED_LETTER",
        "communicationDate", "2026-03-20"));

    // A reprimand is radiated 6 months after it was applied (Art. 38); no contest window.
    assertThat(cases.sanctionOf(id).orElseThrow().radiationDate()).isEqualTo("2026-09-20");
    assertThat(cases.sanctionOf(id).orElseThrow().contestDeadline()).isNull();
    // Civil servants: the commission's report goes to ANFP (Art. 29), then the radiation timer.
    complete("reportToAnfp", Map.of("anfpRegistration", "ANFP 123/24.03.2026"));
    assertThat(instance).isWaitingAt(Elements.RADIATION_DUE);
  }

  @Test
  void anInadmissibleReferralIsClosed_andNoSanctionClosesTheCase() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), null);
    long closed = caseId();
    complete("presentToPresident", Map.of());
    complete("scheduleHearing", Map.of("hearingDate", "2026-03-12", "hearingPlace",
        "Sala 2", "summonsDeliveredDate", "2026-03-09"));
    complete("admissibilityCheck", Map.of("referralLegal", "false", "admissibilityReasons",
        "Lipsește semnătura autorului."));
    assertThat(instance).isEnded().hasPassed(Elements.REFERRAL_CLOSED, Elements.CASE_CLOSED);
    assertThat(cases.find(closed).orElseThrow().status()).isEqualTo("REFERRAL_CLOSED");
    assertThat(pdfText(documents.ofOwner("DISCIPLINA-" + closed).get(1).id()))
        .contains("PROCES-VERBAL DE CLASARE", "Lipsește semnătura autorului.");

    refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), null);
    long noSanction = caseId();
    toReport("REFUSED_TO_APPEAR");
    Map<String, Object> noGuilt = new HashMap<>(report("NONE", null, null));
    noGuilt.put("guiltEstablished", "false");
    complete("adoptReport", noGuilt);
    complete("decideSanction", Map.of("directorDecision", "NO_SANCTION"));
    assertThat(instance).isEnded().hasPassed(Elements.CLOSED_NO_SANCTION, Elements.CASE_CLOSED);
    assertThat(cases.find(noSanction).orElseThrow().status()).isEqualTo("CLOSED_NO_SANCTION");
  }

  @Test
  void aMemberInTheAccusedsCompartmentIsReplaced_outsidersSeeNothing() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), null);
    long id = caseId();
    // dsc.m2 works in the accused's compartment (Financiar): the first alternate takes his seat.
    assertThat(cases.members(id)).containsExactlyInAnyOrder("dsc.p", "dsc.m1", "dsc.a1");
    complete("presentToPresident", Map.of());
    complete("scheduleHearing", Map.of("hearingDate", "2026-03-12", "hearingPlace",
        "Sala 2", "summonsDeliveredDate", "2026-03-09"));

    var asOutsider = Http.as(port, "dsc.other", "dsc.other");
    assertThat(asOutsider.get("/engine-rest/task?processInstanceId=" + instance.getId())
        .body()).isEqualTo("[]");
    var asMember = Http.as(port, "dsc.a1", "dsc.a1");
    assertThat(asMember.get("/engine-rest/task?processInstanceId=" + instance.getId()).body())
        .contains("admissibilityCheck");
    var asRemoved = Http.as(port, "dsc.m2", "dsc.m2");
    assertThat(asRemoved.get("/engine-rest/task?processInstanceId=" + instance.getId())
        .body()).isEqualTo("[]");
  }

  @Test
  void anAlternateWhoWouldLeaveOnlyWomen_theReferralIsRefusedUnderSoftWithoutAJustification() {
    // The standing commission has one man, dsc.m2, who works in dsc.emp's compartment; the first
    // alternate who would take his seat is a woman.
    staff.save(new StaffMember("dsc.m1", "dsc.m1", "Tehnic", false, false, Gender.FEMALE));
    staff.save(new StaffMember("dsc.m2", "dsc.m2", "Financiar", false, false, Gender.MALE));
    staff.save(new StaffMember("dsc.a1", "dsc.a1", "Juridic", false, false, Gender.FEMALE));
    now(LocalDate.of(2026, 3, 5), 10);
    long casesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DisciplinaryCaseProcess.KEY).count();

    assertThatThrownBy(() -> refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), null))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Sesizarea nu poate fi înregistrată: Comisia de disciplină este formată numai "
            + "din femei (nu are niciun bărbat). Planul pentru egalitatea de gen cere comisii "
            + "mixte „pe cât posibil” (regim SOFT): o comisie de un singur gen se poate constitui "
            + "numai cu justificarea înregistrată a acestei componențe. Directorul nu a "
            + "înregistrat justificarea (setarea dosar.discipline.commission-gender-justification);"
            + " înregistrați-o sau numiți în comisie și persoane de celălalt gen.");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DisciplinaryCaseProcess.KEY).count()).isEqualTo(casesBefore);

    // Against dsc.other (Tehnic) dsc.m1 steps aside instead, and the man stays: a mixed commission.
    refer("dsc.other", "CONTRACTUAL", LocalDate.of(2026, 3, 4), null);
    assertThat(cases.members(caseId())).containsExactlyInAnyOrder("dsc.p", "dsc.a1", "dsc.m2");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Variables.DC_MEMBERS))
        .isEqualTo(List.of("dsc.p", "dsc.a1", "dsc.m2"));
    assertThat(instance).as("the model applies the plan's table to the case's commission")
        .hasPassed(Elements.ASSESS_COMMISSION_GENDER);
    assertThat(jdbc.sql("SELECT commission_gender_status || ' ' || commission_gender_mode "
        + "FROM disciplinary_case WHERE id = ?").param(caseId()).query(String.class).single())
        .isEqualTo("MIXED SOFT");
  }

  @Test
  void aContractualSanctionContestedInCourt_annulled() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("CONTRACTUAL", LocalDate.of(2026, 3, 4), null);
    long id = caseId();
    toReport("REFUSED_TO_SIGN");
    // C_DEMOTION needs its days: refused until given (DISC-21); the report task stays open.
    String adopt = task("adoptReport").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(adopt,
        report("C_DEMOTION", null, null))).hasMessageContaining("DISC-21");
    Map<String, Object> demotion = new HashMap<>(report("C_DEMOTION", null, null));
    demotion.put("sanctionDays", 30);
    complete("adoptReport", demotion);
    issueAct();
    complete("communicateAct", Map.of("communicationMethod", "HAND_SIGNATURE",
        "communicationDate", "2026-03-05"));

    engine.getRuntimeService().createMessageCorrelation(Messages.CONTESTATION_FILED)
        .processInstanceBusinessKey("DISCIPLINA-" + id).correlate();
    assertThat(instance).isWaitingAt(Elements.AWAIT_COURT_OUTCOME);
    engine.getRuntimeService().createMessageCorrelation(Messages.CONTESTATION_RESOLVED)
        .processInstanceBusinessKey("DISCIPLINA-" + id)
        .setVariable(Variables.COURT_OUTCOME, "ANNULLED")
        .correlate();

    assertThat(instance).isEnded().hasPassed(Elements.SANCTION_ANNULLED);
    assertThat(cases.sanctionOf(id).orElseThrow().status()).isEqualTo("ANNULLED");
  }

  @Test
  void anObjectiveReasonReschedulesTheHearingOnce_thenTheNonAppearanceIsRecorded() {
    now(LocalDate.of(2026, 3, 5), 10);
    refer("dsc.emp2", "CONTRACTUAL", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    long id = caseId();
    complete("presentToPresident", Map.of());
    complete("scheduleHearing", Map.of("hearingDate", "2026-03-12", "hearingPlace",
        "Sala 2, ora 10", "summonsDeliveredDate", "2026-03-09"));
    complete("admissibilityCheck", Map.of("referralLegal", "true", "admissibilityReasons",
        "Sesizare completă."));
    noSuspensionIfContractual();
    now(LocalDate.of(2026, 3, 12), 10);
    complete("hearEmployee", Map.of("hearingStatus", "ABSENT_OBJECTIVE_REASON",
        "hearingMinutes", "Certificat de concediu medical 11–13 martie."));

    // The president sets a new date; the new summons also needs 3 clear days (Art. 32).
    assertThat(instance).isWaitingAt(Elements.RESCHEDULE_HEARING);
    String reschedule = task("rescheduleHearing").getId();
    assertThat(task("rescheduleHearing").getAssignee()).isEqualTo("dsc.p");
    assertThatThrownBy(() -> engine.getTaskService().complete(reschedule, Map.of(
        "hearingDate", "2026-03-17", "hearingPlace", "Sala 2, ora 10",
        "summonsDeliveredDate", "2026-03-16"))).hasMessageContaining("19.03.2026");
    engine.getTaskService().complete(reschedule, Map.of("hearingDate", "2026-03-19",
        "hearingPlace", "Sala 2, ora 10", "summonsDeliveredDate", "2026-03-16"));

    // Once only (dosar.discipline.max-reschedules = 1): the second absence is recorded.
    now(LocalDate.of(2026, 3, 19), 10);
    String hearing = task("hearEmployee").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(hearing, Map.of(
        "hearingStatus", "ABSENT_OBJECTIVE_REASON", "hearingMinutes", "Din nou bolnav.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("deja reprogramată de 1 ori");
    engine.getTaskService().complete(hearing, Map.of("hearingStatus", "REFUSED_TO_APPEAR",
        "hearingMinutes", "Salariatul, citat pentru 19.03.2026, nu s-a prezentat."));
    assertThat(instance).isWaitingAt(Elements.ADOPT_REPORT);
    assertThat(documents.ofOwner("DISCIPLINA-" + id)).extracting(
        ro.dosar.documents.ContestDocument::kind).containsExactly("citatie", "nota-audiere",
        "citatie", "nota-audiere");
    assertThat(pdfText(documents.ofOwner("DISCIPLINA-" + id).get(1).id()))
        .contains("AMÂNARE A AUDIERII", "concediu medical");
    assertThat(pdfText(documents.ofOwner("DISCIPLINA-" + id).get(2).id()))
        .contains("19.03.2026");
  }

  /** Communicates a contractual written warning in a case of {@code accused} on {@code day}. */
  private long warned(String accused, LocalDate day) {
    now(day, 9);
    refer(accused, "CONTRACTUAL", day.minusDays(1), day);
    long id = caseId();
    toReport("HEARD");
    complete("adoptReport", report("C_WRITTEN_WARNING", null, null));
    issueAct();
    complete("communicateAct", Map.of("communicationMethod", "HAND_SIGNATURE",
        "communicationDate", day.toString()));
    now(day.plusDays(31), 9);
    engine.getManagementService().executeJob(timer("contestWindowClosed").getId());
    return id;
  }

  @Test
  void aNewSanctionWithinTwelveMonthsHoldsBackTheRadiationOfTheFirst() {
    long first = warned("dsc.emp2", LocalDate.of(2026, 3, 5));
    ProcessInstance firstCase = instance;
    assertThat(cases.sanctionOf(first).orElseThrow().radiationDate()).isEqualTo("2027-03-05");
    long second = warned("dsc.emp2", LocalDate.of(2026, 9, 7));
    assertThat(cases.sanctionOf(second).orElseThrow().radiationDate()).isEqualTo("2027-09-07");

    // 5 March 2027: the first warning is not radiated; it waits for the second (Q19).
    instance = firstCase;
    now(LocalDate.of(2027, 3, 5), 0);
    engine.getManagementService().executeJob(timer("radiationDue").getId());
    assertThat(instance).isWaitingAt(Elements.RADIATION_DUE);
    assertThat(cases.sanctionOf(first).orElseThrow().status()).isEqualTo("FINAL");
    assertThat(cases.sanctionOf(first).orElseThrow().radiationDate()).isEqualTo("2027-09-07");
    assertThat(timer("radiationDue").getDuedate()).isEqualTo(midnight(LocalDate.of(2027, 9, 7)));

    // 7 September 2027: both go.
    now(LocalDate.of(2027, 9, 7), 0);
    engine.getManagementService().executeJob(timer("radiationDue").getId());
    assertThat(instance).isWaitingAt(Elements.RECORD_RADIATION);
    assertThat(cases.sanctionOf(first).orElseThrow().status()).isEqualTo("RADIATED");
  }
}
