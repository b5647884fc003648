package ro.dosar.discipline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;
import ro.dosar.tasklist.FormRejection;

/**
 * What every step of a disciplinary case reads from its variables and form fields, read in one
 * way (the case id, the employee's category, dates, whole numbers, optional texts), and the two
 * things several steps do: record the case's outcome and set its hard deadline.
 */
public final class DisciplineVariables {

  private DisciplineVariables() {
  }


  static void outcome(DisciplinaryCaseRepository cases, DelegateExecution execution,
      String outcome) {
    cases.setStatus(caseId(execution), outcome);
    execution.setVariable("caseOutcome", outcome);
  }

  static void setHardDeadline(WorkingDayCalendar calendar, DelegateExecution execution,
      HardDeadline hard) {
    execution.setVariable("hardDeadline", hard.date().toString());
    execution.setVariable("hardDeadlineRule", hard.rule());
    execution.setVariable("hardDeadlineAt", calendar.endOfDay(hard.date()));
  }

  static long caseId(DelegateExecution execution) {
    return ((Number) execution.getVariable("caseId")).longValue();
  }

  static EmployeeCategory category(DelegateExecution execution) {
    Object value = execution.getVariable("employeeCategory");
    try {
      return EmployeeCategory.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw FormRejection.reject("employeeCategory",
          "Alegeți categoria: funcționar public sau personal contractual.");
    }
  }

  static Integer integer(DelegateExecution execution, String field) {
    Object value = execution.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number number ? number.intValue()
          : Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      throw FormRejection.reject(field, "Valoarea „" + value + "” nu este un număr întreg.");
    }
  }

  static String optional(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
