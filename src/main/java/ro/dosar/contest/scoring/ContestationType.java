package ro.dosar.contest.scoring;

/**
 * The result a candidate contests (§8.5C(1)): the input {@code contestationType} of the decision
 * {@code contestationOutcome} ({@code dmn/contest/contestation-outcome.dmn}).
 */
public enum ContestationType {

  /** The selection of the files: decided on whether the candidate meets the conditions. */
  SELECTION,

  /** The written test: decided on the contestation commission's new score. */
  WRITTEN,

  /** The practical test: as the written test (spec OQ-45). */
  PRACTICAL,

  /** The interview: decided on the contestation commission's new score. */
  INTERVIEW;

  /** Whether the contestation commission decides it by re-scoring (every type but selection). */
  public boolean isTest() {
    return this != SELECTION;
  }
}
