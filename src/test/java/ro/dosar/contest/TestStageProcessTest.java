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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.support.ProcessTest;

/**
 * One test of a contest ({@code testStage}): the plan, the roll call, every member's independent
 * score sheet on sealed papers, the score of §8.3(7) with re-correction, and the display (spec
 * §10–§13, worked examples E2, E6, E8).
 */
@ProcessTest
class TestStageProcessTest {

  static final List<String> CSC = List.of("s.csc.p", "s.csc.m1", "s.csc.m2");
  static final LocalDate WRITTEN_TEST = LocalDate.of(2025, 9, 23);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;

  ContestDriver contest;
  List<String> cc;
  long[] codes;
  ProcessInstance test;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "s.cc.p:Drept:leader", "s.cc.m1:Economic",
        "s.cc.m2:Economic", "s.cc.m3:Litere", "s.cc.m4:Fizică", "s.csc.p:Arte:leader",
        "s.csc.m1:Juridic", "s.csc.m2:Tehnic", "s.secretary:HR");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** A contest whose selection admitted {@code files} candidates, with a CC of the given size. */
  private void admitted(int files, int commissionSize) {
    cc = List.of("s.cc.p", "s.cc.m1", "s.cc.m2", "s.cc.m3", "s.cc.m4").subList(0, commissionSize);
    now(LocalDate.of(2025, 8, 27), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION");
    codes = contest.toFirstTest(cc, CSC, "s.secretary", files, WRITTEN_TEST, WRITTEN_TEST);
  }

  /** The contest calls its written test once the selection contestations are over. */
  private void startWrittenTest() {
    test = contest.testStage();
    assertThat(test).as("the contest's written test").isNotNull();
    now(WRITTEN_TEST, 9);
  }

  private TestDriver driver() {
    return new TestDriver(engine, test, tests, cc);
  }

  private Task task(String key) {
    return driver().task(key);
  }

  /** Two subjects: 60 and 40 points. */
  private void plan() {
    driver().plan(Map.of("wMax1", 60L, "wMax2", 40L, "wMax3", 0L, "wMax4", 0L, "wMax5", 0L));
  }

  private void rollCall(String absent) {
    driver().rollCall(absent);
  }

  private Task sheetOf(String member, long code) {
    return driver().sheetOf(member, code);
  }

  private Paper paperOf(long code) {
    return driver().paperOf(code);
  }

  private void scoreAll(long code, String... totals) {
    driver().scoreAll(code, totals);
  }

  @Test
  void correctorsSeeASealedPaperNumber_neverTheCandidatesCodeOrName() {
    admitted(2, 3);
    startWrittenTest();
    plan();
    rollCall("");

    List<Task> sheets = engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey("scorePaper").taskAssignee("s.cc.m1").list();
    assertThat(sheets).hasSize(2);
    for (Task sheet : sheets) {
      Map<String, Object> seen = engine.getTaskService().getVariables(sheet.getId());
      assertThat(sheet.getName()).startsWith("Notare: lucrarea nr. ");
      assertThat(seen).doesNotContainKeys("fileCode", "candidateCode", "candidateName");
      assertThat(seen.values()).extracting(String::valueOf)
          .noneMatch(value -> value.equals(String.valueOf(codes[0]))
              || value.equals(String.valueOf(codes[1])) || value.contains("Candidat"));
    }
    assertThat(List.of(paperOf(codes[0]).paperNumber(), paperOf(codes[1]).paperNumber()))
        .containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void aSpreadOverTenIsReCorrectedUntilItIsNot_E2_andAnExactFiftyPasses_E8() {
    admitted(2, 3);
    startWrittenTest();
    plan();
    rollCall("");

    scoreAll(codes[0], "62", "75", "80");
    assertThat(paperOf(codes[0]).recorrectionRounds()).isEqualTo(1);
    assertThat(engine.getTaskService().getVariable(sheetOf("s.cc.p", codes[0]).getId(),
        "recorrectionNote")).asString().contains("18 puncte");
    scoreAll(codes[0], "66", "75", "80");
    assertThat(paperOf(codes[0]).recorrectionRounds()).isEqualTo(2);
    scoreAll(codes[0], "71", "75", "79");
    scoreAll(codes[1], "48", "50", "52");

    Paper first = paperOf(codes[0]);
    assertThat(first.scoreFraction()).isEqualTo("75");
    assertThat(first.displayScore()).isEqualByComparingTo("75.00");
    assertThat(first.status()).isEqualTo("ADMIS");
    Paper second = paperOf(codes[1]);
    assertThat(second.displayScore()).isEqualByComparingTo("50.00");
    assertThat(second.status()).isEqualTo("ADMIS");
    assertThat(test).isWaitingAt("displayTestResults");

    driver().display();
    assertThat(test).isEnded().hasPassed("testResultsDisplayed");
  }

  @Test
  void fiveMembersWithDuplicatedExtremesTakeTheTrimmedMean_E6() {
    admitted(2, 5);
    startWrittenTest();
    plan();
    rollCall(String.valueOf(codes[1]));

    scoreAll(codes[0], "50", "50", "70", "80", "80");

    Paper paper = paperOf(codes[0]);
    assertThat(paper.recorrectionRounds()).isZero();
    assertThat(paper.scoreFraction()).isEqualTo("200/3");
    assertThat(paper.displayScore()).isEqualByComparingTo("66.67");
    assertThat(paperOf(codes[1]).status()).isEqualTo("ABSENT");
  }

  @Test
  void anAbsentCandidateIsNotScored_andAnUnknownCodeIsRefused() {
    admitted(2, 3);
    startWrittenTest();
    plan();

    assertThatThrownBy(() -> rollCall("999999"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nu este al unui candidat admis");
    rollCall(String.valueOf(codes[0]));

    assertThat(paperOf(codes[0]).attendance()).isEqualTo("ABSENT");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey("scorePaper").count()).isEqualTo(3);
  }

  @Test
  void aPlanThatDoesNotAddUpTo100IsRefused() {
    admitted(2, 3);
    startWrittenTest();

    assertThatThrownBy(() -> engine.getTaskService().complete(task("prepareTest").getId(),
        Map.of("wMax1", 60L, "wMax2", 30L, "planConfirmed", true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("însumează 90");
  }

  @Test
  void aScoreAboveTheSubjectsMaximumIsRefused_andNothingIsRecorded() {
    admitted(2, 3);
    startWrittenTest();
    plan();
    rollCall("");
    Task sheet = sheetOf("s.cc.m1", codes[0]);

    assertThatThrownBy(() -> engine.getTaskService().complete(sheet.getId(),
        Map.of("score1", "61", "score2", "10")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("între 0 și 60");
    assertThat(tests.memberTotals(paperOf(codes[0]).id(), 1)).isEmpty();
  }

  @Test
  void deadlinesForScoringAndDisplayAreOneWorkingDayAfterTheTest() {
    admitted(2, 3);
    startWrittenTest();
    plan();
    rollCall("");

    Task sheet = sheetOf("s.cc.m1", codes[0]);
    assertThat(sheet.getDueDate()).isEqualTo(java.util.Date.from(
        LocalDateTime.of(2025, 9, 24, 16, 0).atZone(ContestDriver.ZONE).toInstant()));
  }
}
