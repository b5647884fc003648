package ro.dosar.contest;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A message or decision that does not fit where the contest stands (a notice after the final
 * results, a postponement with no test ahead, …). Like any form rejection nothing is stored; the
 * contest's message endpoint answers it with 409 instead of 400.
 */
public class ContestStateRejection extends FormFieldValidationException {

  public ContestStateRejection(String message) {
    super("contestStatus", message);
  }

  /** Refuses unless {@code ok}. */
  public static void require(boolean ok, String message) {
    if (!ok) {
      throw new ContestStateRejection(message);
    }
  }
}
