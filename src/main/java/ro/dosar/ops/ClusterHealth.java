package ro.dosar.ops;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What {@code /actuator/health} says beside the database ({@code db}, Spring Boot's own):
 * <ul>
 *   <li>{@code jobs}: this node's job executor runs (DOWN when it should and does not), and jobs
 *       are being acquired: a job due for more than {@value #STUCK_MINUTES} minutes that no node
 *       has taken makes it {@code DEGRADED} (an asynchronous step has no due date: it is due from
 *       its creation); the open incidents are counted in the details;</li>
 *   <li>{@code smtp}: the SMTP server answers and no e-mail waits: {@code DEGRADED} — never DOWN,
 *       a mail outage must not take the node out of the load balancer — when e-mails are held
 *       (no SMTP configured), when the server does not answer, or when deliveries have failed.</li>
 * </ul>
 * {@code DEGRADED} answers HTTP 200 (see {@code management.endpoint.health.status}).
 */
@Configuration(proxyBeanMethods = false)
class ClusterHealth {

  static final Status DEGRADED = new Status("DEGRADED");
  static final int STUCK_MINUTES = 5;

  @Bean
  HealthIndicator jobsHealthIndicator(ProcessEngineConfiguration configuration, JdbcClient jdbc,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    return () -> checked(() -> {
      JobExecutor executor = ((ProcessEngineConfigurationImpl) configuration).getJobExecutor();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      Timestamp stuckSince = Timestamp.from(now.minus(Duration.ofMinutes(STUCK_MINUTES)));
      long incidents = jdbc.sql("SELECT COUNT(*) FROM act_ru_incident").query(Long.class)
          .single();
      long waiting = jdbc.sql("SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 "
              + "AND suspension_state_ = 1 AND COALESCE(duedate_, create_time_) < ? "
              + "AND (lock_exp_time_ IS NULL OR lock_exp_time_ < ?)")
          .params(stuckSince, Timestamp.from(now)).query(Long.class).single();
      boolean active = executor != null && executor.isActive();
      Health.Builder health = active || !enabled ? Health.up() : Health.down();
      if (waiting > 0 && active) {
        health.status(DEGRADED);
      }
      return health.withDetails(Map.of("executorEnabled", enabled, "executorActive", active,
          "incidents", incidents,
          "jobsDueForMoreThan" + STUCK_MINUTES + "Minutes", waiting)).build();
    }, Status.DOWN);
  }

  @Bean
  HealthIndicator smtpHealthIndicator(ObjectProvider<JavaMailSenderImpl> sender,
      JdbcClient jdbc) {
    return () -> checked(() -> {
      long held = count(jdbc, "SELECT COUNT(*) FROM mail_outbox WHERE status = 'HELD'");
      long queued = count(jdbc, "SELECT COUNT(*) FROM mail_outbox WHERE status = 'QUEUED'");
      long failed = count(jdbc, "SELECT COUNT(*) FROM act_ru_incident i JOIN act_re_procdef d "
          + "ON i.proc_def_id_ = d.id_ WHERE d.key_ = 'mailDelivery'");
      Health.Builder health = Health.up();
      JavaMailSenderImpl smtp = sender.getIfAvailable();
      if (smtp == null) {
        health.withDetail("server", "neconfigurat: e-mailurile rămân în outbox (HELD)");
      } else {
        health.withDetail("server", smtp.getHost() + ":" + smtp.getPort());
        try {
          smtp.testConnection();
        } catch (jakarta.mail.MessagingException e) {
          health.status(DEGRADED).withDetail("error", String.valueOf(e.getMessage()));
        }
      }
      if (held > 0 || failed > 0) {
        health.status(DEGRADED);
      }
      return health.withDetail("held", held).withDetail("queued", queued)
          .withDetail("failed", failed).build();
    }, Status.UNKNOWN);
  }

  /** The database does not answer: the figures are unknown; {@code db} says DOWN. */
  private static Health checked(java.util.function.Supplier<Health> health, Status otherwise) {
    try {
      return health.get();
    } catch (RuntimeException e) {
      return Health.status(otherwise).withDetail("error", "baza de date nu răspunde").build();
    }
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
