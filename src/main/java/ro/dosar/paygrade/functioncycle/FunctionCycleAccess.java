package ro.dosar.paygrade.functioncycle;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
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
 * Who may do what in Moldova's procedures. The Ministry of Finance's pay-policy staff start a
 * function evaluation cycle or a categorisation and follow them in Cockpit; the Minister appoints
 * the Working Group; each cycle's Working Group is a group of its own (given its rights when it
 * is appointed). Nobody else even sees these processes in Tasklist's start menu, and the tenant
 * of each instance ({@link MoldovanTenancy}) hides it from other institutions.
 */
@Component
@Order(29)
public class FunctionCycleAccess implements ApplicationRunner {

  static final String[] PROCESSES = {"functionEvaluationCycle", "institutionCategorisation"};

  private final RoleGroups roleGroups;

  public FunctionCycleAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    roleGroups.ensureGroup(FunctionCycleSteps.PAY_POLICY,
        "Ministerul Finanțelor – politica salarială");
    roleGroups.ensureGroup(FunctionCycleSteps.MINISTER, "Ministrul Finanțelor");
    for (String group : new String[] {FunctionCycleSteps.PAY_POLICY,
        FunctionCycleSteps.MINISTER}) {
      roleGroups.grantGroup(group, Resources.APPLICATION, "tasklist", ACCESS);
      roleGroups.grantGroup(group, Resources.PROCESS_DEFINITION, "functionEvaluationCycle",
          READ);
    }
    roleGroups.grantGroup(FunctionCycleSteps.PAY_POLICY, Resources.APPLICATION, "cockpit",
        ACCESS);
    for (String process : PROCESSES) {
      roleGroups.grantGroup(FunctionCycleSteps.PAY_POLICY, Resources.PROCESS_DEFINITION,
          process, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY);
    }
    roleGroups.grantGroup(FunctionCycleSteps.PAY_POLICY, Resources.PROCESS_DEFINITION,
        "functionEvaluationReminder", READ, READ_INSTANCE, READ_HISTORY);
    roleGroups.grantGroup(FunctionCycleSteps.PAY_POLICY, Resources.PROCESS_INSTANCE, "*", CREATE);
  }

  /** A cycle's Working Group may see the cycle's model and its instances' progress. */
  void grantWorkingGroup(String group) {
    roleGroups.grantGroup(group, Resources.APPLICATION, "tasklist", ACCESS);
    roleGroups.grantGroup(group, Resources.PROCESS_DEFINITION, "functionEvaluationCycle", READ,
        READ_INSTANCE);
  }
}
