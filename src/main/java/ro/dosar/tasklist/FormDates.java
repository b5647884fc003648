package ro.dosar.tasklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.calendar.CalendarProperties;

/**
 * The date fields of a form, read the same way by every check: form-js date fields send ISO
 * {@code yyyy-MM-dd} (a datetime field's first ten characters are its day), a step may have
 * stored a {@link Date} (its day in Europe/Bucharest).
 */
public final class FormDates {

  private FormDates() {
  }

  /**
   * The day a form value names, or null when it is empty.
   *
   * @throws DateTimeParseException if the value is not a date
   */
  public static LocalDate localDate(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return Instant.ofEpochMilli(date.getTime()).atZone(CalendarProperties.DEFAULT_ZONE)
          .toLocalDate();
    }
    String text = value.toString().strip();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** A required date field; refuses the submission when it is empty or not a date. */
  public static LocalDate date(VariableScope task, String field, String label) {
    Object value = task.getVariable(field);
    FormRejection.text(value, field, label);
    return optionalDate(task, field, label);
  }

  /** An optional date field: null when empty; refuses the submission when it is not a date. */
  public static LocalDate optionalDate(VariableScope task, String field, String label) {
    Object value = task.getVariable(field);
    try {
      return localDate(value);
    } catch (DateTimeParseException e) {
      throw FormRejection.reject(field, "„" + label + "” nu este o dată validă (AAAA-LL-ZZ).");
    }
  }
}
