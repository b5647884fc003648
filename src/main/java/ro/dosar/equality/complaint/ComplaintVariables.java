package ro.dosar.equality.complaint;

import java.time.LocalDateTime;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.tasklist.FormRejection;

/**
 * What the steps of a complaint read and write the same way: the case of the process, its
 * status, the task's form fields cleaned away (only {@link ComplaintSteps#PROCESS_VARIABLES}
 * stay), yes/no answers, who acts and when (the engine's clock).
 */
public final class ComplaintVariables {

  private ComplaintVariables() {
  }

  static ComplaintCase complaint(ComplaintRepository cases, DelegateExecution execution) {
    return cases.find(complaintId(execution)).orElseThrow();
  }

  static long complaintId(VariableScope execution) {
    return ((Number) execution.getVariable(Variables.COMPLAINT_ID)).longValue();
  }

  static void setStatus(ComplaintRepository cases, DelegateExecution execution, long id,
      String status) {
    cases.setStatus(id, status);
    execution.setVariable(Variables.STATUS, status);
  }

  /**
   * Removes the form's fields from the task and anything a client added to the process instance
   * beyond {@link ComplaintSteps#PROCESS_VARIABLES}.
   */
  static void clean(DelegateExecution task) {
    if (!task.getId().equals(task.getProcessInstanceId())) {
      task.removeVariablesLocal();
    }
    DelegateExecution instance = task.getProcessInstance();
    for (String name : new ArrayList<>(instance.getVariableNamesLocal())) {
      if (!ComplaintSteps.PROCESS_VARIABLES.contains(name)) {
        instance.removeVariableLocal(name);
      }
    }
  }

  static boolean flag(DelegateExecution task, String field) {
    Object value = task.getVariableLocal(field);
    boolean yes = yes(value);
    boolean no = Boolean.FALSE.equals(value) || "false".equals(value);
    FormRejection.require(yes || no, field, "Alegeți „da” sau „nu” pentru fiecare întrebare a "
        + "triajului.");
    return yes;
  }

  static boolean yes(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  static String currentUser(IdentityService identity) {
    return identity.getCurrentAuthentication() == null ? null
        : identity.getCurrentAuthentication().getUserId();
  }

  static LocalDateTime now(WorkingDayCalendar calendar) {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone())
        .withNano(0);
  }
}
