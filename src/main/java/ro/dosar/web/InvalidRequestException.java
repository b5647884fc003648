package ro.dosar.web;

import ro.dosar.domain.InvalidInputException;

/**
 * Bad input from a client, found by a controller: answered with 400 and an
 * {@code application/problem+json} body whose {@code field} names the offending field and whose
 * {@code detail} says in Romanian what is wrong. Throw it before anything is changed, so that a
 * refused request leaves no trace. Domain code throws {@link InvalidInputException}, which is
 * answered the same way.
 */
public class InvalidRequestException extends InvalidInputException {

  public InvalidRequestException(String field, String message) {
    super(field, message);
  }
}
