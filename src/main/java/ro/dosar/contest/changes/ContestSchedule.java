package ro.dosar.contest.changes;

import ro.dosar.tasklist.FormDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestType;
import ro.dosar.contest.teststage.TestStageProcess;
import ro.dosar.contest.teststage.TestStageProcess.Elements;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.contest.teststage.TestStart;

/**
 * The dates of the tests still ahead of a contest, and how they move when the contest is
 * postponed (§8.5.2) or resumed after a suspension (§8.5). The dates live in the contest's
 * variables {@code firstTestDate} (the written or practical test) and {@code interviewDate}; a test
 * stage already opened for a test not held yet carries its own {@code testDate}.
 *
 * <p>Rules for new dates (interpretation, README "Suspension, postponement, restart"): a new date
 * is at least one working day after the day the change is decided and published (PUB-04), so that
 * the registered candidates can be told in a provable way and confirm in writing (§8.5.2(2)-(4));
 * while the first test is still ahead the interview stays within 4 working days of it (§8.2.4(5)).
 */
@Component
public class ContestSchedule {

  static final String FIRST_TEST = "firstTestDate";
  public static final String INTERVIEW = "interviewDate";

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TestRepository tests;
  private final ContestRepository contests;
  private final WorkingDayCalendar calendar;

  public ContestSchedule(RuntimeService runtime, ManagementService management,
      TestRepository tests, ContestRepository contests, WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.management = management;
    this.tests = tests;
    this.contests = contests;
    this.calendar = calendar;
  }

  /** What is still ahead of the contest, with the dates it is planned for. */
  public record Ahead(boolean firstTest, boolean interview, LocalDate firstTestDate,
      LocalDate interviewDate) {

    public boolean any() {
      return firstTest || interview;
    }

    /** The next test: the first test if ahead, else the interview; {@code null} if none. */
    public LocalDate nextTestDate() {
      return firstTest ? firstTestDate : interview ? interviewDate : null;
    }
  }

  public Ahead ahead(long contestId) {
    String instance = contests.get(contestId).processInstanceId();
    boolean firstHeld = false;
    boolean interviewHeld = false;
    for (ContestTest test : tests.testsOf(contestId)) {
      if (tests.held(test.id())) {
        if (TestType.INTERVIEW.name().equals(test.testType())) {
          interviewHeld = true;
        } else {
          firstHeld = true;
        }
      }
    }
    return new Ahead(!firstHeld, !interviewHeld,
        FormDates.localDate(runtime.getVariable(instance, FIRST_TEST)),
        FormDates.localDate(runtime.getVariable(instance, INTERVIEW)));
  }

  /** What is wrong with the new dates decided on {@code today}; empty when lawful. */
  public List<String> check(Ahead ahead, LocalDate today, LocalDate newFirstTest,
      LocalDate newInterview) {
    List<String> problems = new ArrayList<>();
    LocalDate earliest = calendar.addWorkingDays(today, 1);
    if (ahead.firstTest()) {
      if (newFirstTest == null) {
        problems.add("Stabiliți noua dată a primei probe (scrisă / practică).");
      } else if (newFirstTest.isBefore(earliest)) {
        problems.add("Noua dată a primei probe trebuie să fie cel mai devreme "
            + earliest.format(DisplayDates.DAY) + ": modificarea se anunță, iar candidații "
            + "își confirmă în scris participarea (§8.1.3(5), §8.5.2(2)-(4)).");
      }
    }
    if (ahead.interview()) {
      if (newInterview == null) {
        problems.add("Stabiliți noua dată a interviului.");
      } else if (newInterview.isBefore(earliest)) {
        problems.add("Noua dată a interviului trebuie să fie cel mai devreme "
            + earliest.format(DisplayDates.DAY) + " (§8.1.3(5), §8.5.2(2)-(4)).");
      } else if (ahead.firstTest() && newFirstTest != null) {
        LocalDate latest = calendar.addWorkingDays(newFirstTest, 4);
        if (newInterview.isBefore(newFirstTest) || newInterview.isAfter(latest)) {
          problems.add("Interviul se susține în aceeași zi cu prima probă sau în cel mult "
              + "4 zile lucrătoare de la aceasta, adică între "
              + newFirstTest.format(DisplayDates.DAY) + " și " + latest.format(DisplayDates.DAY)
              + " (§8.2.4(5)).");
        }
      }
    }
    return problems;
  }

  /**
   * Sets the new dates of the tests ahead: the contest's variables, its record, and a test stage
   * already opened for a test not held yet (its date and start, the wait for that start, its
   * scoring and display deadlines).
   */
  public void apply(long contestId, Ahead ahead, LocalDate newFirstTest, LocalDate newInterview) {
    String instance = contests.get(contestId).processInstanceId();
    if (ahead.firstTest() && newFirstTest != null) {
      runtime.setVariable(instance, FIRST_TEST, newFirstTest.toString());
      contests.setFirstTestDate(contestId, newFirstTest);
    }
    if (ahead.interview() && newInterview != null) {
      runtime.setVariable(instance, INTERVIEW, newInterview.toString());
    }
    for (ProcessInstance stage : runtime.createProcessInstanceQuery()
        .superProcessInstanceId(instance).processDefinitionKey(TestStageProcess.KEY).list()) {
      Object testId = runtime.getVariable(stage.getId(), Variables.TEST_ID);
      if (!(testId instanceof Number id) || tests.held(id.longValue())) {
        continue;
      }
      boolean interview = TestType.INTERVIEW.name()
          .equals(runtime.getVariable(stage.getId(), Variables.TEST_TYPE));
      LocalDate day = interview ? newInterview : newFirstTest;
      if (day == null) {
        continue;
      }
      tests.setTestDate(id.longValue(), day);
      runtime.setVariable(stage.getId(), Variables.TEST_DATE, day.toString());
      runtime.setVariable(stage.getId(), Variables.SCORING_DUE_AT,
          calendar.workingDaysDeadline(day, 1));
      runtime.setVariable(stage.getId(), Variables.DISPLAY_DUE_AT,
          calendar.workingDaysDeadline(day, 1));
      Date startsAt = TestStart.at(day, runtime.getVariable(instance, interview
          ? TestStart.hourVariable(TestType.INTERVIEW) : TestStart.hourVariable(TestType.WRITTEN)),
          calendar.zone());
      runtime.setVariable(stage.getId(), Variables.TEST_STARTS_AT, startsAt);
      Job wait = management.createJobQuery().processInstanceId(stage.getId()).timers()
          .activityId(Elements.TEST_TIME_REACHED).singleResult();
      if (wait != null) {
        management.setJobDuedate(wait.getId(), startsAt);
      }
    }
  }
}
