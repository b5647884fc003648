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
import java.util.Map;
import org.junit.jupiter.api.Test;
import ro.dosar.support.ClusterNode;

/**
 * PostgreSQL stopped and started again under a running node (issue 20): while it is down,
 * {@code /api} and {@code /engine-rest} answer 503 problem+json in Romanian — never a hung
 * request, never a 500 or a 401 — and health says DOWN with 503, asked anonymously as a load
 * balancer does and with the administrator's credentials as a monitoring system does; once it is
 * back, the same node serves, and says UP,
 * again (its pool reconnects) without being restarted. A server of its own, on a fixed port and
 * data directory, so that it can be stopped and started like a real one.
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
        Map.of("camunda.bpm.job-execution.enabled", "false"))) {
      assertThat(get(node, "/engine-rest/task?maxResults=1").statusCode()).isEqualTo(200);
      assertThat(get(node, "/api/calendar/non-working-days?year=2025").statusCode())
          .isEqualTo(200);

      postgres.close();
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
    } finally {
      postgres.close();
    }
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
