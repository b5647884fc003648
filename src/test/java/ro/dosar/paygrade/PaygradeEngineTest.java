package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ro.dosar.decision.DeployedDecisions;
import ro.dosar.paygrade.categorisation.InstitutionCategorisation;
import ro.dosar.paygrade.categorisation.ManualReason;
import ro.dosar.paygrade.categorisation.PerformingArtsKind;
import ro.dosar.security.AsSystem;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.DeclaredGrants;

/**
 * The tables in a real process engine, configured like the application's (history "full", JSON
 * serialization, Spin, authorization checks on), without Spring: they deploy (which needs a
 * history time to live on every decision), the services answer through {@link
 * PaygradeRules.Deployed} with {@link BigDecimal} inputs, and a plain user may evaluate them
 * only once {@link Authorizations} has run.
 */
class PaygradeEngineTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngineAndDeployTheTables() throws IOException {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("paygrade-engine-test");
    configuration.setJdbcUrl("jdbc:h2:mem:paygrade-engine-test;DB_CLOSE_DELAY=-1");
    configuration.setHistory("full");
    configuration.setDefaultSerializationFormat("application/json");
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();

    // Named like ModelDeployment names them: by their path in the repository; no tenant.
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name("paygrade-engine-test");
    for (Path file : PaygradeTestRules.files()) {
      deployment.addInputStream(file.toString().replace('\\', '/'),
          new FileInputStream(file.toFile()));
    }
    deployment.deploy();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void everyDecisionKey_isDeployedOnce_withoutTenant_keptTenYearsInHistory() {
    List<DecisionDefinition> definitions =
        engine.getRepositoryService().createDecisionDefinitionQuery().list();

    assertThat(definitions).extracting(DecisionDefinition::getKey)
        .containsExactlyInAnyOrderElementsOf(PaygradeRules.DECISION_KEYS);
    assertThat(definitions).allSatisfy(definition -> {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(3650);
      assertThat(definition.getTenantId()).as(definition.getKey()).isNull();
      assertThat(definition.getVersionTag()).as(definition.getKey()).isEqualTo("2020-09-01");
      assertThat(definition.getResourceName()).startsWith("dmn/paygrade/");
    });
  }

  @Test
  void aPlainUser_mayEvaluateTheTables_onlyOnceEveryoneIsGranted() {
    PaygradeRules deployed =
        new PaygradeRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    InstitutionCategorisation categorisation = new InstitutionCategorisation(deployed);
    engine.getIdentityService().setAuthentication("ana.rusu", List.of());
    try {
      assertThatThrownBy(() -> categorisation.primaryEducation(null, 641))
          .isInstanceOf(AuthorizationException.class);

      AsSystem.run(engine.getIdentityService(), this::grantEveryone);
      AsSystem.run(engine.getIdentityService(), this::grantEveryone);

      assertThat(categorisation.primaryEducation(null, 641).result()).isEqualTo(1);
      SimplifiedEvaluation.Suggestion suggestion = new SimplifiedEvaluation(deployed).suggest(
          new SimplifiedEvaluation.Scores(new BigDecimal("3"), new BigDecimal("2"),
              new BigDecimal("2"), new BigDecimal("1.5"), new BigDecimal("1")));
      assertThat(suggestion.simplifiedTotal()).isEqualTo(new BigDecimal("9.5"));
      assertThat(suggestion.suggestedGrade()).isEqualTo(5);
      assertThat(suggestion.rangeFlag()).isEmpty();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // Idempotent: running twice left one global authorization per decision.
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.DECISION_DEFINITION)
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).list())
        .hasSize(PaygradeRules.DECISION_KEYS.size())
        .allSatisfy(authorization -> assertThat(authorization.getPermissions(
            new Permissions[] {Permissions.READ, Permissions.CREATE_INSTANCE}))
            .containsExactlyInAnyOrder(Permissions.READ, Permissions.CREATE_INSTANCE));
  }

  @Test
  void theServices_answerThroughTheDeployedTables() {
    PaygradeRules deployed =
        new PaygradeRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    InstitutionCategorisation categorisation = new InstitutionCategorisation(deployed);

    assertThat(categorisation.penitentiaryMedicalUnit(new BigDecimal("10")).result())
        .isEqualTo(2);
    assertThat(categorisation.penitentiaryMedicalUnit(new BigDecimal("30.25")).result())
        .isEqualTo(1);
    assertThat(categorisation.performingArts(null, "Sala cu Orga", null).rule())
        .isEqualTo("performingArtsNat07");
    assertThat(categorisation.performingArts(null, null, PerformingArtsKind.CIRCUS)
        .manualReason()).isEqualTo(ManualReason.KIND_NOT_COVERED);
    assertThat(categorisation.nationalStatusHeritage("HER-02", null).result())
        .isEqualTo("NATIONAL_STATUS");
    assertThat(categorisation.library(null, "II").result()).isEqualTo("II");
    assertThat(new SimplifiedEvaluation(deployed).benchmark(8).indicativeTotal())
        .isEqualTo(new BigDecimal("11.25"));
    EvaluationFormValidation forms = new EvaluationFormValidation(deployed);
    assertThat(forms.domain(Criterion.COMM).depthMax()).isEqualTo(7);
    assertThat(forms.validate(new EvaluationForm(null, null, null, null))).hasSize(17);
  }

  private void grantEveryone() {
    RoleGroups roleGroups = new RoleGroups(engine.getIdentityService(),
        engine.getAuthorizationService());
    DeclaredGrants.authorizations(roleGroups)
        .grant(grant -> PaygradeRules.DECISION_KEYS.contains(grant.resourceId()));
  }
}
