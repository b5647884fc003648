package ro.dosar.discipline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
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
    execution.setVariable(Variables.CASE_OUTCOME, outcome);
  }

  static void setHardDeadline(WorkingDayCalendar calendar, DelegateExecution execution,
      HardDeadline hard) {
    execution.setVariable(Variables.HARD_DEADLINE, hard.date().toString());
    execution.setVariable(Variables.HARD_DEADLINE_RULE, hard.rule());
    execution.setVariable(Variables.HARD_DEADLINE_AT, calendar.endOfDay(hard.date()));
  }

  static long caseId(DelegateExecution execution) {
    return DisciplinaryCaseProcess.caseId(execution);
  }

  static EmployeeCategory category(DelegateExecution execution) {
    Object value = execution.getVariable(Variables.EMPLOYEE_CATEGORY);
    try {
      return EmployeeCategory.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw FormRejection.reject(Variables.EMPLOYEE_CATEGORY,
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
