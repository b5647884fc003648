package ro.dosar.security;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations.Group;

/**
 * What one procedure grants at start, declared by the procedure itself (a Spring bean in its
 * package, with the resource ids taken from its process contracts and decision keys). {@link
 * Authorizations} applies the union of every procedure's grants; it names no process itself.
 * A new process gets its grants by one more line in its procedure's list.
 */
public interface ProcedureGrants {

  /** The grants of the procedure: who may do what on which of its resources. */
  List<Grant> grants();

  /** The groups the procedure needs beyond the role groups, created if missing. */
  default List<Group> groups() {
    return List.of();
  }

  /** A grant of the permissions on the resource to the group. */
  static Grant group(String group, Resource resource, String resourceId,
      Permission... permissions) {
    return new Grant(Objects.requireNonNull(group, "group"), resource, resourceId,
        List.of(permissions));
  }

  /** A grant of the permissions on the resource to every user. */
  static Grant everyone(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(null, resource, resourceId, List.of(permissions));
  }

  /** Every user may read and evaluate these decisions (they restate public law). */
  static List<Grant> everyoneEvaluates(Collection<String> decisionKeys) {
    return decisionKeys.stream()
        .map(key -> everyone(DECISION_DEFINITION, key, READ, CREATE_INSTANCE)).toList();
  }

  /**
   * HR supervises these processes in Cockpit, read-only: the instances and the open tasks
   * (READ_TASK on the definitions, not READ on every task: complaints stay confidential; the
   * Human Tasks page is answered by {@code ro.dosar.tasklist.SupervisorTaskReport}). No UPDATE:
   * variables are not edited.
   */
  static List<Grant> hrSupervises(String... processKeys) {
    return List.of(processKeys).stream().map(process -> group(RoleGroups.HR, PROCESS_DEFINITION,
        process, READ, READ_INSTANCE, READ_HISTORY, READ_TASK)).toList();
  }
}
