package ro.dosar.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says in the log, once ready, which profiles and which database this instance runs on. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final Environment environment;
  private final DataSource dataSource;

  StartupReport(Environment environment, DataSource dataSource) {
    this.environment = environment;
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    String[] active = environment.getActiveProfiles();
    String profiles = Arrays.toString(active.length > 0 ? active : environment.getDefaultProfiles());
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      log.info("Dosar ready: profiles {}, database {} {} at {} (user {})", profiles,
          meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL(),
          meta.getUserName());
    } catch (SQLException e) {
      log.error("Dosar started with profiles {} but the database does not answer", profiles, e);
    }
  }
}
