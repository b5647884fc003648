package ro.dosar.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * For measurements only: records every statement the application prepares on its DataSource
 * (SQL, parameters, thread, time spent executing it, rows read from its result) while
 * {@link #recording} is on, whoever prepares it (the engine's MyBatis mappers, Dosar's JDBC).
 * Off, it only passes the calls on.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementRecorder {

  /** One execution: its time in {@code execute…} (the driver reads the rows there) and rows. */
  record Recorded(String thread, String sql, List<Object> parameters, long nanos,
      AtomicInteger rows) {
  }

  static final Queue<Recorded> RECORDED = new ConcurrentLinkedQueue<>();
  static volatile boolean recording;

  @Bean
  static BeanPostProcessor statementRecordingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && "dataSource".equals(name)
            ? new Recording(dataSource) : bean;
      }
    };
  }

  static final class Recording extends DelegatingDataSource {

    Recording(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return connection(super.getConnection(user, password));
    }
  }

  private static Connection connection(Connection target) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      Object result = invoke(target, method, arguments);
      if (recording && method.getName().equals("prepareStatement")
          && result instanceof PreparedStatement statement) {
        return prepared(statement, (String) arguments[0]);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  private static PreparedStatement prepared(PreparedStatement target, String sql) {
    Map<Integer, Object> parameters = new TreeMap<>();
    AtomicReference<Recorded> last = new AtomicReference<>();
    InvocationHandler handler = (proxy, method, arguments) -> {
      String name = method.getName();
      if (name.startsWith("set") && arguments != null && arguments.length >= 2
          && arguments[0] instanceof Integer index) {
        parameters.put(index, name.equals("setNull") ? null : arguments[1]);
      }
      if (name.startsWith("execute")) {
        long started = System.nanoTime();
        Object result = invoke(target, method, arguments);
        Recorded recorded = new Recorded(Thread.currentThread().getName(), sql,
            new ArrayList<>(parameters.values()), System.nanoTime() - started,
            new AtomicInteger());
        RECORDED.add(recorded);
        last.set(recorded);
        return result instanceof ResultSet rows ? counted(rows, recorded.rows()) : result;
      }
      Object result = invoke(target, method, arguments);
      // MyBatis executes, then asks for the result set.
      return result instanceof ResultSet rows && last.get() != null
          ? counted(rows, last.get().rows()) : result;
    };
    return (PreparedStatement) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, handler);
  }

  /** The result set, counting the rows read from it. */
  private static ResultSet counted(ResultSet target, AtomicInteger rows) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      Object result = invoke(target, method, arguments);
      if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
        rows.incrementAndGet();
      }
      return result;
    };
    return (ResultSet) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] arguments)
      throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
