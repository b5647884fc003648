package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.support.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.contest.ContestHiringProcess.Elements;

/**
 * The worked examples of spec §13.3 (E1–E11) and the tie-breaks T1–T3, through the process: each
 * example is a contest whose commission scores the written test (and the other tests) in
 * Tasklist's place, and the recorded score and status are the spec's.
 */
@ProcessTest
class WorkedExamplesProcessTest {

  static final List<String> FIVE = List.of("e.cc.p", "e.cc.m1", "e.cc.m2", "e.cc.m3", "e.cc.m4");
  static final List<String> CSC = List.of("e.csc.p", "e.csc.m1", "e.csc.m2");
  static final LocalDate FIRST_TEST = LocalDate.of(2025, 9, 23);
  static final LocalDate INTERVIEW = LocalDate.of(2025, 9, 29);

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

  @BeforeEach
  void employees() {
    // Two leaders in each commission, so that leadership posts are lawful too (COM-07).
    ContestDriver.employees(identity, staff, "e.cc.p:Drept:leader", "e.cc.m1:Rectorat:leader",
        "e.cc.m2:Economic", "e.cc.m3:Litere", "e.cc.m4:Fizică", "e.csc.p:Arte:leader",
        "e.csc.m1:Prorectorat:leader", "e.csc.m2:Tehnic", "e.secretary:HR");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  static Stream<Arguments> writtenTestExamples() {
    return Stream.of(
        Arguments.of("E1", "EXECUTION", 3, rounds(row("62", "75", "80"), row("70", "75", "78")),
            "223/3", "74.33", "ADMIS"),
        Arguments.of("E2", "EXECUTION", 3, rounds(row("62", "75", "80"), row("66", "75", "80"),
            row("71", "75", "79")), "75", "75.00", "ADMIS"),
        Arguments.of("E3", "EXECUTION", 3, rounds(row("60", "65", "70")), "65", "65.00",
            "ADMIS"),
        Arguments.of("E4", "EXECUTION", 5, rounds(row("40", "55", "60", "61", "90")), "176/3",
            "58.67", "ADMIS"),
        Arguments.of("E4 conducere", "LEADERSHIP", 5, rounds(row("40", "55", "60", "61", "90")),
            "176/3", "58.67", "RESPINS"),
        Arguments.of("E5", "EXECUTION", 5, rounds(row("60", "62", "65", "68", "70")), "65",
            "65.00", "ADMIS"),
        Arguments.of("E6", "EXECUTION", 5, rounds(row("50", "50", "70", "80", "80")), "200/3",
            "66.67", "ADMIS"),
        Arguments.of("E7", "LEADERSHIP", 3, rounds(row("68", "70", "70.5")), "139/2", "69.50",
            "RESPINS"),
        Arguments.of("E8", "EXECUTION", 3, rounds(row("48", "50", "52")), "50", "50.00",
            "ADMIS"),
        Arguments.of("E9", "EXECUTION", 3, rounds(row("48", "50", "51.97")), "4999/100",
            "49.99", "RESPINS"));
  }

  /** The members' totals of one round of correction. */
  private static String[] row(String... totals) {
    return totals;
  }

  private static List<String[]> rounds(String[]... rounds) {
    return List.of(rounds);
  }

  private ContestDriver contestAtFirstTest(String category, int members, boolean written,
      boolean practical, int files) {
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", category, written,
        practical);
    contest.lastCode = contest.toFirstTest(FIVE.subList(0, members), CSC, "e.secretary", files,
        FIRST_TEST, INTERVIEW)[files - 1];
    now(FIRST_TEST, 9);
    return contest;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenTestExamples")
  void theWrittenTestScoresAsTheWorkedExample(String example, String category, int members,
      List<String[]> rounds, String exact, String display, String status) {
    ContestDriver contest = contestAtFirstTest(category, members, true, false, 1);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests,
        FIVE.subList(0, members)).plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");

    for (String[] round : rounds) {
      written.scoreAll(contest.lastCode, round);
    }

    Paper paper = written.paperOf(contest.lastCode);
    assertThat(paper.recorrectionRounds()).as(example).isEqualTo(rounds.size() - 1);
    assertThat(paper.scoreFraction()).as(example).isEqualTo(exact);
    assertThat(paper.displayScore()).as(example).isEqualByComparingTo(display);
    assertThat(paper.status()).as(example).isEqualTo(status);
  }

  @Test
  void withASingleCandidateThePaperIsNotSealed_anExamInsteadOfAContest() {
    ContestDriver contest = contestAtFirstTest("EXECUTION", 3, true, false, 1);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, FIVE.subList(0, 3))
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");

    assertThat(written.sheetOf("e.cc.p", contest.lastCode).getName())
        .endsWith(" — Notare: candidatul cu codul " + contest.lastCode);
    assertThat(tests.test(written.testId()).sealed()).isFalse();
  }

  private void displayWithoutContestations(ContestDriver contest, TestDriver test,
      LocalDate day) {
    now(day, 10);
    test.display();
    now(day.plusDays(1), 17);
    contest.closeWindow();
  }

  @Test
  void e10_theFinalScoreIsTheExactMeanOfTheTests() {
    ContestDriver contest = contestAtFirstTest("EXECUTION", 3, true, false, 1);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, FIVE.subList(0, 3))
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    written.scoreAll(contest.lastCode, "62", "75", "80").scoreAll(contest.lastCode, "70", "75",
        "78");
    displayWithoutContestations(contest, written, LocalDate.of(2025, 9, 24));
    now(INTERVIEW, 9);
    TestDriver interview = new TestDriver(engine, contest.testStage(), tests, FIVE.subList(0, 3))
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
    interview.scoreAll(contest.lastCode, "80", "80", "80");
    displayWithoutContestations(contest, interview, LocalDate.of(2025, 9, 30));

    FinalResult result = candidates.finalResults(contest.contestId).get(0);
    assertThat(result.finalScoreFraction()).isEqualTo("463/6");
    assertThat(result.finalDisplayScore()).isEqualByComparingTo("77.17");
    assertThat(result.finalStatus()).isEqualTo("ADMIS");
  }

  @Test
  void e11_threeTests() {
    ContestDriver contest = contestAtFirstTest("EXECUTION", 3, true, true, 1);
    List<String> cc = FIVE.subList(0, 3);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    written.scoreAll(contest.lastCode, "60", "60", "60");
    displayWithoutContestations(contest, written, LocalDate.of(2025, 9, 24));
    TestDriver practical = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("pMax1", 20L, "pMax2", 20L, "pMax3", 20L, "pMax4", 20L, "pMax5", 20L))
        .rollCall("");
    practical.scoreAll(contest.lastCode, "90", "90", "90");
    displayWithoutContestations(contest, practical, LocalDate.of(2025, 9, 25));
    now(INTERVIEW, 9);
    TestDriver interview = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
    interview.scoreAll(contest.lastCode, "75", "75", "75");
    displayWithoutContestations(contest, interview, LocalDate.of(2025, 9, 30));

    FinalResult result = candidates.finalResults(contest.contestId).get(0);
    assertThat(result.finalDisplayScore()).isEqualByComparingTo("75.00");
  }

  @Test
  void t3_withoutAWrittenTestThePracticalScoreBreaksTheTie() {
    ContestDriver contest = contestAtFirstTest("EXECUTION", 3, false, true, 2);
    long b = contest.lastCode;
    long a = b - 1;
    List<String> cc = FIVE.subList(0, 3);
    TestDriver practical = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("pMax1", 20L, "pMax2", 20L, "pMax3", 20L, "pMax4", 20L, "pMax5", 20L))
        .rollCall("");
    practical.scoreAll(a, "85", "85", "85").scoreAll(b, "70", "70", "70");
    displayWithoutContestations(contest, practical, LocalDate.of(2025, 9, 24));
    now(INTERVIEW, 9);
    TestDriver interview = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
    interview.scoreAll(a, "65", "65", "65").scoreAll(b, "80", "80", "80");
    displayWithoutContestations(contest, interview, LocalDate.of(2025, 9, 30));

    List<FinalResult> results = candidates.finalResults(contest.contestId);
    assertThat(results).extracting(FinalResult::code).containsExactly(a, b);
    assertThat(results).extracting(FinalResult::finalStatus).containsExactly("ADMIS", "RESPINS");
    assertThat(results).extracting(FinalResult::tieBreak).containsOnly("PRACTICAL");
    assertThat(contest.instance).isWaitingAt(Elements.DISPLAY_FINAL_RESULTS);
  }
}
