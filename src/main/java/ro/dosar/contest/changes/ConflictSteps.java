package ro.dosar.contest.changes;

import ro.dosar.contest.ContestHiringProcess.Variables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.contest.scoring.ScoreAggregator;
import ro.dosar.tasklist.FormRejection;

/**
 * A conflict of interest of a competition-commission member established after a test was held
 * (PO.UVT-DRU-01 §8.1.5(17)-(19), spec §3.2 COM-23–COM-25). The member is excluded and his
 * evaluations are removed from every test already held; if at least two thirds of the members'
 * evaluations remain valid (DMN {@code evaluationValidity}), every score is recalculated from the
 * remaining ones (a spread over 10 points sends the paper to the remaining members for
 * re-correction, OQ-21) and the results are displayed again; otherwise the procedure restarts
 * (the model's error end event {@code conflictRestart}). Called as {@code
 * ${conflictSteps.<step>(execution)}}.
 */
@Component
public class ConflictSteps {

  /** The inputs of {@code evaluationValidity} ({@code dmn/contest/evaluation-validity.dmn}). */
  static final String APPOINTED_MEMBERS = "appointedMembers";
  static final String VALID_EVALUATIONS = "validEvaluations";

  private final ContestRepository contests;
  private final TestRepository tests;
  private final ScoreAggregator aggregator;
  private final WorkingDayCalendar calendar;

  public ConflictSteps(ContestRepository contests, TestRepository tests,
      ScoreAggregator aggregator, WorkingDayCalendar calendar) {
    this.contests = contests;
    this.tests = tests;
    this.aggregator = aggregator;
    this.calendar = calendar;
  }

  /** The report names a member of the contest's competition commission (form re-check). */
  public void checkReport(DelegateExecution execution) {
    String member = (String) execution.getVariable(Variables.CONFLICT_MEMBER);
    FormRejection.require(member != null && contests.validMembers(
            ContestVariables.contestId(execution), "CC").contains(member), "conflictMember",
        "„" + member + "” nu este membru (în funcție) al comisiei de concurs a acestui concurs.");
  }

  /**
   * Excludes the member from today (COM-23: the decision is amended within 2 working days, see
   * {@code conflictReplacementDueAt}) and removes him from the members who score; the business
   * rule task {@code assessEvaluationValidity} then decides from {@code appointedMembers} and
   * {@code validEvaluations} whether the results are recalculated or the procedure restarts
   * (COM-24, COM-25). Both inputs, and the decision's answer, are local to this conflict.
   */
  public void exclude(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    String member = (String) execution.getVariable(Variables.CONFLICT_MEMBER);
    int appointed = contests.commissionMembers(contestId, "CC").size();
    contests.exclude(contestId, "CC", member, calendar.today(),
        (String) execution.getVariable(Variables.CONFLICT_REPORT));
    List<String> remaining = contests.validMembers(contestId, "CC");
    execution.setVariable(Variables.CC_MEMBERS, new ArrayList<>(remaining));
    execution.setVariable(Variables.CONFLICT_REPLACEMENT_DUE_AT,
        calendar.workingDaysDeadline(calendar.today(), 2));
    execution.setVariableLocal(APPOINTED_MEMBERS, appointed);
    execution.setVariableLocal(VALID_EVALUATIONS, remaining.size());
    execution.setVariableLocal(Variables.EVALUATION_VALIDITY, null);
  }

  /**
   * Fewer than two thirds of the evaluations remain valid (COM-25, the table's RESTART): the
   * contest is recorded as restarted and the model's error end event restarts the procedure.
   */
  public void restart(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    String member = (String) execution.getVariable(Variables.CONFLICT_MEMBER);
    contests.setStatus(contestId, ContestStatus.RESTARTED, "Conflict de interes constatat "
        + "pentru " + member + ": mai puțin de două treimi din evaluări rămân valabile "
        + "(§8.1.5(19)); procedura se reia.");
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.RESTARTED.name());
  }

  /**
   * At least two thirds of the evaluations remain valid (COM-24, the table's VALID): every paper
   * of a test already held that the member scored is scored again from the remaining sheets; a
   * spread over 10 points sends it to the remaining members for re-correction (OQ-21).
   */
  public void apply(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    String member = (String) execution.getVariable(Variables.CONFLICT_MEMBER);
    PostCategory category = contests.get(contestId).postCategory();
    List<Long> toRecorrect = new ArrayList<>();
    for (ContestTest test : tests.testsOf(contestId)) {
      if (test.resultsDisplayedOn() == null) {
        continue;
      }
      for (Paper paper : tests.papers(test.id())) {
        if (paper.scoreFraction() == null || tests.deleteSheets(paper.id(), member) == 0) {
          continue;
        }
        Aggregation result = aggregator.aggregate(category,
            tests.memberTotals(paper.id(), paper.recorrectionRounds() + 1));
        if (result.recorrectionRequired()) {
          tests.startRecorrection(paper.id());
          toRecorrect.add(paper.id());
        } else {
          tests.setScore(paper.id(), result.score().toString(),
              new BigDecimal(result.displayScore()), result.status().name());
        }
      }
    }
    execution.setVariable(Variables.PAPERS_TO_RECORRECT, toRecorrect);
    execution.setVariable(Variables.RECORRECTION_COUNT, toRecorrect.size());
  }

  /** The recalculated results were displayed (form re-check). */
  public void checkRedisplay(DelegateExecution execution) {
    FormRejection.require(Boolean.TRUE.equals(
            execution.getVariable(Variables.RECALCULATED_RESULTS_DISPLAYED)),
        "recalculatedResultsDisplayed", "Confirmați afișarea rezultatelor recalculate.");
  }
}
