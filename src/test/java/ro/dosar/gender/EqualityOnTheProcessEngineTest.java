package ro.dosar.gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ro.dosar.decision.DeployedDecisions;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.DeclaredGrants;

/**
 * The equality tables as the application uses them: deployed in a real process engine (in
 * memory, with authorization checks on, which refuses a decision without history time to live),
 * evaluated through its DecisionService by {@link EqualityRules.Deployed} for a user who belongs
 * to no group, once {@link Authorizations} has granted the right to.
 */
class EqualityOnTheProcessEngineTest {

  private static final String USER = "plain.user";
  private static final String COMPLAINT_ROUTING_FILE = "dmn/equality/complaint-routing.dmn";
  private static ProcessEngine engine;

  @BeforeAll
  static void deployTheTables() throws IOException {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("equality-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:equality-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("dosar")
        .addInputStream(EqualityTestRules.COMMISSION_FILE,
            new FileInputStream(EqualityTestRules.COMMISSION_FILE))
        .addInputStream(EqualityTestRules.REPRESENTATION_FILE,
            new FileInputStream(EqualityTestRules.REPRESENTATION_FILE))
        .addInputStream(EqualityTestRules.ANNOUNCEMENT_FILE,
            new FileInputStream(EqualityTestRules.ANNOUNCEMENT_FILE))
        .addInputStream(COMPLAINT_ROUTING_FILE, new FileInputStream(COMPLAINT_ROUTING_FILE))
        .addInputStream(EqualityTestRules.TRAINING_BALANCE_FILE,
            new FileInputStream(EqualityTestRules.TRAINING_BALANCE_FILE))
        .addInputStream(EqualityTestRules.INDICATOR_FILE,
            new FileInputStream(EqualityTestRules.INDICATOR_FILE))
        .deploy();
  }

  @AfterAll
  static void closeTheEngine() {
    engine.close();
  }

  @AfterEach
  void forgetTheUser() {
    engine.getIdentityService().clearAuthentication();
  }

  private static void grantAccess() {
    DeclaredGrants.authorizations(new RoleGroups(engine.getIdentityService(),
        engine.getAuthorizationService())).grant();
  }

  @Test
  void givenBothTables_whenDeployed_thenTheEngineKnowsBothKeys() {
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .extracting(definition -> definition.getKey())
        .containsExactlyInAnyOrderElementsOf(EqualityRules.DECISION_KEYS);
  }

  @Test
  void givenAPlainUser_whenEqualityAccessHasRun_thenHeMayEvaluateBothTables() {
    grantAccess();
    EqualityRules rules =
        new EqualityRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    engine.getIdentityService().setAuthentication(USER, List.of());

    assertThat(rules.commissionComposition(0, 0, EnforcementMode.SOFT)).isEqualTo(
        new CommissionComposition(CommissionComposition.Status.INVALID_EMPTY,
            CommissionComposition.Action.BLOCK, null));
    assertThat(rules.commissionComposition(2, 1, EnforcementMode.HARD)).isEqualTo(
        new CommissionComposition(CommissionComposition.Status.MIXED,
            CommissionComposition.Action.NONE, null));
    assertThat(rules.commissionComposition(3, 0, null)).isEqualTo(
        new CommissionComposition(CommissionComposition.Status.SINGLE_GENDER,
            CommissionComposition.Action.JUSTIFICATION_REQUIRED, Gender.MALE));
    assertThat(rules.commissionComposition(0, 3, EnforcementMode.HARD)).isEqualTo(
        new CommissionComposition(CommissionComposition.Status.SINGLE_GENDER,
            CommissionComposition.Action.BLOCK, Gender.FEMALE));

    assertThat(rules.representation(0, 0).status())
        .isEqualTo(GenderRepresentation.Status.NOT_APPLICABLE);
    assertThat(rules.representation(1, 7)).isEqualTo(new GenderRepresentation(
        GenderRepresentation.Status.UNDER_REPRESENTED_BELOW_30, true, true, false));
    assertThat(rules.representation(30, 100).status())
        .isEqualTo(GenderRepresentation.Status.BELOW_ONE_THIRD);
    assertThat(rules.representation(1, 3)).isEqualTo(new GenderRepresentation(
        GenderRepresentation.Status.BELOW_40_TARGET, false, false, false));
    assertThat(rules.representation(6, 7)).isEqualTo(new GenderRepresentation(
        GenderRepresentation.Status.TARGET_MET, false, false, true));

    assertThat(rules.announcementCompliance(true, true, true, AnnouncementMode.BLOCK))
        .isEqualTo(AnnouncementCompliance.OK);
    assertThat(rules.announcementCompliance(false, true, true, null))
        .isEqualTo(AnnouncementCompliance.BLOCK);
    assertThat(rules.announcementCompliance(false, true, false, null))
        .isEqualTo(AnnouncementCompliance.WARNING);
    assertThat(rules.trainingBalance(10, 150, 18, 190, BalanceMode.PP))
        .isEqualTo(TrainingBalance.BALANCED);
    assertThat(rules.trainingBalance(10, 150, 18, 190, BalanceMode.RELATIVE))
        .isEqualTo(TrainingBalance.IMBALANCED);
    assertThat(rules.indicatorTargetStatus("IND-3.2a", 9, 0, null))
        .isEqualTo(IndicatorStatus.NOT_MET);
    assertThat(rules.indicatorTargetStatus("IND-4.1b", 190, 190, null))
        .isEqualTo(IndicatorStatus.MET);
  }

  @Test
  void givenAPlainUserWithoutTheGrants_whenEvaluating_thenTheEngineRefuses() {
    // The shared engine may already hold the grants, so this one never applies them.
    ProcessEngine fresh = ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("equality-fresh-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:equality-fresh-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    try {
      fresh.getRepositoryService().createDeployment().name("dosar")
          .addInputStream(EqualityTestRules.COMMISSION_FILE,
              new FileInputStream(EqualityTestRules.COMMISSION_FILE))
          .deploy();
      fresh.getIdentityService().setAuthentication(USER, List.of());
      EqualityRules rules =
          new EqualityRules.Deployed(new DeployedDecisions(fresh.getDecisionService()));

      assertThatThrownBy(() -> rules.commissionComposition(1, 1, EnforcementMode.SOFT))
          .isInstanceOf(AuthorizationException.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      fresh.getIdentityService().clearAuthentication();
      fresh.close();
    }
  }
}
