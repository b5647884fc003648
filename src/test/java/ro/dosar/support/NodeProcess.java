package ro.dosar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ro.dosar.DosarApplication;

/**
 * One node of a Dosar cluster as a process of its own: {@code java -cp <the test classpath>
 * ro.dosar.DosarApplication} with the command line of a {@link ClusterNode} (the production
 * profile on the shared PostgreSQL) and its own port. Unlike a node in the test JVM it can be
 * killed for real: {@link #kill()} is {@link Process#destroyForcibly()}, SIGKILL on Linux — no
 * shutdown hook, no rollback of its own, its database connections cut when the kernel closes
 * its sockets. Test configuration classes are added with {@code spring.main.sources}. The
 * node's output goes to a file, shown when it fails to start.
 */
public final class NodeProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final int port;
  private final Path output;

  private NodeProcess(String name, Process process, int port, Path output) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /** Starts the process (without waiting for it: {@link #awaitStarted}). */
  public static NodeProcess start(String name, String url, Map<String, Object> extra,
      List<Class<?>> testConfiguration, String... profiles) {
    try {
      int port = freePort();
      Map<String, Object> properties = new LinkedHashMap<>(extra);
      properties.put("server.port", port);
      if (!testConfiguration.isEmpty()) {
        properties.put("spring.main.sources", testConfiguration.stream().map(Class::getName)
            .collect(Collectors.joining(",")));
      }
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"), DosarApplication.class.getName()));
      command.addAll(ClusterNode.arguments(url, properties, profiles));
      Path output = Files.createTempFile("dosar-" + name + "-", ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      return new NodeProcess(name, process, port, output);
    } catch (IOException e) {
      throw new UncheckedIOException("The node " + name + " did not start", e);
    }
  }

  /** Waits until the node answers {@code /actuator/health} with 200; fails if it died. */
  public NodeProcess awaitStarted(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("The node " + name + " stopped (exit " + process.exitValue()
            + "):\n" + tail());
      }
      try {
        HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(
                URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The node " + name + " did not start within " + patience + ":\n"
        + tail());
  }

  /** SIGKILL (on Linux), and waits until the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public boolean alive() {
    return process.isAlive();
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(output);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
