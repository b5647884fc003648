package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.support.ProcessTest;

/**
 * The recruitment contest from the proposal to the end of the selection contestations, walked as
 * the procedure reads (spec contest-hiring.md §5–§9, §15), with the engine clock on the dates of
 * the spec's worked example: a vacant post published on Monday 1 September 2025.
 */
@ProcessTest
class ContestHiringProcessTest {

  static final List<String> CC = List.of("t.cc.president", "t.cc.m1", "t.cc.m2");
  static final List<String> CSC = List.of("t.csc.president", "t.csc.m1", "t.csc.m2");
  static final String SECRETARY = "t.secretary";
  static final LocalDate PUBLICATION = LocalDate.of(2025, 9, 1);
  static final LocalDate FIRST_TEST = LocalDate.of(2025, 9, 23);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestRepository contests;
  @Autowired
  ContestationRepository contestations;
  @Autowired
  MemberOpinionRepository opinions;
  @Autowired
  ro.dosar.documents.ContestDocuments documents;

  ContestDriver contest;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "t.cc.president:Facultatea de Drept:leader",
        "t.cc.m1:Direcția Economică", "t.cc.m2:Direcția Economică",
        "t.csc.president:Facultatea de Științe:leader", "t.csc.m1:Biroul Juridic",
        "t.csc.m2:Direcția Tehnică", "t.secretary:HR", "t.leader2:Rectorat:leader",
        "t.leader3:Prorectorat:leader", "t.outsider:Direcția Tehnică");
    contest = new ContestDriver(engine);
    BpmnAwareTests.init(engine);
    now(LocalDate.of(2025, 8, 27), 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** Publishes a vacant contest on 1 Sep 2025 with the test commissions. */
  private ContestDriver published() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY)
        .announce(PUBLICATION, FIRST_TEST);
    now(PUBLICATION, 9);
    return contest.publish();
  }

  /** Three files on 10 Sep, the window closed on 15 Sep at 16:00. */
  private long[] threeFilesRegistered() {
    published();
    now(LocalDate.of(2025, 9, 10), 12);
    long first = contest.registerFile("Ana Pop", LocalDateTime.of(2025, 9, 10, 9, 30),
        "ABDEFGHI");
    long second = contest.registerFile("Bogdan Ionescu", LocalDateTime.of(2025, 9, 10, 10, 0),
        "ABDEFGHI");
    long third = contest.registerFile("Dorin Lazăr", LocalDateTime.of(2025, 9, 10, 11, 0),
        "ABDEFI");
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    return new long[] {first, second, third};
  }

  @Test
  void theProposalIsRecordedAndRoutedToHrThenTheRector() {
    contest.propose("VACANT", "EXECUTION");

    assertThat(contest.instance).isWaitingAt(Elements.REVIEW_PROPOSAL);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.instance.getId()).singleResult().getBusinessKey())
        .isEqualTo("CONCURS-" + contest.contestId);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(
        contest.instance.getId()).taskCandidateGroup("hr").count()).isEqualTo(1);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("PROPOSED");
  }

  @Test
  void aRejectedProposalEndsTheContestAsProposalRejected() {
    contest.propose("VACANT", "EXECUTION");
    contest.complete("reviewProposal", Map.of("hrEndorsed", true));

    assertThatThrownBy(() -> contest.complete("approveProposal",
        Map.of("proposalApproved", "false")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Motivul respingerii");
    contest.complete("approveProposal", Map.of("proposalApproved", "false",
        "rectorRemarks", "Postul nu este prevăzut în statul de funcții."));

    assertThat(contest.instance).isEnded().hasPassed(Elements.PROPOSAL_REJECTED);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("PROPOSAL_REJECTED");
    assertThat(contests.get(contest.contestId).statusReason()).contains("statul de funcții");
  }

  @Test
  void aCommissionThatBreaksTheRulesIsRefusedOnSubmissionWithTheRulesNamed() {
    contest.propose("VACANT", "LEADERSHIP").approveProposal();

    // Same person on both commissions, one leader only in the CC, secretary not from HR: the
    // form's server check refuses the submission (the task stays open with HR).
    assertThatThrownBy(() -> contest.draftCommissions(
        List.of("t.cc.president", "t.cc.m1", "t.cc.m2"),
        List.of("t.csc.president", "t.cc.m1", "t.csc.m2"), "t.outsider"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("COM-09").hasMessageContaining("COM-07")
        .hasMessageContaining("COM-03");

    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_COMMISSION_DECISIONS);

    contest.draftCommissions(List.of("t.cc.president", "t.leader2", "t.cc.m2"),
        List.of("t.csc.president", "t.leader3", "t.csc.m2"), SECRETARY);
    assertThat(contest.instance).isWaitingAt(Elements.ENDORSE_COMMISSION_DECISIONS);
  }

  @Test
  void theCommissionsAreConstitutedAsTheContestsOwnGroups() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(identity.createUserQuery().memberOfGroup("cc-" + contest.contestId).list())
        .extracting("id").containsExactlyInAnyOrderElementsOf(CC);
    assertThat(identity.createUserQuery().memberOfGroup("csc-" + contest.contestId).list())
        .extracting("id").containsExactlyInAnyOrderElementsOf(CSC);
    assertThat(contests.commissionMembers(contest.contestId, "CC")).first()
        .isEqualTo("t.cc.president");
    assertThat(contests.get(contest.contestId).commissionsSignedOn())
        .isEqualTo(LocalDate.of(2025, 8, 27));
  }

  @Test
  void aFirstTestOneWorkingDayTooEarlyIsRefused_theEarliestLegalOneIsAccepted() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);

    contest.announce(PUBLICATION, LocalDate.of(2025, 9, 19));
    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat((String) contest.variable("announcementViolations"))
        .startsWith("PUB-01").contains("23.09.2025");

    // Mon 22 Sep is the 15th working day: lawful only if the test day counts (OQ-02, default
    // BOTH_EXCLUDED), so it is refused with both readings named.
    contest.announce(PUBLICATION, LocalDate.of(2025, 9, 22));
    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat((String) contest.variable("announcementViolations"))
        .startsWith("PUB-01").contains("23.09.2025", "numai dacă ziua probei se numără");

    contest.announce(PUBLICATION, LocalDate.of(2025, 9, 23));
    assertThat(contest.instance).isWaitingAt(Elements.PUBLISH_ANNOUNCEMENT);
  }

  @Test
  void anInterviewFiveWorkingDaysAfterTheWrittenTestIsRefused_fourIsAccepted() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);

    // Written test Tue 23 Sep 2025: +4 WD = Mon 29 Sep, +5 WD = Tue 30 Sep (§8.2.4(5)).
    contest.announce(PUBLICATION, FIRST_TEST, LocalDate.of(2025, 9, 30));
    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat((String) contest.variable("announcementViolations"))
        .startsWith("INT-05").contains("29.09.2025");

    contest.announce(PUBLICATION, FIRST_TEST, LocalDate.of(2025, 9, 29));
    assertThat(contest.instance).isWaitingAt(Elements.PUBLISH_ANNOUNCEMENT);
  }

  @Test
  void aPublicationLaterThanPlannedIsCheckedAgainstTheLawAgain() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);
    contest.announce(PUBLICATION, FIRST_TEST);
    // HR publishes a week late: the first test is now too close to the publication.
    now(LocalDate.of(2025, 9, 8), 9);
    contest.publish();

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat((String) contest.variable("announcementViolations"))
        .contains("08.09.2025", "PUB-01");
  }

  @Test
  void publicationSetsTheLegalTimelineOfTheSpecsWorkedExample() {
    published();

    Contest record = contests.get(contest.contestId);
    assertThat(record.publicationDate()).isEqualTo(PUBLICATION);
    assertThat(record.submissionDeadline()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(record.selectionDeadline()).isEqualTo(LocalDate.of(2025, 9, 17));
    assertThat(record.selectionResultsDisplay()).isEqualTo(LocalDate.of(2025, 9, 18));
    assertThat(record.selectionContestationDeadline()).isEqualTo(LocalDate.of(2025, 9, 19));
    assertThat(record.selectionContestationResolution()).isEqualTo(LocalDate.of(2025, 9, 22));
    assertThat(contest.instance).isWaitingAt(Elements.REGISTER_FILE);
    Task registration = contest.task("registerFile");
    assertThat(registration.getDueDate()).isEqualTo(
        java.util.Date.from(LocalDateTime.of(2025, 9, 15, 16, 0).atZone(ContestDriver.ZONE)
            .toInstant()));
  }

  @Test
  void eachFileGetsItsRegistrationNumberAsCode_aLateFileIsRefusedAndNotStored() {
    published();
    now(LocalDate.of(2025, 9, 15), 17);
    long onTime = contest.registerFile("Ana Pop", LocalDateTime.of(2025, 9, 15, 15, 59),
        "ABDEFGHI");

    assertThatThrownBy(() -> contest.registerFile("Târziu Ion",
        LocalDateTime.of(2025, 9, 15, 16, 1), "ABDEFGHI"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("după termenul-limită de 15.09.2025 16:00");

    assertThat(candidates.ofContest(contest.contestId)).extracting(Candidate::code)
        .containsExactly(onTime);
    assertThat(candidates.documents(onTime)).doesNotContain(FileDocument.C, FileDocument.J);
  }

  @Test
  void noFileByTheDeadline_thePostIsNotFilled() {
    published();
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();

    assertThat(contest.instance).isEnded().hasPassed(Elements.NO_FILES);
    assertThat(contests.get(contest.contestId).status().name())
        .isEqualTo("NOT_FILLED_NO_PASSING_CANDIDATE");
  }

  @Test
  void everyMemberSelectsEachFileIndependently() {
    long[] codes = threeFilesRegistered();

    for (String member : CC) {
      List<Task> own = contest.selectionTasks()
          .taskDefinitionKey(FileSelectionProcess.Elements.SELECT_FILE)
          .taskAssignee(member).list();
      assertThat(own).hasSize(3);
      assertThat(own).extracting(Task::getName)
          .anySatisfy(name -> assertThat(name).endsWith("Selecția dosarului cu codul " + codes[0]));
    }
    Task task = contest.memberTask("selectFile", "t.cc.m1", codes[2]);
    assertThat(engine.getTaskService().getVariable(task.getId(), Variables.MISSING_DOCUMENTS))
        .asString().contains("Adeverință medicală", "Certificat de integritate");
  }

  @Test
  void aTwoToOneSelectionAdmits_andTheMinorityMemberRecordsASeparateOpinion() {
    long[] codes = threeFilesRegistered();
    long code = codes[0];

    contest.select("t.cc.president", code, true, null)
        .select("t.cc.m1", code, true, null)
        .select("t.cc.m2", code, false, "Experiența nu este dovedită.");

    assertThat(candidates.find(code).orElseThrow().selectionStatus()).isEqualTo("ADMIS");
    Task separate = contest.memberTask("writeSeparateOpinion", "t.cc.m2", code);
    assertThatThrownBy(() -> engine.getTaskService().complete(separate.getId(),
        Map.of("separateOpinion", " "))).isInstanceOf(FormFieldValidationException.class);
    contest.separateOpinion("t.cc.m2", code, "Adeverința de vechime nu arată specialitatea.");

    assertThat(opinions.separateOpinion("SELECTION", code, "t.cc.m2"))
        .isEqualTo("Adeverința de vechime nu arată specialitatea.");
    assertThat(opinions.opinions("SELECTION", code)).containsEntry("t.cc.m2", false)
        .containsEntry("t.cc.president", true);
  }

  @Test
  void threeRejectionsRejectTheFileWithTheReasonsGiven() {
    long[] codes = threeFilesRegistered();
    long code = codes[2];

    assertThatThrownBy(() -> contest.select("t.cc.president", code, false, null))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Motivați respingerea");
    for (String member : CC) {
      contest.select(member, code, false, "Lipsește adeverința medicală.");
    }

    Candidate rejected = candidates.find(code).orElseThrow();
    assertThat(rejected.selectionStatus()).isEqualTo("RESPINS");
    assertThat(rejected.selectionReason()).contains("Lipsește adeverința medicală.");
    // The same reason from three members is the commission's reason once (issue 21 item 5).
    assertThat(rejected.selectionReason()).isEqualTo("Lipsește adeverința medicală.");
    assertThat(engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(FileSelectionProcess.Elements.WRITE_SEPARATE_OPINION)
        .list()).noneMatch(task -> String.valueOf(code).equals(
            engine.getTaskService().getVariable(task.getId(), Variables.FILE_CODE)));
  }

  @Test
  void aMemberWhoDoesNotDeclareTheAbsenceOfAConflictCannotDecide() {
    long[] codes = threeFilesRegistered();
    Task task = contest.memberTask("selectFile", "t.cc.m1", codes[0]);

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
        Map.of("selectionDecision", "ADMIS", "noConflictDeclared", false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("§8.1.5(14)");
    assertThat(opinions.exists("SELECTION", codes[0], "t.cc.m1")).isFalse();
  }

  @Test
  void aLateSelectionEscalatesToThePresidentAndHr() {
    threeFilesRegistered();
    now(LocalDate.of(2025, 9, 17), 17);

    var timer = engine.getManagementService().createJobQuery().timers()
        .activityId(Elements.SELECTION_OVERDUE)
        .processInstanceId(contest.instance.getId())
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(
        LocalDateTime.of(2025, 9, 17, 16, 0).atZone(ContestDriver.ZONE).toInstant()));
    engine.getManagementService().executeJob(timer.getId());

    Task escalation = contest.task("escalateSelection");
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .extracting("groupId", "userId")
        .contains(org.assertj.core.groups.Tuple.tuple("hr", null),
            org.assertj.core.groups.Tuple.tuple(null, "t.cc.president"));
    assertThat(contest.instance).isWaitingAt(Elements.FILE_SELECTION, Elements.ESCALATE_SELECTION);

    contest.complete("escalateSelection", Map.of("escalationNote", "Membrii convocați azi."));
    assertThat(contest.instance).hasPassed(Elements.SELECTION_ESCALATED)
        .isWaitingAt(Elements.FILE_SELECTION);
  }

  @Test
  void aRefusedMethodology_anUnendorsedOrUnsignedDecision_goBackToTheirAuthors() {
    contest.propose("VACANT", "EXECUTION");
    contest.complete("reviewProposal", Map.of("hrEndorsed", true));
    contest.complete("approveProposal", Map.of("proposalApproved", "true"));
    contest.complete("draftMethodology", Map.of("methodology", "Prima versiune.",
        "anonymousFirstStage", "true"));
    contest.complete("approveMethodology", Map.of("methodologyApproved", "false",
        "methodologyRemarks", "Lipsește interviul."));
    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_METHODOLOGY);
    contest.complete("draftMethodology", Map.of("methodology", "Selecție, probă scrisă, "
        + "interviu.", "anonymousFirstStage", "false", "anonymousFirstStageReason",
        "Regulamentul cere identificarea candidaților la selecție."));
    assertThatThrownBy(() -> contest.complete("approveMethodology", Map.of()))
        .isInstanceOf(FormFieldValidationException.class);
    contest.complete("approveMethodology", Map.of("methodologyApproved", "true"));

    contest.draftCommissions(CC, CSC, SECRETARY);
    contest.complete("endorseCommissionDecisions", Map.of("legalEndorsed", "false",
        "legalRemarks", "Lipsește temeiul legal."));
    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_COMMISSION_DECISIONS);
    contest.draftCommissions(CC, CSC, SECRETARY);
    contest.complete("endorseCommissionDecisions", Map.of("legalEndorsed", "true"));
    contest.complete("signCommissionDecisions", Map.of("decisionsSigned", "false",
        "rectorDecisionRemarks", "Alt președinte."));
    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_COMMISSION_DECISIONS);
    contest.draftCommissions(CC, CSC, SECRETARY).signCommissions();

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
  }

  /** All three files selected: two admitted, the third rejected unanimously. */
  private long[] selectionDisplayed() {
    long[] codes = threeFilesRegistered();
    now(LocalDate.of(2025, 9, 16), 10);
    for (String member : CC) {
      contest.select(member, codes[0], true, null);
      contest.select(member, codes[1], false, "Studii necorespunzătoare.");
      contest.select(member, codes[2], false, "Lipsește adeverința medicală.");
    }
    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    return codes;
  }

  @Test
  void aSelectionContestationAdmitted_theCandidateGoesOn_oneRejected_staysOut() {
    long[] codes = selectionDisplayed();
    assertThat(contest.contestationRound()).isNotNull();
    now(LocalDate.of(2025, 9, 19), 16);
    contest.contest(codes[1], "5001/19.09.2025", LocalDateTime.of(2025, 9, 19, 10, 0))
        .contest(codes[2], "5002/19.09.2025", LocalDateTime.of(2025, 9, 19, 15, 59));
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    now(LocalDate.of(2025, 9, 22), 10);
    contest.decideContestation("t.csc.president", codes[1], true)
        .decideContestation("t.csc.m1", codes[1], true)
        .decideContestation("t.csc.m2", codes[1], false);
    for (String member : CSC) {
      contest.decideContestation(member, codes[2], false);
    }
    Task separate = contest.memberTask("writeContestationSeparateOpinion", "t.csc.m2", codes[1]);
    engine.getTaskService().complete(separate.getId(),
        Map.of("separateOpinion", "Studiile nu corespund nomenclatorului."));

    assertThat(contestations.of(codes[1], "SELECTION").orElseThrow().outcome())
        .isEqualTo("ADMITTED");
    assertThat(contestations.of(codes[2], "SELECTION").orElseThrow().outcome())
        .isEqualTo("REJECTED");
    assertThat(candidates.find(codes[1]).orElseThrow().selectionStatus()).isEqualTo("ADMIS");
    assertThat(candidates.find(codes[2]).orElseThrow().selectionStatus()).isEqualTo("RESPINS");
    assertThat(contest.instance).isWaitingAt(Elements.WRITTEN_TEST);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("SELECTION_COMPLETED");
    assertThat(candidates.countAdmitted(contest.contestId)).isEqualTo(2);
  }

  @Test
  void aLateContestationDecisionEscalatesToTheCscPresidentAndHr() {
    long[] codes = selectionDisplayed();
    now(LocalDate.of(2025, 9, 19), 12);
    contest.contest(codes[1], "5006/19.09.2025", LocalDateTime.of(2025, 9, 19, 10, 0));
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 9, 22), 17);

    var round = contest.contestationRound();
    var timer = engine.getManagementService().createJobQuery().timers()
        .activityId(ContestationRoundProcess.Elements.RESOLUTION_OVERDUE)
        .processInstanceId(round.getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(
        LocalDateTime.of(2025, 9, 22, 16, 0).atZone(ContestDriver.ZONE).toInstant()));
    engine.getManagementService().executeJob(timer.getId());
    Task escalation = contest.roundTask("escalateContestations");
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .extracting("groupId", "userId")
        .contains(org.assertj.core.groups.Tuple.tuple("hr", null),
            org.assertj.core.groups.Tuple.tuple(null, "t.csc.president"));
    engine.getTaskService().complete(escalation.getId(),
        Map.of("escalationNote", "Comisia se întrunește mâine la 9."));

    assertThat(round).hasPassed(ContestationRoundProcess.Elements.CONTESTATIONS_ESCALATED)
        .isWaitingAt(ContestationRoundProcess.Elements.CONTESTATION_RESOLUTION);
  }

  /**
   * Issue 21 item 6 changed this: a late contestation used to be refused with nothing recorded;
   * it is now registered and recorded as forfeited (§8.5C(1)), reaches no commission member and
   * is listed in the round's minutes.
   */
  @Test
  void aContestationOneMinuteOrOneDayLateIsRegisteredAsForfeited_noCommissionTask() {
    long[] codes = selectionDisplayed();
    now(LocalDate.of(2025, 9, 22), 9);

    contest.contest(codes[1], "5003/19.09.2025", LocalDateTime.of(2025, 9, 19, 16, 1));
    contest.contest(codes[2], "5004/22.09.2025", LocalDateTime.of(2025, 9, 22, 8, 30));
    assertThat(contestations.ofStage(contest.contestId, "SELECTION"))
        .extracting(Contestation::candidateCode, Contestation::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(codes[1], "FORFEITED"),
            org.assertj.core.groups.Tuple.tuple(codes[2], "FORFEITED"));
    contest.closeWindow();

    assertThat(contest.instance).isWaitingAt(Elements.WRITTEN_TEST);
    assertThat(engine.getTaskService().createTaskQuery().taskAssigneeLike("t.csc.%").count())
        .isZero();
    assertThat(candidates.find(codes[1]).orElseThrow().selectionStatus()).isEqualTo("RESPINS");
    var minutes = documents.of(contest.contestId).stream()
        .filter(doc -> doc.kind().equals("pv-contestatii")).toList();
    assertThat(minutes).hasSize(1);
    String text = ro.dosar.support.PdfText.of(documents.content(minutes.get(0).id()));
    assertThat(text).contains(codes[1] + " — — DECĂZUT DIN DREPT (depusă după termen) "
        + "19.09.2025 16:01", codes[2] + " — — DECĂZUT DIN DREPT (depusă după termen) "
        + "22.09.2025 08:30");
  }

  @Test
  void anAdmittedCandidateCannotContestTheSelection() {
    long[] codes = selectionDisplayed();
    now(LocalDate.of(2025, 9, 19), 12);

    assertThatThrownBy(() -> contest.contest(codes[0], "5005/19.09.2025",
        LocalDateTime.of(2025, 9, 19, 10, 0)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("propriul rezultat");
  }

  @Test
  void withoutContestations_theSelectionClosesWhenTheWindowDoes() {
    selectionDisplayed();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    assertThat(contest.instance).isWaitingAt(Elements.WRITTEN_TEST);
    assertThat(candidates.countAdmitted(contest.contestId)).isEqualTo(1);
  }

  @Test
  void nobodyAdmittedAfterContestations_thePostIsNotFilled() {
    long[] codes = threeFilesRegistered();
    for (String member : CC) {
      for (long code : codes) {
        contest.select(member, code, false, "Condiții specifice neîndeplinite.");
      }
    }
    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    assertThat(contest.instance).isEnded().hasPassed(Elements.NO_ADMITTED_CANDIDATE);
    assertThat(contests.get(contest.contestId).status().name())
        .isEqualTo("NOT_FILLED_NO_PASSING_CANDIDATE");
  }
}
