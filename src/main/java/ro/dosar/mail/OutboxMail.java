package ro.dosar.mail;

import java.time.LocalDateTime;

/** One e-mail of the outbox: QUEUED until sent once (SENT), or HELD when no SMTP is configured. */
public record OutboxMail(long id, Long contestId, String purpose, String recipient,
    String subject, String body, String status, LocalDateTime queuedAt, LocalDateTime sentAt,
    int attempts, String lastError) {
}
