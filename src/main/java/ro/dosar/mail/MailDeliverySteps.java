package ro.dosar.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one queued e-mail (process {@code mailDelivery}, {@code ${mailDelivery.deliver(execution)}}).
 * Sent once: an e-mail already marked sent is not sent again when its job runs again. No SMTP
 * server configured ({@code spring.mail.host} unset, the embedded default): the e-mail stays in
 * the outbox as HELD. An SMTP error fails the job: the engine retries it, then raises an incident.
 */
@Component("mailDelivery")
public class MailDeliverySteps {

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
    if (!"QUEUED".equals(mail.status())) {
      return;
    }
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      outbox.markHeld(id);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(mail.recipient());
    message.setSubject(mail.subject());
    message.setText(mail.body());
    smtp.send(message);
    outbox.markSent(id);
  }
}
