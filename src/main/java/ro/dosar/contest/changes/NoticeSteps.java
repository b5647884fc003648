package ro.dosar.contest.changes;

import ro.dosar.contest.ContestHiringProcess.Variables;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestEventRepository;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStateRejection;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.tasklist.FormRejection;

/**
 * A notice that the legal rules on organising or conducting the contest were broken (§8.5(1)-(4),
 * spec §16.1): from a commission member, a candidate or anyone, between the announcement and the
 * display of the final results. It is registered and the Rector checks it urgently: compliant →
 * the contest goes on; deficiencies found, or not checkable within the procedural deadlines → the
 * contest is suspended; a breach of the publicity rules → the contest is annulled (§8.1.3(6)).
 * Called as {@code ${contestNotice.<step>(execution)}}; the checks are listener beans.
 */
@Component
public class NoticeSteps {

  /** From the announcement until the final results are displayed (SUS-01). */
  static final Set<ContestStatus> NOTICE_WINDOW = EnumSet.of(ContestStatus.PUBLISHED,
      ContestStatus.SELECTION, ContestStatus.SELECTION_CONTESTATIONS,
      ContestStatus.SELECTION_COMPLETED, ContestStatus.TESTS, ContestStatus.FINAL_RESULTS);

  static final Set<String> OUTCOMES = Set.of("COMPLIANT", "DEFICIENT", "NOT_CHECKABLE",
      "PUBLICITY_BREACH");

  private final ContestRepository contests;
  private final ContestEventRepository events;
  private final WorkingDayCalendar calendar;

  public NoticeSteps(ContestRepository contests, ContestEventRepository events,
      WorkingDayCalendar calendar) {
    this.contests = contests;
    this.events = events;
    this.calendar = calendar;
  }

  /** The notice arrived in the window of §8.5(1) and says who sent it and what is wrong. */
  public void checkNotice(DelegateExecution execution) {
    Contest contest = contests.get(ContestVariables.contestId(execution));
    ContestStateRejection.require(NOTICE_WINDOW.contains(contest.status()),
        "O sesizare privind nerespectarea prevederilor legale se primește de la anunțarea "
            + "concursului până la afișarea rezultatelor finale (§8.5(1)); concursul "
            + contest.businessKey() + " este acum în starea " + contest.status() + ".");
    FormRejection.text(execution.getVariable(Variables.NOTICE_FROM), "noticeFrom",
        "Cine a făcut sesizarea (membru al comisiei, candidat, altă persoană)");
    FormRejection.text(execution.getVariable(Variables.NOTICE_TEXT), "noticeText", "Sesizarea");
  }

  /** Registered: the event's number is the notice's registration number. */
  public void register(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    long number = events.record(id, "NOTICE", calendar.today(),
        execution.getVariable(Variables.NOTICE_FROM) + ": "
            + execution.getVariable(Variables.NOTICE_TEXT),
        "IN_VERIFICATION");
    execution.setVariableLocal(Variables.NOTICE_ID, number);
    execution.setVariableLocal(Variables.NOTICE_DUE_AT,
        calendar.workingDaysDeadline(calendar.today(), 1));
  }

  /** The Rector's finding: one of the four outcomes, with its reasons. */
  public void checkVerification(DelegateExecution task) {
    Object outcome = task.getVariable(Variables.NOTICE_OUTCOME);
    FormRejection.require(outcome != null && OUTCOMES.contains(outcome.toString()),
        "noticeOutcome", "Alegeți rezultatul verificării.");
    String findings = FormRejection.text(task.getVariable(Variables.NOTICE_FINDINGS),
        "noticeFindings",
        "Constatările verificării");
    events.setOutcome(((Number) task.getVariable(Variables.NOTICE_ID)).longValue(),
        outcome.toString());
    task.getProcessInstance().setVariable(Variables.NOTICE_OUTCOME, outcome.toString());
    String reason = "Sesizarea nr. " + task.getVariable(Variables.NOTICE_ID) + ": " + findings;
    if (outcome.equals("PUBLICITY_BREACH")) {
      task.getProcessInstance().setVariable(Variables.ANNULMENT_REASON, reason);
    } else if (!outcome.equals("COMPLIANT")) {
      task.getProcessInstance().setVariable(Variables.NOTICE_FINDINGS, reason);
    }
  }

}
