package ro.dosar.mail;

import java.time.LocalDateTime;

/**
 * One e-mail of the outbox: QUEUED until sent once (SENT), or HELD when no SMTP is configured.
 * {@code messageId} is its Message-ID (set at its first attempt, the same on every later one);
 * {@code sendStarted} counts the SMTP conversations begun, {@code attempts} those that ended.
 */
public record OutboxMail(long id, Long contestId, String purpose, String recipient,
    String subject, String body, String status, LocalDateTime queuedAt, LocalDateTime sentAt,
    int attempts, String lastError, String messageId, int sendStarted) {

  /** An attempt began and never ended (its node died): the server may have received it. */
  public boolean interrupted() {
    return "SENT".equals(status) ? sendStarted > attempts : sendStarted > attempts + 1;
  }
}
