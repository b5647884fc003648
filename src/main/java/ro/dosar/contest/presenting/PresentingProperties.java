package ro.dosar.contest.presenting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dosar.contest.presenting-*}: the configurable interpretation of the presenting deadline.
 *
 * @param presentingMovesToWorkingDay the 15-calendar-day presenting deadline (pct. 8.6 alin. (1))
 *     that ends on a non-working day moves to the next working day (spec OQ-25, Civil Code art.
 *     2554 by analogy; default true). With false, the deadline is the 15th calendar day as it
 *     falls.
 */
@ConfigurationProperties("dosar.contest")
public record PresentingProperties(Boolean presentingMovesToWorkingDay) {

  public PresentingProperties {
    presentingMovesToWorkingDay = presentingMovesToWorkingDay == null || presentingMovesToWorkingDay;
  }

  /** The defaults: the deadline moves to the next working day. */
  public static PresentingProperties defaults() {
    return new PresentingProperties(null);
  }
}
