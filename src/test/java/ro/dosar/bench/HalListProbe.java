package ro.dosar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.rest.cache.Cache;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * A measurement, not a test (runs only with {@code -Ddosar.bench=true}): where the time of
 * Tasklist's HAL list goes (issue 19, P3; docs/performance.md, "P3: Tasklist's HAL list").
 *
 * <p>The data of {@link TasklistQueryProbe} ({@link ProbeTasks}: {@code probe.tasks} open tasks,
 * default 10,000, one in five of {@code membru1}) on PostgreSQL. Then, as {@code membru1} over
 * HTTP with Basic authentication, in the same run: the filter "Sarcinile mele" as Tasklist
 * lists it (HAL, page of 15 by due date, Tasklist's body), the same page as plain JSON (no
 * embedded relations, no count), the filter's count, and {@code GET /task?assignee=membru1} (the
 * plain task query of the same 15 rows). For each request: every SQL statement the application
 * executed for it (on a second call, caches warm), with its time and rows; {@code EXPLAIN
 * (ANALYZE, BUFFERS)} of the HAL list's statements over 5 ms; then p50/p95/p99 over
 * {@code probe.calls} (default 200) after 20 warm-up calls.
 *
 * <p>Rounds on the same data ({@code probe.rounds}, "label=step;step|label=step"; a step is
 * {@code hal-caches-off}, {@code hal-caches-on} or SQL): by default without the HAL relation
 * caches (as before), then with them (as the application starts).
 *
 * <pre>mvn -o -q test -Dtest=HalListProbe -Ddosar.bench=true [-Dprobe.tasks=10000]
 *     [-Dprobe.calls=200] [-Dprobe.rounds=…]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generic-properties.properties.enable-password-policy=false"})
@ActiveProfiles({"postgres", "bench"})
@DirtiesContext
@Import(StatementRecorder.class)
@EnabledIfSystemProperty(named = "dosar.bench", matches = "true")
class HalListProbe {

  static final String MEMBER = "membru1";
  static final String ADMIN = "demo";
  static final List<Class<?>> HAL_RELATIONS = List.of(HalUser.class, HalGroup.class,
      HalProcessDefinition.class, HalCaseDefinition.class);

  /** The bench profile's users and settings, without its contest. */
  @MockitoBean
  BenchContest benchContest;

  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transaction;
  @LocalServerPort
  int port;

  /** The caches the application registered at start, to switch them off and on again. */
  private final Map<Class<?>, Cache> caches = new LinkedHashMap<>();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> ADMIN);
    registry.add("DOSAR_ADMIN_PASSWORD", () -> ADMIN);
  }

  record Call(String name, String method, String path, String body, boolean hal) {
  }

  @Test
  void tasklistsHalListAgainstThePlainTaskQuery() {
    int tasks = Integer.getInteger("probe.tasks", 10_000);
    int calls = Integer.getInteger("probe.calls", 200);
    for (Class<?> relation : HAL_RELATIONS) {
      caches.put(relation, Hal.getInstance().getHalRelationCache(relation));
    }
    print("HAL relation caches registered at start: %s", caches);
    ProbeTasks.deploy(port, ADMIN);
    long started = System.nanoTime();
    ProbeTasks.start(runtime, transaction, tasks);
    print("set-up: %d instances started in %.0f s (load %s)", tasks,
        (System.nanoTime() - started) / 1e9, BenchResults.load());
    long assigned = jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE assignee_ = ?",
        Long.class, MEMBER);
    print("open tasks %d, of %s %d", jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task",
        Long.class), MEMBER, assigned);
    assertThat(assigned).isEqualTo(tasks / 5);
    jdbc.execute("ANALYZE");

    List<Call> round = calls(filterId());
    String rounds = System.getProperty("probe.rounds",
        "before (no HAL caches)=hal-caches-off|after (HAL caches)=hal-caches-on");
    for (String spec : rounds.split("\\|")) {
      String label = spec.substring(0, spec.indexOf('='));
      print("");
      print("======== round: %s (load %s)", label, BenchResults.load());
      for (String step : spec.substring(spec.indexOf('=') + 1).split(";")) {
        step(step.trim());
      }
      round(round, calls);
    }
  }

  private void step(String step) {
    if (step.isEmpty()) {
      return;
    }
    print("step: %s", step);
    switch (step) {
      case "hal-caches-off" -> Hal.getInstance().destroyHalRelationCaches();
      case "hal-caches-on" -> caches.forEach((relation, cache) -> {
        if (cache != null) {
          Hal.getInstance().registerHalRelationCache(relation, cache);
        }
      });
      default -> {
        jdbc.execute(step);
        jdbc.execute("ANALYZE act_ru_task");
        jdbc.execute("ANALYZE act_ru_authorization");
      }
    }
  }

  private List<Call> calls(String filter) {
    String page = "firstResult=0&maxResults=15";
    // Tasklist's own body for a filter's page (camunda-tasklist-bootstrap.js, "taskListQuery"),
    // sorted by due date as the user chose it.
    String tasklist = "{\"processVariables\":[],\"taskVariables\":[],"
        + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
    String list = "/engine-rest/filter/" + filter + "/list?" + page;
    return List.of(
        new Call("filter list, HAL (Tasklist)", "POST", list, tasklist, true),
        new Call("filter list, JSON", "POST", list, tasklist, false),
        new Call("filter count", "POST", "/engine-rest/filter/" + filter + "/count", "{}",
            false),
        new Call("GET /task?assignee=membru1 (15, due date)", "GET", "/engine-rest/task?assignee="
            + MEMBER + "&sortBy=dueDate&sortOrder=asc&" + page, null, false));
  }

  private void round(List<Call> round, int calls) {
    for (Call call : round) {
      assertThat(send(call)).as(call.name()).isNotBlank();
    }
    for (Call call : round) {
      List<StatementRecorder.Recorded> executed = statements(call);
      double millis = executed.stream().mapToLong(StatementRecorder.Recorded::nanos).sum() / 1e6;
      int rows = executed.stream().mapToInt(statement -> statement.rows().get()).sum();
      print("");
      print("%s: %d statements, %.1f ms in the database, %d rows", call.name(), executed.size(),
          millis, rows);
      for (StatementRecorder.Recorded statement : executed) {
        print("  %6.1f ms %5d rows  %s", statement.nanos() / 1e6, statement.rows().get(),
            TasklistQueryProbe.name(statement.sql()));
      }
      if (call.hal()) {
        for (StatementRecorder.Recorded statement : executed) {
          if (statement.nanos() > 5_000_000) {
            explain(statement);
          }
        }
      }
    }
    Map<Call, Latencies> times = new LinkedHashMap<>();
    for (Call call : round) {
      times.put(call, measure(call, calls));
    }
    print("");
    print("%-45s %8s %8s %8s  %s", "request (membru1)", "p50 ms", "p95 ms", "p99 ms", "load");
    times.forEach((call, latencies) -> print("%-45s %8.1f %8.1f %8.1f  %s", call.name(),
        latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
        BenchResults.load()));
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of the statement with its parameters written in. */
  private void explain(StatementRecorder.Recorded statement) {
    String sql = ProbeHttp.withParameters(statement.sql(), statement.parameters());
    if (sql == null) {
      print("(not explained, parameters not understood: %s)", statement.parameters());
      return;
    }
    print("");
    print("EXPLAIN (ANALYZE, BUFFERS) %s:", TasklistQueryProbe.name(statement.sql()));
    print("  %s", sql.replaceAll("\\s+", " "));
    jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, String.class)
        .forEach(line -> print("  %s", line));
  }

  private String filterId() {
    return ProbeHttp.myTasksFilter(port, MEMBER);
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  private Latencies measure(Call call, int calls) {
    return ProbeHttp.measure(build(call), calls);
  }

  private String send(Call call) {
    return ProbeHttp.send(build(call));
  }

  private List<StatementRecorder.Recorded> statements(Call call) {
    return ProbeHttp.statements(build(call));
  }

  private HttpRequest build(Call call) {
    return ProbeHttp.build(ProbeHttp.request(port, MEMBER, call.path()), call.method(),
        call.body(), call.hal());
  }

  private static void print(String format, Object... arguments) {
    ProbeHttp.print(format, arguments);
  }
}
