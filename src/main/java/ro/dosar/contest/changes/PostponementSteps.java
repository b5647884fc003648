package ro.dosar.contest.changes;

import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.tasklist.FormDates;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestEventRepository;
import ro.dosar.contest.ContestMails;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStateRejection;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.changes.ContestSchedule.Ahead;
import ro.dosar.tasklist.FormRejection;

/**
 * The date and hour of a test cannot be kept for objective reasons (§8.5.2, spec §16.2): a new
 * date at most 15 working days after the one first announced for that test postpones the contest
 * (DMN-equivalent {@link PostponementService}); later, the procedure restarts. A postponement is
 * announced through the same channels, the registered candidates are told in a provable way, and
 * they confirm in writing (§8.5.2(2)-(4)). Moving the first test moves the interview by as many
 * working days, so that it stays within 4 working days of it (§8.2.4(5)). Called as
 * {@code ${contestPostponement.<step>(execution)}}; the checks are listener beans.
 */
@Component
public class PostponementSteps {

  /** A test can be postponed once the contest is announced and until the final results. */
  static final Set<ContestStatus> WINDOW = EnumSet.copyOf(NoticeSteps.NOTICE_WINDOW);

  private final ContestRepository contests;
  private final ContestEventRepository events;
  private final ContestSchedule schedule;
  private final PostponementService postponements;
  private final ConfirmationSteps confirmations;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final ContestMails mails;

  public PostponementSteps(ContestRepository contests, ContestEventRepository events,
      ContestSchedule schedule, PostponementService postponements,
      ConfirmationSteps confirmations, RuntimeService runtime,
      WorkingDayCalendar calendar, ContestMails mails) {
    this.mails = mails;
    this.contests = contests;
    this.events = events;
    this.schedule = schedule;
    this.postponements = postponements;
    this.confirmations = confirmations;
    this.runtime = runtime;
    this.calendar = calendar;
  }

  /** The request names a later date for the next test and the objective reason. */
  public void checkRequest(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Contest contest = contests.get(id);
    ContestStateRejection.require(WINDOW.contains(contest.status()),
        "Amânarea privește o probă programată a unui concurs anunțat și nefinalizat; concursul "
            + contest.businessKey() + " este în starea " + contest.status() + ".");
    Ahead ahead = schedule.ahead(id);
    ContestStateRejection.require(ahead.any() && ahead.nextTestDate() != null,
        "Concursul " + contest.businessKey() + " nu mai are probe de susținut: nu are ce amâna.");
    FormRejection.text(execution.getVariable(Variables.POSTPONEMENT_REASON),
        Variables.POSTPONEMENT_REASON, "Motivul obiectiv al amânării");
    LocalDate newDate;
    try {
      newDate = FormDates.localDate(execution.getVariable(Variables.NEW_TEST_DATE));
    } catch (RuntimeException e) {
      newDate = null;
    }
    FormRejection.require(newDate != null, "newTestDate",
        "Indicați noua dată a probei („newTestDate”, AAAA-LL-ZZ).");
    LocalDate original = original(execution, ahead);
    FormRejection.require(!newDate.isBefore(original), "newTestDate", "Noua dată ("
        + newDate.format(DisplayDates.DAY) + ") este înaintea datei anunțate ("
        + original.format(DisplayDates.DAY) + "): aceasta nu este o amânare.");
    LocalDate earliest = calendar.addWorkingDays(calendar.today(), 1);
    FormRejection.require(!newDate.isBefore(earliest), "newTestDate", "Noua dată trebuie să fie "
        + "cel mai devreme " + earliest.format(DisplayDates.DAY) + ": amânarea se anunță, iar "
        + "candidații sunt informați și își confirmă în scris participarea (§8.5.2(2)-(4)).");
  }

  /** Postpone (at most 15 working days after the announced date) or restart (§8.5.2(1)). */
  public void decide(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Ahead ahead = schedule.ahead(id);
    LocalDate original = original(execution, ahead);
    LocalDate newDate = FormDates.localDate(execution.getVariable(Variables.NEW_TEST_DATE));
    PostponementCheck check = postponements.check(original, newDate);
    execution.setVariableLocal(Variables.POSTPONEMENT_DECISION, check.decision().name());
    execution.setVariableLocal(Variables.LATEST_POSTPONED_DATE,
        check.latestPostponedDate().toString());
    String details = "Proba din " + original.format(DisplayDates.DAY) + " → "
        + newDate.format(DisplayDates.DAY) + " (" + check.workingDays() + " zile lucrătoare; "
        + "cel târziu " + check.latestPostponedDate().format(DisplayDates.DAY) + "). Motiv: "
        + execution.getVariable(Variables.POSTPONEMENT_REASON);
    events.record(id, "POSTPONEMENT", calendar.today(), details,
        check.decision().name());
    if (check.decision() == PostponementDecision.RESTART) {
      contests.setStatus(id, ContestStatus.RESTARTED, "Amânarea nu se poate dispune în "
          + "cel mult 15 zile lucrătoare (§8.5.2(1) lit. b)); procedura se reia. " + details);
    }
  }

  /** The new dates apply; the candidates are to be told and to confirm. */
  public void postpone(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Ahead ahead = schedule.ahead(id);
    LocalDate newDate = FormDates.localDate(execution.getVariable(Variables.NEW_TEST_DATE));
    String instance = contests.get(id).processInstanceId();
    remember(instance, ahead);
    if (ahead.firstTest()) {
      LocalDate interview = ahead.interviewDate() == null ? null : calendar.addWorkingDays(
          newDate, calendar.workingDaysBetween(ahead.firstTestDate(), ahead.interviewDate()));
      schedule.apply(id, ahead, newDate, interview);
    } else {
      schedule.apply(id, ahead, null, newDate);
    }
    confirmations.ask(execution, calendar.workingDaysDeadline(newDate.minusDays(1), 0));
    mails.postponement(id, newDate, (String) execution.getVariable(Variables.POSTPONEMENT_REASON));
  }

  /** HR announced the postponement and told the registered candidates provably. */
  public void checkAnnouncement(DelegateExecution task) {
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.POSTPONEMENT_PUBLISHED)),
        "postponementPublished", "Confirmați anunțarea amânării la sediu și pe site, prin "
            + "aceleași mijloace ca anunțul (§8.5.2(2) lit. a)).");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.CANDIDATES_INFORMED)),
        "candidatesInformed", "Confirmați informarea candidaților ale căror dosare au fost "
            + "înregistrate (§8.5.2(2) lit. b)).");
    FormRejection.text(task.getVariable(Variables.INFORMATION_MEANS), "informationMeans",
        "Mijlocul de informare care poate fi dovedit");
  }

  /** The date first announced for the next test: the 15 working days count from it (OQ-44). */
  private LocalDate original(DelegateExecution execution, Ahead ahead) {
    String name = (ahead.firstTest() ? ContestSchedule.FIRST_TEST : ContestSchedule.INTERVIEW)
        + "AsAnnounced";
    LocalDate announced = FormDates.localDate(execution.getVariable(name));
    return announced != null ? announced : ahead.nextTestDate();
  }

  private void remember(String instance, Ahead ahead) {
    if (runtime.getVariable(instance, ContestSchedule.FIRST_TEST + "AsAnnounced") == null
        && ahead.firstTestDate() != null) {
      runtime.setVariable(instance, ContestSchedule.FIRST_TEST + "AsAnnounced",
          ahead.firstTestDate().toString());
    }
    if (runtime.getVariable(instance, ContestSchedule.INTERVIEW + "AsAnnounced") == null
        && ahead.interviewDate() != null) {
      runtime.setVariable(instance, ContestSchedule.INTERVIEW + "AsAnnounced",
          ahead.interviewDate().toString());
    }
  }

}
