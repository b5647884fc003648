package ro.dosar.contest.changes;

import ro.dosar.contest.changes.ContestSuspensionProcess.Variables;
import ro.dosar.tasklist.FormDates;
import static ro.dosar.tasklist.FormDates.optionalDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestEventRepository;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestInstances;
import ro.dosar.contest.ContestMails;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.changes.ContestSchedule.Ahead;
import ro.dosar.tasklist.FormRejection;

/**
 * A suspended contest (§8.5(1)-(2), §8.5.2(3)-(5); spec §16.1), process {@code contestSuspension}:
 * the contest's instances are suspended — no timer fires, no task can be completed, nothing
 * expires — until the Rector decides. Resumption sets new dates for the tests ahead, moves every
 * pending deadline by the working days the contest stood still, and asks the candidates to confirm
 * in writing; annulment ends the contest. Called as {@code ${contestSuspension.<step>(execution)}}.
 */
@Component
public class SuspensionSteps {

  private final ContestRepository contests;
  private final ContestEventRepository events;
  private final ContestInstances instances;
  private final ContestSchedule schedule;
  private final ConfirmationSteps confirmations;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final ContestMails mails;

  public SuspensionSteps(ContestRepository contests, ContestEventRepository events,
      ContestInstances instances, ContestSchedule schedule, ConfirmationSteps confirmations,
      RuntimeService runtime, WorkingDayCalendar calendar,
      ContestMails mails) {
    this.mails = mails;
    this.contests = contests;
    this.events = events;
    this.instances = instances;
    this.schedule = schedule;
    this.confirmations = confirmations;
    this.runtime = runtime;
    this.calendar = calendar;
  }

  /** The Rector ordered the suspension: the contest and everything it runs stand still. */
  public void suspend(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Contest contest = contests.get(id);
    String reason = "Concurs suspendat (§8.5(1)-(2)). "
        + execution.getVariable(Variables.SUSPENSION_REASON);
    execution.setVariable(Variables.STATUS_BEFORE_SUSPENSION, contest.status().name());
    execution.setVariable(Variables.SUSPENDED_ON, calendar.today().toString());
    contests.setStatus(id, ContestStatus.SUSPENDED, reason);
    runtime.setVariable(contest.processInstanceId(), ContestHiringProcess.Variables.CONTEST_STATUS,
        ContestStatus.SUSPENDED.name());
    runtime.setVariable(contest.processInstanceId(), Variables.SUSPENSION_REASON, reason);
    events.record(id, "SUSPENSION", calendar.today(), reason,
        ContestStatus.SUSPENDED.name());
    instances.suspend(tree(execution, contest));
  }

  /** The Rector's decision in Tasklist: resume with lawful new dates, or annul. */
  public void checkDecision(DelegateExecution task) {
    Object decision = task.getVariable(Variables.RESUMPTION_DECISION);
    FormRejection.require("RESUME".equals(decision) || "ANNUL".equals(decision),
        "resumptionDecision", "Alegeți: reluarea concursului sau anularea lui.");
    FormRejection.text(task.getVariable(Variables.RESUMPTION_REMARKS), "resumptionRemarks",
        "Motivarea deciziei");
    task.getProcessInstance().setVariable(Variables.RESUMPTION_DECISION, decision);
    if ("ANNUL".equals(decision)) {
      task.getProcessInstance().setVariable(Variables.ANNULMENT_REASON,
          task.getVariable(Variables.RESUMPTION_REMARKS));
      return;
    }
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.NEW_DATES_PUBLISHED)),
        "newDatesPublished", "Confirmați că noile date se publică la sediu și pe site, prin "
            + "aceleași mijloace ca anunțul (§8.1.3(5)).");
    checkNewDates(task);
  }

  /** {@code ContestResumed} sent through the API: the same rules for the new dates. */
  public void checkResumedMessage(DelegateExecution execution) {
    checkNewDates(execution);
    execution.getProcessInstance().setVariable(Variables.RESUMPTION_DECISION, "RESUME");
  }

  private void checkNewDates(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Ahead ahead = schedule.ahead(id);
    LocalDate first = optionalDate(execution, "newFirstTestDate", "Noua dată a primei probe");
    LocalDate interview = optionalDate(execution, "newInterviewDate", "Noua dată a interviului");
    List<String> problems = schedule.check(ahead, calendar.today(), first, interview);
    FormRejection.require(problems.isEmpty(), ahead.firstTest() ? "newFirstTestDate"
        : "newInterviewDate", String.join(" ", problems));
  }

  /**
   * Resumption (while everything still stands still): every pending deadline moves by the
   * working days the contest was suspended, the tests ahead get their new dates, the status is
   * what it was, and the candidates still in the contest are asked to confirm in writing.
   * Annulment: nothing to prepare. The instances are activated by {@link #activate} next.
   */
  public void prepare(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Contest contest = contests.get(id);
    if (!"RESUME".equals(execution.getVariable(Variables.RESUMPTION_DECISION))) {
      return;
    }
    LocalDate suspendedOn = LocalDate.parse((String) execution.getVariable(Variables.SUSPENDED_ON));
    int stoodStill = calendar.workingDaysBetween(suspendedOn, calendar.today());
    Ahead ahead = schedule.ahead(id);
    instances.shiftDeadlines(tree(execution, contest), stoodStill);
    schedule.apply(id, ahead, optionalDate(execution, "newFirstTestDate", null),
        optionalDate(execution, "newInterviewDate", null));
    ContestStatus before = ContestStatus.valueOf((String) execution.getVariable(
        Variables.STATUS_BEFORE_SUSPENSION));
    contests.setStatus(id, before, null);
    runtime.setVariable(contest.processInstanceId(), ContestHiringProcess.Variables.CONTEST_STATUS,
        before.name());
    runtime.removeVariable(contest.processInstanceId(), "suspensionReason");
    events.record(id, "RESUMPTION", calendar.today(), "Concurs reluat după "
        + stoodStill + " zile lucrătoare de suspendare; noile date: prima probă "
        + execution.getVariable(Variables.NEW_FIRST_TEST_DATE) + ", interviul "
        + execution.getVariable(Variables.NEW_INTERVIEW_DATE) + ".", before.name());
    confirmations.ask(execution, calendar.workingDaysDeadline(calendar.today(), 1));
    mails.resumption(id, newDates(ahead, execution));
  }

  private static String newDates(Ahead ahead, DelegateExecution execution) {
    List<String> dates = new java.util.ArrayList<>();
    if (ahead.firstTest()) {
      dates.add("prima probă la " + FormDates.localDate(execution.getVariable(
          Variables.NEW_FIRST_TEST_DATE)).format(DisplayDates.DAY));
    }
    if (ahead.interview()) {
      dates.add("interviul la " + FormDates.localDate(execution.getVariable(
          Variables.NEW_INTERVIEW_DATE)).format(DisplayDates.DAY));
    }
    return String.join(", ", dates);
  }

  /** The contest's instances run again (a transaction of its own, after {@link #prepare}). */
  public void activate(DelegateExecution execution) {
    instances.activate(tree(execution, contests.get(ContestVariables.contestId(execution))));
  }

  private List<String> tree(DelegateExecution execution, Contest contest) {
    return instances.tree(contest.processInstanceId(), Set.of(execution.getProcessInstanceId()));
  }

}
