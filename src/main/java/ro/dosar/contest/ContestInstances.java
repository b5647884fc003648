package ro.dosar.contest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;

/**
 * The process instances of one contest: its {@code contestHiring} instance and every instance it
 * called and is waiting for (a test stage, a contestation round, …). Suspension, resumption and
 * the shifting of deadlines act on all of them at once, so that nothing of a suspended contest
 * advances or expires (§8.5(1)-(2)).
 */
@Component
public class ContestInstances {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final WorkingDayCalendar calendar;

  public ContestInstances(RuntimeService runtime, ManagementService management,
      TaskService tasks, WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.calendar = calendar;
  }

  /** The contest's instance and, depth first, the instances it called; minus {@code except}. */
  public List<String> tree(String rootId, Set<String> except) {
    List<String> ids = new ArrayList<>();
    collect(rootId, except, ids);
    return ids;
  }

  private void collect(String id, Set<String> except, List<String> ids) {
    if (except.contains(id)) {
      return;
    }
    ids.add(id);
    for (ProcessInstance child : runtime.createProcessInstanceQuery().superProcessInstanceId(id)
        .list()) {
      collect(child.getId(), except, ids);
    }
  }

  /** Timers stop, tasks cannot be completed, messages are not received: Cockpit shows it. */
  public void suspend(List<String> instanceIds) {
    for (String id : instanceIds) {
      runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(id).suspend();
    }
  }

  public void activate(List<String> instanceIds) {
    for (String id : instanceIds) {
      runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(id).activate();
    }
  }

  /**
   * Moves every pending deadline of the instances by the working days the contest stood still:
   * the timers' due dates, the tasks' due dates and the deadlines kept in variables for timers
   * not created yet (a date variable named {@code …DueAt} or {@code …DeadlineAt}). Each keeps its
   * time of day. So a contest suspended with 1 of its 2 selection days left has 1 left when it
   * resumes.
   */
  public void shiftDeadlines(List<String> instanceIds, int workingDays) {
    if (workingDays <= 0) {
      return;
    }
    for (String id : instanceIds) {
      for (Job job : management.createJobQuery().processInstanceId(id).timers().list()) {
        management.setJobDuedate(job.getId(), shift(job.getDuedate(), workingDays));
      }
      for (Task task : tasks.createTaskQuery().processInstanceId(id).list()) {
        if (task.getDueDate() != null) {
          task.setDueDate(shift(task.getDueDate(), workingDays));
          tasks.saveTask(task);
        }
      }
      for (VariableInstance variable : runtime.createVariableInstanceQuery()
          .processInstanceIdIn(id).list()) {
        if (variable.getValue() instanceof Date date && (variable.getName().endsWith("DueAt")
            || variable.getName().endsWith("DeadlineAt"))) {
          runtime.setVariableLocal(variable.getExecutionId(), variable.getName(),
              shift(date, workingDays));
        }
      }
    }
  }

  Date shift(Date date, int workingDays) {
    ZonedDateTime at = date.toInstant().atZone(calendar.zone());
    LocalDate day = calendar.addWorkingDays(at.toLocalDate(), workingDays);
    return Date.from(day.atTime(at.toLocalTime()).atZone(calendar.zone()).toInstant());
  }
}
