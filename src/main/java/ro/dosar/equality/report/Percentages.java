package ro.dosar.equality.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of the report (spec §7): a percentage is {@code count / total × 100} computed
 * exactly and rounded to 2 decimals HALF_UP only for display; a difference of two percentages is
 * computed from the unrounded values and then rounded (2/7 − 1/7 = +14.29 pp, not 28.57 − 14.29);
 * a zero denominator has no percentage ({@code null}, shown "n/a"), never 0 %.
 */
public final class Percentages {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {
  }

  /** {@code count / total × 100}, 2 decimals HALF_UP; {@code null} when {@code total == 0}. */
  public static BigDecimal percent(long count, long total) {
    if (total == 0) {
      return null;
    }
    return BigDecimal.valueOf(count).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }

  /**
   * {@code (count/total − previousCount/previousTotal) × 100} in percentage points, from the
   * exact fractions, 2 decimals HALF_UP; {@code null} when either total is 0.
   */
  public static BigDecimal differencePp(long count, long total, long previousCount,
      long previousTotal) {
    if (total == 0 || previousTotal == 0) {
      return null;
    }
    BigDecimal numerator = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(previousTotal))
        .subtract(BigDecimal.valueOf(previousCount).multiply(BigDecimal.valueOf(total)))
        .multiply(HUNDRED);
    return numerator.divide(BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(previousTotal)),
        2, RoundingMode.HALF_UP);
  }

  /**
   * The relative deviation of a share from a reference share, {@code ((p/P) / (s/S) − 1) × 100}
   * = {@code (p×S − s×P) × 100 / (s×P)}, 2 decimals HALF_UP; {@code null} when {@code s×P == 0}.
   */
  public static BigDecimal relativeDeviation(long p, long bigP, long s, long bigS) {
    if (s == 0 || bigP == 0 || bigS == 0) {
      return null;
    }
    BigDecimal numerator = BigDecimal.valueOf(p * bigS - s * bigP).multiply(HUNDRED);
    return numerator.divide(BigDecimal.valueOf(s * bigP), 2, RoundingMode.HALF_UP);
  }

  /** A percentage for a Romanian reader: {@code 85,71 %}, or {@code n/a}. */
  public static String display(BigDecimal percent) {
    return percent == null ? "n/a" : percent.toPlainString().replace('.', ',') + " %";
  }

  /** A difference in percentage points for a Romanian reader: {@code +14,29 p.p.}, or n/a. */
  public static String displayPp(BigDecimal difference) {
    if (difference == null) {
      return "n/a";
    }
    String sign = difference.signum() > 0 ? "+" : "";
    return sign + difference.toPlainString().replace('.', ',') + " p.p.";
  }
}
