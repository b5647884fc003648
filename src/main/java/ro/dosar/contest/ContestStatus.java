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
  PROPOSAL_REJECTED,
  RESTARTED,
  NOT_FILLED_NO_PASSING_CANDIDATE
}
