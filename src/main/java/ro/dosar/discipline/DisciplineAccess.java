package ro.dosar.discipline;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.security.RoleGroups;

/**
 * Who may evaluate the disciplinary tables: everyone. They restate the internal regulation, which
 * every employee may read, and the engine checks the current user's READ and CREATE_INSTANCE on a
 * decision when {@link DisciplineRules.Deployed} evaluates it for a REST call or a process step.
 * Runs after the models are deployed.
 */
@Component
@Order(28)
public class DisciplineAccess implements ApplicationRunner {

  /** The disciplinary case's process key. */
  static final String CASE = "disciplinaryCase";

  private final RoleGroups roleGroups;

  public DisciplineAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String decisionKey : DisciplineRules.DECISION_KEYS) {
      roleGroups.grantEveryone(Resources.DECISION_DEFINITION, decisionKey, READ, CREATE_INSTANCE);
    }
    // A referral is registered by HR, the commission's secretary, the Director or a head of
    // unit (Art. 30, 32); HR and the Director follow every case; each task goes only to the
    // case's commission, its secretary, the Director or HR (the model's assignments).
    for (String group : new String[] {RoleGroups.HR, RoleGroups.COMMISSION_SECRETARY,
        RoleGroups.RECTOR, RoleGroups.HEAD_OF_STRUCTURE}) {
      roleGroups.grantGroup(group, Resources.PROCESS_DEFINITION, CASE, READ, CREATE_INSTANCE);
      roleGroups.grantGroup(group, Resources.PROCESS_INSTANCE, "*",
          org.camunda.bpm.engine.authorization.Permissions.CREATE);
    }
    for (String group : new String[] {RoleGroups.HR, RoleGroups.RECTOR}) {
      roleGroups.grantGroup(group, Resources.PROCESS_DEFINITION, CASE,
          org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE,
          org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY);
    }
    roleGroups.grantEveryone(Resources.PROCESS_DEFINITION, CASE, READ);
  }
}
