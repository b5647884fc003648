package ro.dosar.contest.changes;

/**
 * What happens to a contest whose date and hour cannot be kept for objective reasons (spec §16.2
 * PST-01, procedure pct. 8.5.2 alin. (1)).
 */
public enum PostponementDecision {

  /** Lit. a): the contest is postponed, by at most 15 working days. */
  POSTPONE,

  /** Lit. b): a postponement within 15 working days is not possible; the procedure restarts. */
  RESTART
}
