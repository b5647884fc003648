package ro.dosar.contest.presenting;

import ro.dosar.tasklist.FormDates;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestMails;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.VacancyType;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;

/**
 * Presenting at the post (PO.UVT-DRU-01 §8.6, spec §18): each post is offered to its winner, who
 * presents within 15 calendar days of the final results (or by a later date asked in writing
 * within 3 working days); a no-show leaves the post vacant and it is offered to the next-ranked
 * candidate who passed every test, down the ranking (OQ-24, OQ-41). Called from the model as
 * {@code ${presentingSteps.<step>(execution)}}; one instance of the model's subprocess per post,
 * holding {@code offeredCode} locally so that messages correlate to it.
 */
@Component
public class PresentingSteps {

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final PresentingDeadlineService deadlines;
  private final WorkingDayCalendar calendar;
  private final ContestMails mails;

  public PresentingSteps(ContestRepository contests, CandidateRepository candidates,
      PresentingDeadlineService deadlines, WorkingDayCalendar calendar, ContestMails mails) {
    this.mails = mails;
    this.contests = contests;
    this.candidates = candidates;
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  /** One post per winner of the final results. */
  public void prepare(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    List<Long> winners = candidates.finalResults(contestId).stream()
        .filter(result -> "ADMIS".equals(result.finalStatus()))
        .map(CandidateRepository.FinalResult::code).toList();
    execution.setVariable(Variables.POST_WINNERS, winners);
    contests.setStatus(contestId, ContestStatus.PRESENTING, null);
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.PRESENTING.name());
  }

  /**
   * Offers the post: first to its winner, counting from the final results; after a no-show to
   * the next-ranked candidate, counting from the offer (OQ-26). Sets {@code offerAvailable}.
   */
  public void offer(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    Long code;
    LocalDate offeredOn;
    boolean nextInRanking = execution.getVariableLocal(Variables.OFFERED_CODE) != null;
    if (!nextInRanking) {
      code = ((Number) execution.getVariable(Variables.WINNER_CODE)).longValue();
      offeredOn = FormDates.localDate(execution.getVariable(Variables.FINAL_RESULTS_DISPLAYED_ON));
    } else {
      code = candidates.nextToOffer(contestId).orElse(null);
      offeredOn = calendar.today();
    }
    execution.setVariableLocal(Variables.OFFER_AVAILABLE, code != null);
    if (code == null) {
      return;
    }
    LocalDate deadline = deadlines.standardDeadline(offeredOn);
    candidates.offer(code, offeredOn, deadline);
    execution.setVariableLocal(Variables.OFFERED_CODE, code);
    execution.setVariableLocal(Variables.OFFERED_ON, offeredOn.toString());
    execution.setVariableLocal(Variables.PRESENTING_DUE_AT,
        calendar.workingDaysDeadline(deadline, 0));
    mails.offer(code, deadline, nextInRanking);
  }

  /**
   * The candidate presented: the post is filled. The displayed final results stay as they were
   * displayed; who took the post is the offer's status.
   */
  public void presented(DelegateExecution execution) {
    long code = ((Number) execution.getVariable(Variables.OFFERED_CODE)).longValue();
    candidates.presented(code, calendar.today());
    Contest contest = contests.get(ContestVariables.contestId(execution));
    String term;
    if (contest.vacancyType() == VacancyType.TEMPORARILY_VACANT) {
      term = "Pe perioada suspendării titularului postului (§8.6(3)).";
    } else if ("DETERMINATA".equals(execution.getVariable(Variables.CONTRACT_TYPE))) {
      term = "Pe durată determinată: " + execution.getVariable(Variables.CONTRACT_PERIOD) + ".";
    } else {
      term = "Pe durată nedeterminată.";
    }
    candidates.setEmploymentTerm(code, term);
    execution.setVariable(Variables.EMPLOYMENT_CONTRACT_TERM, term);
  }

  /**
   * {@code CandidatePresented} for a candidate who submitted his file electronically: he must
   * have shown the originals (§8.1.4(6), FILE-03), else no employment act is issued and the post
   * goes to the next-ranked candidate (OQ-15): HR sends {@code CandidateDidNotPresent}.
   */
  public void checkPresented(DelegateExecution execution) {
    long code = ((Number) execution.getVariable(Variables.OFFERED_CODE)).longValue();
    Candidate candidate = candidates.find(code).orElseThrow();
    ro.dosar.tasklist.FormRejection.require("REGISTRY".equals(candidate.channel())
            || Boolean.TRUE.equals(execution.getVariable(Variables.ORIGINALS_PRESENTED)),
        Variables.ORIGINALS_PRESENTED,
        "Candidatul cu codul " + code + " și-a depus dosarul electronic "
            + "și nu a prezentat originalele documentelor (§8.1.4(6)): nu i se emite act de "
            + "angajare. Transmiteți „CandidateDidNotPresent”, iar postul se oferă următorului "
            + "clasat (§8.6(4)); sau, dacă le-a prezentat, „originalsPresented”: true.");
  }

  /** No-show (or a written refusal): the post is declared vacant again (§8.6(4)). */
  public void noShow(DelegateExecution execution) {
    long code = ((Number) execution.getVariable(Variables.OFFERED_CODE)).longValue();
    candidates.setOfferStatus(code, "NO_SHOW");
  }

  /**
   * A written request for a later start (§8.6(2)): lawful (within 3 working days, within 20 / 45
   * working days) → it goes to the Rector ({@code startDateRequestLawful}); otherwise the deadline
   * stands and the reason is recorded in {@code startDateChangeReason}.
   */
  public void changeStartDate(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    LocalDate offeredOn = LocalDate.parse((String) execution.getVariable(Variables.OFFERED_ON));
    PresentingDeadline result = deadlines.deadline(offeredOn,
        contests.get(contestId).postCategory(),
        FormDates.localDate(execution.getVariable(Variables.REQUEST_DATE)),
        FormDates.localDate(execution.getVariable(Variables.REQUESTED_START_DATE)));
    boolean lawful = Boolean.TRUE.equals(result.requestAccepted());
    execution.setVariableLocal(Variables.START_DATE_REQUEST_LAWFUL, lawful);
    execution.setVariableLocal(Variables.START_DATE_CHANGE_REASON, result.reason());
    execution.setVariableLocal(Variables.REQUESTED_DEADLINE, result.deadline().toString());
  }

  /** The Rector approved the later start (EMP-02): it is the new deadline; refused: it stands. */
  public void applyStartDate(DelegateExecution execution) {
    long code = ((Number) execution.getVariable(Variables.OFFERED_CODE)).longValue();
    if (Boolean.TRUE.equals(execution.getVariable(Variables.START_DATE_APPROVED))) {
      LocalDate deadline = LocalDate.parse((String) execution.getVariable(
          Variables.REQUESTED_DEADLINE));
      candidates.setPresentingDeadline(code, deadline);
      execution.setVariableLocal(Variables.PRESENTING_DUE_AT,
          calendar.workingDaysDeadline(deadline, 0));
    } else {
      execution.setVariableLocal(Variables.START_DATE_CHANGE_REASON,
          "Rectorul nu a aprobat cererea: "
              + execution.getVariable(Variables.START_DATE_REMARKS));
    }
  }

  /** The Rector's yes or no on a lawful request; a refusal says why. */
  public void checkStartDateApproval(DelegateExecution task) {
    if (!ContestVariables.requireChoice(task, Variables.START_DATE_APPROVED)) {
      ro.dosar.tasklist.FormRejection.text(task.getVariable(Variables.START_DATE_REMARKS),
          Variables.START_DATE_REMARKS, "Motivul neaprobării");
    }
  }

  /** Every post taken: FILLED; a post nobody took: NOT_FILLED_NO_SHOW_EXHAUSTED (§18). */
  public void close(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    int posts = ((List<?>) execution.getVariable(Variables.POST_WINNERS)).size();
    ContestStatus status = candidates.countPresented(contestId) >= posts
        ? ContestStatus.FILLED : ContestStatus.NOT_FILLED_NO_SHOW_EXHAUSTED;
    contests.setStatus(contestId, status, null);
    execution.setVariable(Variables.CONTEST_STATUS, status.name());
  }
}
