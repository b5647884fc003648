package ro.dosar.contest;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository.TestCriterion;
import ro.dosar.contest.teststage.TestStageProcess.Elements;
import ro.dosar.contest.teststage.TestStageProcess.Variables;

/** Works one running {@code testStage} instance as its commission and secretary would. */
public class TestDriver {

  public final ProcessEngine engine;
  public final ProcessInstance test;
  public final TestRepository tests;
  public final List<String> members;
  private final long testId;

  public TestDriver(ProcessEngine engine, ProcessInstance test, TestRepository tests,
      List<String> members) {
    this.engine = engine;
    this.test = test;
    this.tests = tests;
    this.members = members;
    this.testId = ((Number) engine.getRuntimeService().getVariable(test.getId(), Variables.TEST_ID))
        .longValue();
  }

  public Task task(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey(key).singleResult();
  }

  /** The test's record (it outlives the process instance). */
  public long testId() {
    return testId;
  }

  /** The plan: maximum points by form key, e.g. {@code wMax1=60, wMax2=40}. */
  public TestDriver plan(Map<String, Object> maxima) {
    Map<String, Object> form = new HashMap<>(maxima);
    form.put("planConfirmed", true);
    engine.getTaskService().complete(task("prepareTest").getId(), form);
    return this;
  }

  /**
   * The test's day and hour come (the stage waits for them before the roll call): the clock moves
   * to the start of the test if it is earlier, and the wait ends.
   */
  public TestDriver startTest() {
    Job wait = engine.getManagementService().createJobQuery().processInstanceId(test.getId())
        .timers().activityId(Elements.TEST_TIME_REACHED).singleResult();
    if (wait != null) {
      Date startsAt = (Date) engine.getRuntimeService().getVariable(test.getId(),
          Variables.TEST_STARTS_AT);
      if (ClockUtil.getCurrentTime().before(startsAt)) {
        ClockUtil.setCurrentTime(startsAt);
      }
      engine.getManagementService().executeJob(wait.getId());
    }
    return this;
  }

  /** The roll call, at the test's day and hour (the clock moves there if it is earlier). */
  public TestDriver rollCall(String absentCodes) {
    startTest();
    Map<String, Object> form = new HashMap<>();
    form.put("absentCodes", absentCodes);
    engine.getTaskService().complete(task("rollCall").getId(), form);
    return this;
  }

  public Paper paperOf(long code) {
    return tests.paperOf(testId(), code).orElseThrow();
  }

  /**
   * The member's sheet for the candidate's paper, found by its name as Tasklist shows it: the
   * sealed paper's number ("Notare: lucrarea nr. 3"), or the code when the test is not sealed.
   */
  public Task sheetOf(String member, long code) {
    Paper paper = paperOf(code);
    String label = tests.test(testId()).sealed() ? "lucrarea nr. " + paper.paperNumber()
        : "candidatul cu codul " + code;
    Task sheet = engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey(Elements.SCORE_PAPER).taskAssignee(member).taskNameLike("%: " + label)
        .singleResult();
    if (sheet == null) {
      throw new AssertionError("no sheet for " + member);
    }
    return sheet;
  }

  /** A member's sheet: the total spread over the criteria in order, each up to its maximum. */
  public TestDriver score(String member, long code, String total) {
    engine.getTaskService().complete(sheetOf(member, code).getId(),
        sheet(tests.criteria(testId()), new BigDecimal(total)));
    return this;
  }

  /** Every member's total for the paper, in the order of {@link #members}. */
  public TestDriver scoreAll(long code, String... totals) {
    for (int i = 0; i < totals.length; i++) {
      score(members.get(i), code, totals[i]);
    }
    return this;
  }

  public TestDriver display() {
    engine.getTaskService().complete(task("displayTestResults").getId(),
        Map.of("testMinutesSigned", true, "testResultsDisplayed", true));
    return this;
  }

  /** Form values "score1", "score2", … that add up to {@code total}. */
  public static Map<String, Object> sheet(List<TestCriterion> criteria, BigDecimal total) {
    Map<String, Object> form = new HashMap<>();
    BigDecimal left = total;
    for (TestCriterion criterion : criteria) {
      BigDecimal points = left.min(criterion.maxPoints());
      form.put("score" + criterion.position(), points.toPlainString());
      left = left.subtract(points);
    }
    if (left.signum() != 0) {
      throw new IllegalArgumentException("Total " + total + " exceeds the plan's maxima");
    }
    return form;
  }
}
