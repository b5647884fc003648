package ro.dosar.contest;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.commission.Violation;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.tasklist.FormRejection;

/**
 * What every phase of a contest reads from its process variables and form fields, read in one
 * way: the contest's id, dates and times as the forms send them (Romanian local time), optional
 * texts, the "ADMIS"/"RESPINS" and yes/no choices; and the two things every phase does to the
 * contest: record its status and ask for one of its documents.
 */
public final class ContestVariables {

  /** The opinion subject and contestation stage of file selection. */
  public static final String SELECTION = "SELECTION";
  /** Form dates and times are Romanian local time (the calendar's default zone). */
  private static final java.time.ZoneId ZONE = ro.dosar.calendar.CalendarProperties.DEFAULT_ZONE;

  private ContestVariables() {
  }

  public static long contestId(VariableScope scope) {
    return ((Number) scope.getVariable(Variables.CONTEST_ID)).longValue();
  }

  public static VacancyType vacancyType(VariableScope scope) {
    return VacancyType.valueOf((String) scope.getVariable(Variables.VACANCY_TYPE));
  }

  /** Records the contest's status and tells the model ({@code contestStatus}). */
  public static void setStatus(ContestRepository contests, DelegateExecution execution, long id,
      ContestStatus status, String reason) {
    contests.setStatus(id, status, reason);
    execution.setVariable(Variables.CONTEST_STATUS, status.name());
  }

  /**
   * Asks for the contest document that {@code ContestDocumentSteps.method(contestId)} makes: off
   * the user's step (issue 20), by its own asynchronous job.
   */
  public static void requestDocument(DocumentGeneration documentGeneration,
      DelegateExecution execution, String method, long contestId) {
    documentGeneration.later(execution.getProcessBusinessKey(), "contestDocumentSteps", method,
        contestId);
  }

  /**
   * A yes/no decision of a task (approval, endorsement, signature) must be taken; the radio
   * button's "true"/"false" becomes a boolean variable the model's gateway reads.
   */
  public static boolean requireChoice(DelegateExecution task, String field) {
    return FormRejection.choice(task, field);
  }

  /** A box of a task form must be ticked before the task is finished. */
  public static void confirmed(DelegateExecution task, String field, String what) {
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(field)), field,
        "Confirmați " + what + " înainte de a finaliza.");
  }

  /** "ADMIS"/"RESPINS" from a radio group, as a boolean; refuses anything else. */
  public static Boolean decision(Object value, String field) {
    FormRejection.require("ADMIS".equals(value) || "RESPINS".equals(value), field,
        "Alegeți „admis” sau „respins”.");
    return "ADMIS".equals(value);
  }

  public static String optionalText(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }
  /** A date and time from a form-js datetime field ("2025-09-10T10:00", with or without zone). */
  public static LocalDateTime dateTime(Object value, String field, String label) {
    String text = FormRejection.text(value, field, label);
    try {
      if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$"))) {
        return java.time.OffsetDateTime.parse(text)
            .atZoneSameInstant(ZONE).toLocalDateTime();
      }
      return LocalDateTime.parse(text);
    } catch (RuntimeException e) {
      throw FormRejection.reject(field, "„" + label + "”: valoarea „" + text
          + "” nu este o dată și oră valide (AAAA-LL-ZZTHH:MM).");
    }
  }

  /** One line per broken rule, "RULE: message", for a form the model goes back to. */
  public static String describe(List<Violation> violations) {
    return String.join("\n", violations.stream()
        .map(violation -> violation.rule() + ": " + violation.message()).toList());
  }
}
