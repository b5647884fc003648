package ro.dosar.equality.report;

import java.math.BigDecimal;

/**
 * A count of women and men, with the persons whose gender is not recorded (staff) or not
 * declared (candidates) counted apart and left out of the shares (spec §7 rule 5).
 *
 * @param female women
 * @param male men
 * @param unrecorded persons without a recorded gender (UNKNOWN for candidates)
 * @param femalePercent women ÷ (women + men) × 100, 2 decimals; {@code null} when nobody
 * @param malePercent men ÷ (women + men) × 100, 2 decimals; {@code null} when nobody
 */
public record GenderSplit(int female, int male, int unrecorded, BigDecimal femalePercent,
    BigDecimal malePercent) {

  public static final GenderSplit NONE = of(0, 0, 0);

  public static GenderSplit of(int female, int male, int unrecorded) {
    int recorded = female + male;
    return new GenderSplit(female, male, unrecorded, Percentages.percent(female, recorded),
        Percentages.percent(male, recorded));
  }

  /** Women and men: the denominator of the shares. */
  public int recorded() {
    return female + male;
  }

  /** Everybody, gender recorded or not. */
  public int total() {
    return female + male + unrecorded;
  }

  /** This split plus another. */
  public GenderSplit plus(GenderSplit other) {
    return of(female + other.female, male + other.male, unrecorded + other.unrecorded);
  }

  /** One more person of the gender ({@code "FEMALE"}, {@code "MALE"}, anything else). */
  public GenderSplit plus(String gender) {
    return switch (gender == null ? "" : gender) {
      case "FEMALE" -> of(female + 1, male, unrecorded);
      case "MALE" -> of(female, male + 1, unrecorded);
      default -> of(female, male, unrecorded + 1);
    };
  }
}
