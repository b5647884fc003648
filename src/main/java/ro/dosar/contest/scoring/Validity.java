package ro.dosar.contest.scoring;

/**
 * Whether a test can be recalculated after a member's evaluation is removed for a conflict of
 * interest: the output {@code validity} of the decision {@code evaluationValidity}
 * ({@code dmn/contest/evaluation-validity.dmn}).
 */
public enum Validity {

  /** At least two thirds of the members' evaluations remain valid: recalculate (§8.1.5(18)). */
  VALID,

  /** Fewer than two thirds remain valid: the contest procedure starts again (§8.1.5(19)). */
  RESTART
}
