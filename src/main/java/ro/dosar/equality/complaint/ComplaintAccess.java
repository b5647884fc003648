package ro.dosar.equality.complaint;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.security.RoleGroups;

/**
 * Who may see complaint processes in the engine (spec §6.7, confidentiality): the Equality
 * Officer and the Director General ({@code rector}), for every case, and nobody else at the
 * level of the process definition — no grant to everyone. An assigned investigator receives READ
 * on his case's process instance only ({@link ComplaintService#assignInvestigator}); the
 * candidates of a task receive the engine's own task authorizations. Complaints are registered
 * through the application's REST API, which starts the process itself, so CREATE_INSTANCE only
 * lets the Officer try an engine start (refused unless the case was registered first). The
 * Camunda administrators ({@code camunda-admin}) bypass every authorization by design.
 */
@Component
@Order(30)
class ComplaintAccess implements ApplicationRunner {

  private final RoleGroups roleGroups;

  ComplaintAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String group : new String[] {RoleGroups.EQUALITY_OFFICER, RoleGroups.RECTOR}) {
      roleGroups.grantGroup(group, Resources.PROCESS_DEFINITION, ComplaintSteps.PROCESS_KEY,
          READ, READ_INSTANCE, READ_HISTORY);
    }
    roleGroups.grantGroup(RoleGroups.EQUALITY_OFFICER, Resources.PROCESS_DEFINITION,
        ComplaintSteps.PROCESS_KEY, CREATE_INSTANCE);
    roleGroups.grantGroup(RoleGroups.EQUALITY_OFFICER, Resources.PROCESS_INSTANCE, "*",
        org.camunda.bpm.engine.authorization.Permissions.CREATE);
  }
}
