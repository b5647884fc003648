package ro.dosar.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A request that failed because the database could not be reached (PostgreSQL stopping,
 * restarting or failing over; the pool unable to open a connection in time) is answered
 * {@code 503 Service Unavailable} with {@code Retry-After}, in Romanian, on every path: Dosar's
 * {@code /api}, the engine REST API, the webapps' APIs, the {@code /error} dispatch, the login.
 * Never a 500: the client did nothing wrong and the same request succeeds once the database is
 * back.
 *
 * <p>Recognised by the failure itself, wherever it is in the chain of causes (the process
 * engine, MyBatis and Spring wrap the driver's exception): a connection-level SQL state (class
 * {@code 08}, PostgreSQL's {@code 57P01}–{@code 57P03} shutdown and start-up states), the pool's
 * timeout ({@link SQLTransientConnectionException}), or Spring's translation of those
 * ({@link DataAccessResourceFailureException}).
 */
public final class DatabaseUnavailable {

  public static final int RETRY_AFTER_SECONDS = 30;
  public static final String TITLE = "Serviciu temporar indisponibil";
  public static final String DETAIL = "Baza de date nu răspunde în acest moment, iar cererea nu "
      + "a putut fi dusă la capăt. Reîncercați peste câteva momente.";

  private DatabaseUnavailable() {
  }

  /** Whether the failure, or anything it wraps, is a lost or refused database connection. */
  public static boolean causedBy(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> next = new ArrayDeque<>();
    if (thrown != null) {
      next.push(thrown);
    }
    while (!next.isEmpty()) {
      Throwable t = next.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (lostConnection(t)) {
        return true;
      }
      if (t.getCause() != null) {
        next.push(t.getCause());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        next.push(sql.getNextException());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        next.push(suppressed);
      }
    }
    return false;
  }

  private static boolean lostConnection(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof DataAccessResourceFailureException
        || t instanceof TransientDataAccessResourceException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // 08: connection exception; 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
      // connect now (the server is starting up or shutting down).
      return state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
          || state.equals("57P03");
    }
    return false;
  }

  /** The answer of Dosar's {@code /api}: problem+json with {@code Retry-After}. */
  public static ResponseEntity<ProblemDetail> response() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        DETAIL);
    problem.setTitle(TITLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS)).body(problem);
  }
}
