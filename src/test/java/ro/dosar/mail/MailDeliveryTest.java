package ro.dosar.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.support.ProcessTest;

/**
 * E-mail is never lost and never sent twice: delivered to a real SMTP server in-process
 * (GreenMail); with the server down the delivery job fails, is retried, and ends in an incident;
 * once the server is back a supervisor's retry (Cockpit: "Retry", here {@code setJobRetries})
 * delivers exactly one e-mail; a delivery that runs again after success sends nothing.
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

  private Job deliveryJob(String instanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId)
        .singleResult();
  }

  private String queue(String subject) {
    Long id = mailer.queue(null, "TEST", "CODE", "candidat@example.ro", subject,
        "Dosarul a fost înregistrat cu codul 1001. Vă mulțumim; ședința e în sala „Aula”.");
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("mailDelivery").variableValueEquals("mailId", id)
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
      long mailId = ((Number) engine.getRuntimeService().getVariable(instance, "mailId"))
          .longValue();
      assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo("QUEUED");
      assertThat(smtp.getReceivedMessages()).isEmpty();

      smtpClient.setPort(3025);
      engine.getManagementService().setJobRetries(deliveryJob(instance).getId(), 1);
      engine.getManagementService().executeJob(deliveryJob(instance).getId());

      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo("SENT");

      // A delivery of the same e-mail that runs again sends nothing more.
      String again = engine.getRuntimeService().startProcessInstanceByKey("mailDelivery",
          Map.of("mailId", mailId)).getId();
      engine.getManagementService().executeJob(deliveryJob(again).getId());
      assertThat(smtp.getReceivedMessages()).hasSize(1);
    } finally {
      smtpClient.setPort(3025);
    }
  }

  @Test
  void noSmtpServerConfigured_theEmailStaysInTheOutboxAsHeld() {
    Long id = mailer.queue(null, "TEST", "CODE", "candidat@example.ro", "Subiect", "Text");
    @SuppressWarnings("unchecked")
    ObjectProvider<JavaMailSender> none = Mockito.mock(ObjectProvider.class);
    DelegateExecution execution = Mockito.mock(DelegateExecution.class);
    Mockito.when(execution.getVariable("mailId")).thenReturn(id);

    new MailDeliverySteps(outbox, none, "concursuri@dosar.local").deliver(execution);

    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("HELD");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void noRecipient_nothingQueued() {
    assertThat(mailer.queue(null, "TEST", "CODE", " ", "Subiect", "Text")).isNull();
  }
}
