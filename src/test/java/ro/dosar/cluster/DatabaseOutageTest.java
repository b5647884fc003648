package ro.dosar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.mail.Mailer;
import ro.dosar.support.ClusterNode;

/**
 * PostgreSQL stopped and started again under a running node (issue 20): while it is down,
 * {@code /api} and {@code /engine-rest} answer 503 problem+json in Romanian — never a hung
 * request, never a 500 or a 401 — and health says DOWN with 503, asked anonymously as a load
 * balancer does and with the administrator's credentials as a monitoring system does; once it is
 * back, the same node serves, and says UP,
 * again (its pool reconnects) without being restarted. A server of its own, on a fixed port and
 * data directory, so that it can be stopped and started like a real one. An e-mail's delivery job
 * waiting when the database goes away is run once it is back: the job executor goes on by
 * itself.
 */
class DatabaseOutageTest {

  /** Longer than the pool's connection timeout (5 s) twice over: an answer, not a hang. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void postgresStoppedAndStarted_503WhileDown_thenServedAgainWithoutRestart() throws Exception {
    Path data = Files.createTempDirectory("dosar-outage-pg");
    int port = freePort();
    EmbeddedPostgres postgres = start(data, port);
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (ClusterNode node = ClusterNode.start("node1", url,
        ClusterNode.workingNode(null, 10_000))) {
      assertThat(get(node, "/engine-rest/task?maxResults=1").statusCode()).isEqualTo(200);
      assertThat(get(node, "/api/calendar/non-working-days?year=2025").statusCode())
          .isEqualTo(200);
      // A delivery job waits, its job executor paused until the database is gone.
      JobExecutor jobs = ((ProcessEngineConfigurationImpl) node.engine()
          .getProcessEngineConfiguration()).getJobExecutor();
      jobs.shutdown();
      long mail = node.bean(Mailer.class).queue(null, "PANA", "TEST", "pana@example.ro",
          "Subiect", "Text");
      postgres.close();
      jobs.start();
      HttpResponse<String> engineRest = get(node, "/engine-rest/task?maxResults=1");
      HttpResponse<String> api = get(node, "/api/calendar/non-working-days?year=2025");
      HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(
              "http://localhost:" + node.port() + "/actuator/health")).timeout(ANSWER_WITHIN)
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> authenticatedHealth = get(node, "/actuator/health");

      assertThat(engineRest.statusCode()).as(engineRest.body()).isEqualTo(503);
      assertThat(engineRest.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(engineRest.body()).contains("Serviciu temporar indisponibil",
          "Baza de date nu răspunde");
      assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"DOWN\"");
      assertThat(authenticatedHealth.statusCode()).as(authenticatedHealth.body()).isEqualTo(503);
      assertThat(authenticatedHealth.body()).contains("\"DOWN\"");

      postgres = start(data, port);
      HttpResponse<String> again = get(node, "/engine-rest/task?maxResults=1");
      for (int i = 0; i < 20 && again.statusCode() != 200; i++) {
        Thread.sleep(500);
        again = get(node, "/engine-rest/task?maxResults=1");
      }
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(get(node, "/api/calendar/non-working-days?year=2025").statusCode())
          .isEqualTo(200);
      HttpResponse<String> healthAgain = get(node, "/actuator/health");
      assertThat(healthAgain.statusCode()).as(healthAgain.body()).isEqualTo(200);
      assertThat(healthAgain.body()).contains("\"db\":{\"status\":\"UP\"")
          .doesNotContain("DOWN");
      JdbcClient jdbc = node.bean(JdbcClient.class);
      for (int i = 0; i < 60 && !"HELD".equals(status(jdbc, mail)); i++) {
        Thread.sleep(500);
      }
      assertThat(status(jdbc, mail)).as("the delivery job ran after the outage")
          .isEqualTo("HELD");

    } finally {
      postgres.close();
    }
  }

  private static String status(JdbcClient jdbc, long mail) {
    return jdbc.sql("SELECT status FROM mail_outbox WHERE id = ?").param(mail)
        .query(String.class).single();
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setPort(port).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** As the administrator "demo"; fails the test if no answer comes in time. */
  private static HttpResponse<String> get(ClusterNode node, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + node.port() + path))
        .header("Authorization", "Basic " + basic).timeout(ANSWER_WITHIN).GET().build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new AssertionError("No answer within " + ANSWER_WITHIN + ": " + path, e);
    }
  }
}
