package ro.dosar.contest.scoring;

/**
 * How a candidate's equal final score was settled in the ranking (§8.3(18), (19)).
 */
public enum TieBreak {

  /** Ordered by the higher written-test score (§8.3(18)). */
  WRITTEN,

  /** No written test was held: ordered by the higher practical-test score (§8.3(19)). */
  PRACTICAL,

  /**
   * Still equal, and the tie decides who wins a post: the tied candidates are invited to a new
   * interview, after which the commission decides (§8.3(18), (19); spec OQ-22).
   */
  NEW_INTERVIEW_REQUIRED
}
