package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ExactScore}: exact fractions, one HALF_UP rounding for display only (spec OQ-06). */
class ExactScoreTest {

  private static ExactScore decimal(String value) {
    return ExactScore.of(new BigDecimal(value));
  }

  @Test
  void givenEqualValuesWrittenDifferently_whenCreating_thenEqualReducedRecords() {
    assertThat(decimal("74.50")).isEqualTo(ExactScore.of(149, 2)).isEqualTo(decimal("74.5"))
        .hasToString("149/2");
    assertThat(ExactScore.of(446, -6)).isEqualTo(ExactScore.of(-223, 3));
    assertThat(decimal("1E+2")).isEqualTo(ExactScore.of(100, 1)).hasToString("100");
    assertThat(ExactScore.of(0, 7)).isEqualTo(ExactScore.of(0, 1));
  }

  @Test
  void givenAZeroDenominator_whenCreating_thenRefused() {
    assertThatThrownBy(() -> ExactScore.of(1, 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ExactScore.parse("1/0")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void givenTheMeansOfTwoPathsToTheSameValue_whenComparing_thenExactlyEqual() {
    // 223/3 + 80 and 233/3 + 230/3 are both 463/3; 34-digit decimals would differ.
    ExactScore first = ExactScore.mean(List.of(ExactScore.of(223, 3), decimal("80")));
    ExactScore second = ExactScore.mean(List.of(ExactScore.of(233, 3), ExactScore.of(230, 3)));

    assertThat(first).isEqualTo(second).isEqualTo(ExactScore.of(463, 6));
    assertThat(first.compareTo(second)).isZero();
  }

  @Test
  void givenMemberTotals_whenTakingTheMean_thenTheExactFraction() {
    assertThat(ExactScore.meanOfDecimals(List.of(new BigDecimal("70"), new BigDecimal("75"),
        new BigDecimal("78")))).isEqualTo(ExactScore.of(223, 3));
    assertThatThrownBy(() -> ExactScore.mean(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}/{1} shows {2} and {3}")
  @CsvSource({
      "223, 3, 74.33, 74.3333333333",
      "463, 6, 77.17, 77.1666666667",
      "13999, 200, 70.00, 69.9950000000",
      "20999, 300, 70.00, 69.9966666667",
      "200, 3, 66.67, 66.6666666667",
      "99999, 2000, 50.00, 49.9995000000",
      "0, 1, 0.00, 0.0000000000",
      "100, 1, 100.00, 100.0000000000"})
  void givenAFraction_whenDisplaying_thenRoundedOnceHalfUp(long numerator, long denominator,
      String display, String exactText) {
    ExactScore score = ExactScore.of(numerator, denominator);

    assertThat(score.display()).isEqualTo(display);
    assertThat(score.exactText()).isEqualTo(exactText);
  }

  @Test
  void givenOq06_whenComparingWithTheThreshold_thenTheExactValueDecides() {
    ExactScore justBelow = ExactScore.of(13999, 200); // 69.995

    assertThat(justBelow.display()).isEqualTo("70.00");
    assertThat(justBelow.isAtLeast(new BigDecimal("70"))).isFalse();
    assertThat(decimal("70.00").isAtLeast(new BigDecimal("70"))).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"223/3, 223/3", " 446 / 6 , 223/3", "74.5, 149/2", "80, 80", "80.000, 80"})
  void givenTheTextOfAScore_whenParsing_thenTheSameFraction(String text, String expected) {
    assertThat(ExactScore.parse(text)).hasToString(expected);
  }

  @Test
  void givenAnyScore_whenParsingItsText_thenTheSameScore() {
    ExactScore score = ExactScore.of(463, 6);

    assertThat(ExactScore.parse(score.toString())).isEqualTo(score);
  }

  @Test
  void givenTerminatingAndRepeatingFractions_whenTakingTheDecimalValue_thenExactOr34Digits() {
    assertThat(ExactScore.of(139, 2).decimalValue()).isEqualByComparingTo("69.5");
    assertThat(ExactScore.of(13999, 200).decimalValue()).isEqualByComparingTo("69.995");
    assertThat(ExactScore.of(223, 3).decimalValue())
        .isEqualTo(new BigDecimal("74.33333333333333333333333333333333"));
  }
}
