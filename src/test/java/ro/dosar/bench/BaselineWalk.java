package ro.dosar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ro.dosar.support.Http;

/**
 * The bare-engine baseline ({@code bench/baseline.bpmn}): the contest's wait states without Dosar
 * code, deployed into the same running Dosar, its tasks worked by the same users in the same way
 * (list, form variables, submitted form).
 */
final class BaselineWalk {

  private final int port;
  private final Http admin;
  private final Map<String, BenchResults.Phase> phases = new LinkedHashMap<>();

  BaselineWalk(int port) {
    this.port = port;
    this.admin = Http.as(port, "demo", "demo");
  }

  /** Deploys the model and lets the commission members read it, as Dosar does for its own. */
  static void deploy(int port) {
    byte[] model;
    try (InputStream in = BaselineWalk.class.getResourceAsStream("/bench/baseline.bpmn")) {
      model = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String boundary = "----dosarbench" + System.nanoTime();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\""
        + "\r\n\r\nbench-baseline\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
        + "name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"baseline.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n";
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[headBytes.length + model.length + tail.length];
    System.arraycopy(headBytes, 0, body, 0, headBytes.length);
    System.arraycopy(model, 0, body, headBytes.length, model.length);
    System.arraycopy(tail, 0, body, headBytes.length + model.length, tail.length);
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request,
          HttpResponse.BodyHandlers.ofString());
      MemberClient.ok(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Http admin = Http.as(port, "demo", "demo");
    for (String user : List.of("membru1", "membru2", "membru3", "membru4", "membru5", "membru6",
        "supleant1", "supleant2", "secretar")) {
      var response = admin.postJson("/engine-rest/authorization/create", "{\"type\":1,"
          + "\"permissions\":[\"READ\"],\"userId\":\"" + user + "\",\"resourceType\":6,"
          + "\"resourceId\":\"benchBaseline\"}");
      if (response.statusCode() != 200 && !response.body().contains("already exists")) {
        MemberClient.ok(response);
      }
    }
  }

  Map<String, BenchResults.Phase> phases() {
    return phases;
  }

  /** Starts one instance for {@code candidates} and works it through; selection only if asked. */
  BaselineWalk walk(int candidates, boolean selectionOnly) {
    start(candidates);
    timed("selection", ContestWalk.CC, "selectFile");
    if (selectionOnly) {
      return this;
    }
    secretary("displaySelection");
    timed("selection contestations", ContestWalk.CSC, "decideContestation");
    timed("written test", ContestWalk.CC, "scoreWritten");
    secretary("displayWritten");
    timed("written test contestations", ContestWalk.CSC, "rescoreWritten");
    timed("interview", ContestWalk.CC, "scoreInterview");
    secretary("displayInterview");
    timed("interview contestations", ContestWalk.CSC, "rescoreInterview");
    return this;
  }

  /**
   * Starts one instance for {@code candidates} and completes at most {@code perMember} selection
   * tasks of each member, as {@link ContestWalk#selection(int)} does.
   */
  BaselineWalk selection(int candidates, int perMember) {
    start(candidates);
    timed("selection", ContestWalk.CC, "selectFile", perMember);
    return this;
  }

  private void start(int candidates) {
    MemberClient.ok(admin.postJson("/engine-rest/process-definition/key/benchBaseline/start",
        MemberClient.body(Map.of("candidates", (long) candidates, "contestations",
            (long) BenchResults.contestations(candidates)))));
  }

  private void timed(String phase, List<String> members, String taskKey) {
    timed(phase, members, taskKey, Integer.MAX_VALUE);
  }

  private void timed(String phase, List<String> members, String taskKey, int perMember) {
    Latencies latencies = new Latencies();
    long started = System.nanoTime();
    int completed = 0;
    for (String member : members) {
      completed += new MemberClient(port, member).complete("benchBaseline", taskKey,
          variables -> Map.of(), latencies, perMember);
    }
    phases.put(phase, new BenchResults.Phase(phase, completed,
        (System.nanoTime() - started) / 1e9, latencies, BenchResults.load()));
  }

  private void secretary(String taskKey) {
    new MemberClient(port, "secretar").completeAll("benchBaseline", taskKey,
        variables -> Map.of(), new Latencies());
  }
}
