package ro.dosar.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import ro.dosar.mail.MailDeliveryProcess;
import ro.dosar.mail.MailDeliveryProcess.Variables;
import ro.dosar.mail.Mailer;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * Health that tells the truth (issue 20): the job executor that should run and does not is DOWN;
 * a job nobody has taken for more than five minutes (an asynchronous step, which has no due
 * date, as well as a timer) makes {@code jobs} DEGRADED; an SMTP server that does not answer, or
 * an e-mail held for want of one, makes {@code smtp} DEGRADED, never DOWN, and the node still
 * answers 200 to the load balancer; Prometheus counts the held e-mails.
 */
@DosarTest
class ClusterHealthTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Mailer mailer;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aJobExecutorThatShouldRunAndDoesNot_isDown() {
    assertThat(jobs(false, true).getStatus()).isEqualTo(Status.DOWN);
    assertThat(jobs(true, true).getStatus()).isNotEqualTo(Status.DOWN);
    assertThat(jobs(false, false).getStatus()).as("switched off on purpose")
        .isNotEqualTo(Status.DOWN);
  }

  @Test
  void anAsynchronousJobNobodyTookForMoreThanFiveMinutes_makesJobsDegraded() {
    Instant queuedAt = Instant.now();
    Instant tenMinutesLater = queuedAt.plusSeconds(600);
    at(tenMinutesLater);
    long before = waiting(jobs(true, true));

    at(queuedAt);
    mailer.queue(null, "SANATATE", "TEST", "sanatate@example.ro", "Subiect", "Text");
    at(tenMinutesLater);
    Health health = jobs(true, true);

    assertThat(waiting(health)).isEqualTo(before + 1);
    assertThat(health.getStatus()).isEqualTo(ClusterHealth.DEGRADED);
  }

  @Test
  void anSmtpServerThatDoesNotAnswer_isDegradedNotDown() {
    JavaMailSenderImpl silent = new JavaMailSenderImpl();
    silent.setHost("localhost");
    silent.setPort(1);
    @SuppressWarnings("unchecked")
    ObjectProvider<JavaMailSenderImpl> provider = Mockito.mock(ObjectProvider.class);
    Mockito.when(provider.getIfAvailable()).thenReturn(silent);

    Health health = new ClusterHealth().smtpHealthIndicator(provider, jdbc).health();

    assertThat(health.getStatus()).isEqualTo(ClusterHealth.DEGRADED);
    assertThat(health.getDetails()).containsKey("error").containsEntry("server", "localhost:1");
  }

  @Test
  void anEmailHeldForWantOfAnSmtpServer_smtpDegraded_stillHttp200_andCounted() throws Exception {
    Http administrator = Http.as(port, "demo", "demo");
    long heldBefore = Http.json(administrator.get("/actuator/health")).at("/components/smtp"
        + "/details/held").asLong();
    Long id = mailer.queue(null, "SANATATE", "TEST", "retinut@example.ro", "Subiect", "Text");
    String instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(MailDeliveryProcess.KEY)
        .variableValueEquals(Variables.MAIL_ID, id).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .singleResult().getId());

    HttpResponse<String> response = administrator.get("/actuator/health");
    JsonNode health = Http.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(health.at("/components/smtp/status").asText()).isEqualTo("DEGRADED");
    assertThat(health.at("/components/smtp/details/held").asLong()).isEqualTo(heldBefore + 1);
    assertThat(Http.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);
    long held = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'HELD'")
        .query(Long.class).single();
    String gauge = "dosar_mails{status=\"held\"} " + held + ".0";
    long deadline = System.nanoTime() + (DomainMetrics.FRESH_SECONDS + 5) * 1_000_000_000L;
    String metrics = administrator.get("/actuator/prometheus").body();
    while (!metrics.contains(gauge) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      metrics = administrator.get("/actuator/prometheus").body();
    }
    assertThat(metrics).contains(gauge);
  }

  private Health jobs(boolean active, boolean enabled) {
    JobExecutor executor = Mockito.mock(JobExecutor.class);
    Mockito.when(executor.isActive()).thenReturn(active);
    ProcessEngineConfigurationImpl configuration =
        Mockito.mock(ProcessEngineConfigurationImpl.class);
    Mockito.when(configuration.getJobExecutor()).thenReturn(executor);
    return new ClusterHealth().jobsHealthIndicator(configuration, jdbc, enabled).health();
  }

  private static long waiting(Health health) {
    return ((Number) health.getDetails().get("jobsDueForMoreThan" + ClusterHealth.STUCK_MINUTES
        + "Minutes")).longValue();
  }

  private static void at(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }
}
