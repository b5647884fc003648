package ro.dosar.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import ro.dosar.web.DatabaseUnavailable;

/**
 * The engine REST API (and the webapps' engine API, which uses the same mapper) answers a
 * request whose database connection was lost or refused with 503 problem+json and Retry-After
 * (issue 20), however the engine wrapped the failure; other failures keep their answers.
 */
class EngineRestOutageTest {

  private final EngineRestExceptionMapper mapper = new EngineRestExceptionMapper();

  @Test
  void engineQueryOnAClosedConnection_answers503() {
    Response answer = mapper.toResponse(new ProcessEngineException("ENGINE-03004 Exception "
        + "while executing Database Operation", new PersistenceException(
        new SQLException("Connection is closed", "08003"))));

    assertUnavailable(answer);
  }

  @Test
  void restLayerWrappingThePoolTimeout_answers503() {
    SQLTransientConnectionException timeout = new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 5000ms.", "08001",
        new PSQLException("Connection to localhost:5432 refused.",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused")));

    Response answer = mapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-03004", new PersistenceException(timeout)), "failed"));

    assertUnavailable(answer);
  }

  @Test
  void flushFailingOnATerminatedBackend_answers503NotAConflict() {
    OptimisticLockingException flush = new OptimisticLockingException("ENGINE-03005 flush");
    flush.initCause(new SQLException("FATAL: terminating connection due to administrator "
        + "command", "57P01"));

    assertUnavailable(mapper.toResponse(flush));
  }

  @Test
  void otherFailures_keepTheirAnswers() {
    assertThat(mapper.toResponse(new IllegalStateException("a bug")).getStatus()).isEqualTo(500);
    assertThat(mapper.toResponse(new ProcessEngineException("ENGINE-03004",
        new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))).getStatus())
        .isEqualTo(409);
    assertThat(mapper.toResponse(new IllegalStateException("a bug")).getHeaders())
        .doesNotContainKey("Retry-After");
  }

  private static void assertUnavailable(Response answer) {
    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("30");
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) answer.getEntity();
    assertThat(body).containsEntry("status", 503)
        .containsEntry("title", DatabaseUnavailable.TITLE)
        .containsEntry("detail", DatabaseUnavailable.DETAIL);
  }
}
