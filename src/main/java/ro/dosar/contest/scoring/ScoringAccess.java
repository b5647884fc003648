package ro.dosar.contest.scoring;

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
 * Who may evaluate the scoring tables: everyone. They are law, public, and the engine checks the
 * current user's READ and CREATE_INSTANCE on a decision when {@link ScoringRules.Deployed}
 * evaluates it for a REST call or a process step. Runs after the models are deployed and after
 * {@code ContestAccess} (order 25).
 */
@Component
@Order(26)
public class ScoringAccess implements ApplicationRunner {

  private final RoleGroups roleGroups;

  public ScoringAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String decisionKey : ScoringRules.DECISION_KEYS) {
      roleGroups.grantEveryone(Resources.DECISION_DEFINITION, decisionKey, READ, CREATE_INSTANCE);
    }
  }
}
