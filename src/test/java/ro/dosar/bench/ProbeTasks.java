package ro.dosar.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.support.Http;

/**
 * The open tasks of the Tasklist probes ({@link TasklistQueryProbe}, {@link HalListProbe}): a bare
 * one-user-task model deployed through REST, readable by the members, and its instances started
 * through the Java API, one in five assigned to {@code membru1}, the others to {@code membru2}–
 * {@code membru5} (the engine writes each assignee's task authorizations).
 */
final class ProbeTasks {

  static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="tasklistProbeDefinitions"
          targetNamespace="http://dosar.ro/bench">
        <bpmn:process id="tasklistProbe" name="Sarcină simplă (măsurătoare)" isExecutable="true"
            camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="started" />
          <bpmn:sequenceFlow id="f1" sourceRef="started" targetRef="work" />
          <bpmn:userTask id="work" name="Sarcină" camunda:assignee="${assignee}"
              camunda:dueDate="${due}" />
          <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="done" />
          <bpmn:endEvent id="done" />
        </bpmn:process>
      </bpmn:definitions>
      """;
  static final List<String> MEMBERS = List.of("membru1", "membru2", "membru3", "membru4",
      "membru5");

  private ProbeTasks() {
  }

  /** The model through REST as {@code admin}, and READ on it for the members. */
  static void deploy(int port, String admin) {
    String boundary = "----dosarprobe" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; "
        + "name=\"deployment-name\"\r\n\r\ntasklist-probe\r\n--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"tasklist-probe.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + MODEL + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((admin + ":" + admin).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      MemberClient.ok(HttpClient.newHttpClient().send(request,
          HttpResponse.BodyHandlers.ofString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Http http = Http.as(port, admin, admin);
    for (String member : MEMBERS) {
      MemberClient.ok(http.postJson("/engine-rest/authorization/create", "{\"type\":1,"
          + "\"permissions\":[\"READ\"],\"userId\":\"" + member + "\",\"resourceType\":6,"
          + "\"resourceId\":\"tasklistProbe\"}"));
    }
  }

  /**
   * Instance i: assignee {@code membru(i % 5 + 1)}, due date spread over 60 days in an order
   * unrelated to i; 250 instances per transaction, two threads.
   */
  static void start(RuntimeService runtime, TransactionTemplate transaction, int tasks) {
    Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<?>> batches = new ArrayList<>();
    for (int from = 0; from < tasks; from += 250) {
      int first = from;
      int last = Math.min(tasks, from + 250);
      batches.add(threads.submit(() -> transaction.executeWithoutResult(status -> {
        for (int i = first; i < last; i++) {
          Map<String, Object> variables = new LinkedHashMap<>();
          variables.put("assignee", MEMBERS.get(i % MEMBERS.size()));
          variables.put("due", Date.from(base.plus((i * 7919L) % 86_400, ChronoUnit.MINUTES)));
          runtime.startProcessInstanceByKey("tasklistProbe", "probe-" + i, variables);
        }
      })));
    }
    try {
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Set-up failed", e);
    } finally {
      threads.shutdown();
    }
  }
}
