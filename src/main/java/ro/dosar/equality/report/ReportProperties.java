package ro.dosar.equality.report;

import ro.dosar.gender.BalanceMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the monitoring report, {@code dosar.equality.report.*} (spec §6.3, §12 items
 * 13, 15, 20, 33).
 *
 * @param smallNumberThreshold a complaint breakdown is published only when each of its cells is
 *     at least this (§12 item 13; default 3)
 * @param trainingBalanceMode how DMN-3 reads "< ±10 %" (§12 item 20; default {@code PP})
 * @param timerCycle when the annual report process starts by itself, a Camunda cron (default
 *     {@code 0 0 7 5 1 ?}: 5 January, 07:00, for the calendar year just ended); read when the
 *     models are deployed
 * @param firstYear the first year reported (default 2026, the plan's first year)
 * @param lastYear the last year reported (default 2029, the plan's last year): the timer prepares
 *     no report for a later year until a new plan moves this (§12 item 33)
 * @param baseline where the end-2025 baseline is read from (default {@code
 *     classpath:config/equality/baseline-2025.csv})
 * @param plannedPosts the posts of the organisation chart for the occupancy rate of R-1 (no
 *     default: without it the rate is "n/a"; the baseline's own 323 is compared separately)
 */
@ConfigurationProperties("dosar.equality.report")
public record ReportProperties(Integer smallNumberThreshold, BalanceMode trainingBalanceMode,
    String timerCycle, Integer firstYear, Integer lastYear, String baseline,
    Integer plannedPosts) {

  public static final String DEFAULT_TIMER_CYCLE = "0 0 7 5 1 ?";
  public static final String DEFAULT_BASELINE = "classpath:config/equality/baseline-2025.csv";

  public ReportProperties {
    smallNumberThreshold = smallNumberThreshold == null ? 3 : smallNumberThreshold;
    trainingBalanceMode = trainingBalanceMode == null ? BalanceMode.PP : trainingBalanceMode;
    timerCycle = timerCycle == null || timerCycle.isBlank() ? DEFAULT_TIMER_CYCLE
        : timerCycle.strip();
    firstYear = firstYear == null ? 2026 : firstYear;
    lastYear = lastYear == null ? 2029 : lastYear;
    baseline = baseline == null || baseline.isBlank() ? DEFAULT_BASELINE : baseline.strip();
    if (smallNumberThreshold < 1) {
      throw new IllegalArgumentException(
          "dosar.equality.report.small-number-threshold must be at least 1: "
              + smallNumberThreshold);
    }
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("dosar.equality.report.last-year (" + lastYear
          + ") is before first-year (" + firstYear + ")");
    }
    if (plannedPosts != null && plannedPosts < 1) {
      throw new IllegalArgumentException(
          "dosar.equality.report.planned-posts must be positive: " + plannedPosts);
    }
  }
}
