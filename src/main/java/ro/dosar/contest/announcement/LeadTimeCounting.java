package ro.dosar.contest.announcement;

/**
 * How "at least N working days before" a test is counted (spec §0.3, OQ-02), setting {@code
 * dosar.contest.lead-time-counting}. It governs every such term of the contest, today the
 * announcement's lead time before the first test (§8.1.3(1), PUB-01).
 */
public enum LeadTimeCounting {

  /**
   * Neither the publication day nor the test day is counted: N full working days lie between
   * them, so the test is on or after the (N + 1)-th working day after the publication. The
   * reading of the Monitorul Oficial worked example for the same wording (HG 286/2011 art. 7) and
   * of the lawful calendars Romanian institutions publish; the default, since publishing a day
   * early costs nothing and a day late risks annulment.
   */
  BOTH_EXCLUDED,

  /**
   * The publication day is not counted, the test day is: the test is on or after the N-th
   * working day after the publication. The looser reading; a calendar lawful only under it is
   * accepted with a warning.
   */
  TEST_DAY_COUNTED;

  /** The working days to add to the publication day for the earliest lawful test day. */
  int workingDaysToEarliest(int leadWorkingDays) {
    return this == BOTH_EXCLUDED ? leadWorkingDays + 1 : leadWorkingDays;
  }
}
