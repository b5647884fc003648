package ro.dosar.web;

/**
 * Bad input from a client: answered with 400 and an {@code application/problem+json} body whose
 * {@code field} names the offending field and whose {@code detail} says in Romanian what is wrong.
 * Throw it before anything is changed, so that a refused request leaves no trace.
 */
public class InvalidRequestException extends RuntimeException {

  private final String field;

  public InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
