package ro.dosar.evaluation;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.published.RunningProcedures;
import ro.dosar.security.AsSystem;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;

/**
 * The performance evaluations HR's dashboard shows: the running evaluations of employees of the
 * user's institutions, to HR, the Director and administrators (as {@code
 * /api/evaluation/{user}/{year}/documents}); the stage is the task under way, the next deadline
 * the earliest due date of its open tasks.
 */
@Component
class EvaluationOverview implements RunningProcedures {

  private static final Pattern KEY = Pattern.compile("^EVALUARE-(.+)-(\\d{4})$");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final InstitutionScope scope;
  private final EmployeeRecords employees;
  private final ContestDocuments documents;
  private final WorkingDayCalendar calendar;

  EvaluationOverview(RuntimeService runtime, TaskService tasks, IdentityService identity,
      InstitutionScope scope, EmployeeRecords employees, ContestDocuments documents,
      WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.scope = scope;
    this.employees = employees;
    this.documents = documents;
    this.calendar = calendar;
  }

  @Override
  public List<RunningCase> running(Set<String> institutions) {
    if (!CurrentUser.inAnyGroup(RoleGroups.HR, RoleGroups.RECTOR, Groups.CAMUNDA_ADMIN)) {
      return List.of();
    }
    List<RunningCase> running = new ArrayList<>();
    for (ProcessInstance instance : AsSystem.call(identity, () -> runtime
        .createProcessInstanceQuery().processDefinitionKey(PerformanceEvaluationProcess.KEY)
        .list())) {
      Matcher key = instance.getBusinessKey() == null ? null
          : KEY.matcher(instance.getBusinessKey());
      if (key == null || !key.matches() || !scope.allowsUser(key.group(1))) {
        continue;
      }
      String user = key.group(1);
      int year = Integer.parseInt(key.group(2));
      List<Task> open = AsSystem.call(identity, () -> tasks.createTaskQuery()
          .processInstanceId(instance.getId()).orderByDueDate().asc().list());
      String stage = open.isEmpty() ? "În curs" : open.get(0).getName();
      int separator = stage.indexOf(" — ");
      stage = separator > 0 ? stage.substring(separator + 3) : stage;
      Date due = open.stream().map(Task::getDueDate).filter(d -> d != null).findFirst()
          .orElse(null);
      String name = employees.find(user).map(EmployeeRecords.EmployeeRecord::fullName)
          .orElse(user);
      running.add(new RunningCase("EVALUARE", "Evaluarea performanțelor profesionale",
          instance.getBusinessKey(), name + ", anul " + year,
          String.join(", ", scope.ofUser(user)), "EVALUATION", "Evaluare în curs", stage,
          due == null ? null : new Deadline("Termenul sarcinii în curs",
              due.toInstant().atZone(calendar.zone()).toLocalDate()),
          documents.ofOwner(instance.getBusinessKey()).stream()
              .map(d -> new DocumentLink(d.title(),
                  "/api/evaluation/" + user + "/" + year + "/documents/" + d.id()))
              .toList()));
    }
    return running;
  }
}
