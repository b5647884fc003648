package ro.dosar.tasklist;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The server-side re-check of a task or start form (a REST client can bypass the form's own
 * validation). Throwing it from a task listener or a start step refuses the submission as a whole:
 * nothing is stored, the engine REST API answers 400 with the Romanian message, and Tasklist shows
 * it in a red notification at the bottom right, the form keeping what the user typed.
 */
public final class FormRejection {

  private FormRejection() {
  }

  /** Refuses the submission unless {@code ok}. */
  public static void require(boolean ok, String field, String message) {
    if (!ok) {
      throw reject(field, message);
    }
  }

  public static FormFieldValidationException reject(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  /** A required text field: present and not blank. */
  public static String text(Object value, String field, String label) {
    String text = value == null ? "" : value.toString().strip();
    require(!text.isEmpty(), field, "Câmpul „" + label + "” este obligatoriu.");
    return text;
  }
}
