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

/** Works one running {@code testStage} instance as its commission and secretary would. */
class TestDriver {

  final ProcessEngine engine;
  final ProcessInstance test;
  final TestRepository tests;
  final List<String> members;
  private final long testId;

  TestDriver(ProcessEngine engine, ProcessInstance test, TestRepository tests,
      List<String> members) {
    this.engine = engine;
    this.test = test;
    this.tests = tests;
    this.members = members;
    this.testId = ((Number) engine.getRuntimeService().getVariable(test.getId(), "testId"))
        .longValue();
  }

  Task task(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey(key).singleResult();
  }

  /** The test's record (it outlives the process instance). */
  long testId() {
    return testId;
  }

  /** The plan: maximum points by form key, e.g. {@code wMax1=60, wMax2=40}. */
  TestDriver plan(Map<String, Object> maxima) {
    Map<String, Object> form = new HashMap<>(maxima);
    form.put("planConfirmed", true);
    engine.getTaskService().complete(task("prepareTest").getId(), form);
    return this;
  }

  /**
   * The test's day and hour come (the stage waits for them before the roll call): the clock moves
   * to the start of the test if it is earlier, and the wait ends.
   */
  TestDriver startTest() {
    Job wait = engine.getManagementService().createJobQuery().processInstanceId(test.getId())
        .timers().activityId("testTimeReached").singleResult();
    if (wait != null) {
      Date startsAt = (Date) engine.getRuntimeService().getVariable(test.getId(),
          "testStartsAt");
      if (ClockUtil.getCurrentTime().before(startsAt)) {
        ClockUtil.setCurrentTime(startsAt);
      }
      engine.getManagementService().executeJob(wait.getId());
    }
    return this;
  }

  /** The roll call, at the test's day and hour (the clock moves there if it is earlier). */
  TestDriver rollCall(String absentCodes) {
    startTest();
    Map<String, Object> form = new HashMap<>();
    form.put("absentCodes", absentCodes);
    engine.getTaskService().complete(task("rollCall").getId(), form);
    return this;
  }

  Paper paperOf(long code) {
    return tests.paperOf(testId(), code).orElseThrow();
  }

  /** The member's sheet for the candidate's paper: the task knows the paper's number only. */
  Task sheetOf(String member, long code) {
    int number = paperOf(code).paperNumber();
    return engine.getTaskService().createTaskQuery().processInstanceId(test.getId())
        .taskDefinitionKey("scorePaper").taskAssignee(member).list().stream()
        .filter(task -> ((Number) engine.getTaskService().getVariable(task.getId(),
            "paperNumber")).intValue() == number)
        .findFirst().orElseThrow(() -> new AssertionError("no sheet for " + member));
  }

  /** A member's sheet: the total spread over the criteria in order, each up to its maximum. */
  TestDriver score(String member, long code, String total) {
    engine.getTaskService().complete(sheetOf(member, code).getId(),
        sheet(tests.criteria(testId()), new BigDecimal(total)));
    return this;
  }

  /** Every member's total for the paper, in the order of {@link #members}. */
  TestDriver scoreAll(long code, String... totals) {
    for (int i = 0; i < totals.length; i++) {
      score(members.get(i), code, totals[i]);
    }
    return this;
  }

  TestDriver display() {
    engine.getTaskService().complete(task("displayTestResults").getId(),
        Map.of("testMinutesSigned", true, "testResultsDisplayed", true));
    return this;
  }

  /** Form values "score1", "score2", … that add up to {@code total}. */
  static Map<String, Object> sheet(List<TestCriterion> criteria, BigDecimal total) {
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
