package ro.dosar.mail;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The one way a procedure sends an e-mail: {@link #queue} writes it to the outbox and starts its
 * delivery (process {@code mailDelivery}), both in the transaction of the step that decided to
 * send it — a step that fails sends nothing, a step that succeeds loses nothing. Delivery is
 * asynchronous, retried, and ends in a Cockpit incident when the SMTP server stays down.
 */
@Service
public class Mailer {

  private final MailOutbox outbox;
  private final RuntimeService runtime;

  public Mailer(MailOutbox outbox, RuntimeService runtime) {
    this.outbox = outbox;
    this.runtime = runtime;
  }

  /**
   * Queues one e-mail; a blank recipient (a candidate who gave no address) queues nothing.
   *
   * @param businessKey the business key of the procedure it belongs to, for Cockpit
   * @return the outbox id, or {@code null} when nothing was queued
   */
  public Long queue(Long contestId, String businessKey, String purpose, String recipient,
      String subject, String body) {
    if (recipient == null || recipient.isBlank()) {
      return null;
    }
    long id = outbox.insert(contestId, purpose, recipient.strip(), subject, body);
    runtime.startProcessInstanceByKey(MailDeliveryProcess.KEY, businessKey,
        Map.of(MailDeliveryProcess.Variables.MAIL_ID, id));
    return id;
  }
}
