package ro.dosar.contest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Abuse limit of electronic submission: at most {@code dosar.submission.per-address-per-hour}
 * attempts (accepted or refused) from one network address in any hour. In memory, per instance
 * of the application: enough against a script flooding the form; not a quota.
 */
@Component
public class SubmissionRateLimiter {

  private final int perHour;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  public SubmissionRateLimiter(
      @Value("${dosar.submission.per-address-per-hour:10}") int perHour) {
    this.perHour = perHour;
  }

  /** Counts an attempt; false when the address has used up its hour. */
  public boolean allow(String address) {
    Instant now = clock.instant();
    Deque<Instant> recent = attempts.computeIfAbsent(address, key -> new ArrayDeque<>());
    synchronized (recent) {
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
        recent.pollFirst();
      }
      if (recent.size() >= perHour) {
        return false;
      }
      recent.addLast(now);
      return true;
    }
  }

  /** Forgets every address (tests). */
  void reset() {
    attempts.clear();
  }
}
