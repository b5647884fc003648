package ro.dosar.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Several nodes on one PostgreSQL database start one at a time: the start-up of a node — Flyway,
 * the engine's schema creation or update, and every start-up runner (the models' deployment,
 * institutions, groups, authorizations, filters, demo data) — runs under a PostgreSQL session
 * advisory lock. The lock is taken as soon as the data source exists, before anything uses it,
 * and released after the last {@link ApplicationRunner} (this one, ordered last) or when the
 * start-up fails. A node that comes second waits, then finds everything made and makes nothing
 * twice; a node killed while holding the lock loses it with its connection.
 *
 * <p>Without it two nodes started together on an empty database both create the engine's schema
 * and one fails ({@code duplicate key value violates unique constraint
 * "pg_type_typname_nsp_index"}, ENGINE-03015). Other databases (the embedded H2 of one node)
 * take no lock.
 */
@Component
class ClusterStartupLock implements BeanPostProcessor, ApplicationRunner, DisposableBean,
    Ordered {

  /** The advisory lock's key: "dosar" read as a number, so that other applications miss it. */
  static final long KEY = 0x646f736172L;
  private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);

  private Connection held;
  private boolean taken;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !taken) {
      taken = true;
      lock(dataSource);
    }
    return bean;
  }

  private synchronized void lock(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      if (!advisory(connection, "SELECT pg_try_advisory_lock(?)")) {
        log.info("Another node is starting on this database; waiting for it to finish");
        advisory(connection, "SELECT pg_advisory_lock(?) IS NULL");
      }
      held = connection;
      log.info("Start-up lock taken");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock on the database", e);
    }
  }

  private static boolean advisory(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /** After every other start-up runner. */
  @Override
  public void run(ApplicationArguments args) {
    release();
  }

  /** The start-up failed (the context closes) or the node stops. */
  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      advisory(connection, "SELECT pg_advisory_unlock(?)");
      log.info("Start-up lock released");
    } catch (SQLException e) {
      log.warn("Start-up lock: the connection holding it is lost; the lock went with it", e);
    } finally {
      held = null;
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
