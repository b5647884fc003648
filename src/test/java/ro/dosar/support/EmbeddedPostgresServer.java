package ro.dosar.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL 16 server for the tests, started once per test JVM from the embedded binaries
 * on Maven Central (no Docker, nothing installed), and stopped by its own shutdown hook when the
 * JVM exits. A context that uses it is closed when the next configuration's context starts
 * ({@link OneLiveContext}), after the class itself with {@code @DirtiesContext}, or at the end of
 * the JVM.
 */
public final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgresServer() {
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // No fsync: the server and its data are thrown away when the JVM ends, and every
        // context's schema (Flyway, the engine's tables) is created with fewer disk flushes.
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return server;
  }

  /**
   * Creates a fresh database and points the "postgres" profile's variables at it, as an operator
   * would with DB_URL, DB_USER and DB_PASSWORD.
   */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    String url = newDatabaseUrl();
    registry.add("DB_URL", () -> url);
    registry.add("DB_USER", () -> "postgres");
    registry.add("DB_PASSWORD", () -> "postgres");
  }

  /**
   * The same as {@link #register}, as a context initializer: the database of
   * {@link DosarOnPostgresTest}, whose classes share one configuration.
   */
  public static final class FreshDatabase
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
          "embeddedPostgres", Map.of("DB_URL", newDatabaseUrl(), "DB_USER", "postgres",
              "DB_PASSWORD", "postgres")));
    }
  }

  /** Creates a fresh database; returns its JDBC URL (user and password "postgres"). */
  public static synchronized String newDatabaseUrl() {
    EmbeddedPostgres postgres = server();
    String database = "dosar_test_" + (++databases);
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create test database " + database, e);
    }
    return postgres.getJdbcUrl("postgres", database);
  }
}
