package ro.dosar.contest.registration;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ro.dosar.web.RateLimits;

/**
 * Abuse limit of electronic submission: at most {@code dosar.submission.per-address-per-hour}
 * attempts (accepted or refused) from one network address in any hour. Counted in the database
 * ({@link RateLimits}), so the limit holds whichever node of a cluster the requests reach.
 */
@Component
public class SubmissionRateLimiter {

  static final String BUCKET = "submission";

  private final RateLimits limits;
  private final int perHour;

  public SubmissionRateLimiter(RateLimits limits,
      @Value("${dosar.submission.per-address-per-hour:10}") int perHour) {
    this.limits = limits;
    this.perHour = perHour;
  }

  /** Counts an attempt; false when the address has used up its hour. */
  public boolean allow(String address) {
    return limits.allow(BUCKET, address, perHour, Duration.ofHours(1));
  }

  /** Forgets every address (tests). */
  public void reset() {
    limits.reset(BUCKET);
  }
}
