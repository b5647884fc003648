package ro.dosar.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Abuse limits counted in the database, so that a limit holds whichever node of the cluster a
 * request reaches: at most {@code limit} attempts of one subject (a network address) in any
 * {@code window}. An attempt is counted in a transaction of its own that locks the subject's row,
 * so that attempts counted at the same moment on two nodes are counted one after the other.
 */
@Component
public class RateLimits {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  @Autowired
  public RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this(jdbc, transactions, Clock.systemUTC());
  }

  RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Counts an attempt of {@code subject} against the limit {@code bucket}; false (and nothing
   * counted) when the subject has already made {@code limit} attempts in the last {@code window}.
   */
  public boolean allow(String bucket, String subject, int limit, Duration window) {
    Timestamp now = Timestamp.from(clock.instant());
    Timestamp since = Timestamp.from(clock.instant().minus(window));
    String key = subject == null ? "" : subject;
    Boolean allowed = transaction.execute(status ->
        lockSubject(bucket, key, now) == 0 ? null : count(bucket, key, limit, now, since));
    if (allowed == null) {
      try {
        transaction.executeWithoutResult(status -> jdbc.sql(
                "INSERT INTO rate_limit_subject (bucket, subject, last_at) VALUES (?, ?, ?)")
            .params(bucket, key, now).update());
      } catch (DuplicateKeyException another) {
        // Another node inserted it meanwhile: its row is the one we lock.
      }
      allowed = transaction.execute(status -> {
        lockSubject(bucket, key, now);
        return count(bucket, key, limit, now, since);
      });
    }
    return Boolean.TRUE.equals(allowed);
  }

  /** Forgets every attempt of a limit (tests). */
  public void reset(String bucket) {
    jdbc.sql("DELETE FROM rate_limit_subject WHERE bucket = ?").param(bucket).update();
  }

  private int lockSubject(String bucket, String subject, Timestamp now) {
    return jdbc.sql("UPDATE rate_limit_subject SET last_at = ? WHERE bucket = ? AND subject = ?")
        .params(now, bucket, subject).update();
  }

  /** In the transaction that locked the subject's row. */
  private boolean count(String bucket, String subject, int limit, Timestamp now,
      Timestamp since) {
    jdbc.sql("DELETE FROM rate_limit_attempt WHERE bucket = ? AND subject = ? "
            + "AND attempted_at < ?")
        .params(bucket, subject, since).update();
    long recent = jdbc.sql("SELECT COUNT(*) FROM rate_limit_attempt "
            + "WHERE bucket = ? AND subject = ?")
        .params(bucket, subject).query(Long.class).single();
    if (recent >= limit) {
      return false;
    }
    jdbc.sql("INSERT INTO rate_limit_attempt (bucket, subject, attempted_at) VALUES (?, ?, ?)")
        .params(bucket, subject, now).update();
    return true;
  }
}
