package ro.dosar.domain;

/**
 * A value the rules refuse: a score outside its range, a missing field, an unknown category. The
 * message says in Romanian what is wrong and what to do; {@link #getField()} names the field as
 * the caller sent it. Domain code throws it before anything is changed; the edges translate it:
 * the web API answers 400 {@code application/problem+json} with this field and message, a task
 * form check refuses the submission on this field ({@code tasklist.FormRejection}).
 */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field at fault, as the caller named it. */
  public String getField() {
    return field;
  }
}
