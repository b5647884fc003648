package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;
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
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.TestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.support.ProcessTest;

/**
 * A candidate withdraws while his written paper is being re-corrected by the remaining members
 * after a conflict of interest (the main model's subprocess {@code recorrectAfterConflict}, one
 * instance per paper): his paper's re-correction is withdrawn from the members, the other paper's
 * stays; when his was the last paper still re-corrected, the contest goes on to the display of
 * the recalculated results.
 */
@ProcessTest
class WithdrawalDuringRecorrectionTest {

  static final List<String> CC = List.of("wr.cc.p", "wr.cc.m1", "wr.cc.m2", "wr.cc.m3",
      "wr.cc.m4");

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
  Withdrawal withdrawal;

  ContestDriver contest;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "wr.cc.p:Drept:leader", "wr.cc.m1:Economic",
        "wr.cc.m2:Economic", "wr.cc.m3:Litere", "wr.cc.m4:Fizică", "wr.csc.p:Arte:leader",
        "wr.csc.m1:Juridic", "wr.csc.m2:Tehnic", "wr.secretary:HR");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void withdrawingDuringTheReCorrection_dropsHisPaperFromTheMembers_thenTheLastOneEndsIt() {
    LocalDate writtenTest = LocalDate.of(2025, 9, 23);
    now(LocalDate.of(2025, 8, 27), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION");
    long[] codes = contest.toFirstTest(CC, List.of("wr.csc.p", "wr.csc.m1", "wr.csc.m2"),
        "wr.secretary", 3, writtenTest, LocalDate.of(2025, 9, 29));
    now(writtenTest, 9);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    // Without wr.cc.m3 (61) the first two papers differ by 50 points: both are re-corrected.
    written.scoreAll(codes[0], new String[] {"40", "55", "60", "61", "90"})
        .scoreAll(codes[1], new String[] {"40", "55", "60", "61", "90"})
        .scoreAll(codes[2], new String[] {"70", "71", "72", "73", "74"});
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    now(LocalDate.of(2025, 9, 25), 10);
    engine.getRuntimeService().createMessageCorrelation(Messages.CONFLICT_OF_INTEREST_REPORTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .setVariableLocal(Variables.CONFLICT_MEMBER, "wr.cc.m3")
        .setVariableLocal(Variables.CONFLICT_REPORT,
            "Membrul este rudă de gradul II cu un candidat.")
        .correlate();
    engine.getTaskService().complete(contest.task("establishConflict").getId(),
        Map.of("conflictEstablished", "true", "conflictRemarks", "Rudenia este dovedită."));
    long firstPaper = written.paperOf(codes[0]).id();
    long secondPaper = written.paperOf(codes[1]).id();
    assertThat(recorrection(firstPaper)).hasSize(4);
    assertThat(recorrection(secondPaper)).hasSize(4);

    withdrawal.withdraw(codes[0], "Îmi retrag dosarul");

    assertThat(candidates.find(codes[0]).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2025, 9, 25));
    assertThat(recorrection(firstPaper)).isEmpty();
    assertThat(recorrection(secondPaper)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("wr.cc.p", "wr.cc.m1", "wr.cc.m2", "wr.cc.m4");
    assertThat(contest.instance).isNotWaitingAt("redisplayResults");

    withdrawal.withdraw(codes[1], "Îmi retrag dosarul");

    assertThat(recorrection(secondPaper)).isEmpty();
    assertThat(contest.instance).isWaitingAt(Elements.REDISPLAY_RESULTS).isNotEnded();
  }

  /** The open re-correction score sheets of one paper. */
  private List<Task> recorrection(long paperId) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.RESCORE_AFTER_CONFLICT)
        .list().stream()
        .filter(task -> engine.getTaskService().getVariable(task.getId(), Variables.PAPER_ID)
            instanceof Number n && n.longValue() == paperId)
        .toList();
  }
}
