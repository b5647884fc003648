package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ro.dosar.decision.DeployedDecisions;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.DeclaredGrants;

/**
 * The catalogue as the application uses it: deployed in a real process engine (in memory, with
 * authorization checks on), evaluated by {@link DisciplineRules.Deployed} for a user who belongs
 * to no group, once {@link Authorizations} has granted the right to.
 */
class DisciplineOnTheProcessEngineTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void deployTheTable() throws IOException {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("discipline-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:discipline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("dosar")
        .addInputStream(DisciplineTestRules.FILE, new FileInputStream(DisciplineTestRules.FILE))
        .deploy();
    DeclaredGrants.authorizations(new RoleGroups(engine.getIdentityService(),
        engine.getAuthorizationService())).grant();
  }

  @AfterAll
  static void closeTheEngine() {
    engine.close();
  }

  @Test
  void givenAPlainUser_whenDisciplineAccessHasRun_thenHeMayReadTheCatalogue() {
    DisciplineRules rules =
        new DisciplineRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    engine.getIdentityService().setAuthentication("plain.user", List.of());
    try {
      assertThat(rules.sanction(EmployeeCategory.CONTRACTUAL, "C_DEMOTION"))
          .contains(new SanctionTerms(EmployeeCategory.CONTRACTUAL, "C_DEMOTION", 2, true, null,
              null, null, 60, null, RadiationRule.TWELVE_MONTHS_FROM_APPLICATION));
      assertThat(rules.sanction(EmployeeCategory.CIVIL_SERVANT, "C_DEMOTION")).isEmpty();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
