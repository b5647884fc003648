package ro.dosar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * A measurement, not a test (runs only with {@code -Ddosar.bench=true}): what one member task
 * completion costs (issue 19, P1 and P2; docs/performance.md, "P1: where a completion's time
 * goes").
 *
 * <p>The bench contest ({@code probe.candidates}, default 40) at file selection on PostgreSQL,
 * and beside it as many bare one-user-task instances ({@link ProbeTasks}) as the member has
 * selection tasks. As {@code membru1} over HTTP with Basic authentication, as the benchmark
 * completes a task: its form variables, then the submitted form. For one selection task and one
 * bare task, every SQL statement the application ran for each request (after a few unrecorded
 * completions, caches warm), grouped by statement with count, time and rows; then p50/p95 of
 * {@code probe.calls} (default 30) completions of each kind.
 *
 * <pre>mvn -o -q test -Dtest=CompletionProbe -Ddosar.bench=true [-Dprobe.candidates=40]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generic-properties.properties.enable-password-policy=false",
    "dosar.bench.candidates=${probe.candidates:40}"})
@ActiveProfiles({"postgres", "bench"})
@DirtiesContext
@Import(StatementRecorder.class)
@EnabledIfSystemProperty(named = "dosar.bench", matches = "true")
class CompletionProbe {

  static final String MEMBER = "membru1";
  static final String ADMIN = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  RuntimeService runtime;
  @Autowired
  TransactionTemplate transaction;
  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> ADMIN);
    registry.add("DOSAR_ADMIN_PASSWORD", () -> ADMIN);
  }

  /** One kind of task: where the member finds it and what he submits. */
  record Kind(String name, String process, String task,
      Function<JsonNode, Map<String, Object>> form) {
  }

  @Test
  void whatOneCompletionExecutes() {
    int calls = Integer.getInteger("probe.calls", 30);
    Kind selection = new Kind("file selection (Dosar)", FileSelectionProcess.KEY,
        FileSelectionProcess.Elements.SELECT_FILE,
        variables -> Map.of(FileSelectionProcess.Variables.SELECTION_DECISION, "ADMIS",
            FileSelectionProcess.Variables.NO_CONFLICT_DECLARED, true));
    Kind bare = new Kind("bare user task", "tasklistProbe", "work", variables -> Map.of());
    List<String> selectionTasks = tasks(selection);
    ProbeTasks.deploy(port, ADMIN);
    ProbeTasks.start(runtime, transaction, selectionTasks.size() * ProbeTasks.MEMBERS.size());
    List<String> bareTasks = tasks(bare);
    print("open tasks of %s: %d file selection, %d bare (load %s)", MEMBER,
        selectionTasks.size(), bareTasks.size(), BenchResults.load());
    int needed = 5 + 1 + calls;
    assertThat(selectionTasks).hasSizeGreaterThanOrEqualTo(needed);
    assertThat(bareTasks).hasSizeGreaterThanOrEqualTo(needed);

    for (int i = 0; i < 5; i++) {
      complete(selection, selectionTasks.remove(0));
      complete(bare, bareTasks.remove(0));
    }
    record(selection, selectionTasks.remove(0));
    record(bare, bareTasks.remove(0));

    print("");
    print("%-30s %12s %12s  %s", "completion (form variables + submit)", "p50 ms", "p95 ms",
        "load");
    for (Kind kind : List.of(selection, bare)) {
      List<String> ids = kind == selection ? selectionTasks : bareTasks;
      Latencies latencies = new Latencies();
      for (int i = 0; i < calls; i++) {
        long started = System.nanoTime();
        complete(kind, ids.remove(0));
        latencies.add(System.nanoTime() - started);
      }
      print("%-30s %12.1f %12.1f  %s", kind.name(), latencies.percentile(50),
          latencies.percentile(95), BenchResults.load());
    }
  }

  private List<String> tasks(Kind kind) {
    JsonNode page = json(ProbeHttp.send(get("/engine-rest/task?assignee=" + MEMBER
        + "&processDefinitionKey=" + kind.process() + "&taskDefinitionKey=" + kind.task()
        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=1000")));
    List<String> ids = new ArrayList<>();
    page.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private void complete(Kind kind, String taskId) {
    JsonNode variables = json(ProbeHttp.send(formVariables(taskId)));
    ProbeHttp.send(submit(kind, taskId, variables));
  }

  private void record(Kind kind, String taskId) {
    List<StatementRecorder.Recorded> read = ProbeHttp.statements(formVariables(taskId));
    JsonNode variables = json(ProbeHttp.send(formVariables(taskId)));
    List<StatementRecorder.Recorded> written = ProbeHttp.statements(submit(kind, taskId,
        variables));
    print("");
    print("======== %s", kind.name());
    summary("GET form-variables", read);
    summary("POST submit-form", written);
  }

  private static void summary(String request, List<StatementRecorder.Recorded> executed) {
    Map<String, long[]> byStatement = new TreeMap<>();
    for (StatementRecorder.Recorded statement : executed) {
      long[] sums = byStatement.computeIfAbsent(TasklistQueryProbe.name(statement.sql()),
          name -> new long[3]);
      sums[0]++;
      sums[1] += statement.nanos();
      sums[2] += statement.rows().get();
    }
    print("%s: %d statements, %.1f ms in the database", request, executed.size(),
        executed.stream().mapToLong(StatementRecorder.Recorded::nanos).sum() / 1e6);
    byStatement.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .forEach(entry -> print("  %3d × %7.1f ms %5d rows  %s", entry.getValue()[0],
            entry.getValue()[1] / 1e6, entry.getValue()[2], entry.getKey()));
  }

  private HttpRequest get(String path) {
    return ProbeHttp.build(ProbeHttp.request(port, MEMBER, path), "GET", null, false);
  }

  private HttpRequest formVariables(String taskId) {
    return get("/engine-rest/task/" + taskId + "/form-variables");
  }

  private HttpRequest submit(Kind kind, String taskId, JsonNode variables) {
    return ProbeHttp.build(ProbeHttp.request(port, MEMBER, "/engine-rest/task/" + taskId
        + "/submit-form"), "POST", MemberClient.body(kind.form().apply(variables)), false);
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  private static void print(String format, Object... arguments) {
    ProbeHttp.print(format, arguments);
  }
}
