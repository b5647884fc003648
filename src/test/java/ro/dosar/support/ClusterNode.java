package ro.dosar.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ro.dosar.DosarApplication;

/**
 * One node of a Dosar cluster inside the test JVM: a whole application context of its own (its
 * engine, its job executor, its connection pool, its web server on a free port) on a shared
 * PostgreSQL database, as the production profile runs it.
 *
 * <p>Several nodes live in one JVM, so what Camunda keeps in static registries (the engine by
 * name, used by the REST API and the webapps; {@code ClockUtil}) is shared between them. The
 * nodes share one database, so whichever engine answers a webapp or REST request reads and writes
 * the same data; the tests drive each node through its own beans and its own engine.
 */
public final class ClusterNode implements AutoCloseable {

  private final String name;
  private final ConfigurableApplicationContext context;

  private ClusterNode(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  /** The database a cluster shares: a fresh one on the embedded PostgreSQL server. */
  public static String newDatabase() {
    return EmbeddedPostgresServer.newDatabaseUrl();
  }

  /**
   * Starts nodes at the same moment (one thread each) on the database at {@code url}, with the
   * given profiles and properties; fails if any of them fails to start.
   */
  public static List<ClusterNode> startTogether(int count, String url, Map<String, Object> extra,
      String... profiles) {
    List<CompletableFuture<ClusterNode>> starting = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String name = "node" + i;
      starting.add(CompletableFuture.supplyAsync(() -> start(name, url, extra, profiles)));
    }
    List<ClusterNode> nodes = new ArrayList<>();
    RuntimeException failure = null;
    for (CompletableFuture<ClusterNode> node : starting) {
      try {
        nodes.add(node.join());
      } catch (CompletionException e) {
        failure = failure == null ? new IllegalStateException("A node did not start",
            e.getCause()) : failure;
      }
    }
    if (failure != null) {
      nodes.forEach(ClusterNode::close);
      throw failure;
    }
    return nodes;
  }

  /** Starts one node (production profile "postgres" plus the given profiles). */
  public static ClusterNode start(String name, String url, Map<String, Object> extra,
      String... profiles) {
    return start(name, url, extra, List.of(), profiles);
  }

  /**
   * Starts one node with test configuration classes added to the application (hooks a test
   * needs inside the node, such as a pause at a chosen step).
   */
  public static ClusterNode start(String name, String url, Map<String, Object> extra,
      List<Class<?>> testConfiguration, String... profiles) {
    List<Class<?>> sources = new ArrayList<>(List.of(DosarApplication.class));
    sources.addAll(testConfiguration);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(
            sources.toArray(Class<?>[]::new))
        .registerShutdownHook(false)
        .listeners(new LoggingInitialisation(true), new LoggingInitialisation(false))
        .run(arguments(url, extra, profiles).toArray(String[]::new));
    return new ClusterNode(name, context);
  }

  /**
   * The command line of a node on the database at {@code url}: the production profile
   * "postgres" plus the given profiles, and the properties an operator would give, as
   * command-line arguments (they take precedence over application.yaml, as an operator's do).
   * A node in this JVM and a node in a process of its own ({@link NodeProcess}) start from it.
   */
  static List<String> arguments(String url, Map<String, Object> extra, String... profiles) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("DB_URL", url);
    properties.put("DB_USER", "postgres");
    properties.put("DB_PASSWORD", "postgres");
    properties.put("DOSAR_ADMIN_USER", "demo");
    properties.put("DOSAR_ADMIN_PASSWORD", "demo");
    // The nodes' test users log in with their ids as passwords; the production password policy
    // is tested on its own (ProductionProfileTest).
    properties.put("camunda.bpm.generic-properties.properties.enable-password-policy", "false");
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.jmx.enabled", "false");
    properties.put("management.metrics.export.defaults.enabled", "true");
    properties.putAll(extra);
    List<String> active = new ArrayList<>(List.of(profiles));
    active.add("postgres");
    properties.put("spring.profiles.active", String.join(",", active));
    return properties.entrySet().stream()
        .map(property -> "--" + property.getKey() + "=" + property.getValue()).toList();
  }

  /**
   * What a node that works on the procedures needs beside the database: the institution UVT,
   * the SMTP server at {@code smtpPort} (none when null), its job executor on and looking for
   * due jobs often (tests move the engine's clock), and the time after which another node takes
   * the jobs a stopped or killed node had locked (default 5 minutes).
   */
  public static Map<String, Object> workingNode(Integer smtpPort, long lockTimeMillis) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("dosar.institutions[0].code", "UVT");
    properties.put("dosar.institutions[0].name", "Universitatea de Vest din Timișoara");
    properties.put("dosar.institutions[0].country", "RO");
    if (smtpPort != null) {
      properties.put("spring.mail.host", "localhost");
      properties.put("spring.mail.port", smtpPort);
    }
    properties.put("camunda.bpm.job-execution.enabled", "true");
    properties.put("camunda.bpm.job-execution.max-wait", "500");
    properties.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
    properties.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(lockTimeMillis));
    return properties;
  }

  /**
   * Logging is one system per JVM: nodes starting at the same moment in one JVM would configure
   * it at once and break each other's configuration. This pair of listeners, around Spring Boot's
   * logging initialisation, lets one node at a time through that step (a test-harness matter:
   * real nodes are separate JVMs).
   */
  private static final class LoggingInitialisation
      implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private final boolean before;

    LoggingInitialisation(boolean before) {
      this.before = before;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      if (before) {
        LOCK.lock();
      } else if (LOCK.isHeldByCurrentThread()) {
        LOCK.unlock();
      }
    }

    @Override
    public int getOrder() {
      return LoggingApplicationListener.DEFAULT_ORDER + (before ? -1 : 1);
    }
  }

  public String name() {
    return name;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public boolean running() {
    return context.isActive();
  }

  @Override
  public void close() {
    if (context.isActive()) {
      context.close();
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
