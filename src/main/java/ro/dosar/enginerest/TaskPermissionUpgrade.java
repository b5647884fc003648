package ro.dosar.enginerest;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine grants a task's assignee and candidates TASK_WORK (work on it: claim, complete)
 * instead of UPDATE (which also re-assigns it and rewrites its variables), see
 * {@code default-user-permission-name-for-task} in application.yaml. Tasks created before that
 * setting still carry UPDATE in their per-user and per-group authorizations: at start they are
 * given TASK_WORK instead. Idempotent; a node that loses a race to another leaves it to him.
 */
@Component
@Order(21)
class TaskPermissionUpgrade implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskPermissionUpgrade.class);

  private final AuthorizationService authorizations;

  TaskPermissionUpgrade(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    int upgraded = 0;
    for (Authorization authorization : authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).authorizationType(Authorization.AUTH_TYPE_GRANT)
        .hasPermission(Permissions.UPDATE).list()) {
      if ("*".equals(authorization.getResourceId())) {
        continue; // a grant on every task is an administrator's decision
      }
      authorization.removePermission(Permissions.UPDATE);
      authorization.addPermission(Permissions.TASK_WORK);
      try {
        authorizations.saveAuthorization(authorization);
        upgraded++;
      } catch (OptimisticLockingException e) {
        log.debug("Task authorization {} upgraded by another node", authorization.getId());
      }
    }
    if (upgraded > 0) {
      log.info("{} task authorizations changed from UPDATE to TASK_WORK", upgraded);
    }
  }
}
