package ro.dosar.ops;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.EngineClock;

/**
 * The keys of the records a node makes once per database when it starts (table
 * {@code startup_record}): a start-up runner claims its key in the transaction that makes its
 * records, so two nodes never make them twice, even without the start-up lock
 * ({@link ClusterStartupLock}). On PostgreSQL the second claim waits for the first transaction
 * and then finds the key taken ({@code ON CONFLICT DO NOTHING}); a crashed first start leaves no
 * key, so the next start makes the records.
 */
@Component
public class StartupRecords {

  private final JdbcClient jdbc;
  private final boolean postgres;

  public StartupRecords(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's product name", e);
    }
  }

  /**
   * Claims the record's key for this start, in the caller's transaction; false if it was made
   * before (then the caller makes nothing).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean claim(String key) {
    if (postgres) {
      return jdbc.sql("INSERT INTO startup_record (record_key, created_at) VALUES (?, ?) "
          + "ON CONFLICT DO NOTHING").params(key, EngineClock.timestamp()).update() == 1;
    }
    // H2 is the database of one node only.
    if (jdbc.sql("SELECT COUNT(*) FROM startup_record WHERE record_key = ?").param(key)
        .query(Long.class).single() > 0) {
      return false;
    }
    jdbc.sql("INSERT INTO startup_record (record_key, created_at) VALUES (?, ?)")
        .params(key, EngineClock.timestamp()).update();
    return true;
  }
}
