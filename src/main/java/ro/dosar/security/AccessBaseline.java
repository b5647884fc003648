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
import ro.dosar.ops.StartupRecords;

/**
 * At every start, in every profile: the role groups exist with their baseline authorizations,
 * and Tasklist has two filters every user can read, "my tasks" and "my groups' tasks", so that
 * a user who logs in finds their work at once. Idempotent.
 *
 * <p>Camunda's filter table has no unique name, so each filter is made once per database under a
 * start-up record of its own ({@code tasklist-filter:<name>}, {@link StartupRecords}), claimed in
 * the transaction that makes it: a second node starting at the same moment waits on the key,
 * then finds the filter. A filter an administrator deleted is not made again.
 */
@Component
@Order(20)
class AccessBaseline implements ApplicationRunner {

  static final String MY_TASKS = "Sarcinile mele";
  static final String GROUP_TASKS = "Sarcinile grupurilor mele";

  private final RoleGroups roleGroups;
  private final FilterService filterService;
  private final TaskService taskService;
  private final StartupRecords startup;

  AccessBaseline(RoleGroups roleGroups, FilterService filterService, TaskService taskService,
      StartupRecords startup) {
    this.startup = startup;
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

  /** Makes the filter once per database (in the caller's transaction), readable by everyone. */
  void ensureFilter(String name, int priority, String description, TaskQuery query) {
    boolean first = startup.claim("tasklist-filter:" + name);
    // A database older than the key may hold the filter already: looked up by name.
    Filter filter = filterService.createFilterQuery().filterName(name).list().stream()
        .findFirst().orElse(null);
    if (filter == null && first) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description,
              "refresh", true));
      filterService.saveFilter(filter);
    }
    if (filter != null) {
      roleGroups.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
