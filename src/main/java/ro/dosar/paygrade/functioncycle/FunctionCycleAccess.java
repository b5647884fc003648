package ro.dosar.paygrade.functioncycle;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import ro.dosar.security.RoleGroups;

/**
 * Who may do what in Moldova's procedures. The Ministry of Finance's pay-policy staff start a
 * function evaluation cycle or a categorisation and follow them in Cockpit; the Minister appoints
 * the Working Group; each cycle's Working Group is a group of its own (given its rights when it
 * is appointed). Nobody else even sees these processes in Tasklist's start menu, and the tenant
 * of each instance ({@link MoldovanTenancy}) hides it from other institutions. The grants given
 * at start are declared in {@link ro.dosar.security.Authorizations}; here, those given when a
 * Working Group is appointed.
 */
@Component
public class FunctionCycleAccess {

  private final RoleGroups roleGroups;

  public FunctionCycleAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  /** A cycle's Working Group may see the cycle's model and its instances' progress. */
  void grantWorkingGroup(String group) {
    roleGroups.grantGroup(group, Resources.APPLICATION, "tasklist", ACCESS);
    roleGroups.grantGroup(group, Resources.PROCESS_DEFINITION, FunctionEvaluationCycleProcess.KEY, READ,
        READ_INSTANCE);
  }
}
