package ro.dosar.paygrade;

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
 * The pay-system tables are law: every user may read them and evaluate them. The REST API of this
 * package computes through the deployed decisions as the calling user, and the engine checks that
 * user's right ({@code READ} and {@code CREATE_INSTANCE} on the decision definition).
 */
@Component
@Order(27)
public class PaygradeAccess implements ApplicationRunner {

  private final RoleGroups roleGroups;

  public PaygradeAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String decisionKey : PaygradeRules.DECISION_KEYS) {
      roleGroups.grantEveryone(Resources.DECISION_DEFINITION, decisionKey, READ, CREATE_INSTANCE);
    }
  }
}
