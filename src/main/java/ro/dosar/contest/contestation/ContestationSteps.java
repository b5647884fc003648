package ro.dosar.contest.contestation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.MajorityVote;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.contestation.ContestationRoundProcess.Variables;
import ro.dosar.contest.documents.ContestMinutes;
import ro.dosar.contest.scoring.ContestationOutcome;
import ro.dosar.contest.scoring.ContestationType;
import ro.dosar.contest.scoring.ExactScore;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.contest.scoring.ScoreAggregator;
import ro.dosar.contest.scoring.ScoreStatus;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.contest.teststage.ScoreSheetSteps;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormRejection;

/**
 * The contestation commission's work in a round of {@code contestationRound}
 * (bpmn/contest/contestation-round.bpmn; spec §15, PO.UVT-DRU-01 §8.5C), called as
 * {@code ${contestationSteps.<step>(execution)}} (service tasks, and the "end" listeners that
 * re-check task forms on the server); the filing is {@link ContestationFilingSteps}.
 *
 * <p>Selection ({@code SELECTION}): the contestation commission decides by majority whether the
 * candidate meets the conditions. A test ({@code WRITTEN}, {@code PRACTICAL},
 * {@code INTERVIEW}): every member re-scores the contested paper or interview on his own sheet,
 * the spread rule applies, and the higher score replaces the contested one.
 */
@Component
public class ContestationSteps {

  public static final String SUBJECT = "CONTESTATION";

  private final ContestationRepository contestations;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestRepository contests;
  private final ScoreAggregator aggregator;
  private final MemberOpinionRepository opinions;
  private final WorkingDayCalendar calendar;
  private final ContestProperties properties;
  private final ContestMinutes documents;
  private final ContestationRoundRepository rounds;
  private final ro.dosar.contest.publicpages.ResultMails resultMails;

  public ContestationSteps(ContestationRepository contestations,
      CandidateRepository candidates,
      TestRepository tests,
      ContestRepository contests,
      ScoreAggregator aggregator,
      MemberOpinionRepository opinions,
      WorkingDayCalendar calendar,
      ContestProperties properties,
      ContestMinutes documents,
      ContestationRoundRepository rounds,
      ro.dosar.contest.publicpages.ResultMails resultMails) {
    this.resultMails = resultMails;
    this.contestations = contestations;
    this.candidates = candidates;
    this.tests = tests;
    this.contests = contests;
    this.aggregator = aggregator;
    this.opinions = opinions;
    this.calendar = calendar;
    this.properties = properties;
    this.documents = documents;
    this.rounds = rounds;
  }

  /** What each member of the contestation commission sees: the code and the file's documents. */
  public void load(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    Contestation contestation = contestations.find(id).orElseThrow();
    Candidate candidate = candidates.find(contestation.candidateCode()).orElseThrow();
    execution.setVariableLocal(Variables.FILE_CODE, String.valueOf(candidate.code()));
    execution.setVariableLocal(Variables.CONTESTATION_GROUNDS_TEXT,
        contestation.grounds() == null ? "(fără motivare scrisă)" : contestation.grounds());
    execution.setVariableLocal(Variables.SELECTION_REASON_TEXT,
        candidate.selectionReason() == null ? "" : candidate.selectionReason());
    execution.setVariableLocal(Variables.OPINION_SUBJECT, SUBJECT);
    execution.setVariableLocal(Variables.OPINION_SUBJECT_ID, id);
    boolean selection = ContestVariables.SELECTION.equals(contestation.stage());
    execution.setVariableLocal(Variables.SELECTION_CONTESTATION, selection);
    if (!selection) {
      long testId = contestations.testId(id);
      execution.setVariableLocal(Variables.PAPER_LABEL, "candidatul cu codul " + candidate.code()
          + " (contestație)");
      execution.setVariableLocal(Variables.CRITERIA_TEXT, ScoreSheetSteps.criteriaText(
          tests.criteria(testId)));
      execution.setVariableLocal(Variables.CRITERIA_COUNT, tests.criteria(testId).size());
      execution.setVariableLocal(Variables.CORRECTION_ROUND,
          contestations.recorrectionRounds(id) + 1);
      // Inputs and answer of the business rule task determineRescorePassMark (passThreshold),
      // kept in this contestation's scope.
      execution.setVariableLocal(Variables.POST_CATEGORY,
          contests.get(contestation.contestId()).postCategory().name());
      execution.setVariableLocal(Variables.PASS_MARK, null);
    }
  }

  /**
   * One contestation-commission member's own re-scoring of the contested paper or interview
   * (§8.5C(4)), criterion by criterion, like the commission's score sheet.
   */
  public void recordRescore(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    int round = contestations.recorrectionRounds(id) + 1;
    String member = Decider.of(execution, "member");
    for (TestRepository.TestCriterion criterion : tests.criteria(contestations.testId(id))) {
      String key = "score" + criterion.position();
      contestations.recordPoints(id, member, round, criterion.position(),
          ScoreSheetSteps.points(execution.getVariable(key), key, criterion.label(),
              criterion.maxPoints()));
    }
  }

  /**
   * The contestation commission's score (same spread rule as the competition commission,
   * §8.5C(4), §8.3(7)) and the outcome (§8.5C(5),(6), DMN contestationOutcome): admitted only if
   * higher than the score contested; then the score is replaced and its status recomputed, so a
   * "respins" reaching the pass mark becomes "admis". Never a worse score on contestation.
   */
  public void decideRescore(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    Contestation contestation = contestations.find(id).orElseThrow();
    Aggregation result = aggregator.aggregate(
        contestations.memberTotals(id, contestations.recorrectionRounds(id) + 1),
        ScoreSheetSteps.decidedAggregationRule(execution), ScoreSheetSteps.passMark(execution));
    if (result.recorrectionRequired()) {
      contestations.startRecorrection(id);
      execution.setVariableLocal(Variables.RECORRECTION_REQUIRED, true);
      execution.setVariableLocal(Variables.RECORRECTION_NOTE, "Punctajele acordate diferă cu "
          + result.spread().stripTrailingZeros().toPlainString() + " puncte (mai mult de 10): "
          + "fiecare membru reevaluează (§8.5C(4), §8.3(7)).");
      return;
    }
    execution.setVariableLocal(Variables.RECORRECTION_REQUIRED, false);
    // The exact inputs of the business rule task decideContestationOutcome: both scores as
    // integers over their common denominator, so that the table compares fractions exactly.
    ExactScore original = ExactScore.parse(contestations.originalScore(id));
    ExactScore rescored = result.score();
    execution.setVariableLocal(Variables.RESCORED_SCORE, rescored.toString());
    execution.setVariableLocal(Variables.CONTESTATION_TYPE,
        ContestationType.valueOf(contestation.stage()).name());
    execution.setVariableLocal(Variables.CONDITIONS_MET, null);
    execution.setVariableLocal(Variables.NEW_SCORE,
        rescored.numerator().multiply(original.denominator()).longValueExact());
    execution.setVariableLocal(Variables.ORIGINAL_SCORE,
        original.numerator().multiply(rescored.denominator()).longValueExact());
    execution.setVariableLocal(Variables.CONTESTATION_OUTCOME_RESULT, null);
  }

  /**
   * Applies the answer of the business rule task decideContestationOutcome (table
   * contestationOutcome): the outcome is recorded and, if the table says so, the contestation
   * commission's score replaces the contested one with its status against the pass mark.
   */
  public void applyRescoreOutcome(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    Contestation contestation = contestations.find(id).orElseThrow();
    long testId = contestations.testId(id);
    ExactScore rescored = ExactScore.parse((String) execution.getVariable(
        Variables.RESCORED_SCORE));
    ContestationOutcome outcome = decidedOutcome(execution);
    contestations.decideScore(id, outcome.outcome().name(), rescored.toString());
    if (outcome.scoreReplaced()) {
      TestRepository.Paper paper = tests.paperOf(testId, contestation.candidateCode())
          .orElseThrow();
      tests.setScore(paper.id(), rescored.toString(), new BigDecimal(rescored.display()),
          (rescored.isAtLeast(ScoreSheetSteps.passMark(execution)) ? ScoreStatus.ADMIS
              : ScoreStatus.RESPINS).name());
    }
    execution.setVariableLocal(Variables.MINORITY_MEMBERS, List.of());
  }

  /** The answer of decideContestationOutcome: outputs {@code outcome}, {@code scoreReplaced}. */
  private static ContestationOutcome decidedOutcome(DelegateExecution execution) {
    if (execution.getVariable(Variables.CONTESTATION_OUTCOME_RESULT) instanceof Map<?, ?> result
        && result.get("outcome") instanceof String outcome
        && result.get("scoreReplaced") instanceof Boolean replaced) {
      return new ContestationOutcome(ContestationOutcome.Outcome.valueOf(outcome), replaced);
    }
    throw new IllegalStateException("Decision contestationOutcome gives "
        + execution.getVariable(Variables.CONTESTATION_OUTCOME_RESULT) + " for newScore="
        + execution.getVariable(Variables.NEW_SCORE) + ", originalScore="
        + execution.getVariable(Variables.ORIGINAL_SCORE) + ". Check the table in dmn/contest/");
  }

  /**
   * The exact inputs of the table scoreAggregation for the contestation commission's totals,
   * evaluated next by the business rule task chooseRescoreAggregationRule (§8.5C(4), §8.3(7)).
   */
  public void rescoreInputs(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    List<BigDecimal> totals =
        contestations.memberTotals(id, contestations.recorrectionRounds(id) + 1);
    execution.setVariableLocal(Variables.VALID_EVALUATIONS, totals.size());
    execution.setVariableLocal(Variables.SPREAD_HUNDREDTHS,
        ScoringRules.FromDecisions.spreadHundredths(ScoreAggregator.spread(totals)));
    execution.setVariableLocal(Variables.AGGREGATION_RULE, null);
  }

  /** One member's own opinion on one contestation: does the candidate meet the conditions? */
  public void recordOpinion(DelegateExecution task) {
    Boolean admits = ContestVariables.decision(task.getVariable(Variables.CONTESTATION_DECISION),
        Variables.CONTESTATION_DECISION);
    String reason = FormRejection.text(task.getVariable(Variables.CONTESTATION_REASON),
        Variables.CONTESTATION_REASON, "Motivarea");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.NO_CONFLICT_DECLARED)),
        Variables.NO_CONFLICT_DECLARED,
        "Confirmați că nu vă aflați în conflict de interese cu candidatul "
            + "(§8.1.5(14)); dacă vă aflați, sesizați în scris conflictul și abțineți-vă.");
    long id = ContestationRoundProcess.contestationId(task);
    opinions.record(SUBJECT, id, Decider.of(task, "member"), admits, reason);
  }

  /**
   * The commission decides by majority (§8.5C(3)); an admitted selection contestation admits the
   * candidate to the next stage (§8.5C(5)(i), DMN contestationOutcome rules 1–2). The result is
   * displayed at once (§8.5C(7)): its decision time is its display time.
   */
  public void decide(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    MajorityVote vote = MajorityVote.of(opinions.opinions(SUBJECT, id),
        properties.evenSplitAdmits());
    // The inputs of the business rule task decideSelectionContestationOutcome.
    execution.setVariableLocal(Variables.CONTESTATION_TYPE, ContestationType.SELECTION.name());
    execution.setVariableLocal(Variables.CONDITIONS_MET, vote.admits());
    execution.setVariableLocal(Variables.NEW_SCORE, null);
    execution.setVariableLocal(Variables.ORIGINAL_SCORE, null);
    execution.setVariableLocal(Variables.CONTESTATION_OUTCOME_RESULT, null);
    execution.setVariableLocal(Variables.MINORITY_MEMBERS, vote.minority());
  }

  /**
   * Applies the answer of decideSelectionContestationOutcome (table contestationOutcome, rules
   * 1–2): an admitted selection contestation admits the candidate (§8.5C(5)(i)).
   */
  public void applySelectionOutcome(DelegateExecution execution) {
    long id = ContestationRoundProcess.contestationId(execution);
    Contestation contestation = contestations.find(id).orElseThrow();
    ContestationOutcome outcome = decidedOutcome(execution);
    contestations.decide(id, outcome.outcome().name());
    if (outcome.admitted()) {
      candidates.setSelection(contestation.candidateCode(), "ADMIS",
          "Admis în urma contestației (§8.5C(5)(i))");
    }
  }

  /**
   * The round is over: its contestations were decided and displayed, or none was filed in time.
   * The contestation commission's minutes of the round (§8.1.5(24)(c), CON-10) list every
   * contestation registered, the forfeited ones too; a round without any has none.
   */
  public void minutes(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    String stage = (String) execution.getVariable(Variables.STAGE);
    rounds.decided(contestId, stage, calendar.today());
    if (!contestations.ofStage(contestId, stage).isEmpty()) {
      documents.requestContestationMinutes(contestId, stage);
      // The decisions just displayed: an e-mail to each contestant.
      rounds.latest(contestId, stage).ifPresent(round -> resultMails.contestationResults(
          contestId, stage, String.valueOf(round.id())));
    }
  }
}
