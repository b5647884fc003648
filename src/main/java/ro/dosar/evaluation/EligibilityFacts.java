package ro.dosar.evaluation;

/**
 * What the decision table {@code evaluationEligibility} needs to know about an employee to say
 * whether and when he is evaluated (Annex to the internal regulation, Art. 8–9; spec §5.2.3 and
 * §5.2.4). Each component is one input of the table.
 *
 * @param contractEndsOrModified the employment contract ends or is modified during the evaluated
 *     period (Annex Art. 9 lit. a))
 * @param promotedOrNewDiploma promoted to a higher grade, or obtained a higher-education diploma
 *     and is to be promoted into a matching function (Annex Art. 9 lit. b))
 * @param debutant the employee is in the debut stage (Annex Art. 8(4) lit. a)); the table's
 *     {@code isDebutant}
 * @param contractSuspended the employment contract was suspended under the law (Annex Art. 8(4)
 *     lit. b))
 * @param longLeaveLast12Months did not work in the last 12 months because of medical or unpaid
 *     leave (Annex Art. 8(4) lit. c))
 * @param monthsWorkedInPeriod the months worked in the evaluated year, 1 January – 31 December
 *     (Annex Art. 8(1), (3)); not negative
 */
public record EligibilityFacts(boolean contractEndsOrModified, boolean promotedOrNewDiploma,
    boolean debutant, boolean contractSuspended, boolean longLeaveLast12Months,
    int monthsWorkedInPeriod) {

  /**
   * @throws IllegalArgumentException if {@code monthsWorkedInPeriod} is negative
   */
  public EligibilityFacts {
    if (monthsWorkedInPeriod < 0) {
      throw new IllegalArgumentException(
          "monthsWorkedInPeriod must not be negative: " + monthsWorkedInPeriod);
    }
  }
}
