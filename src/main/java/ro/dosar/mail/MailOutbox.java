package ro.dosar.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.calendar.EngineClock;

/** The {@code mail_outbox} table. */
@Repository
public class MailOutbox {

  private static final String COLUMNS = "id, contest_id, purpose, recipient, subject, body, "
      + "status, queued_at, sent_at, attempts, last_error, message_id, send_started";

  private final JdbcClient jdbc;
  /** Claims and results of a delivery commit on their own, whatever the delivery job does. */
  private final TransactionTemplate alone;

  public MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.alone = new TransactionTemplate(transactions);
    this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  long insert(Long contestId, String purpose, String recipient, String subject, String body) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO mail_outbox (contest_id, purpose, recipient, subject, body, status, "
            + "queued_at) VALUES (?, ?, ?, ?, ?, 'QUEUED', ?)")
        .params(contestId, purpose, recipient, subject, body, EngineClock.timestamp())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<OutboxMail> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?").param(id)
        .query(OutboxMail.class).optional();
  }

  public List<OutboxMail> ofContest(long contestId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE contest_id = ? ORDER BY id")
        .param(contestId).query(OutboxMail.class).list();
  }

  /**
   * Claims a queued e-mail for sending (SENDING), or takes over a claim older than
   * {@code staleBefore} (its node died while talking to the SMTP server); committed at once,
   * before the SMTP conversation, with the attempt counted in {@code send_started} and the
   * Message-ID fixed at the first attempt ({@code messageId}, kept on later ones). False when the
   * e-mail is sent, held, or being sent by another attempt right now.
   */
  boolean claim(long id, Instant staleBefore, String messageId) {
    Integer claimed = alone.execute(status -> jdbc.sql("UPDATE mail_outbox SET status = "
            + "'SENDING', claimed_at = ?, send_started = send_started + 1, "
            + "message_id = COALESCE(message_id, ?) WHERE id = ? AND (status = 'QUEUED' "
            + "OR (status = 'SENDING' AND claimed_at < ?))")
        .params(EngineClock.timestamp(), messageId, id, Timestamp.from(staleBefore)).update());
    return claimed != null && claimed == 1;
  }

  /** The SMTP server took the e-mail: SENT, committed at once, so it is never sent again. */
  void markSent(long id) {
    alone.executeWithoutResult(status -> jdbc.sql("UPDATE mail_outbox SET status = 'SENT', "
            + "sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
        .params(EngineClock.timestamp(), id).update());
  }

  /** The SMTP server refused or did not answer: queued again for the next attempt. */
  void release(long id, String error) {
    String message = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    alone.executeWithoutResult(status -> jdbc.sql("UPDATE mail_outbox SET status = 'QUEUED', "
            + "claimed_at = NULL, attempts = attempts + 1, last_error = ? WHERE id = ?")
        .params(message, id).update());
  }

  void markHeld(long id) {
    jdbc.sql("UPDATE mail_outbox SET status = 'HELD' WHERE id = ?").param(id).update();
  }
}
