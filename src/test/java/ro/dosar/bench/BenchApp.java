package ro.dosar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ro.dosar.support.Http;

/**
 * Dosar started as a client would find it: its own JVM (the test class path), its own port, the
 * given profiles and properties; ready when {@code /actuator/health/readiness} answers UP.
 */
final class BenchApp implements AutoCloseable {

  final int port;
  final double startSeconds;
  private final Process process;

  private BenchApp(int port, Process process, double startSeconds) {
    this.port = port;
    this.process = process;
    this.startSeconds = startSeconds;
  }

  /**
   * Starts the application and waits until it is healthy: at most 30 minutes, because the bench
   * data of a large contest are generated before the application reports healthy.
   */
  static BenchApp start(Path log, List<String> jvmOptions, List<String> arguments,
      java.util.Map<String, String> environment) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("ro.dosar.DosarApplication");
    command.add("--server.port=" + port);
    command.addAll(arguments);
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      long started = System.nanoTime();
      Process process = builder.start();
      Http anonymous = Http.anonymous(port);
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("Dosar did not start, see " + log);
        }
        if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(30)) {
          process.destroyForcibly();
          throw new IllegalStateException("Dosar not healthy after 30 minutes, see " + log);
        }
        try {
          // Readiness, not the overall health: the overall status is DEGRADED (HTTP 200) while
          // no SMTP server answers or a job waits, which the bench has no use for; readiness is
          // UP once every start-up runner (the bench data among them) has finished.
          HttpResponse<String> health = anonymous.get("/actuator/health/readiness");
          if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
            break;
          }
        } catch (UncheckedIOException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      return new BenchApp(port, process, (System.nanoTime() - started) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Heap in use, in MB, as the application reports it (Prometheus endpoint, administrator). */
  double heapUsedMb(Http admin) {
    HttpResponse<String> metrics = admin.get("/actuator/prometheus");
    double bytes = 0;
    for (String line : metrics.body().split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    if (bytes == 0) {
      throw new IllegalStateException("No heap metric: HTTP " + metrics.statusCode());
    }
    return bytes / (1024 * 1024);
  }

  /** A full garbage collection in the application's JVM ({@code jcmd <pid> GC.run}). */
  void fullGc() {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.run")
          .redirectErrorStream(true).start();
      gc.getInputStream().readAllBytes();
      gc.waitFor(60, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return Http.json(response);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
