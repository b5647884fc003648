package ro.dosar.gender;

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
 * Who may evaluate the equality tables: everyone. They restate the gender equality plan, a public
 * document, and the engine checks the current user's READ and CREATE_INSTANCE on a decision when
 * {@link EqualityRules.Deployed} evaluates it for a REST call or a process step (a contest
 * commission appointed by HR, the annual report). Runs after the models are deployed.
 */
@Component
@Order(29)
public class EqualityAccess implements ApplicationRunner {

  private final RoleGroups roleGroups;

  public EqualityAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String decisionKey : EqualityRules.DECISION_KEYS) {
      roleGroups.grantEveryone(Resources.DECISION_DEFINITION, decisionKey, READ, CREATE_INSTANCE);
    }
  }
}
