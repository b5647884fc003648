package ro.dosar.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ro.dosar.support.Http;
import ro.dosar.support.TasklistSession;

/**
 * The performance benchmark (docs/performance.md): a real PostgreSQL 16 server (the embedded
 * binaries of the tests), Dosar in its own JVM with the bench profile, one REST client.
 *
 * @param sizes contest sizes (candidates) for P1, in order
 * @param fullUpTo contests up to this size are walked to their final results; larger ones
 *     through file selection only
 * @param walkUpTo contests up to this size are walked at all; larger ones are generated
 *     (start-up to a healthy application with the contest at file selection), queried (P3) and
 *     sampled
 * @param sample in contests larger than {@code walkUpTo}: file-selection tasks completed per
 *     member, in Dosar and in the baseline (the per-task cost at that size); 0: none
 * @param queryCalls P3: measured calls per query (after 20 warm-up calls); 0 skips P3
 * @param startups P4: whether to measure start-up on H2 and PostgreSQL
 * @param pgbenchSeconds P2: how long pgbench runs; 0 skips P2
 * @param warmUp candidates of the baseline contest walked, unmeasured, before measuring; 0: none
 * @param work where logs and the H2 database go
 */
record Benchmark(List<Integer> sizes, int fullUpTo, int walkUpTo, int sample, int queryCalls,
    boolean startups, int pgbenchSeconds, int warmUp, Path work) {

  private static final List<String> JVM = List.of("-Xmx1g", "-XX:+UseG1GC");
  private static final String HAL = "application/hal+json";

  BenchResults run() {
    BenchResults results = new BenchResults();
    results.machineBefore = machine();
    long started = System.nanoTime();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      for (int candidates : sizes) {
        results.sizes.add(contest(postgres, candidates, results));
        if (pgbenchSeconds > 0 && Double.isNaN(results.pgbenchTps)
            && results.pgbench.equals("not measured")) {
          pgbench(postgres, results);
        }
      }
      if (startups) {
        startups(postgres, results);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    results.totalSeconds = (System.nanoTime() - started) / 1e9;
    results.machineAfter = machine();
    return results;
  }

  /**
   * The bench's administrators log in with simple passwords: the postgres profile's password
   * policy is proven by ro.dosar.security.ProductionProfileTest, not measured here.
   */
  private static final String NO_PASSWORD_POLICY =
      "--camunda.bpm.generic-properties.properties.enable-password-policy=false";
  /**
   * The bench talks plain HTTP on localhost: the {@code postgres} profile's HTTPS-only cookies
   * would never come back, and Tasklist's login (CSRF cookie, session) would be refused.
   */
  private static final List<String> PLAIN_HTTP_COOKIES = List.of(
      "--camunda.bpm.webapp.csrf.enable-secure-cookie=false",
      "--camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
      "--server.servlet.session.cookie.secure=false");

  /** P1 (and P3 at the largest size): one contest of that size, its baseline beside it. */
  private BenchResults.Size contest(EmbeddedPostgres postgres, int candidates,
      BenchResults results) {
    String database = "bench_" + candidates + "_" + System.nanoTime() % 100000;
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres,bench",
        "--dosar.bench.candidates=" + candidates, NO_PASSWORD_POLICY));
    arguments.addAll(PLAIN_HTTP_COOKIES);
    try (BenchApp app = BenchApp.start(work.resolve("dosar-" + candidates + ".log"), JVM,
        arguments, environment(postgres, database))) {
      String generationLoad = BenchResults.load();
      boolean full = candidates <= fullUpTo;
      if (queryCalls > 0 && candidates == sizes.stream().mapToInt(Integer::intValue).max()
          .orElseThrow()) {
        queries(app.port, results);
      }
      if (candidates > walkUpTo) {
        if (sample == 0) {
          return new BenchResults.Size(candidates, app.startSeconds, generationLoad, Map.of(),
              Map.of(), new ContestWalk(app.port, candidates).statusAtSelection(), false);
        }
        BaselineWalk.deploy(app.port);
        if (warmUp > 0) {
          new BaselineWalk(app.port).walk(warmUp, false);
        }
        BaselineWalk baseline = new BaselineWalk(app.port).selection(candidates, sample);
        ContestWalk contest = new ContestWalk(app.port, candidates).selection(sample);
        return new BenchResults.Size(candidates, app.startSeconds, generationLoad,
            contest.phases(), baseline.phases(), contest.status(), true);
      }
      BaselineWalk.deploy(app.port);
      if (warmUp > 0) {
        new BaselineWalk(app.port).walk(warmUp, false);
      }
      BaselineWalk baseline = new BaselineWalk(app.port).walk(candidates, !full);
      ContestWalk contest = new ContestWalk(app.port, candidates).selection();
      String status;
      try {
        if (full) {
          contest.rest();
        }
        status = contest.status();
      } catch (RuntimeException stopped) {
        // Reported with the phases measured so far: the run's other figures still count.
        String reason = String.valueOf(stopped.getMessage()).replaceAll("[|\\s]+", " ");
        status = "walk stopped: " + reason.substring(0, Math.min(200, reason.length()));
      }
      return new BenchResults.Size(candidates, app.startSeconds, generationLoad, contest.phases(),
          baseline.phases(), status, false);
    }
  }

  /** P3 alone, against a Dosar already running with the bench profile on that port. */
  BenchResults queriesOnly(int port) {
    BenchResults results = new BenchResults();
    results.machineBefore = machine();
    long started = System.nanoTime();
    queries(port, results);
    results.totalSeconds = (System.nanoTime() - started) / 1e9;
    results.machineAfter = machine();
    return results;
  }

  /** P3: a member's Tasklist queries and the same rows for an administrator. */
  private void queries(int port, BenchResults results) {
    Http admin = Http.as(port, "demo", "demo");
    results.queryOpenTasks = Integer.parseInt(MemberClient.ok(admin.get(
        "/engine-rest/task/count")).get("count").asText());
    String filter = MemberClient.ok(Http.as(port, "membru1", "membru1").get(
        "/engine-rest/filter?name=Sarcinile%20mele")).get(0).get("id").asText();
    // Tasklist's own body for a filter's page (as TasklistQueryProbe sends it), by due date.
    String sorting = "{\"processVariables\":[],\"taskVariables\":[],"
        + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
    String list = "/engine-rest/task?assignee=membru1&sortBy=dueDate&sortOrder=asc"
        + "&firstResult=0&maxResults=15";
    measure(results, port, "membru1", "filter „Sarcinile mele” list (15, by due date, HAL)",
        "POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", sorting);
    measure(results, port, "membru1", "filter „Sarcinile mele” count", "POST",
        "/engine-rest/filter/" + filter + "/count", "{}");
    // The same two as Tasklist sends them: its own engine API, the session of its login (the
    // webapp keeps the user's groups and tenants in the session; no password check per request).
    TasklistSession tasklist = TasklistSession.login(port, "membru1");
    measure(results, "membru1", "Tasklist session: filter „Sarcinile mele” list (HAL)",
        () -> tasklist.post("/filter/" + filter + "/list?firstResult=0&maxResults=15", sorting,
            HAL));
    measure(results, "membru1", "Tasklist session: filter „Sarcinile mele” count",
        () -> tasklist.post("/filter/" + filter + "/count", "{}", "application/json"));
    measure(results, port, "membru1", "GET /task?assignee=membru1 (15, by due date)", "GET",
        list, null);
    measure(results, port, "membru1", "GET /task/count?assignee=membru1", "GET",
        "/engine-rest/task/count?assignee=membru1", null);
    measure(results, port, "demo (administrator)", "GET /task?assignee=membru1 (15, by due "
        + "date)", "GET", list, null);
    measure(results, port, "demo (administrator)", "GET /task/count?assignee=membru1", "GET",
        "/engine-rest/task/count?assignee=membru1", null);
  }

  /** One P3 row: a request with Basic authentication, as an API client sends it. */
  private void measure(BenchResults results, int port, String user, String name, String method,
      String path, String body) {
    String login = user.startsWith("demo") ? "demo" : user;
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", path.contains("/filter/") && path.contains("/list")
            ? HAL : "application/json");
    HttpRequest request = body == null ? builder.GET().build()
        : builder.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    measure(results, user, name, () -> {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  /** One P3 row: 20 warm-up calls, then {@link #queryCalls} measured ones. */
  private void measure(BenchResults results, String user, String name,
      Supplier<HttpResponse<String>> call) {
    Latencies latencies = new Latencies();
    for (int i = 0; i < 20 + queryCalls; i++) {
      long started = System.nanoTime();
      HttpResponse<String> response = call.get();
      if (response.statusCode() != 200) {
        throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " "
            + response.body());
      }
      if (i >= 20) {
        latencies.add(System.nanoTime() - started);
      }
    }
    results.queries.add(new BenchResults.Query(user, name, latencies, BenchResults.load()));
  }

  /** P4: a first start on an empty database, then a restart, on H2 (demo) and PostgreSQL. */
  private void startups(EmbeddedPostgres postgres, BenchResults results) {
    Path h2 = work.resolve("h2-" + System.nanoTime());
    for (String kind : List.of("first start (empty database)", "restart")) {
      start(results, "H2 (demo profile)", kind, List.of("--spring.profiles.active=demo",
          "--spring.datasource.url=jdbc:h2:file:" + h2.resolve("dosar").toAbsolutePath()
              + ";DB_CLOSE_ON_EXIT=FALSE"), Map.of());
    }
    Map<String, String> environment = environment(postgres, "startup_" + System.nanoTime()
        % 100000);
    environment.put("DOSAR_ADMIN_USER", "demo");
    environment.put("DOSAR_ADMIN_PASSWORD", "demo");
    for (String kind : List.of("first start (empty database)", "restart")) {
      start(results, "PostgreSQL (postgres profile)", kind,
          List.of("--spring.profiles.active=postgres", NO_PASSWORD_POLICY), environment);
    }
  }

  private void start(BenchResults results, String database, String kind, List<String> arguments,
      Map<String, String> environment) {
    try (BenchApp app = BenchApp.start(work.resolve("startup.log"), JVM, arguments,
        environment)) {
      Http admin = Http.as(app.port, "demo", "demo");
      double heap = app.heapUsedMb(admin);
      app.fullGc();
      String load = BenchResults.load();
      results.starts.add(new BenchResults.Start(database, kind, app.startSeconds, heap,
          app.heapUsedMb(admin), load));
    } catch (IllegalStateException notHealthy) {
      // Reported, not fatal: the other measurements of the run still count.
      results.starts.add(new BenchResults.Start(database, kind + " — " + notHealthy.getMessage(),
          Double.NaN, Double.NaN, Double.NaN, BenchResults.load()));
    }
  }

  /** P2: pgbench, 1 client, its default (TPC-B-like) script, on the same server. */
  private void pgbench(EmbeddedPostgres postgres, BenchResults results) {
    String database = "pgbench_" + System.nanoTime() % 100000;
    createDatabase(postgres, database);
    List<String> connection = List.of("-h", "localhost", "-p",
        String.valueOf(postgres.getPort()), "-U", "postgres");
    try {
      List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", "10"));
      init.addAll(connection);
      init.add(database);
      run(init);
      List<String> bench = new ArrayList<>(List.of("pgbench", "-c", "1", "-T",
          String.valueOf(pgbenchSeconds)));
      bench.addAll(connection);
      bench.add(database);
      String output = run(bench);
      results.pgbenchLoad = BenchResults.load();
      Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)")
          .matcher(output);
      if (!tps.find()) {
        results.pgbench = "pgbench gave no TPS: " + output.replace('\n', ' ');
        return;
      }
      results.pgbenchTps = Double.parseDouble(tps.group(1));
      results.pgbench = "pgbench -c 1 -T " + pgbenchSeconds + " (scale 10, default script): "
          + String.format(java.util.Locale.ROOT, "%.0f", results.pgbenchTps) + " TPS.";
    } catch (IOException e) {
      results.pgbench = "P2 skipped: pgbench is not installed (Debian package "
          + "postgresql-client; scripts/bench installs it when it can).";
    }
  }

  private static String run(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", "postgres");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      process.waitFor(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return output;
  }

  private static Map<String, String> environment(EmbeddedPostgres postgres, String database) {
    createDatabase(postgres, database);
    Map<String, String> environment = new java.util.HashMap<>();
    environment.put("DB_URL", postgres.getJdbcUrl("postgres", database));
    environment.put("DB_USER", "postgres");
    environment.put("DB_PASSWORD", "postgres");
    environment.put("DOSAR_ADMIN_USER", "administrator");
    environment.put("DOSAR_ADMIN_PASSWORD", "administrator");
    return environment;
  }

  private static void createDatabase(EmbeddedPostgres postgres, String database) {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create database " + database, e);
    }
  }

  /** Cores, memory and load: the numbers above mean little without them. */
  private static String machine() {
    String memory = "?";
    String load = "?";
    try {
      memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
      load = Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException unknown) {
      // not Linux: leave it unknown
    }
    return Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", load average "
        + load + ", Java " + System.getProperty("java.version");
  }
}
