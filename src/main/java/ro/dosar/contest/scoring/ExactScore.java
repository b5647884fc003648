package ro.dosar.contest.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A score kept as an exact fraction {@code numerator / denominator}, always reduced and with a
 * positive denominator, so that two equal scores are equal records.
 *
 * <p>Why a fraction and not a rounded decimal: a test score is a mean of the members' totals
 * (PO.UVT-DRU-01 §8.3(4)), and the final score is a mean of test scores (§8.3(14)), so thirds
 * appear at once (E1: 223/3) and the final score of E10 is 463/6. The source gives no rounding
 * rule, so every decision (the pass mark, the ranking, ties) is made on the exact value and only
 * the displayed text is rounded (spec §13.2, OQ-06). Rounding the means, even to 34 digits, is
 * not enough for ties: 223/3 + 80 and 233/3 + 230/3 are both 463/3, but rounded to 34 significant
 * digits they differ in the last digit, and a tie that the law settles by the written test
 * (§8.3(18)) would be settled by a rounding error instead.
 *
 * <p>The numbers are {@link BigInteger}s; scores come in and go out as {@link BigDecimal}s
 * ({@link #of(BigDecimal)}, {@link #rounded(int)}), never as binary floating point.
 *
 * @param numerator the numerator, any sign
 * @param denominator the denominator, positive after construction
 */
public record ExactScore(BigInteger numerator, BigInteger denominator)
    implements Comparable<ExactScore> {

  /** The scale of the exact value shown to clients ({@code "74.3333333333"}). */
  public static final int EXACT_TEXT_SCALE = 10;
  /** The scale of the displayed score ({@code "74.33"}). */
  public static final int DISPLAY_SCALE = 2;

  /** Reduces the fraction and moves the sign to the numerator. */
  public ExactScore {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("A score's denominator cannot be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /** The exact value of a decimal number: 74.5 is 149/2. */
  public static ExactScore of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return new ExactScore(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return new ExactScore(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** The fraction {@code numerator / denominator}: {@code of(223, 3)}. */
  public static ExactScore of(long numerator, long denominator) {
    return new ExactScore(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Reads a score written as a decimal ({@code "74.5"}) or as a fraction ({@code "223/3"}, the
   * form {@link #toString()} gives), so that an exact score can travel as text (a process
   * variable, a JSON string) and come back unchanged.
   *
   * @throws NumberFormatException if the text is neither
   */
  public static ExactScore parse(String text) {
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      return of(new BigDecimal(trimmed));
    }
    BigInteger denominator = new BigInteger(trimmed.substring(slash + 1).strip());
    if (denominator.signum() == 0) {
      throw new NumberFormatException("Zero denominator in " + text);
    }
    return new ExactScore(new BigInteger(trimmed.substring(0, slash).strip()), denominator);
  }

  /** The arithmetic mean of the values, exact: {@code mean(62, 75, 80)} is 217/3. */
  public static ExactScore mean(List<ExactScore> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("The mean of no values is undefined");
    }
    ExactScore sum = values.stream().reduce(of(0, 1), ExactScore::plus);
    return new ExactScore(sum.numerator, sum.denominator.multiply(BigInteger.valueOf(
        values.size())));
  }

  /** The arithmetic mean of decimal values, exact. */
  public static ExactScore meanOfDecimals(List<BigDecimal> values) {
    return mean(values.stream().map(ExactScore::of).toList());
  }

  /** This score plus the other, exact. */
  public ExactScore plus(ExactScore other) {
    return new ExactScore(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** -1, 0 or 1 as the score is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Compares the exact values: {@code a/b} with {@code c/d} as {@code a·d} with {@code c·b}. */
  @Override
  public int compareTo(ExactScore other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Whether this score reaches the threshold ({@code ≥}), compared exactly. */
  public boolean isAtLeast(BigDecimal threshold) {
    return compareTo(of(threshold)) >= 0;
  }

  /** The value rounded HALF_UP to {@code scale} decimals, from the exact fraction, once. */
  public BigDecimal rounded(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale,
        RoundingMode.HALF_UP);
  }

  /** The displayed score, 2 decimals HALF_UP: 223/3 is {@code "74.33"}, 69.995 {@code "70.00"}. */
  public String display() {
    return rounded(DISPLAY_SCALE).toPlainString();
  }

  /** The exact value to 10 decimals HALF_UP, for clients: 223/3 is {@code "74.3333333333"}. */
  public String exactText() {
    return rounded(EXACT_TEXT_SCALE).toPlainString();
  }

  /**
   * The value as a {@link BigDecimal} for a decision table: exact when the fraction has a finite
   * decimal expansion (every mean of decimals by 2, 4 or 5), otherwise 34 significant digits
   * ({@link MathContext#DECIMAL128}), which is also the precision at which the DMN engine's FEEL
   * compares numbers. Two different scores of this application (at most 10 decimals in, means of
   * at most 5 values) differ by far more than that rounding, and equal scores are the same reduced
   * fraction and round the same way, so comparisons in a table keep their exact outcome.
   */
  public BigDecimal decimalValue() {
    BigInteger rest = denominator;
    for (BigInteger factor : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (rest.mod(factor).signum() == 0) {
        rest = rest.divide(factor);
      }
    }
    BigDecimal top = new BigDecimal(numerator);
    BigDecimal bottom = new BigDecimal(denominator);
    return rest.equals(BigInteger.ONE) ? top.divide(bottom) : top.divide(bottom,
        MathContext.DECIMAL128);
  }

  /** {@code "223/3"}, {@code "149/2"}, or {@code "80"} when whole; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
