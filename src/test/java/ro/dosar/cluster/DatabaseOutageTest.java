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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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
 *
 * <p>Under load: four clients send requests to {@code /api} and {@code /engine-rest} one after
 * another the whole time, so that some are in flight at the moment PostgreSQL stops and when it
 * starts again. Every answer is a 200 or a 503 problem+json with {@code Retry-After} (never a
 * 500 or a 401, never a request left without an answer); what was sent and answered while it
 * was down is a 503, what was sent once it was back a 200.
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
        ClusterNode.workingNode(null, 10_000)); Load load = new Load(node)) {
      assertThat(get(node, "/engine-rest/task?maxResults=1").statusCode()).isEqualTo(200);
      assertThat(get(node, "/api/calendar/non-working-days?year=2025").statusCode())
          .isEqualTo(200);
      // A delivery job waits, its job executor paused until the database is gone.
      JobExecutor jobs = ((ProcessEngineConfigurationImpl) node.engine()
          .getProcessEngineConfiguration()).getJobExecutor();
      jobs.shutdown();
      long mail = node.bean(Mailer.class).queue(null, "PANA", "TEST", "pana@example.ro",
          "Subiect", "Text");
      // Clients keep sending requests, before, during and after the outage.
      load.awaitAnswersAfter(System.nanoTime(), 200, Duration.ofSeconds(30));
      long stopping = System.nanoTime();
      postgres.close();
      long stopped = System.nanoTime();
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

      load.awaitAnswersAfter(stopped, 503, Duration.ofSeconds(30));
      long restarting = System.nanoTime();
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
      long recovered = System.nanoTime();
      load.awaitAnswersAfter(recovered, 200, Duration.ofSeconds(30));
      List<Answer> answers = load.stop();

      assertThat(answers).as("every answer under load: 200, or 503 problem+json with "
          + "Retry-After; never a 500, a 401 or a hung request").allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
            if (answer.status() == 503) {
              assertThat(answer.contentType()).as(answer.toString())
                  .startsWith("application/problem+json");
              assertThat(answer.retryAfter()).as(answer.toString()).isEqualTo("30");
              assertThat(answer.body()).as(answer.toString()).contains("Baza de date");
            }
          });
      assertThat(answers).as("sent and answered before PostgreSQL stopped: served")
          .filteredOn(answer -> answer.answered() < stopping).isNotEmpty()
          .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString())
              .isEqualTo(200));
      assertThat(answers).as("sent and answered while PostgreSQL was down: 503")
          .filteredOn(answer -> answer.sent() > stopped && answer.answered() < restarting)
          .extracting(Answer::path).contains(Load.PATHS.toArray(String[]::new));
      assertThat(answers).filteredOn(answer -> answer.sent() > stopped
              && answer.answered() < restarting)
          .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString())
              .isEqualTo(503));
      assertThat(answers).as("sent once it was back: served")
          .filteredOn(answer -> answer.sent() > recovered).isNotEmpty()
          .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString())
              .isEqualTo(200));
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

  /** One answer a client got: when it was sent and answered ({@link System#nanoTime()}). */
  record Answer(String path, long sent, long answered, int status, String contentType,
      String retryAfter, String body) {

    @Override
    public String toString() {
      return path + " → " + (status < 0 ? "no answer" : status) + " " + contentType
          + " after " + Duration.ofNanos(answered - sent).toMillis() + " ms: "
          + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  /** Clients sending requests to Dosar's API and the engine REST API, one after another each. */
  static final class Load implements AutoCloseable {

    static final List<String> PATHS = List.of("/api/calendar/non-working-days?year=2025",
        "/engine-rest/task?maxResults=1", "/api/institutions",
        "/engine-rest/process-definition?maxResults=1");

    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();

    Load(ClusterNode node) {
      for (String path : PATHS) {
        Thread client = new Thread(() -> {
          while (running.get()) {
            answers.add(send(node, path));
            pause(100);
          }
        }, "outage-client " + path);
        client.setDaemon(true);
        client.start();
        clients.add(client);
      }
    }

    /** Waits until every client got an answer of that status to a request sent after then. */
    void awaitAnswersAfter(long then, int status, Duration within) {
      long deadline = System.nanoTime() + within.toNanos();
      while (!PATHS.stream().allMatch(path -> answers.stream().anyMatch(answer ->
          answer.path().equals(path) && answer.sent() > then && answer.status() == status))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("Not every client got " + status + " within " + within
              + ": " + answers.stream().filter(answer -> answer.sent() > then).toList());
        }
        pause(200);
      }
    }

    @Override
    public void close() {
      running.set(false);
    }

    List<Answer> stop() throws InterruptedException {
      close();
      for (Thread client : clients) {
        client.join(ANSWER_WITHIN.toMillis() * 2);
      }
      return List.copyOf(answers);
    }

    private static Answer send(ClusterNode node, String path) {
      long sent = System.nanoTime();
      try {
        HttpResponse<String> response = HTTP.send(request(node, path),
            HttpResponse.BodyHandlers.ofString());
        return new Answer(path, sent, System.nanoTime(), response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(""),
            response.headers().firstValue("Retry-After").orElse(null), response.body());
      } catch (IOException | InterruptedException e) {
        // A timeout (a hung request) or a refused connection: no HTTP answer at all.
        return new Answer(path, sent, System.nanoTime(), -1, "", null, e.toString());
      }
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
    try {
      return HTTP.send(request(node, path), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new AssertionError("No answer within " + ANSWER_WITHIN + ": " + path, e);
    }
  }

  private static HttpRequest request(ClusterNode node, String path) {
    String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
        .header("Authorization", "Basic " + basic).timeout(ANSWER_WITHIN).GET().build();
  }
}
