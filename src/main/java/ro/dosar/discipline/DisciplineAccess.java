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
  }
}
