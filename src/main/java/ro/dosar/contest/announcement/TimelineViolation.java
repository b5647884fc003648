package ro.dosar.contest.announcement;

import java.util.Objects;

/**
 * One way in which a contest's dates break the law.
 *
 * @param rule which rule is broken: {@link #PUBLICATION_LEAD}, {@link #SELECTION_BEFORE_TEST} or
 *     {@link #TEST_AFTER_PUBLICATION}; clients may rely on these codes
 * @param message what is wrong, in Romanian, with the dates (dd.MM.yyyy) and the paragraph of
 *     PO.UVT-DRU-01 that is broken; shown to users as it is
 */
public record TimelineViolation(String rule, String message) {

  /**
   * Spec PUB-01, PO.UVT-DRU-01 §8.1.3(1): the announcement is published at least 15 (vacant post)
   * or 10 (temporarily vacant post) working days before the first test.
   */
  public static final String PUBLICATION_LEAD = "PUB-01";

  /**
   * Spec SEL-01, PO.UVT-DRU-01 §8.2(2) with §8.5C(2): only candidates admitted at file selection
   * may sit the first test, so it cannot take place before the contestations against the
   * selection are resolved.
   */
  public static final String SELECTION_BEFORE_TEST = "SEL-01";

  /**
   * The first test is dated before the announcement that sets it (PO.UVT-DRU-01 §8.1.3(1) and
   * (2)(d)): the dates are in the wrong order, most likely a typing error.
   */
  public static final String TEST_AFTER_PUBLICATION = "DATE-ORDER";

  public TimelineViolation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
