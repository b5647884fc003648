package ro.dosar.contest.scoring;

/**
 * How a test score is obtained from the members' totals: the output {@code rule} of the decision
 * {@code scoreAggregation} ({@code dmn/contest/score-aggregation.dmn}).
 */
public enum AggregationRule {

  /** The totals differ by at most 10 points: their arithmetic mean (§8.3(4), (11)). */
  MEAN,

  /**
   * The totals differ by more than 10 points and there are 2 to 4 valid evaluations: every member
   * re-corrects, as long as the difference stays above 10 (§8.3(7)(a); 2 and 4 by interpretation,
   * spec OQ-04, OQ-21). No score yet.
   */
  RECORRECT,

  /**
   * The totals of 5 members differ by more than 10 points: the mean without one lowest and one
   * highest total (§8.3(7)(b)), final even if the middle three still differ by more than 10
   * (spec OQ-05).
   */
  TRIMMED_MEAN
}
