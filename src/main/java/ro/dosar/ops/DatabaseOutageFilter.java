package ro.dosar.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ro.dosar.web.DatabaseUnavailable;

/**
 * While the database is unreachable (PostgreSQL restarting, a failover), {@code /api/**} and
 * {@code /engine-rest/**} answer {@code 503 Service Unavailable} as problem+json in Romanian with
 * {@code Retry-After}, instead of the 500 (or the 401, when the user's password could not be
 * checked) that the failed request would give. A request never waits longer than the pool's
 * connection timeout ({@code spring.datasource.hikari.connection-timeout}); once PostgreSQL is
 * back, the pool opens new connections (it validates each before use) and the same node serves
 * again, without a restart.
 *
 * <p>{@code /actuator/**} too: health asked with credentials (a monitoring system's) used to
 * answer 500, because checking the credentials needs the database; it now answers 503 with
 * the body health gives when the database is down ({@code {"status":"DOWN",…}}), as anonymous
 * health (a load balancer's) always did.
 *
 * <p>{@code /camunda/api/**} too: the webapps' own APIs (Cockpit's, Tasklist's, Admin's, and
 * their login) answer a lost connection with Camunda's 500.
 *
 * <p>A failure whose causes show a lost or refused connection ({@link DatabaseUnavailable}) is a
 * 503 at once; Dosar's handlers ({@code ApiExceptionHandler}, {@code EngineRestExceptionMapper},
 * the login's entry point, the {@code /error} page) answer it so themselves. Any other failed
 * answer (a 5xx, a 401) makes the filter ask the pool for a connection and check it; a failure
 * caused by anything else keeps its own answer.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseOutage(DataSource dataSource,
      ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
        new Filter(dataSource, json));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/*");
    // Before Spring Session and Spring Security: their own database failures are covered too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final DataSource dataSource;
    private final ObjectMapper json;

    Filter(DataSource dataSource, ObjectMapper json) {
      this.dataSource = dataSource;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, answer);
      } catch (IOException | ServletException | RuntimeException e) {
        if (DatabaseUnavailable.causedBy(e) || !reachable()) {
          unavailable(request, response);
          return;
        }
        throw e;
      }
      int status = answer.getStatus();
      // A 503 is already the answer (ApiExceptionHandler, EngineRestExceptionMapper and the
      // login recognise a lost connection themselves), except for health, which answers in its
      // own shape; any other failure asks the pool.
      boolean answered = status == 503 && !health(request);
      if (!answered && (status >= 500 || status == 401) && !reachable()) {
        answer.resetBuffer();
        unavailable(request, response);
        return;
      }
      answer.copyBodyToResponse();
    }

    private static boolean health(HttpServletRequest request) {
      return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    private boolean reachable() {
      try (Connection connection = dataSource.getConnection()) {
        return connection.isValid(2);
      } catch (SQLException e) {
        return false;
      }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      log.warn("Database unreachable: {} {} answered 503", request.getMethod(),
          request.getRequestURI());
      if (response.isCommitted()) {
        return;
      }
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After",
          Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      if (health(request)) {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("status", "DOWN",
            "components", Map.of("db", Map.of("status", "DOWN")))));
        return;
      }
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", DatabaseUnavailable.TITLE);
      problem.put("status", 503);
      problem.put("detail", DatabaseUnavailable.DETAIL);
      problem.put("instance", request.getRequestURI());
      response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
  }
}
