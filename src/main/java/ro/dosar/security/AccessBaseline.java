package ro.dosar.security;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At every start, in every profile: the role groups exist with their baseline authorizations,
 * and Tasklist has two filters every user can read, "my tasks" and "my groups' tasks", so that
 * a user who logs in finds their work at once. Idempotent.
 */
@Component
@Order(20)
class AccessBaseline implements ApplicationRunner {

  static final String MY_TASKS = "Sarcinile mele";
  static final String GROUP_TASKS = "Sarcinile grupurilor mele";

  private final RoleGroups roleGroups;
  private final FilterService filterService;
  private final TaskService taskService;

  AccessBaseline(RoleGroups roleGroups, FilterService filterService, TaskService taskService) {
    this.roleGroups = roleGroups;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    roleGroups.ensureBaseline();
    ensureFilter(MY_TASKS, -10, "Sarcinile atribuite mie",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(GROUP_TASKS, -5, "Sarcinile grupurilor din care fac parte, nealocate încă",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned());
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description,
              "refresh", true));
      filterService.saveFilter(filter);
    }
    roleGroups.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
