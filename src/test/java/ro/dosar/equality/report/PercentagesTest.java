package ro.dosar.equality.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Spec §7 rules 1, 3 and 4: display rounding, differences from unrounded values, n/a. */
class PercentagesTest {

  @Test
  void percentagesRoundHalfUpForDisplayOnly() {
    assertThat(Percentages.percent(18, 190)).isEqualTo(new BigDecimal("9.47"));
    assertThat(Percentages.percent(172, 190)).isEqualTo(new BigDecimal("90.53"));
    assertThat(Percentages.percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
    assertThat(Percentages.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
    assertThat(Percentages.percent(1, 8)).isEqualTo(new BigDecimal("12.50"));
    assertThat(Percentages.percent(190, 323)).isEqualTo(new BigDecimal("58.82"));
  }

  @Test
  void differencesComeFromTheUnroundedShares() {
    // 2/7 − 1/7 = 14.2857…: +14.29, although 28.57 − 14.29 = 14.28
    assertThat(Percentages.differencePp(2, 7, 1, 7)).isEqualTo(new BigDecimal("14.29"));
    assertThat(Percentages.percent(2, 7).subtract(Percentages.percent(1, 7)))
        .isEqualTo(new BigDecimal("14.28"));
    assertThat(Percentages.differencePp(1, 7, 2, 7)).isEqualTo(new BigDecimal("-14.29"));
    assertThat(Percentages.differencePp(20, 200, 18, 190)).isEqualTo(new BigDecimal("0.53"));
    assertThat(Percentages.relativeDeviation(10, 150, 18, 190))
        .isEqualTo(new BigDecimal("-29.63"));
    assertThat(Percentages.differencePp(10, 150, 18, 190)).isEqualTo(new BigDecimal("-2.81"));
  }

  @Test
  void aZeroDenominatorIsNotApplicable_neverZeroPercent() {
    assertThat(Percentages.percent(0, 0)).isNull();
    assertThat(Percentages.differencePp(1, 2, 0, 0)).isNull();
    assertThat(Percentages.relativeDeviation(1, 2, 0, 10)).isNull();
    assertThat(Percentages.display(null)).isEqualTo("n/a");
    assertThat(Percentages.display(new BigDecimal("85.71"))).isEqualTo("85,71 %");
    assertThat(Percentages.displayPp(new BigDecimal("14.29"))).isEqualTo("+14,29 p.p.");
    assertThat(Percentages.displayPp(new BigDecimal("-0.53"))).isEqualTo("-0,53 p.p.");
  }
}
