package ro.dosar.contest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import ro.dosar.contest.announcement.LeadTimeCounting;

/**
 * {@code dosar.contest.*}: the contest's interpretations that the spec marks configurable.
 *
 * @param evenSplitAdmits an even split of the members' opinions (2–2) admits the file or the
 *     contestation: a rejection needs a majority (spec OQ-04b; default true)
 * @param leadTimeCounting how "at least N working days before" a test is counted (spec OQ-02;
 *     default {@link LeadTimeCounting#BOTH_EXCLUDED})
 */
@ConfigurationProperties("dosar.contest")
public record ContestProperties(Boolean evenSplitAdmits, LeadTimeCounting leadTimeCounting) {

  public ContestProperties {
    evenSplitAdmits = evenSplitAdmits == null || evenSplitAdmits;
    leadTimeCounting = leadTimeCounting == null ? LeadTimeCounting.BOTH_EXCLUDED
        : leadTimeCounting;
  }

  /** The defaults, as without any setting. */
  public static ContestProperties defaults() {
    return new ContestProperties(null, null);
  }
}
