package ro.dosar.tasklist;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A start refused because the procedure already runs (or ran) for that institution and period:
 * an evaluation campaign for a year, a Moldovan function evaluation cycle, an annual monitoring
 * report. Thrown from a start listener it stops the start as a whole (nothing is stored); the
 * engine REST API answers {@code 409 Conflict} with the Romanian message (it passes a
 * {@link RestException}'s status through), and Tasklist shows the message.
 */
public class AlreadyStarted extends RestException {

  public AlreadyStarted(String message) {
    super(Response.Status.CONFLICT, message);
  }
}
