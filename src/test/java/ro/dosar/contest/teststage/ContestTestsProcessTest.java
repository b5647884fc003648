package ro.dosar.contest.teststage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.TestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.support.ProcessTest;

/**
 * The contest's tests as the procedure reads them (spec §10–§15): a contest with only a
 * practical test, a tie that a new interview decides, test contestations that do not raise the
 * score or raise it below the pass mark, a contestation commission that re-scores twice, and the
 * post left unfilled when nobody passes a test.
 */
@ProcessTest
class ContestTestsProcessTest {

  static final List<String> CC = List.of("x.cc.p", "x.cc.m1", "x.cc.m2");
  static final List<String> CSC = List.of("x.csc.p", "x.csc.m1", "x.csc.m2");
  static final LocalDate FIRST_TEST = LocalDate.of(2025, 9, 23);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestRepository contests;
  @Autowired
  ContestationRepository contestations;

  ContestDriver contest;
  long[] codes;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "x.cc.p:Drept:leader", "x.cc.m1:Economic",
        "x.cc.m2:Economic", "x.csc.p:Litere:leader", "x.csc.m1:Juridic", "x.csc.m2:Tehnic",
        "x.secretary:HR");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** A contest whose selection admitted {@code files} candidates and waits at its first test. */
  private void atFirstTest(int files, boolean written, boolean practical) {
    now(LocalDate.of(2025, 8, 27), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION", written, practical);
    codes = contest.toFirstTest(CC, CSC, "x.secretary", files, FIRST_TEST,
        LocalDate.of(2025, 9, 29));
    now(FIRST_TEST, 9);
  }

  private TestDriver written() {
    return new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
  }

  private TestDriver practical(String absent) {
    return new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("pMax1", 20L, "pMax2", 20L, "pMax3", 20L, "pMax4", 20L, "pMax5", 20L))
        .rollCall(absent);
  }

  private TestDriver interview() {
    return new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
  }

  /** Displays the test's results and lets the contestation window pass without one. */
  private void displayWithoutContestations(TestDriver test, LocalDate displayDay) {
    now(displayDay, 10);
    test.display();
    now(displayDay.plusDays(1), 17);
    contest.closeWindow();
  }

  @Test
  void aPracticalTestOnly_andATieThatDecidesThePostGoesToANewInterview_T2() {
    atFirstTest(2, false, true);

    assertThat(contest.instance).hasPassed(Elements.PRACTICAL_HELD)
        .hasNotPassed(Elements.WRITTEN_TEST).isWaitingAt(Elements.PRACTICAL_TEST);
    TestDriver practical = practical("");
    practical.scoreAll(codes[0], "76", "76", "76").scoreAll(codes[1], "76", "76", "76");
    displayWithoutContestations(practical, LocalDate.of(2025, 9, 24));
    now(LocalDate.of(2025, 9, 29), 9);
    TestDriver interview = interview();
    interview.scoreAll(codes[0], "74", "74", "74").scoreAll(codes[1], "74", "74", "74");
    displayWithoutContestations(interview, LocalDate.of(2025, 9, 30));

    assertThat(contest.instance).isWaitingAt(Elements.DECIDE_TIE);
    assertThat(candidates.finalResults(contest.contestId)).extracting(FinalResult::tieBreak)
        .containsOnly("NEW_INTERVIEW_REQUIRED");
    assertThatThrownBy(() -> contest.complete("decideTie", Map.of("tieWinnerCodes",
        codes[0] + ", " + codes[1], "tieDecisionMinutes", "Ambii.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("numiți exact 1");
    contest.complete("decideTie", Map.of("tieWinnerCodes", String.valueOf(codes[1]),
        "tieDecisionMinutes", "Al doilea candidat a răspuns mai bine la noul interviu."));
    contest.complete("displayFinalResults", Map.of("finalMinutesSigned", true,
        "finalResultsShown", true));

    assertThat(contest.instance).hasPassed(Elements.DECIDE_TIE,
        Elements.FINAL_RESULTS_DISPLAYED).isWaitingAt(Elements.AWAIT_CANDIDATE);
    assertThat(candidates.finalResults(contest.contestId)).extracting(FinalResult::code,
            FinalResult::finalStatus)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(codes[1], "ADMIS"),
            org.assertj.core.groups.Tuple.tuple(codes[0], "RESPINS"));
  }

  @Test
  void aLowerOrEqualContestationScoreLeavesTheCommissionsScore_aRaiseBelowThePassMarkStaysRespins() {
    atFirstTest(2, true, false);
    TestDriver written = written();
    written.scoreAll(codes[0], "60", "60", "60").scoreAll(codes[1], "40", "40", "40");
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    now(LocalDate.of(2025, 9, 25), 12);
    contest.contest(codes[0], "901/25.09.2025", LocalDateTime.of(2025, 9, 25, 9, 0))
        .contest(codes[1], "902/25.09.2025", LocalDateTime.of(2025, 9, 25, 9, 30));
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();

    rescoreFor(written, codes[0], "58", "60", "59");
    rescoreFor(written, codes[1], "45", "46", "47");

    assertThat(contestations.of(codes[0], "WRITTEN").orElseThrow().outcome())
        .isEqualTo("REJECTED");
    assertThat(written.paperOf(codes[0]).displayScore()).isEqualByComparingTo("60.00");
    assertThat(contestations.of(codes[1], "WRITTEN").orElseThrow().outcome())
        .isEqualTo("ADMITTED");
    assertThat(written.paperOf(codes[1]).displayScore()).isEqualByComparingTo("46.00");
    assertThat(written.paperOf(codes[1]).status()).isEqualTo("RESPINS");
    assertThat(contest.instance).isWaitingAt(Elements.INTERVIEW_TEST);
  }

  @Test
  void aContestationCommissionWhoseScoresDifferByMoreThanTenReScores() {
    atFirstTest(2, true, false);
    TestDriver written = written();
    written.scoreAll(codes[0], "70", "70", "70").scoreAll(codes[1], "40", "40", "40");
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    now(LocalDate.of(2025, 9, 25), 12);
    contest.contest(codes[1], "903/25.09.2025", LocalDateTime.of(2025, 9, 25, 9, 0));
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();

    rescoreFor(written, codes[1], "40", "52", "55");
    assertThat(contestations.of(codes[1], "WRITTEN").orElseThrow().outcome()).isNull();
    rescoreFor(written, codes[1], "50", "52", "54");

    assertThat(contestations.of(codes[1], "WRITTEN").orElseThrow().outcome())
        .isEqualTo("ADMITTED");
    assertThat(written.paperOf(codes[1]).status()).isEqualTo("ADMIS");
    assertThat(contest.contestationRound()).isNull();
  }

  @Test
  void nobodyPassesTheWrittenTest_thePostIsNotFilled() {
    atFirstTest(2, true, false);
    TestDriver written = written();
    written.scoreAll(codes[0], "30", "30", "30").scoreAll(codes[1], "49", "49", "49");
    displayWithoutContestations(written, LocalDate.of(2025, 9, 24));

    assertThat(contest.instance).isEnded().hasPassed(Elements.NOT_FILLED_AFTER_WRITTEN);
    assertThat(contests.get(contest.contestId).status().name())
        .isEqualTo("NOT_FILLED_NO_PASSING_CANDIDATE");
  }

  @Test
  void nobodyComesToThePracticalTest_thePostIsNotFilled() {
    atFirstTest(2, false, true);
    TestDriver practical = practical(codes[0] + ", " + codes[1]);

    assertThat(practical.test).isWaitingAt(TestStageProcess.Elements.DISPLAY_TEST_RESULTS)
        .hasNotPassed(TestStageProcess.Elements.SCORE_PAPERS);
    displayWithoutContestations(practical, LocalDate.of(2025, 9, 24));

    assertThat(contest.instance).isEnded().hasPassed(Elements.NOT_FILLED_AFTER_PRACTICAL);
  }

  @Test
  void nobodyPassesTheInterview_thePostIsNotFilled() {
    atFirstTest(1, true, true);
    TestDriver written = written();
    written.scoreAll(codes[0], "80", "80", "80");
    displayWithoutContestations(written, LocalDate.of(2025, 9, 24));
    TestDriver practical = practical("");
    practical.scoreAll(codes[0], "90", "90", "90");
    displayWithoutContestations(practical, LocalDate.of(2025, 9, 25));
    now(LocalDate.of(2025, 9, 29), 9);
    TestDriver interview = interview();
    interview.scoreAll(codes[0], "20", "20", "20");
    displayWithoutContestations(interview, LocalDate.of(2025, 9, 30));

    assertThat(contest.instance).isEnded()
        .hasPassed(Elements.WRITTEN_TEST, Elements.PRACTICAL_TEST, Elements.INTERVIEW_TEST,
            Elements.NOT_FILLED_AFTER_INTERVIEW);
  }

  private void rescoreFor(TestDriver test, long code, String... totals) {
    for (int i = 0; i < totals.length; i++) {
      String member = CSC.get(i);
      Task task = engine.getTaskService().createTaskQuery()
          .processInstanceId(contest.contestationRound().getId())
          .taskDefinitionKey(ContestationRoundProcess.Elements.RESCORE_PAPER).taskAssignee(member)
          .list().stream()
          .filter(candidate -> String.valueOf(code).equals(
              engine.getTaskService().getVariable(candidate.getId(), Variables.FILE_CODE)))
          .findFirst().orElseThrow();
      engine.getTaskService().complete(task.getId(),
          TestDriver.sheet(tests.criteria(test.testId()), new BigDecimal(totals[i])));
    }
  }
}
