package ro.dosar.contest;

/** Where a contest stands; the terminal ones are the end states of spec §18. */
public enum ContestStatus {
  PROPOSED,
  APPROVED,
  COMMISSIONS_CONSTITUTED,
  PUBLISHED,
  SELECTION,
  SELECTION_CONTESTATIONS,
  SELECTION_COMPLETED,
  TESTS,
  FINAL_RESULTS,
  FINAL_RESULTS_DISPLAYED,
  PRESENTING,
  /** Not terminal: a notice found deficiencies (§8.5(1)-(2)); nothing runs until resumption. */
  SUSPENDED,
  FILLED,
  NOT_FILLED_NO_SHOW_EXHAUSTED,
  PROPOSAL_REJECTED,
  RESTARTED,
  NOT_FILLED_NO_PASSING_CANDIDATE,
  /** Annulled by the Rector for a breach of the publicity rules (§8.1.3(6)). */
  ANNULLED;

  /** The end states of spec §18: nothing happens to the contest any more. */
  public boolean terminal() {
    return switch (this) {
      case FILLED, NOT_FILLED_NO_SHOW_EXHAUSTED, PROPOSAL_REJECTED, RESTARTED,
          NOT_FILLED_NO_PASSING_CANDIDATE, ANNULLED -> true;
      default -> false;
    };
  }
}
