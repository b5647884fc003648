package ro.dosar.contest.teststage;

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
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.TestDriver;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.teststage.TestStageProcess.Elements;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.support.ProcessTest;

/**
 * One test of a contest ({@code testStage}): the plan, the roll call, every member's independent
 * score sheet on sealed papers, the score of §8.3(7) with re-correction, and the display (spec
 * §10–§13, worked examples E2, E6, E8).
 */
@ProcessTest
class TestStageProcessTest {

  /** A variable the stage once kept and must not keep again (no constant in the contract). */
  private static final String FORMER_PAPER_IDS = "paperIds";

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
  @Autowired
  ContestDocuments documents;

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
        .taskDefinitionKey(Elements.SCORE_PAPER).taskAssignee("s.cc.m1").list();
    assertThat(sheets).hasSize(2);
    for (Task sheet : sheets) {
      Map<String, Object> seen = engine.getTaskService().getVariables(sheet.getId());
      // The task names the contest and its post, never the candidate (issue 17: every task
      // names its case).
      assertThat(sheet.getName()).startsWith("CONCURS-" + contest.contestId
          + " · Administrator financiar — Notare: lucrarea nr. ");
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
    assertThat(test).isWaitingAt(Elements.DISPLAY_TEST_RESULTS);

    driver().display();
    assertThat(test).isEnded().hasPassed(Elements.TEST_RESULTS_DISPLAYED);
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
        .taskDefinitionKey(Elements.SCORE_PAPER).count()).isEqualTo(3);
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

  // ---- Issue 21: sealed papers, the test's day and hour, every round on the score sheet -------

  @Test
  void sealedPapersAreNumbered1ToNOverThePresentOnly_andNoSheetCarriesAnythingThatLinksAPaperToACode() {
    admitted(4, 3);
    startWrittenTest();
    plan();
    rollCall(String.valueOf(codes[2]));

    // The three present get the numbers 1..3 (in a random order); the absent one gets none.
    assertThat(paperOf(codes[2]).paperNumber()).isNull();
    assertThat(List.of(paperOf(codes[0]).paperNumber(), paperOf(codes[1]).paperNumber(),
        paperOf(codes[3]).paperNumber())).containsExactlyInAnyOrder(1, 2, 3);
    // The stage iterates over the numbers, not over ids made in the codes' order.
    assertThat(engine.getRuntimeService().getVariables(test.getId()))
        .containsEntry("paperNumbers", List.of(1, 2, 3))
        .doesNotContainKeys("paperIds", "paperId", "admittedCodesText");

    List<Task> sheets = engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey(Elements.SCORE_PAPER).taskAssignee("s.cc.m1").list();
    assertThat(sheets).hasSize(3);
    List<Map<String, Object>> seen = sheets.stream()
        .map(sheet -> engine.getTaskService().getVariables(sheet.getId())).toList();
    List<Map<String, Object>> formSeen = sheets.stream()
        .map(sheet -> {
          Map<String, Object> form = new java.util.HashMap<>(
              engine.getFormService().getTaskFormVariables(sheet.getId()));
          form.values().removeIf(java.util.Objects::isNull);
          return form;
        })
        .toList();
    for (Map<String, Object> variables : concat(seen, formSeen)) {
      assertThat(variables).doesNotContainKeys("paperId", "paperIds", "admittedCodesText",
          "candidateCode", "fileCode");
      for (long code : codes) {
        assertThat(variables.values()).extracting(String::valueOf)
            .noneMatch(value -> value.matches("(?s).*(?<![0-9])" + code + "(?![0-9]).*"));
      }
    }
    // What differs from one sheet to another is the paper's number, and nothing else.
    for (String name : seen.get(0).keySet()) {
      if (seen.stream().map(v -> String.valueOf(v.get(name))).distinct().count() > 1) {
        assertThat(name).isIn("paperNumber", "paperLabel", "scoringTaskName");
      }
    }
    for (Map<String, Object> variables : seen) {
      assertThat(variables.get("paperLabel")).isEqualTo("lucrarea nr. "
          + variables.get("paperNumber"));
    }
    // No list of paper ids was ever kept by the stage, not even in its history.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(test.getId()).variableName(FORMER_PAPER_IDS).count()).isZero();
  }

  @Test
  void theRollCallWaitsForTheTestsDayAndHour_andEachStepIsRefusedBeforeItsTime() {
    admitted(2, 3);
    test = contest.testStage();
    now(LocalDate.of(2025, 9, 22), 9);
    plan();
    long testId = driver().testId();

    // The stage waits for 23.09.2025, 10:00 (the announced hour, Bucharest): no roll call yet.
    assertThat(test).isWaitingAt(Elements.TEST_TIME_REACHED);
    assertThat(task("rollCall")).isNull();
    org.camunda.bpm.engine.runtime.Job wait = engine.getManagementService().createJobQuery()
        .processInstanceId(test.getId()).timers().activityId(Elements.TEST_TIME_REACHED)
        .singleResult();
    assertThat(wait.getDuedate()).isEqualTo(java.util.Date.from(
        LocalDateTime.of(2025, 9, 23, 10, 0).atZone(ContestDriver.ZONE).toInstant()));

    // Someone ends the wait early (Cockpit): the roll call is still refused until the hour.
    engine.getManagementService().executeJob(wait.getId());
    assertThatThrownBy(() -> rollCallAsTheSecretary(""))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Apelul nominal se face în ziua și la ora probei: 23.09.2025, "
            + "ora 10:00");
    now(WRITTEN_TEST, 9);
    assertThatThrownBy(() -> rollCallAsTheSecretary(""))
        .hasMessageContaining("23.09.2025, ora 10:00");
    assertThat(tests.held(driver().testId())).isFalse();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey(Elements.SCORE_PAPER).count()).isZero();

    ClockUtil.setCurrentTime(java.util.Date.from(
        LocalDateTime.of(2025, 9, 23, 10, 0).atZone(ContestDriver.ZONE).toInstant()));
    rollCallAsTheSecretary("");
    assertThat(tests.held(driver().testId())).isTrue();

    // A score sheet or the display with the server's clock before the test: refused, with the
    // date; nothing recorded.
    now(LocalDate.of(2025, 9, 22), 12);
    Task sheet = sheetOf("s.cc.m1", codes[0]);
    assertThatThrownBy(() -> engine.getTaskService().complete(sheet.getId(),
        TestDriver.sheet(tests.criteria(driver().testId()), new java.math.BigDecimal("70"))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Borderoul de notare se completează după apelul nominal")
        .hasMessageContaining("23.09.2025, ora 10:00");
    assertThat(tests.memberTotals(paperOf(codes[0]).id(), 1)).isEmpty();

    now(WRITTEN_TEST, 12);
    scoreAll(codes[0], "70", "72", "74");
    scoreAll(codes[1], "60", "62", "64");
    now(LocalDate.of(2025, 9, 22), 12);
    assertThatThrownBy(() -> driver().display())
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Rezultatele probei se afișează după desfășurarea și notarea ei")
        .hasMessageContaining("23.09.2025, ora 10:00");
    assertThat(tests.test(driver().testId()).resultsDisplayedOn()).isNull();

    now(LocalDate.of(2025, 9, 24), 10);
    driver().display();
    assertThat(test).isEnded();
    assertThat(tests.test(testId).resultsDisplayedOn())
        .isEqualTo(LocalDate.of(2025, 9, 24));
  }

  @Test
  void aReCorrectionIsNamedTheSecondCorrection_andTheScoreSheetPdfKeepsEveryRound_E1() {
    admitted(2, 3);
    startWrittenTest();
    plan();
    rollCall("");
    int number = paperOf(codes[0]).paperNumber();

    String contestCase = "CONCURS-" + contest.contestId + " · Administrator financiar — ";
    assertThat(sheetOf("s.cc.p", codes[0]).getName())
        .isEqualTo(contestCase + "Notare: lucrarea nr. " + number);
    scoreAll(codes[0], "62", "75", "80");
    Task second = sheetOf("s.cc.p", codes[0]);
    assertThat(second.getName()).isEqualTo(contestCase + "Recorectare: lucrarea nr. " + number);
    assertThat(engine.getTaskService().getVariable(second.getId(), Variables.CORRECTION_LABEL))
        .isEqualTo("a doua corectare (recorectare)");
    scoreAll(codes[0], "70", "75", "78");
    scoreAll(codes[1], "55", "56", "57");
    assertThat(paperOf(codes[0]).displayScore()).isEqualByComparingTo("74.33");
    now(LocalDate.of(2025, 9, 24), 10);
    driver().display();

    ContestDocument sheetsPdf = documents.of(contest.contestId).stream()
        .filter(d -> d.kind().equals("fise-individuale")).findFirst().orElseThrow();
    String text = ro.dosar.support.PdfText.of(documents.content(sheetsPdf.id()));
    // The president's sheet: the paper's first round (62) and its re-correction (70), numbered.
    int president = text.indexOf("Membrul comisiei: s.cc.p");
    int nextMember = text.indexOf("Membrul comisiei:", president + 1);
    String presidentSheet = text.substring(president, nextMember < 0 ? text.length() : nextMember);
    assertThat(presidentSheet).contains(codes[0] + " " + number + " 1 ",
        codes[0] + " " + number + " 2 (recorectare) ");
    assertThat(presidentSheet.indexOf("62.00")).isPositive()
        .isLessThan(presidentSheet.indexOf("70.00"));
    assertThat(text).contains("Lucrarea nr.", "Corectura");
  }

  private void rollCallAsTheSecretary(String absent) {
    engine.getTaskService().complete(task("rollCall").getId(), Map.of("absentCodes", absent));
  }

  private static List<Map<String, Object>> concat(List<Map<String, Object>> a,
      List<Map<String, Object>> b) {
    List<Map<String, Object>> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
