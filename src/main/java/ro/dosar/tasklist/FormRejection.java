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

  /**
   * A yes/no decision of a task (radio "true"/"false") must be taken; the choice, held locally by
   * the task so that each round of a loop starts empty, is copied to the process instance as a
   * boolean for the gateway after the task.
   */
  public static boolean choice(org.camunda.bpm.engine.delegate.DelegateExecution task,
      String field) {
    Object value = task.getVariable(field);
    boolean yes = Boolean.TRUE.equals(value) || "true".equals(value);
    boolean no = Boolean.FALSE.equals(value) || "false".equals(value);
    require(yes || no, field, "Alegeți una dintre opțiuni înainte de a finaliza.");
    task.getProcessInstance().setVariable(field, yes);
    return yes;
  }
}
