package ro.dosar.contest.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestEventRepository.ContestEvent;
import ro.dosar.contest.ContestEventRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.TestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.teststage.TestStageProcess;
import ro.dosar.contest.teststage.TestStageSteps;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;

/**
 * What can happen to a contest at any time (spec §3.3, §16; PO.UVT-DRU-01 §8.1.3(6), §8.5,
 * §8.5.2, §8.5.3): a notice of irregularity and the Rector's check (continue, suspend, annul),
 * suspension with nothing expiring and resumption with new dates and written confirmations,
 * postponement by at most 15 working days or restart, a commission member replaced.
 *
 * <p>The contest: vacant execution post, published Mon 3 Nov 2025, written test Tue 25 Nov 2025,
 * interview Wed 26 Nov; files until Mon 17 Nov; selection due Wed 19 Nov. 30 Nov (a Sunday) and
 * Mon 1 Dec 2025 are public holidays.
 */
@ProcessTest
class ContestChangesProcessTest {

  static final List<String> CC = List.of("ch.cc.p", "ch.cc.m1", "ch.cc.m2");
  static final List<String> CSC = List.of("ch.csc.p", "ch.csc.m1", "ch.csc.m2");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  ContestRepository contests;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestEventRepository events;
  @Autowired
  TestRepository tests;
  @Autowired
  TestStageSteps testStage;

  @LocalServerPort
  int port;

  ContestDriver contest;
  long[] codes = new long[3];

  @BeforeEach
  void atFileSelection() {
    BpmnAwareTests.init(engine);
    ContestDriver.employees(identity, staff, "ch.cc.p:Drept:leader", "ch.cc.m1:Economic",
        "ch.cc.m2:Economic", "ch.cc.m3:Economic", "ch.csc.p:Litere:leader", "ch.csc.m1:Juridic",
        "ch.csc.m2:Tehnic", "ch.secretary:HR");
    now(LocalDate.of(2025, 10, 29), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION").approveProposal()
        .constitute(CC, CSC, "ch.secretary")
        .announce(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 25),
            LocalDate.of(2025, 11, 26));
    now(LocalDate.of(2025, 11, 3), 9);
    contest.publish();
    now(LocalDate.of(2025, 11, 10), 12);
    for (int i = 0; i < 3; i++) {
      codes[i] = contest.registerFile("Candidat " + i, LocalDateTime.of(2025, 11, 10, 9, i),
          "ABDEFGHI");
    }
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private void selectEverybodyAndCloseSelection() {
    for (String member : CC) {
      for (long code : codes) {
        contest.select(member, code, true, null);
      }
    }
    now(LocalDate.of(2025, 11, 19), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 11, 20), 17);
    contest.closeWindow();
  }

  private void message(String name, Map<String, Object> variables) {
    var correlation = engine.getRuntimeService().createMessageCorrelation(name)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId);
    if ("ContestResumed".equals(name)) {
      correlation.setVariables(variables);
    } else {
      correlation.setVariablesToTriggeredScope(variables);
    }
    correlation.correlate();
  }

  private void notice(String outcome, String findings) {
    message("IrregularityNoticeReceived", Map.of("noticeFrom", "Candidatul cu codul "
        + codes[0], "noticeText", "Anunțul nu a fost publicat pe site."));
    contest.complete("verifyNotice", Map.of("noticeOutcome", outcome, "noticeFindings", findings));
  }

  private ProcessInstance suspension() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContestSuspensionProcess.KEY)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId).singleResult();
  }

  /** Runs the asynchronous steps (suspension, activation) as the job executor would. */
  private void runAsyncSteps() {
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().executable()
          .list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private Task suspensionTask(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(suspension().getId())
        .taskDefinitionKey(key).singleResult();
  }

  private Job selectionTimer() {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(contest.instance.getId()).activityId(Elements.SELECTION_OVERDUE)
        .singleResult();
  }

  private static Date closing(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(16, 0)).atZone(ContestDriver.ZONE).toInstant());
  }

  private String status() {
    return contests.get(contest.contestId).status().name();
  }

  // ---- notices, suspension, resumption, annulment -----------------------------------------------

  @Test
  void aNoticeFoundCompliant_theContestGoesOnUntouched() {
    now(LocalDate.of(2025, 11, 18), 10);
    notice("COMPLIANT", "Anunțul a fost publicat pe site la 3.11.2025 (captură atașată).");

    assertThat(contest.instance).hasPassed(Elements.NOTICE_COMPLIANT).isActive();
    assertThat(status()).isEqualTo("SELECTION");
    assertThat(events.of(contest.contestId)).extracting(ContestEvent::kind, ContestEvent::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NOTICE", "COMPLIANT"));
    assertThat(selectionTimer().isSuspended()).isFalse();
  }

  @Test
  void suspendedWithTimersPending_nothingExpires_resumedWithNewDates_whoDidNotConfirmIsOut() {
    // Tue 18 Nov: the selection is due Wed 19 Nov 16:00.
    now(LocalDate.of(2025, 11, 18), 10);
    assertThat(selectionTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 11, 19)));
    notice("DEFICIENT", "Comisia nu a afișat locul depunerii dosarelor.");
    runAsyncSteps();

    assertThat(status()).isEqualTo("SUSPENDED");
    assertThat(contests.get(contest.contestId).statusReason()).contains("Sesizarea nr.")
        .contains("locul depunerii");
    assertThat(engine.getRuntimeService().getVariable(contest.instance.getId(),
        Variables.CONTEST_STATUS)).isEqualTo("SUSPENDED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.instance.getId()).singleResult().isSuspended()).isTrue();

    // Three weeks later nothing has expired: the timer is suspended, no task can be completed.
    now(LocalDate.of(2025, 12, 9), 10);
    assertThat(selectionTimer().isSuspended()).isTrue();
    assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(contest.instance.getId()).executable().active().count()).isZero();
    Task selection = contest.memberTask("selectFile", CC.get(0), codes[0]);
    assertThatThrownBy(() -> engine.getTaskService().complete(selection.getId(),
        Map.of("selectionDecision", "ADMIS", "noConflictDeclared", true)))
        .isInstanceOf(ProcessEngineException.class);

    // Tue 9 Dec the Rector resumes: a first test on Mon 8 Dec would be in the past.
    Map<String, Object> decision = new HashMap<>();
    decision.put("resumptionDecision", "RESUME");
    decision.put("resumptionRemarks", "Deficiența a fost remediată.");
    decision.put("newFirstTestDate", "2025-12-08");
    decision.put("newInterviewDate", "2025-12-09");
    decision.put("newDatesPublished", true);
    String decide = suspensionTask("decideResumption").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(decide, decision))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("10.12.2025");
    decision.put("newFirstTestDate", "2025-12-16");
    decision.put("newInterviewDate", "2025-12-23");
    assertThatThrownBy(() -> engine.getTaskService().complete(decide, decision))
        .hasMessageContaining("4 zile lucrătoare");
    decision.put("newInterviewDate", "2025-12-17");
    engine.getTaskService().complete(decide, decision);
    runAsyncSteps();

    // Suspended Tue 18 Nov, resumed Tue 9 Dec: 14 working days (1 Dec is a holiday), so the
    // selection, due Wed 19 Nov, is now due Wed 10 Dec, still with one day left.
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.instance.getId()).singleResult().isSuspended()).isFalse();
    assertThat(selectionTimer().isSuspended()).isFalse();
    assertThat(selectionTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 12, 10)));
    assertThat(status()).isEqualTo("SELECTION");
    assertThat(contest.variable("firstTestDate")).isEqualTo("2025-12-16");
    assertThat(contest.variable("interviewDate")).isEqualTo("2025-12-17");
    assertThat(contests.get(contest.contestId).firstTestDate()).isEqualTo("2025-12-16");

    // Two of three candidates confirm in writing; the third is out.
    Task confirmations = suspensionTask("collectConfirmations");
    assertThat(confirmations.getAssignee()).isEqualTo("ch.secretary");
    engine.getTaskService().complete(confirmations.getId(), Map.of("confirmedCodes",
        codes[0] + "," + codes[1], "confirmationsRecorded", true));
    assertThat(candidates.find(codes[2]).orElseThrow().withdrawnOn()).isEqualTo("2025-12-09");
    assertThat(candidates.find(codes[0]).orElseThrow().withdrawnOn()).isNull();
    assertThat(contest.instance).hasPassed(Elements.CONTEST_RESUMED_END);
    assertThat(events.of(contest.contestId)).extracting(ContestEvent::kind)
        .containsExactly("NOTICE", "SUSPENSION", "RESUMPTION");

    // The selection goes on; the candidate who is out does not sit the written test.
    selectEverybody();
    now(LocalDate.of(2025, 12, 10), 12);
    contest.displaySelection();
    now(LocalDate.of(2025, 12, 11), 17);
    contest.closeWindow();
    assertThat(testStage.admittedCodes(contest.contestId)).containsExactly(codes[0], codes[1]);
    assertThat(engine.getRuntimeService().getVariable(contest.testStage().getId(),
        TestStageProcess.Variables.TEST_DATE))
        .isEqualTo("2025-12-16");
  }

  private void selectEverybody() {
    for (String member : CC) {
      for (long code : codes) {
        contest.select(member, code, true, null);
      }
    }
  }

  @Test
  void resumedThroughTheContestResumedMessage_datesCheckedTheSameWay() {
    now(LocalDate.of(2025, 11, 18), 10);
    notice("NOT_CHECKABLE", "Sesizarea privește comisia; nu se poate cerceta până la 19.11.");
    runAsyncSteps();
    now(LocalDate.of(2025, 11, 20), 10);

    assertThatThrownBy(() -> message("ContestResumed", Map.of("newFirstTestDate", "2025-11-20",
        "newInterviewDate", "2025-11-20"))).isInstanceOf(FormFieldValidationException.class);
    assertThat(status()).isEqualTo("SUSPENDED");

    message("ContestResumed", Map.of("newFirstTestDate", "2025-12-02",
        "newInterviewDate", "2025-12-02"));
    runAsyncSteps();

    assertThat(status()).isEqualTo("SELECTION");
    // Suspended Tue 18 → resumed Thu 20 Nov: 2 working days; selection due Fri 21 Nov.
    assertThat(selectionTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 11, 21)));
    assertThat(suspensionTask("collectConfirmations")).isNotNull();
  }

  @Test
  void aPublicityBreach_theRectorAnnulsTheContest() {
    now(LocalDate.of(2025, 11, 18), 10);
    notice("PUBLICITY_BREACH", "Anunțul nu a fost transmis la posturi.gov.ro.");

    assertThat(contest.instance).isEnded().hasPassed(Elements.NOTICE_ANNULMENT,
        Elements.CONTEST_ANNULLED);
    assertThat(status()).isEqualTo("ANNULLED");
    assertThat(contests.get(contest.contestId).statusReason()).contains("posturi.gov.ro");
  }

  @Test
  void aSuspendedContestAnnulledByTheRector() {
    now(LocalDate.of(2025, 11, 18), 10);
    notice("DEFICIENT", "Calendarul afișat diferă de cel aprobat.");
    runAsyncSteps();
    engine.getTaskService().complete(suspensionTask("decideResumption").getId(),
        Map.of("resumptionDecision", "ANNUL", "resumptionRemarks",
            "Publicitatea nu mai poate fi refăcută."));
    runAsyncSteps();

    assertThat(contest.instance).isEnded().hasPassed(Elements.ANNULLED_AFTER_SUSPENSION,
        Elements.CONTEST_ANNULLED);
    assertThat(status()).isEqualTo("ANNULLED");
    assertThat(suspension()).isNull();
  }

  // ---- postponement and restart -----------------------------------------------------------------

  @Test
  void postponedByExactly15WorkingDaysAcrossTheHolidays_datesMoveAndCandidatesConfirm() {
    selectEverybodyAndCloseSelection();
    now(LocalDate.of(2025, 11, 21), 10);
    // Tue 25 Nov + 15 working days, skipping Sun 30 Nov and Mon 1 Dec: Wed 17 Dec.
    message("ContestPostponementRequested", Map.of("newTestDate", "2025-12-17",
        "postponementReason", "Sala de concurs este indisponibilă (inundație)."));

    assertThat(contest.variable("firstTestDate")).isEqualTo("2025-12-17");
    assertThat(contest.variable("interviewDate")).isEqualTo("2025-12-18");
    ProcessInstance written = contest.testStage();
    assertThat(engine.getRuntimeService().getVariable(written.getId(),
        TestStageProcess.Variables.TEST_DATE))
        .isEqualTo("2025-12-17");
    contest.complete("announcePostponement", Map.of("postponementPublished", true,
        "candidatesInformed", true, "informationMeans", "e-mail cu confirmare de primire"));
    contest.complete("collectPostponementConfirmations", Map.of("confirmedCodes",
        List.of(codes[0], codes[1], codes[2]), "confirmationsRecorded", true));

    assertThat(contest.instance).hasPassed(Elements.CONTEST_POSTPONED).isActive();
    assertThat(candidates.find(codes[2]).orElseThrow().withdrawnOn()).isNull();
    assertThat(events.of(contest.contestId)).extracting(ContestEvent::outcome)
        .containsExactly("POSTPONE");
  }

  @Test
  void aPostponementMovesTheTestStagesWaitForTheTestsDayAndHour() {
    selectEverybodyAndCloseSelection();
    now(LocalDate.of(2025, 11, 21), 10);
    new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L));
    message("ContestPostponementRequested", Map.of("newTestDate", "2025-12-17",
        "postponementReason", "Sala de concurs este indisponibilă (inundație)."));

    // The roll call now opens on 17.12.2025 at the announced 10:00, not on 25.11.
    java.util.Date startsAt = java.util.Date.from(LocalDateTime.of(2025, 12, 17, 10, 0)
        .atZone(ContestDriver.ZONE).toInstant());
    assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(contest.testStage().getId()).timers()
        .activityId(TestStageProcess.Elements.TEST_TIME_REACHED)
        .singleResult().getDuedate()).isEqualTo(startsAt);
    assertThat(engine.getRuntimeService().getVariable(contest.testStage().getId(),
        TestStageProcess.Variables.TEST_STARTS_AT)).isEqualTo(startsAt);
  }

  @Test
  void postponedBy16WorkingDays_theProcedureRestartsAsANewContestWithTheSameCommissions() {
    selectEverybodyAndCloseSelection();
    now(LocalDate.of(2025, 11, 21), 10);
    message("ContestPostponementRequested", Map.of("newTestDate", "2025-12-18",
        "postponementReason", "Președintele comisiei este în concediu medical."));

    assertThat(contest.instance).isEnded().hasPassed(Elements.POSTPONEMENT_RESTART,
        Elements.CONTEST_RESTARTED);
    assertThat(status()).isEqualTo("RESTARTED");
    long next = contests.restartedAs(contest.contestId).orElseThrow();
    Contest restarted = contests.get(next);
    assertThat(restarted.restartedFrom()).isEqualTo(contest.contestId);
    assertThat(restarted.status().name()).isEqualTo("COMMISSIONS_CONSTITUTED");
    assertThat(contests.validMembers(next, "CC")).containsExactlyElementsOf(CC);
    ProcessInstance nextInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("CONCURS-" + next).singleResult();
    assertThat(nextInstance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(engine.getRuntimeService().getVariable(nextInstance.getId(), Variables.POST_NAME))
        .isEqualTo("Administrator financiar");
    assertThat(candidates.ofContest(next)).isEmpty();
  }

  @Test
  void aPostponementToAnEarlierDateIsRefused() {
    selectEverybodyAndCloseSelection();
    now(LocalDate.of(2025, 11, 21), 10);
    assertThatThrownBy(() -> message("ContestPostponementRequested", Map.of("newTestDate",
        "2025-11-24", "postponementReason", "—"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nu este o amânare");
  }

  // ---- changing a commission --------------------------------------------------------------------




  @Test
  void aMemberReplacedOneDayBeforeTheWrittenTest_theNewMemberScores() {
    selectEverybodyAndCloseSelection();
    now(LocalDate.of(2025, 11, 24), 9);
    contest.memberUnavailable("ch.cc.m1", "2025-11-25");
    assertThat(engine.getRuntimeService().getVariable(contest.commissionChange().getId(),
        Variables.LATE_REQUEST))
        .isEqualTo(false);
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "ch.cc.m3"));
    contest.completeChange("draftModificationDecision", Map.of("modificationDecisionNumber", "812/2025"));
    contest.completeChange("endorseModificationDecision", Map.of("changeApproved", "true"));
    contest.completeChange("signModificationDecision", Map.of("changeApproved", "true"));

    assertThat(contest.commissionChange()).isNull();
    assertThat(contests.validMembers(contest.contestId, "CC"))
        .containsExactly("ch.cc.p", "ch.cc.m2", "ch.cc.m3");
    assertThat(engine.getRuntimeService().getVariable(contest.testStage().getId(),
        Variables.CC_MEMBERS))
        .isEqualTo(List.of("ch.cc.p", "ch.cc.m2", "ch.cc.m3"));
    assertThat(identity.createUserQuery().memberOfGroup("cc-" + contest.contestId).list())
        .extracting(u -> u.getId()).containsExactlyInAnyOrder("ch.cc.p", "ch.cc.m2", "ch.cc.m3");

    now(LocalDate.of(2025, 11, 25), 9);
    new TestDriver(engine, contest.testStage(), tests, List.of("ch.cc.p", "ch.cc.m2",
        "ch.cc.m3")).plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    String written = contest.testStage().getId();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(written)
        .taskDefinitionKey(TestStageProcess.Elements.SCORE_PAPER).taskAssignee("ch.cc.m3").count())
        .isEqualTo(3);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(written)
        .taskDefinitionKey(TestStageProcess.Elements.SCORE_PAPER).taskAssignee("ch.cc.m1")
        .count()).isZero();
  }

  @Test
  void aRequestOnTheTestDayIsLate_theHeadOfStructureMayPostponeTheActivity() {
    selectEverybodyAndCloseSelection();
    now(LocalDate.of(2025, 11, 25), 8);
    contest.memberUnavailable("ch.cc.m1", "2025-11-25");
    assertThat(engine.getRuntimeService().getVariable(contest.commissionChange().getId(),
        Variables.LATE_REQUEST))
        .isEqualTo(true);
    String request = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.commissionChange().getId()).singleResult().getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(request,
        Map.of("replacementMember", "ch.cc.m3"))).hasMessageContaining("târziu");

    engine.getTaskService().complete(request, Map.of("lateRequestHandling", "POSTPONE"));

    assertThat(contest.commissionChange()).isNull();
    assertThat(contests.validMembers(contest.contestId, "CC")).contains("ch.cc.m1");
    assertThat(contest.instance).hasPassed(Elements.UNAVAILABILITY_HANDLED);
  }

  @Test
  void aReplacementThatBreaksTheCommissionRulesGoesBackToTheHeadOfStructure() {
    staff.save(new StaffMember("ch.sanctioned", "ch.sanctioned", "Economic", false, true,
        ro.dosar.gender.Gender.MALE));
    if (identity.createUserQuery().userId("ch.sanctioned").count() == 0) {
      identity.saveUser(identity.newUser("ch.sanctioned"));
    }
    now(LocalDate.of(2025, 11, 18), 9);
    contest.memberUnavailable("ch.csc.m1", "2025-11-21");
    assertThatThrownBy(() -> contest.completeChange("requestCommissionChange",
        Map.of("replacementMember", "ch.cc.m2"))).hasMessageContaining("face deja parte");
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "ch.sanctioned"));

    assertThat(engine.getRuntimeService().getVariable(contest.commissionChange().getId(),
        CommissionChangeProcess.Variables.COMPOSITION_VIOLATIONS)
        .toString()).contains("COM-08");
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "ch.cc.m3"));
    contest.completeChange("draftModificationDecision", Map.of("modificationDecisionNumber", "813/2025"));
    contest.completeChange("endorseModificationDecision", Map.of("changeApproved", "false",
        "changeRemarks", "Lipsește acordul persoanei."));
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "ch.cc.m3"));
    contest.completeChange("draftModificationDecision", Map.of("modificationDecisionNumber", "814/2025"));
    contest.completeChange("endorseModificationDecision", Map.of("changeApproved", "true"));
    contest.completeChange("signModificationDecision", Map.of("changeApproved", "false",
        "changeRemarks", "Altă persoană."));
    assertThat(contest.commissionChange()).isNotNull();
  }

  @Test
  void aConflictedMemberIsReplacedThroughTheSameChain_lateReplacementEscalated() {
    now(LocalDate.of(2025, 11, 18), 10);
    message("ConflictOfInterestReported", Map.of("conflictMember", "ch.cc.m2",
        "conflictReport", "Soțul candidatului " + codes[1] + "."));
    contest.complete("establishConflict", Map.of("conflictEstablished", "true",
        "conflictRemarks", "Căsătoria este dovedită."));

    // Established Tue 18 Nov: the decision is to be amended by Thu 20 Nov (COM-23).
    Job overdue = engine.getManagementService().createJobQuery()
        .processInstanceId(contest.instance.getId()).activityId(Elements.REPLACEMENT_OVERDUE)
        .singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(closing(LocalDate.of(2025, 11, 20)));
    now(LocalDate.of(2025, 11, 21), 9);
    engine.getManagementService().executeJob(overdue.getId());
    Task escalation = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.ESCALATE_REPLACEMENT)
        .singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .extracting(link -> link.getGroupId()).contains("hr", "rector");
    engine.getTaskService().complete(escalation.getId(), Map.of("escalationNote", "Urgentat."));

    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "ch.cc.m3"));
    contest.completeChange("draftModificationDecision", Map.of("modificationDecisionNumber", "815/2025"));
    contest.completeChange("endorseModificationDecision", Map.of("changeApproved", "true"));
    contest.completeChange("signModificationDecision", Map.of("changeApproved", "true"));

    assertThat(contest.instance).hasPassed(Elements.CONFLICTED_MEMBER_REPLACED,
        Elements.REPLACEMENT_ESCALATED);
    assertThat(contests.validMembers(contest.contestId, "CC"))
        .containsExactlyInAnyOrder("ch.cc.p", "ch.cc.m1", "ch.cc.m3");
    // The excluded member's selection tasks passed to the newcomer.
    assertThat(contest.selectionTasks().taskDefinitionKey(FileSelectionProcess.Elements.SELECT_FILE)
        .taskAssignee("ch.cc.m2").count()).isZero();
    assertThat(contest.selectionTasks().taskDefinitionKey(FileSelectionProcess.Elements.SELECT_FILE)
        .taskAssignee("ch.cc.m3").count()).isEqualTo(3);
  }

  // ---- the REST API -----------------------------------------------------------------------------

  @Test
  void twoMembersUnavailableInARow_eachRequestKeepsItsOwnMemberDateAndReason() {
    var asHr = Http.as(port, hr(), hr());
    String path = "/api/contests/" + contest.contestId + "/messages/CommissionMemberUnavailable";
    now(LocalDate.of(2025, 11, 18), 10);

    assertThat(asHr.postJson(path, "{\"variables\":{\"unavailableMember\":\"ch.cc.m1\","
        + "\"activityDate\":\"2025-11-21\",\"unavailabilityReason\":\"Concediu medical.\"}}")
        .statusCode()).isEqualTo(204);
    assertThat(asHr.postJson(path, "{\"variables\":{\"unavailableMember\":\"ch.csc.m1\","
        + "\"activityDate\":\"2025-11-24\",\"unavailabilityReason\":\"Deplasare.\"}}")
        .statusCode()).isEqualTo(204);

    // Each request's data stays with its own part of the contest, none on the contest itself.
    var runtime = engine.getRuntimeService();
    String contestInstance = contest.instance.getId();
    Map<String, String> memberByScope = new HashMap<>();
    Map<String, String> reasonByScope = new HashMap<>();
    runtime.createVariableInstanceQuery().processInstanceIdIn(contestInstance)
        .variableName(Variables.UNAVAILABLE_MEMBER).list()
        .forEach(v -> memberByScope.put(v.getExecutionId(), (String) v.getValue()));
    runtime.createVariableInstanceQuery().processInstanceIdIn(contestInstance)
        .variableName(Variables.UNAVAILABILITY_REASON).list()
        .forEach(v -> reasonByScope.put(v.getExecutionId(), (String) v.getValue()));
    assertThat(memberByScope.values()).containsExactlyInAnyOrder("ch.cc.m1", "ch.csc.m1");
    assertThat(memberByScope).doesNotContainKey(contestInstance);
    memberByScope.forEach((scope, member) -> assertThat(reasonByScope.get(scope))
        .isEqualTo("ch.cc.m1".equals(member) ? "Concediu medical." : "Deplasare."));
    assertThat(runtime.getVariableLocal(contestInstance, Variables.UNAVAILABLE_MEMBER)).isNull();
    List<ProcessInstance> changes = runtime.createProcessInstanceQuery()
        .processDefinitionKey(CommissionChangeProcess.KEY)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId).list();
    assertThat(changes).extracting(change -> runtime.getVariable(change.getId(),
            CommissionChangeProcess.Variables.CHANGED_MEMBER))
        .containsExactlyInAnyOrder("ch.cc.m1", "ch.csc.m1");
    assertThat(changes).extracting(change -> runtime.getVariable(change.getId(),
            Variables.CHANGE_REASON)
            .toString())
        .anySatisfy(reason -> assertThat(reason).contains("21.11.2025", "Concediu medical."))
        .anySatisfy(reason -> assertThat(reason).contains("24.11.2025", "Deplasare."));
  }

  /** An HR user of this class, with a password equal to the name. */
  private String hr() {
    if (identity.createUserQuery().userId("ch.hr").count() == 0) {
      var hr = identity.newUser("ch.hr");
      hr.setPassword("ch.hr");
      identity.saveUser(hr);
      identity.createMembership("ch.hr", "hr");
    }
    return "ch.hr";
  }

  @Test
  void throughTheRestApi_messagesThatDoNotFitAre409_badData400() {
    if (identity.createUserQuery().userId("ch.hr").count() == 0) {
      var hr = identity.newUser("ch.hr");
      hr.setPassword("ch.hr");
      identity.saveUser(hr);
      identity.createMembership("ch.hr", "hr");
    }
    var asHr = Http.as(port, "ch.hr", "ch.hr");
    String path = "/api/contests/" + contest.contestId + "/messages/";
    now(LocalDate.of(2025, 11, 18), 10);

    assertThat(asHr.postJson(path + "ContestResumed", "{}").statusCode()).isEqualTo(403);
    var notScored = asHr.postJson("/api/contests/" + contest.contestId
        + "/paper-consultations", "{\"code\":" + codes[0] + "}");
    assertThat(notScored.statusCode()).isEqualTo(409);
    assertThat(Http.json(notScored).get("detail").asText()).contains("corectată și notată");
    var noTestAhead = asHr.postJson(path + "ContestPostponementRequested",
        "{\"variables\":{\"newTestDate\":\"2025-11-01\",\"postponementReason\":\"x\"}}");
    assertThat(noTestAhead.statusCode()).isEqualTo(400);
    assertThat(Http.json(noTestAhead).get("detail").asText()).contains("nu este o amânare");
    var missing = asHr.postJson(path + "IrregularityNoticeReceived",
        "{\"variables\":{\"noticeFrom\":\"Un candidat\"}}");
    assertThat(missing.statusCode()).isEqualTo(400);

    var notice = asHr.postJson(path + "IrregularityNoticeReceived",
        "{\"variables\":{\"noticeFrom\":\"Un candidat\",\"noticeText\":\"Lipsește bibliografia.\"}}");
    assertThat(notice.statusCode()).isEqualTo(204);
    contest.complete("verifyNotice", Map.of("noticeOutcome", "DEFICIENT",
        "noticeFindings", "Bibliografia lipsește din anunț."));
    runAsyncSteps();

    var whileSuspended = asHr.postJson(path + "CommissionMemberUnavailable",
        "{\"variables\":{\"unavailableMember\":\"ch.cc.m1\"}}");
    assertThat(whileSuspended.statusCode()).isEqualTo(409);
    assertThat(Http.json(whileSuspended).get("detail").asText()).contains("suspendat");
    var state = Http.json(asHr.get("/api/contests/" + contest.contestId));
    assertThat(state.get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(state.get("statusReason").asText()).contains("Bibliografia lipsește");
    assertThat(state.get("events").get(1).get("kind").asText()).isEqualTo("SUSPENSION");
  }
}
