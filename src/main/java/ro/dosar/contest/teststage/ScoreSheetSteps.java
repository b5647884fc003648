package ro.dosar.contest.teststage;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository.TestCriterion;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.scoring.AggregationRule;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.contest.scoring.ScoreAggregator;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormRejection;

/**
 * The scoring of a test's papers (spec §13; PO.UVT-DRU-01 §8.3): every member of the commission
 * scores every paper on his own sheet, criterion by criterion (§8.3(4),(12)); the test score
 * follows §8.3(7) (re-correction while the spread is over 10 points, or the trimmed mean of five)
 * exactly ({@link ScoreAggregator}). Called as {@code ${scoreSheetSteps.<step>(execution)}}.
 */
@Component
public class ScoreSheetSteps {

  private final TestRepository tests;
  private final ScoreAggregator aggregator;
  private final TestStageSteps testStage;

  public ScoreSheetSteps(TestRepository tests, ScoreAggregator aggregator,
      TestStageSteps testStage) {
    this.tests = tests;
    this.aggregator = aggregator;
    this.testStage = testStage;
  }

  /**
   * What every member's score sheet shows for one paper: the sealed-paper number (written test
   * with several candidates) or the code, the criteria with their maxima, the round of
   * correction. Never the candidate's name; for a sealed paper, not even the code.
   */
  public void loadPaper(DelegateExecution execution) {
    Paper paper = paper(execution);
    boolean sealed = tests.test(paper.testId()).sealed();
    String label = sealed ? "lucrarea nr. " + paper.paperNumber()
        : "candidatul cu codul " + paper.candidateCode();
    int round = paper.recorrectionRounds() + 1;
    execution.setVariableLocal(Variables.PAPER_LABEL, label);
    execution.setVariableLocal(Variables.SCORING_TASK_NAME,
        (round == 1 ? "Notare: " : "Recorectare: ") + label);
    List<TestCriterion> criteria = tests.criteria(paper.testId());
    execution.setVariableLocal(Variables.CRITERIA_TEXT, criteriaText(criteria));
    execution.setVariableLocal(Variables.CRITERIA_COUNT, criteria.size());
    execution.setVariableLocal(Variables.CORRECTION_ROUND, round);
    execution.setVariableLocal(Variables.CORRECTION_LABEL, correctionLabel(round));
  }

  /**
   * The paper a scoring step works on: in a test stage, by its number in the test (all a sealed
   * score sheet knows); after the display (re-correction after a conflict of interest), by id.
   */
  private Paper paper(DelegateExecution execution) {
    Object number = execution.getVariable(Variables.PAPER_NUMBER);
    if (number instanceof Number n) {
      long testId = ((Number) execution.getVariable(Variables.TEST_ID)).longValue();
      return tests.paperNumbered(testId, n.intValue());
    }
    return tests.paper(((Number) execution.getVariable(ContestHiringProcess.Variables.PAPER_ID))
        .longValue());
  }

  /** "prima corectare", "a doua corectare (recorectare)", … (§8.3(7)(a), Annex 5a). */
  static String correctionLabel(int round) {
    List<String> ordinals = List.of("prima", "a doua", "a treia", "a patra", "a cincea",
        "a șasea", "a șaptea", "a opta", "a noua", "a zecea");
    String ordinal = round <= ordinals.size() ? ordinals.get(round - 1) : "a " + round + "-a";
    return ordinal + " corectare" + (round > 1 ? " (recorectare)" : "");
  }

  /**
   * One member's own score sheet for one paper (form re-check and record): every criterion
   * scored, between 0 and its maximum, with at most two decimals.
   */
  public void recordScoreSheet(DelegateExecution execution) {
    testStage.requireStarted(execution, "score1", "Borderoul de notare se completează după apelul nominal "
        + "și desfășurarea probei, care începe la %s (§8.3(2)); până atunci nu poate fi "
        + "completat.");
    Paper paper = paper(execution);
    long paperId = paper.id();
    String member = Decider.of(execution, "member");
    int round = paper.recorrectionRounds() + 1;
    for (TestCriterion criterion : tests.criteria(paper.testId())) {
      String key = "score" + criterion.position();
      BigDecimal points = points(execution.getVariable(key), key, criterion.label(),
          criterion.maxPoints());
      tests.recordPoints(paperId, member, round, criterion.position(), points);
    }
  }

  /**
   * The exact inputs of the table {@code scoreAggregation}, which the business rule task
   * {@code chooseAggregationRule} evaluates next: how many members' totals count for this paper
   * and their spread in hundredths of a point. Its answer lands in this paper's scope.
   */
  public void aggregationInputs(DelegateExecution execution) {
    Paper paper = paper(execution);
    List<BigDecimal> totals = tests.memberTotals(paper.id(), paper.recorrectionRounds() + 1);
    execution.setVariableLocal(Variables.VALID_EVALUATIONS, totals.size());
    execution.setVariableLocal(Variables.SPREAD_HUNDREDTHS,
        ScoringRules.FromDecisions.spreadHundredths(ScoreAggregator.spread(totals)));
    execution.setVariableLocal(Variables.AGGREGATION_RULE, null);
  }

  /** The answer of the business rule task {@code chooseAggregationRule}. */
  public static AggregationRule decidedAggregationRule(DelegateExecution execution) {
    Object rule = execution.getVariable(Variables.AGGREGATION_RULE);
    if (rule == null) {
      throw new IllegalStateException("Decision scoreAggregation gives no rule for "
          + execution.getVariable(Variables.VALID_EVALUATIONS) + " evaluations and a spread of "
          + execution.getVariable(Variables.SPREAD_HUNDREDTHS) + " hundredths. Check the table in "
          + "dmn/contest/");
    }
    return AggregationRule.valueOf(rule.toString());
  }

  /** The answer of the business rule task {@code determinePassMark} (table passThreshold). */
  public static BigDecimal passMark(DelegateExecution execution) {
    Object passMark = execution.getVariable(Variables.PASS_MARK);
    if (!(passMark instanceof Number number)) {
      throw new IllegalStateException("Decision passThreshold gives no pass mark for "
          + execution.getVariable(Variables.POST_CATEGORY) + ". Check the table in dmn/contest/");
    }
    return BigDecimal.valueOf(number.longValue());
  }

  /**
   * The test score of one paper from the members' totals (§8.3(4),(7)): a spread over 10 points
   * sends the paper back to every member for re-correction, else the score and its status are
   * recorded.
   */
  public void aggregatePaper(DelegateExecution execution) {
    Paper paper = paper(execution);
    long paperId = paper.id();
    List<BigDecimal> totals = tests.memberTotals(paperId, paper.recorrectionRounds() + 1);
    Aggregation result = aggregator.aggregate(totals, decidedAggregationRule(execution),
        passMark(execution));
    if (result.recorrectionRequired()) {
      tests.startRecorrection(paperId);
      execution.setVariableLocal(Variables.RECORRECTION_REQUIRED, true);
      execution.setVariableLocal(Variables.RECORRECTION_NOTE, "Punctajele acordate diferă cu "
          + result.spread().stripTrailingZeros().toPlainString() + " puncte (mai mult de 10): "
          + "fiecare membru recorectează lucrarea (§8.3(7)(a)).");
      return;
    }
    tests.setScore(paperId, result.score().toString(), new BigDecimal(result.displayScore()),
        result.status().name());
    execution.setVariableLocal(Variables.RECORRECTION_REQUIRED, false);
  }


  /** The criteria as the score sheet lists them: "1. Subiectul 1: maximum 60 puncte". */
  public static String criteriaText(List<TestCriterion> criteria) {
    StringBuilder text = new StringBuilder();
    for (TestCriterion criterion : criteria) {
      text.append(criterion.position()).append(". ").append(criterion.label())
          .append(": maximum ").append(criterion.maxPoints().stripTrailingZeros().toPlainString())
          .append(" puncte\n");
    }
    return text.toString();
  }

  /** Points from a form field: present, a number, between 0 and {@code max}, two decimals. */
  public static BigDecimal points(Object value, String field, String label, BigDecimal max) {
    if (value == null || value.toString().isBlank()) {
      throw FormRejection.reject(field, "Acordați un punctaj pentru „" + label + "”.");
    }
    BigDecimal points;
    try {
      points = new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw FormRejection.reject(field, "„" + value + "” nu este un punctaj (" + label + ").");
    }
    FormRejection.require(points.signum() >= 0 && points.compareTo(max) <= 0, field,
        "Punctajul pentru „" + label + "” trebuie să fie între 0 și "
            + max.stripTrailingZeros().toPlainString() + ".");
    FormRejection.require(points.stripTrailingZeros().scale() <= 2, field,
        "Punctajul pentru „" + label + "” are cel mult două zecimale.");
    return points;
  }
}
