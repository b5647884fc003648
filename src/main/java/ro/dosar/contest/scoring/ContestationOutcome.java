package ro.dosar.contest.scoring;

/**
 * The contestation commission's decision on one contestation: the outputs of the decision
 * {@code contestationOutcome} ({@code dmn/contest/contestation-outcome.dmn}, spec §15.2).
 *
 * @param outcome whether the contestation is admitted (§8.5C(5)) or rejected (§8.5C(6))
 * @param scoreReplaced whether the contested test score becomes the contestation commission's
 *     score; the test's „admis”/„respins” must then be recomputed against the pass mark
 */
public record ContestationOutcome(Outcome outcome, boolean scoreReplaced) {

  /** The output {@code outcome}. */
  public enum Outcome {
    /** Contestația se admite. */
    ADMITTED,
    /** Contestația se respinge. */
    REJECTED
  }

  /** Whether the contestation is admitted. */
  public boolean admitted() {
    return outcome == Outcome.ADMITTED;
  }
}
