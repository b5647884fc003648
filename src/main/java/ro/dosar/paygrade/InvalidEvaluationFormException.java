package ro.dosar.paygrade;

import java.util.List;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;

/**
 * A function evaluation form that cannot be scored or printed because {@value
 * PaygradeRules#VALIDATE_EVALUATION_FORM} finds it incomplete or wrong. The message, in Romanian,
 * lists every error; {@link #errors()} gives them one by one, with the form field concerned.
 */
public class InvalidEvaluationFormException extends IllegalArgumentException {

  private final transient List<FormError> errors;

  public InvalidEvaluationFormException(String message, List<FormError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** The broken rules of the form, in the table's order. */
  public List<FormError> errors() {
    return errors;
  }
}
