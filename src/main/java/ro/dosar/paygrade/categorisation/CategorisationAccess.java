package ro.dosar.paygrade.categorisation;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.paygrade.functioncycle.FunctionCycleSteps;
import ro.dosar.security.RoleGroups;

/**
 * Who may run the institution categorisation ({@value CategorisationSteps#PROCESS_KEY}): the
 * Ministry of Finance's pay-policy staff ask for it and follow every request ({@link
 * FunctionCycleAccess}); the group that categorises by hand (the same unless the setting
 * {@value CategorisationSteps#MANUAL_GROUP_SETTING} names another, which is then created with
 * Tasklist access) follows them too, and gets its tasks by the model's candidate group.
 */
@Component
@Order(30)
class CategorisationAccess implements ApplicationRunner {

  private final RoleGroups roleGroups;
  private final CategorisationSteps steps;

  CategorisationAccess(RoleGroups roleGroups, CategorisationSteps steps) {
    this.roleGroups = roleGroups;
    this.steps = steps;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    String process = CategorisationSteps.PROCESS_KEY;
    String manualGroup = steps.manualCategorisationGroup();
    if (!manualGroup.equals(FunctionCycleSteps.PAY_POLICY)) {
      roleGroups.ensureGroup(manualGroup, "Categorisirea manuală a instituțiilor");
      roleGroups.grantGroup(manualGroup, Resources.APPLICATION, "tasklist", ACCESS);
      roleGroups.grantGroup(manualGroup, Resources.PROCESS_DEFINITION, process, READ,
          READ_INSTANCE, READ_HISTORY);
    }
  }
}
