package ro.dosar.evaluation;

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
 * Who may run the performance evaluation: HR opens a campaign or a single evaluation, HR and the
 * Director follow them; every task goes to its evaluator, employee, the Director or HR by the
 * model's assignments; every user may read the models (to submit their forms).
 */
@Component
@Order(29)
class EvaluationProcessAccess implements ApplicationRunner {

  static final String EVALUATION = "performanceEvaluation";
  static final String CAMPAIGN = "performanceEvaluationCampaign";

  private final RoleGroups roleGroups;

  EvaluationProcessAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String process : new String[] {EVALUATION, CAMPAIGN}) {
      roleGroups.grantGroup(RoleGroups.HR, Resources.PROCESS_DEFINITION, process, READ,
          CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY);
      roleGroups.grantGroup(RoleGroups.RECTOR, Resources.PROCESS_DEFINITION, process, READ,
          READ_INSTANCE, READ_HISTORY);
      roleGroups.grantEveryone(Resources.PROCESS_DEFINITION, process, READ);
    }
    roleGroups.grantGroup(RoleGroups.HR, Resources.PROCESS_INSTANCE, "*", CREATE);
  }
}
