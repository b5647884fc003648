package ro.dosar.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table. */
@Repository
public class MailOutbox {

  private static final String COLUMNS = "id, contest_id, purpose, recipient, subject, body, "
      + "status, queued_at, sent_at, attempts, last_error";

  private final JdbcClient jdbc;

  public MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Long contestId, String purpose, String recipient, String subject, String body) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO mail_outbox (contest_id, purpose, recipient, subject, body, status, "
            + "queued_at) VALUES (?, ?, ?, ?, ?, 'QUEUED', ?)")
        .params(contestId, purpose, recipient, subject, body, Timestamp.from(Instant.now()))
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

  void markSent(long id) {
    jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
            + "last_error = NULL WHERE id = ?")
        .params(Timestamp.from(Instant.now()), id).update();
  }

  void markHeld(long id) {
    jdbc.sql("UPDATE mail_outbox SET status = 'HELD' WHERE id = ?").param(id).update();
  }
}
