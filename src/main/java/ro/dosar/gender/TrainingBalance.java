package ro.dosar.gender;

/** The answer of {@code trainingParticipationBalance} (spec §8.2 DMN-3) for one gender. */
public enum TrainingBalance {
  /** No participation, or no staff to compare with: there is no share (§7 rule 4). */
  NOT_APPLICABLE,
  /** The deviation from the staff share is below 10 (pp or relative %). */
  BALANCED,
  /** The deviation is 10 or more: HR corrects it ([S7.2]). */
  IMBALANCED;

  /** The year's or a course's result over both genders: imbalanced if either gender is. */
  public static TrainingBalance overall(TrainingBalance women, TrainingBalance men) {
    if (women == IMBALANCED || men == IMBALANCED) {
      return IMBALANCED;
    }
    return women == BALANCED || men == BALANCED ? BALANCED : NOT_APPLICABLE;
  }
}
