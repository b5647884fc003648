package ro.dosar.mail;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.EngineClock;

/**
 * Sends one queued e-mail (process {@code mailDelivery}, {@code ${mailDeliverySteps.deliver(execution)}}).
 * Sent once: the e-mail is claimed (SENDING) before the SMTP conversation and marked SENT right
 * after it, each committed on its own, so neither a retried job nor a second node whose job lock
 * expired sends it again. Only a node killed between the server's acceptance and that commit
 * (milliseconds) leaves a claim that, after {@link #CLAIM_TIMEOUT}, is sent once more. No SMTP
 * server configured ({@code spring.mail.host} unset, the embedded default): the e-mail stays in
 * the outbox as HELD. An SMTP error fails the job: the engine retries it, then raises an incident.
 */
@Component
public class MailDeliverySteps {

  /** Longer than the SMTP connection, read and write timeouts together (application.yaml). */
  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

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
    long id = ((Number) execution.getVariable("mailId")).longValue();
    OutboxMail mail = outbox.find(id).orElseThrow();
    if (!"QUEUED".equals(mail.status()) && !"SENDING".equals(mail.status())) {
      return;
    }
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      outbox.markHeld(id);
      return;
    }
    if (!outbox.claim(id, EngineClock.now().minus(CLAIM_TIMEOUT))) {
      if ("SENDING".equals(outbox.find(id).orElseThrow().status())) {
        // Another attempt is talking to the SMTP server right now: try again later.
        throw new IllegalStateException("E-mail " + id + " is being sent by another attempt");
      }
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(mail.recipient());
    message.setSubject(mail.subject());
    message.setText(mail.body());
    try {
      smtp.send(message);
    } catch (RuntimeException e) {
      outbox.release(id, e.getMessage());
      throw e;
    }
    outbox.markSent(id);
  }
}
