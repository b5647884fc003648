package ro.dosar.discipline;

/** When a disciplinary sanction is struck off the record (radiere), as the catalogue names it. */
public enum RadiationRule {
  /** 6 months from application: civil servants' written reprimand (Art. 38 indent 1). */
  SIX_MONTHS_FROM_APPLICATION,
  /** 1 year after the term of the sanction expires (Art. 38 indent 2). */
  ONE_YEAR_AFTER_TERM_EXPIRY,
  /** 7 years from application: destitution (Art. 38 indent 3). */
  SEVEN_YEARS_FROM_APPLICATION,
  /**
   * Contractual staff: not in the regulation; Labour Code art. 248(3): 12 months from application
   * if no new sanction is applied in that term, by written decision of the employer.
   */
  TWELVE_MONTHS_FROM_APPLICATION,
  /** Disciplinary dismissal ends the contract: nothing to strike off. */
  NOT_APPLICABLE
}
