package ro.dosar.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On an H2 file database, H2 writes no trace file ({@code SET TRACE_LEVEL_FILE 0}) unless the
 * JDBC URL asks for one ({@code ;TRACE_LEVEL_FILE=…}).
 *
 * <p>H2 writes every {@link SQLException} it raises, with its whole stack, to
 * {@code <database>.trace.db}, and Spring's row mapper for records ({@code JdbcClient …
 * .query(Record.class)}) raises one for each camel-case component of each row it reads (it asks
 * for the column {@code fullName} before {@code full_name}). The demo data's first start raised
 * about 4,000 of them: an 85 MB trace file and, measured with JFR, 12 % of the main thread's
 * start-up (docs/performance.md, "P4: start-up"). Every error that matters reaches the
 * application, which logs it; the trace file only repeated them.
 */
@Component
class H2TraceFile implements BeanPostProcessor {

  private boolean done;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !done) {
      done = true;
      switchOff(dataSource);
    }
    return bean;
  }

  private static void switchOff(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
          || connection.getMetaData().getURL().toUpperCase().contains("TRACE_LEVEL_FILE")) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET TRACE_LEVEL_FILE 0");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set H2's trace level", e);
    }
  }
}
