package ro.dosar.evaluation;

/**
 * Whether and when an employee with an individual employment contract is evaluated, as the
 * decision table {@code evaluationEligibility} ({@code dmn/evaluation/evaluation-eligibility.dmn})
 * answers it (Annex to the internal regulation, Art. 8–9; spec §5.2.4). The names are the table's
 * output values.
 */
public enum Eligibility {
  /** Evaluate now: the contract ends or is modified, or a promotion (Annex Art. 9). */
  EXCEPTIONAL_NOW,
  /**
   * Evaluate later: after the debut stage, or after resuming work following a suspension or a
   * long leave (Annex Art. 8(4)).
   */
  DEFERRED,
  /** Evaluate in the annual campaign: at least 6 months worked in the year (Annex Art. 8(3)). */
  ANNUAL,
  /** Not evaluated for this year: fewer than 6 months worked and none of the cases above. */
  NOT_EVALUATED_THIS_YEAR
}
