package ro.dosar.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.mail.MailDeliveryProcess.Variables;
import ro.dosar.support.ProcessTest;

/**
 * E-mail is never lost and never sent twice: delivered to a real SMTP server in-process
 * (GreenMail); with the server down the delivery job fails, is retried, and ends in an incident;
 * once the server is back a supervisor's retry (Cockpit: "Retry", here {@code setJobRetries})
 * delivers exactly one e-mail; a delivery that runs again after success sends nothing. A node
 * that dies during the SMTP conversation: the retry after the claim expires carries the same
 * Message-ID, and the outbox row shows the interrupted attempt.
 */
@ProcessTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class MailDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  ProcessEngine engine;
  @Autowired
  Mailer mailer;
  @Autowired
  MailOutbox outbox;
  @Autowired
  JavaMailSender sender;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The node dies here: nothing after this point of the delivery runs (no release, no SENT). */
  static final class Killed extends Error {
    Killed() {
      super("the node was killed");
    }
  }

  private Job deliveryJob(String instanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId)
        .singleResult();
  }

  private String queue(String subject) {
    Long id = mailer.queue(null, "TEST", "CODE", "candidat@example.ro", subject,
        "Dosarul a fost înregistrat cu codul 1001. Vă mulțumim; ședința e în sala „Aula”.");
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MailDeliveryProcess.KEY).variableValueEquals(Variables.MAIL_ID, id)
        .singleResult().getId();
  }

  @Test
  void deliveredOnce_withRomanianDiacritics() throws Exception {
    String instance = queue("Înregistrare: codul 1001");
    assertThat(smtp.getReceivedMessages()).isEmpty();

    engine.getManagementService().executeJob(deliveryJob(instance).getId());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Înregistrare: codul 1001");
    long mailId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance).variableName(Variables.MAIL_ID).singleResult().getValue())
        .longValue();
    OutboxMail sent = outbox.find(mailId).orElseThrow();
    assertThat(received[0].getMessageID()).isEqualTo(sent.messageId())
        .matches("<dosar\\." + mailId + "\\.\\d{14}@dosar\\.local>");
    assertThat(sent.interrupted()).isFalse();
    assertThat(received[0].getContent().toString()).contains("înregistrat", "ședința", "„Aula”");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance).count()).isZero();
  }

  @Test
  void smtpDown_retriedThenAnIncident_aRetryAfterItIsBackSendsExactlyOne() {
    JavaMailSenderImpl smtpClient = (JavaMailSenderImpl) sender;
    smtpClient.setPort(3999);
    try {
      String instance = queue("Convocare");
      for (int attempt = 0; attempt < 3; attempt++) {
        String job = deliveryJob(instance).getId();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job))
            .hasMessageContaining("Mail server connection failed");
      }
      assertThat(deliveryJob(instance).getRetries()).isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance)
          .count()).isEqualTo(1);
      long mailId = ((Number) engine.getRuntimeService().getVariable(instance, Variables.MAIL_ID))
          .longValue();
      assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo("QUEUED");
      assertThat(smtp.getReceivedMessages()).isEmpty();

      smtpClient.setPort(3025);
      engine.getManagementService().setJobRetries(deliveryJob(instance).getId(), 1);
      engine.getManagementService().executeJob(deliveryJob(instance).getId());

      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo("SENT");

      // A delivery of the same e-mail that runs again sends nothing more.
      String again = engine.getRuntimeService().startProcessInstanceByKey(MailDeliveryProcess.KEY,
          Map.of("mailId", mailId)).getId();
      engine.getManagementService().executeJob(deliveryJob(again).getId());
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      smtpClient.setPort(3025);
    }
  }

  /**
   * The node is killed after the SMTP server accepted the e-mail and before SENT was committed:
   * the claim stays; a retry within the claim's time sends nothing; after it, the e-mail is sent
   * again with the same Message-ID (a mail client shows it once) and the row says an attempt was
   * interrupted.
   */
  @Test
  void killedAfterTheServerAccepted_theRetryCarriesTheSameMessageId_andIsRecorded()
      throws Exception {
    Long id = mailer.queue(null, "TEST", "CODE", "acceptat@example.ro", "Convocare acceptată",
        "Text");
    JavaMailSender dying = Mockito.spy((JavaMailSenderImpl) sender);
    Mockito.doAnswer(call -> {
      call.callRealMethod();
      throw new Killed();
    }).when(dying).send(Mockito.any(MimeMessage.class));

    assertThatThrownBy(() -> steps(dying).deliver(execution(id))).isInstanceOf(Killed.class);
    OutboxMail claimed = outbox.find(id).orElseThrow();
    assertThat(claimed.status()).isEqualTo("SENDING");
    assertThat(claimed.sendStarted()).isEqualTo(1);
    assertThatThrownBy(() -> steps(sender).deliver(execution(id)))
        .hasMessageContaining("being sent by another attempt");
    assertThat(receivedBy("acceptat@example.ro")).hasSize(1);

    later(MailDeliverySteps.CLAIM_TIMEOUT.plusSeconds(1).toSeconds());
    steps(sender).deliver(execution(id));

    List<MimeMessage> received = receivedBy("acceptat@example.ro");
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getMessageID()).isEqualTo(received.get(0).getMessageID())
        .isEqualTo(claimed.messageId());
    OutboxMail sent = outbox.find(id).orElseThrow();
    assertThat(sent.status()).isEqualTo("SENT");
    assertThat(sent.messageId()).isEqualTo(claimed.messageId());
    assertThat(sent.sendStarted()).isEqualTo(2);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.interrupted()).isTrue();
  }

  /**
   * The node is killed after its claim and before the server accepted the e-mail (while
   * connecting): the retry after the claim's time sends it once, with the Message-ID of the
   * first attempt.
   */
  @Test
  void killedBeforeTheServerAccepted_theRetrySendsItOnce() throws Exception {
    Long id = mailer.queue(null, "TEST", "CODE", "neacceptat@example.ro", "Convocare",
        "Text");
    JavaMailSender dying = Mockito.spy((JavaMailSenderImpl) sender);
    Mockito.doThrow(new Killed()).when(dying).send(Mockito.any(MimeMessage.class));

    assertThatThrownBy(() -> steps(dying).deliver(execution(id))).isInstanceOf(Killed.class);
    String messageId = outbox.find(id).orElseThrow().messageId();
    later(MailDeliverySteps.CLAIM_TIMEOUT.plusSeconds(1).toSeconds());
    steps(sender).deliver(execution(id));
    steps(sender).deliver(execution(id));

    List<MimeMessage> received = receivedBy("neacceptat@example.ro");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getMessageID()).isEqualTo(messageId).isNotBlank();
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("SENT");
    assertThat(outbox.find(id).orElseThrow().interrupted()).isTrue();
  }

  private MailDeliverySteps steps(JavaMailSender smtpClient) {
    @SuppressWarnings("unchecked")
    ObjectProvider<JavaMailSender> provider = Mockito.mock(ObjectProvider.class);
    Mockito.when(provider.getIfAvailable()).thenReturn(smtpClient);
    return new MailDeliverySteps(outbox, provider, "concursuri@dosar.local");
  }

  private static DelegateExecution execution(long mailId) {
    DelegateExecution execution = Mockito.mock(DelegateExecution.class);
    Mockito.when(execution.getVariable(Variables.MAIL_ID)).thenReturn(mailId);
    return execution;
  }

  private static void later(long seconds) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(seconds)));
  }

  private List<MimeMessage> receivedBy(String recipient) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return recipient.equals(message.getAllRecipients()[0].toString());
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void noSmtpServerConfigured_theEmailStaysInTheOutboxAsHeld() {
    Long id = mailer.queue(null, "TEST", "CODE", "candidat@example.ro", "Subiect", "Text");
    @SuppressWarnings("unchecked")
    ObjectProvider<JavaMailSender> none = Mockito.mock(ObjectProvider.class);
    DelegateExecution execution = Mockito.mock(DelegateExecution.class);
    Mockito.when(execution.getVariable(Variables.MAIL_ID)).thenReturn(id);

    new MailDeliverySteps(outbox, none, "concursuri@dosar.local").deliver(execution);

    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("HELD");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void noRecipient_nothingQueued() {
    assertThat(mailer.queue(null, "TEST", "CODE", " ", "Subiect", "Text")).isNull();
  }
}
