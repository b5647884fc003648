package ro.dosar.contest.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.TestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.support.ProcessTest;

/**
 * A conflict of interest of a competition-commission member established after the written test
 * (spec §3.2 COM-23–COM-25, §8.1.5(17)-(19)): with 3 members, 2 of 3 evaluations remain valid and
 * the results are recalculated (re-corrected by the remaining members where they differ by more
 * than 10 points); with 5 members a second conflict leaves 3 of 5 and the procedure restarts.
 */
@ProcessTest
class ConflictAfterTestProcessTest {

  static final List<String> CSC = List.of("k.csc.p", "k.csc.m1", "k.csc.m2");
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
  ContestRepository contests;

  ContestDriver contest;
  List<String> cc;
  long[] codes;
  TestDriver written;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "k.cc.p:Drept:leader", "k.cc.m1:Economic",
        "k.cc.m2:Economic", "k.cc.m3:Litere", "k.cc.m4:Fizică", "k.csc.p:Arte:leader",
        "k.csc.m1:Juridic", "k.csc.m2:Tehnic", "k.secretary:HR");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** Two candidates through a written test scored by the given members' totals, displayed. */
  private void writtenTestDisplayed(int members, String[] first, String[] second) {
    cc = List.of("k.cc.p", "k.cc.m1", "k.cc.m2", "k.cc.m3", "k.cc.m4").subList(0, members);
    now(LocalDate.of(2025, 8, 27), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION");
    codes = contest.toFirstTest(cc, CSC, "k.secretary", 2, WRITTEN_TEST,
        LocalDate.of(2025, 9, 29));
    now(WRITTEN_TEST, 9);
    written = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    written.scoreAll(codes[0], first).scoreAll(codes[1], second);
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
  }

  private void report(String member) {
    engine.getRuntimeService().createMessageCorrelation(Messages.CONFLICT_OF_INTEREST_REPORTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .setVariableLocal(Variables.CONFLICT_MEMBER, member)
        .setVariableLocal(Variables.CONFLICT_REPORT,
            "Membrul este rudă de gradul II cu un candidat.")
        .correlate();
  }

  private void establish() {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId()).taskDefinitionKey(Elements.ESTABLISH_CONFLICT)
        .singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("conflictEstablished", "true",
        "conflictRemarks", "Rudenia este dovedită."));
  }

  @Test
  void threeMembers_oneInConflict_theScoresAreRecalculatedFromTheOtherTwo() {
    // Paper 1: 70, 75, 80 (75.00); paper 2: 50, 50, 60 (53.33).
    writtenTestDisplayed(3, new String[] {"70", "75", "80"}, new String[] {"50", "50", "60"});

    report("k.cc.m2");
    establish();

    // Without k.cc.m2: paper 1 = (70 + 75) / 2 = 72.50; paper 2 = 50.00.
    assertThat(written.paperOf(codes[0]).displayScore()).isEqualByComparingTo("72.50");
    assertThat(written.paperOf(codes[1]).displayScore()).isEqualByComparingTo("50.00");
    assertThat(contests.validMembers(contest.contestId, "CC"))
        .containsExactly("k.cc.p", "k.cc.m1");
    assertThat(contest.variable("ccMembers")).isEqualTo(List.of("k.cc.p", "k.cc.m1"));
    engine.getTaskService().complete(contest.task("redisplayResults").getId(),
        Map.of("recalculatedResultsDisplayed", true));

    assertThat(contest.instance).hasPassed(Elements.CONFLICT_RESOLVED).isNotEnded();
    assertThat(contests.get(contest.contestId).status().name()).isNotEqualTo("RESTARTED");
  }

  @Test
  void fiveMembers_aTrimmedMeanWithoutOneMemberIsReCorrectedByTheRemainingFour() {
    // Paper 1 (E4): 40, 55, 60, 61, 90: trimmed mean 58.67. Paper 2: 70, 71, 72, 73, 74.
    writtenTestDisplayed(5, new String[] {"40", "55", "60", "61", "90"},
        new String[] {"70", "71", "72", "73", "74"});
    assertThat(written.paperOf(codes[0]).displayScore()).isEqualByComparingTo("58.67");

    // Without k.cc.m3 (61): 40, 55, 60, 90, spread 50 with four members: re-correction (OQ-21),
    // twice: the first round still differs by 12 points.
    report("k.cc.m3");
    establish();
    assertThat(written.paperOf(codes[1]).displayScore()).isEqualByComparingTo("71.75");
    List<Task> sheets = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.RESCORE_AFTER_CONFLICT)
        .list();
    assertThat(sheets).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("k.cc.p", "k.cc.m1", "k.cc.m2", "k.cc.m4");
    rescoreAfterConflict("50", "58", "60", "62");
    assertThat(written.paperOf(codes[0]).recorrectionRounds()).isEqualTo(2);
    rescoreAfterConflict("58", "60", "60", "62");

    assertThat(written.paperOf(codes[0]).displayScore()).isEqualByComparingTo("60.00");
    assertThat(contest.instance).isWaitingAt(Elements.REDISPLAY_RESULTS);
  }

  /** The remaining members re-score the paper, each his total, in the order of the tasks. */
  private void rescoreAfterConflict(String... totals) {
    List<Task> sheets = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.RESCORE_AFTER_CONFLICT)
        .orderByTaskAssignee().asc().list();
    assertThat(sheets).hasSize(totals.length);
    for (int i = 0; i < sheets.size(); i++) {
      engine.getTaskService().complete(sheets.get(i).getId(), TestDriver.sheet(
          tests.criteria(written.testId()), new java.math.BigDecimal(totals[i])));
    }
  }

  @Test
  void fiveMembers_theSecondConflictLeavesThreeOfFive_theProcedureRestarts() {
    writtenTestDisplayed(5, new String[] {"70", "72", "74", "76", "78"},
        new String[] {"50", "52", "54", "56", "58"});

    report("k.cc.m4");
    establish();
    assertThat(written.paperOf(codes[0]).displayScore()).isEqualByComparingTo("73.00");
    engine.getTaskService().complete(contest.task("redisplayResults").getId(),
        Map.of("recalculatedResultsDisplayed", true));

    report("k.cc.m3");
    establish();

    assertThat(contest.instance).isEnded().hasPassed(Elements.CONTEST_RESTARTED);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("RESTARTED");
  }

  @Test
  void aReportNamingSomebodyOutsideTheCommissionIsRefused() {
    writtenTestDisplayed(3, new String[] {"70", "75", "80"}, new String[] {"50", "50", "51"});

    assertThatThrownBy(() -> report("k.csc.m1"))
        .hasMessageContaining("nu este membru");
    assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId()).taskDefinitionKey(Elements.ESTABLISH_CONFLICT)
        .count()).isZero();
  }

  @Test
  void aConflictNotEstablishedChangesNothing() {
    writtenTestDisplayed(3, new String[] {"70", "75", "80"}, new String[] {"50", "50", "51"});
    report("k.cc.m1");
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId()).taskDefinitionKey(Elements.ESTABLISH_CONFLICT)
        .singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("conflictEstablished", "false",
        "conflictRemarks", "Nu există rudenie."));

    assertThat(contest.instance).hasPassed(Elements.CONFLICT_NOT_ESTABLISHED);
    assertThat(written.paperOf(codes[0]).displayScore()).isEqualByComparingTo("75.00");
    assertThat(contests.validMembers(contest.contestId, "CC")).hasSize(3);
  }
}
