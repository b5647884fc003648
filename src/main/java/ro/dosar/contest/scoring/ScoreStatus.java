package ro.dosar.contest.scoring;

/**
 * The result shown for a test (§8.3(16)) or for the whole contest (§8.5C(8)): the Romanian words
 * „admis” and „respins”, which the law prescribes and the displays show literally.
 */
public enum ScoreStatus {

  /** Reached the pass mark (a test), or won a post (the contest). */
  ADMIS,

  /** Below the pass mark (a test), or did not win a post (the contest). */
  RESPINS
}
