package ro.dosar.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures mean "the database is unreachable" (issue 20): the chains of wrapped exceptions
 * that requests in flight got when PostgreSQL stopped, as the engine, MyBatis, Spring and the
 * pool build them, are a 503 with Retry-After from Dosar's /api and from the /error page; a
 * failure of anything else stays what it was.
 */
class DatabaseUnavailableTest {

  /** What a query on a connection the pool already evicted gets (HikariCP's proxy). */
  private static SQLException connectionClosed() {
    return new SQLException("Connection is closed", "08003");
  }

  /** What the pool's wait for a connection ends in while PostgreSQL refuses connections. */
  private static SQLTransientConnectionException poolTimeout() {
    return new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 5000ms.", "08001",
        new PSQLException("Connection to localhost:5432 refused.",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused")));
  }

  @Test
  void engineQueryOnAClosedConnection_isUnavailable() {
    Exception failure = new ProcessEngineException("ENGINE-03004 Exception while executing "
        + "Database Operation", new PersistenceException("### Error querying database.",
        connectionClosed()));

    assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
  }

  @Test
  void transactionThatCouldNotOpenAConnection_isUnavailable() {
    Exception failure = new CannotCreateTransactionException(
        "Could not open JDBC Connection for transaction", poolTimeout());

    assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
  }

  @Test
  void commitOnATerminatedBackend_isUnavailable() {
    Exception failure = new TransactionSystemException("Could not commit JDBC transaction",
        new SQLException("FATAL: terminating connection due to administrator command",
            "57P01"));

    assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
  }

  @Test
  void serverStartingUpOrShuttingDown_isUnavailable() {
    Exception failure = new RuntimeException(new SQLException(
        "FATAL: the database system is shutting down", "57P03"));

    assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
  }

  @Test
  void springTranslationOfAConnectionFailure_isUnavailable() {
    assertThat(DatabaseUnavailable.causedBy(
        new DataAccessResourceFailureException("Failed to obtain JDBC Connection"))).isTrue();
  }

  @Test
  void connectionFailureOnlySuppressedOrChained_isUnavailable() {
    RuntimeException rollback = new IllegalStateException("rollback failed");
    rollback.addSuppressed(new PSQLException("An I/O error occurred while sending to the backend.",
        PSQLState.CONNECTION_FAILURE));
    SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
    batch.setNextException(connectionClosed());

    assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    assertThat(DatabaseUnavailable.causedBy(batch)).isTrue();
  }

  @Test
  void otherFailures_areNotUnavailable() {
    Exception uniqueKey = new ProcessEngineException("ENGINE-03004",
        new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION));
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(DatabaseUnavailable.causedBy(uniqueKey)).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("too long")))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    assertThat(DatabaseUnavailable.causedBy(first)).as("a cycle of causes ends").isFalse();
    assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
  }

  @Test
  void apiRequestInFlightWhenTheDatabaseStops_answers503WithRetryAfter() {
    ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().unexpected(
        new ProcessEngineException("ENGINE-03004", new PersistenceException(poolTimeout())));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(answer.getBody().getTitle()).isEqualTo("Serviciu temporar indisponibil");
    assertThat(answer.getBody().getDetail()).startsWith("Baza de date nu răspunde");
    assertThat(answer.getBody().getProperties()).as("no incident id: nothing to report")
        .isNull();
  }

  @Test
  void apiRequestFailingForAnotherReason_staysA500() {
    ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().unexpected(
        new IllegalStateException("a bug"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
  }

  @Test
  void errorDispatchOfALostConnection_answers503WithRetryAfter() {
    ProblemErrorController errors = new ProblemErrorController(new DefaultErrorAttributes(),
        new ServerProperties(), List.of());
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/calendar/non-working-days");
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(
        "Failed to load the session", new DataAccessResourceFailureException("closed",
        connectionClosed())));

    ResponseEntity<Map<String, Object>> answer = errors.error(request);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(answer.getBody()).containsEntry("status", 503)
        .containsEntry("title", DatabaseUnavailable.TITLE)
        .containsEntry("detail", DatabaseUnavailable.DETAIL);
  }

  @Test
  void errorDispatchOfAnotherFailure_keepsItsStatus() {
    ProblemErrorController errors = new ProblemErrorController(new DefaultErrorAttributes(),
        new ServerProperties(), List.of());
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"));

    ResponseEntity<Map<String, Object>> answer = errors.error(request);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
  }
}
