package ro.dosar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import ro.dosar.support.Http;

/**
 * What the Tasklist probes ({@link TasklistQueryProbe}, {@link HalListProbe}) do alike: a request
 * as a user sends it (Basic authentication, the demo users' passwords are their ids), its
 * latencies after a warm-up, the SQL the application ran to answer it, that SQL with its
 * parameters written in for {@code EXPLAIN}, and the probes' output lines.
 */
final class ProbeHttp {

  /** Unmeasured calls before the measured ones. */
  static final int WARM_UP = 20;

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private ProbeHttp() {
  }

  /** A request to {@code path} on the application, as {@code user}. */
  static HttpRequest.Builder request(int port, String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
  }

  /** The id of the filter „Sarcinile mele” as {@code user} sees it. */
  static String myTasksFilter(int port, String user) {
    return MemberClient.ok(Http.as(port, user, user)
        .get("/engine-rest/filter?name=Sarcinile%20mele")).get(0).get("id").asText();
  }

  /** The request with JSON or HAL accepted, and its JSON body if it has one. */
  static HttpRequest build(HttpRequest.Builder builder, String method, String body,
      boolean hal) {
    builder.header("Accept", hal ? "application/hal+json" : "application/json");
    return body == null ? builder.GET().build()
        : builder.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** {@link #WARM_UP} calls, then {@code calls} measured ones. */
  static Latencies measure(HttpRequest request, int calls) {
    Latencies latencies = new Latencies();
    for (int i = 0; i < WARM_UP + calls; i++) {
      long started = System.nanoTime();
      MemberClient.ok(exchange(request));
      if (i >= WARM_UP) {
        latencies.add(System.nanoTime() - started);
      }
    }
    return latencies;
  }

  /** The answer's body, after checking it succeeded. */
  static String send(HttpRequest request) {
    return MemberClient.ok(exchange(request)).toString();
  }

  /**
   * The statements the application executed while answering the request (the job executor's own
   * polling left out), recorded by {@link StatementRecorder} on the application's DataSource.
   */
  static List<StatementRecorder.Recorded> statements(HttpRequest request) {
    StatementRecorder.RECORDED.clear();
    StatementRecorder.recording = true;
    try {
      send(request);
    } finally {
      StatementRecorder.recording = false;
    }
    List<StatementRecorder.Recorded> statements = new ArrayList<>();
    for (StatementRecorder.Recorded recorded : List.copyOf(StatementRecorder.RECORDED)) {
      if (!recorded.thread().startsWith("camundaTaskExecutor")) {
        statements.add(recorded);
      }
    }
    return statements;
  }

  /**
   * The statement with its parameters written in as SQL literals, for {@code EXPLAIN}; null when
   * the parameters do not match its placeholders.
   */
  static String withParameters(String sql, List<Object> parameters) {
    List<String> literals = new ArrayList<>();
    for (Object value : parameters) {
      literals.add(value == null ? "NULL" : value instanceof Number || value instanceof Boolean
          ? value.toString() : "'" + value.toString().replace("'", "''") + "'");
    }
    if (literals.size() != sql.chars().filter(c -> c == '?').count()) {
      return null;
    }
    StringBuilder written = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      written.append(c == '?' ? literals.get(next++) : String.valueOf(c));
    }
    return written.toString();
  }

  /** One line of the probes' output, found in the test log by its prefix. */
  static void print(String format, Object... arguments) {
    System.out.println("PROBE " + String.format(Locale.ROOT, format, arguments));
  }

  private static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
