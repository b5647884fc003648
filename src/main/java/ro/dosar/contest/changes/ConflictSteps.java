package ro.dosar.contest.changes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
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
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.contest.scoring.Validity;
import ro.dosar.tasklist.FormRejection;

/**
 * A conflict of interest of a competition-commission member established after a test was held
 * (PO.UVT-DRU-01 §8.1.5(17)-(19), spec §3.2 COM-23–COM-25). The member is excluded and his
 * evaluations are removed from every test already held; if at least two thirds of the members'
 * evaluations remain valid (DMN {@code evaluationValidity}), every score is recalculated from the
 * remaining ones (a spread over 10 points sends the paper to the remaining members for
 * re-correction, OQ-21) and the results are displayed again; otherwise the procedure restarts
 * (BPMN error {@value #RESTART}). Called as {@code ${conflictSteps.<step>(execution)}}.
 */
@Component
public class ConflictSteps {

  static final String RESTART = "contestRestart";

  private final ContestRepository contests;
  private final TestRepository tests;
  private final ScoreAggregator aggregator;
  private final ScoringRules rules;
  private final WorkingDayCalendar calendar;

  public ConflictSteps(ContestRepository contests, TestRepository tests,
      ScoreAggregator aggregator, ScoringRules rules, WorkingDayCalendar calendar) {
    this.contests = contests;
    this.tests = tests;
    this.aggregator = aggregator;
    this.rules = rules;
    this.calendar = calendar;
  }

  /** The report names a member of the contest's competition commission (form re-check). */
  public void checkReport(DelegateExecution execution) {
    String member = (String) execution.getVariable("conflictMember");
    FormRejection.require(member != null && contests.validMembers(
            ContestVariables.contestId(execution), "CC").contains(member), "conflictMember",
        "„" + member + "” nu este membru (în funcție) al comisiei de concurs a acestui concurs.");
  }

  /**
   * Excludes the member from today (COM-23: the decision is amended within 2 working days, see
   * {@code conflictReplacementDueAt}), removes his evaluations, and decides: recalculation or
   * restart (COM-24, COM-25).
   */
  public void apply(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    String member = (String) execution.getVariable("conflictMember");
    int appointed = contests.commissionMembers(contestId, "CC").size();
    contests.exclude(contestId, "CC", member, calendar.today(),
        (String) execution.getVariable("conflictReport"));
    List<String> remaining = contests.validMembers(contestId, "CC");
    execution.setVariable("ccMembers", new ArrayList<>(remaining));
    execution.setVariable("conflictReplacementDueAt",
        calendar.workingDaysDeadline(calendar.today(), 2));
    if (rules.validity(appointed, remaining.size()) == Validity.RESTART) {
      contests.setStatus(contestId, ContestStatus.RESTARTED, "Conflict de interes constatat "
          + "pentru " + member + ": mai puțin de două treimi din evaluări rămân valabile "
          + "(§8.1.5(19)); procedura se reia.");
      execution.setVariable("contestStatus", ContestStatus.RESTARTED.name());
      throw new BpmnError(RESTART, "Procedura de concurs se reia (§8.1.5(19)).");
    }
    PostCategory category = PostCategory.valueOf(contests.get(contestId).postCategory());
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
    execution.setVariable("papersToRecorrect", toRecorrect);
    execution.setVariable("recorrectionCount", toRecorrect.size());
  }

  /** The recalculated results were displayed (form re-check). */
  public void checkRedisplay(DelegateExecution execution) {
    FormRejection.require(Boolean.TRUE.equals(
            execution.getVariable("recalculatedResultsDisplayed")),
        "recalculatedResultsDisplayed", "Confirmați afișarea rezultatelor recalculate.");
  }
}
