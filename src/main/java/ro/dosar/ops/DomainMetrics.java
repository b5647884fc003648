package ro.dosar.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dosar's own Prometheus metrics (under {@code /actuator/prometheus}), read from the database so
 * that every node of a cluster reports the same figures:
 * <ul>
 *   <li>{@code dosar_tasks_open{procedure}}: open user tasks per process definition key;</li>
 *   <li>{@code dosar_deadlines_overdue}: open tasks whose legal due date has passed;</li>
 *   <li>{@code dosar_incidents{type}}: open engine incidents (failed jobs after their retries);</li>
 *   <li>{@code dosar_mails{status}}: e-mails of the outbox queued, held (no SMTP), sent, and
 *       failed (their delivery ended in an incident).</li>
 * </ul>
 * The figures are read at most once per {@value #FRESH_SECONDS} seconds, whatever the number of
 * scrapes; while the database does not answer they are NaN.
 */
@Component
@Order(100)
class DomainMetrics implements ApplicationRunner {

  static final int FRESH_SECONDS = 10;
  private static final Logger log = LoggerFactory.getLogger(DomainMetrics.class);
  private static final List<String> MAIL_STATUSES = List.of("QUEUED", "HELD", "SENT", "FAILED");
  private static final List<String> INCIDENT_TYPES = List.of("failedJob",
      "failedExternalTask");

  private final JdbcClient jdbc;
  private final MeterRegistry registry;
  private final Clock clock = Clock.systemUTC();
  private Map<String, Double> figures = Map.of();
  private Instant readAt = Instant.EPOCH;

  DomainMetrics(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  /** Registers the gauges once the models are deployed (one per procedure). */
  @Override
  public void run(ApplicationArguments args) {
    for (String key : jdbc.sql("SELECT DISTINCT key_ FROM act_re_procdef ORDER BY key_")
        .query(String.class).list()) {
      gauge("dosar.tasks.open", "procedure", key, "tasks:" + key,
          "Open user tasks of the procedure");
    }
    Gauge.builder("dosar.deadlines.overdue", () -> figure("overdue"))
        .description("Open tasks whose due date has passed").register(registry);
    for (String type : INCIDENT_TYPES) {
      gauge("dosar.incidents", "type", type, "incidents:" + type, "Open engine incidents");
    }
    for (String status : MAIL_STATUSES) {
      gauge("dosar.mails", "status", status.toLowerCase(), "mails:" + status,
          "E-mails of the outbox by status");
    }
  }

  private void gauge(String name, String tag, String value, String figure, String description) {
    Gauge.builder(name, () -> figure(figure)).tag(tag, value).description(description)
        .register(registry);
  }

  synchronized double figure(String name) {
    if (Duration.between(readAt, clock.instant()).getSeconds() >= FRESH_SECONDS) {
      try {
        figures = read();
      } catch (RuntimeException e) {
        log.debug("Metrics not read: the database does not answer", e);
        figures = Map.of();
      }
      readAt = clock.instant();
    }
    return figures.getOrDefault(name, figures.isEmpty() ? Double.NaN : 0.0);
  }

  private Map<String, Double> read() {
    Map<String, Double> read = new HashMap<>();
    jdbc.sql("SELECT d.key_, COUNT(*) FROM act_ru_task t "
            + "JOIN act_re_procdef d ON t.proc_def_id_ = d.id_ GROUP BY d.key_")
        .query((row, i) -> read.put("tasks:" + row.getString(1), row.getDouble(2))).list();
    read.put("overdue", jdbc.sql("SELECT COUNT(*) FROM act_ru_task WHERE due_date_ < ?")
        .param(Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .query(Double.class).single());
    jdbc.sql("SELECT incident_type_, COUNT(*) FROM act_ru_incident GROUP BY incident_type_")
        .query((row, i) -> read.put("incidents:" + row.getString(1), row.getDouble(2))).list();
    jdbc.sql("SELECT status, COUNT(*) FROM mail_outbox GROUP BY status")
        .query((row, i) -> read.put("mails:" + row.getString(1), row.getDouble(2))).list();
    read.put("mails:FAILED", jdbc.sql("SELECT COUNT(*) FROM act_ru_incident i "
            + "JOIN act_re_procdef d ON i.proc_def_id_ = d.id_ WHERE d.key_ = 'mailDelivery'")
        .query(Double.class).single());
    read.putIfAbsent("present", 1.0);
    return read;
  }
}
