package ro.dosar.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.EngineClock;
import ro.dosar.mail.MailDeliveryProcess.Variables;

/**
 * Sends one queued e-mail (process {@code mailDelivery}, {@code ${mailDeliverySteps.deliver(execution)}}).
 * Sent once: the e-mail is claimed (SENDING) before the SMTP conversation and marked SENT right
 * after it, each committed on its own, so neither a retried job nor a second node whose job lock
 * expired sends it again. Only a node killed between the server's acceptance and that commit
 * (milliseconds) leaves a claim that, after {@link #CLAIM_TIMEOUT}, is sent once more; that
 * second copy carries the same {@code Message-ID} (derived from the outbox row, fixed at the
 * first attempt), so mail clients and Mailpit show it once, and the row records the interrupted
 * attempt ({@link OutboxMail#interrupted()}, logged as a warning). No SMTP server configured
 * ({@code spring.mail.host} unset, the embedded default): the e-mail stays in the outbox as
 * HELD. An SMTP error fails the job: the engine retries it, then raises an incident.
 */
@Component
public class MailDeliverySteps {

  /** Longer than the SMTP connection, read and write timeouts together (application.yaml). */
  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
  private static final DateTimeFormatter QUEUED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Logger log = LoggerFactory.getLogger(MailDeliverySteps.class);

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  public MailDeliverySteps(MailOutbox outbox, ObjectProvider<JavaMailSender> sender,
      @Value("${dosar.mail.from:concursuri@dosar.local}") String from) {
    this.outbox = outbox;
    this.sender = sender;
    this.from = from;
  }

  public void deliver(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(Variables.MAIL_ID)).longValue();
    OutboxMail mail = outbox.find(id).orElseThrow();
    if (!"QUEUED".equals(mail.status()) && !"SENDING".equals(mail.status())) {
      return;
    }
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      outbox.markHeld(id);
      return;
    }
    if (!outbox.claim(id, EngineClock.now().minus(CLAIM_TIMEOUT), messageId(mail))) {
      if ("SENDING".equals(outbox.find(id).orElseThrow().status())) {
        // Another attempt is talking to the SMTP server right now: try again later.
        throw new IllegalStateException("E-mail " + id + " is being sent by another attempt");
      }
      return;
    }
    OutboxMail claimed = outbox.find(id).orElseThrow();
    if (claimed.interrupted()) {
      log.warn("E-mail {} ({}): an earlier attempt began and never ended (its node stopped); "
          + "the SMTP server may have received it, it is sent again with the same Message-ID",
          id, claimed.messageId());
    }
    MimeMessage message = smtp.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(from);
      helper.setTo(mail.recipient());
      helper.setSubject(mail.subject());
      helper.setText(mail.body());
      message.setHeader("Message-ID", claimed.messageId());
    } catch (MessagingException e) {
      outbox.release(id, e.getMessage());
      throw new MailPreparationException(e);
    }
    try {
      smtp.send(message);
    } catch (RuntimeException e) {
      outbox.release(id, e.getMessage());
      throw e;
    }
    outbox.markSent(id);
  }

  /**
   * The e-mail's Message-ID, from its outbox row: its id and the moment it was queued (so that a
   * database restored elsewhere or started anew does not reuse another e-mail's), at the domain
   * of the sender's address.
   */
  String messageId(OutboxMail mail) {
    String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1)
        .replace(">", "").strip() : "dosar.local";
    return "<dosar." + mail.id() + "." + mail.queuedAt().format(QUEUED) + "@" + domain + ">";
  }
}
