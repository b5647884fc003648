package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ro.dosar.decision.DeployedDecisions;
import ro.dosar.paygrade.categorisation.InstitutionCategorisation;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;

/**
 * The package's beans in a Spring context as the application builds them, with only the process
 * engine's DecisionService replaced by one that evaluates the real files, and RoleGroups by a
 * mock that records the grants.
 */
class PaygradeWiringTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(DecisionService.class, PaygradeWiringTest::decisionServiceOnTheRealTables)
      .withBean(RoleGroups.class, () -> mock(RoleGroups.class))
      .withBean(DeployedDecisions.class)
      .withBean(PaygradeRules.Deployed.class)
      .withBean(InstitutionCategorisation.class)
      .withBean(SimplifiedEvaluation.class)
      .withBean(EvaluationFormValidation.class)
      .withBean(PaygradeController.class)
      .withBean(PaygradeGrants.class)
      .withBean(Authorizations.class);

  @Test
  void theControllerAnswers_throughTheDeployedRules() {
    context.run(beans -> {
      assertThat(beans).hasSingleBean(PaygradeRules.class);
      PaygradeController controller = beans.getBean(PaygradeController.class);

      assertThat(controller.categorise(Map.of("table", "PRIMARY_EDUCATION",
          "pupilsChildrenCount", "641"))).containsEntry("result", 1)
          .containsEntry("rule", "primaryEducationColumn1");
      assertThat(controller.simplifiedGrade(Map.of("edu", "3", "ccd", "2", "dec", "2",
          "work", "1.5", "impact", "1")))
          .isEqualTo(new PaygradeController.SimplifiedGrade("9.5", 5, ""));
    });
  }

  @Test
  void theAccessRunner_grantsEveryoneEveryDecision() {
    context.run(beans -> {
      beans.getBean(Authorizations.class).apply();

      RoleGroups roleGroups = beans.getBean(RoleGroups.class);
      for (String key : PaygradeRules.DECISION_KEYS) {
        verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, key, Permissions.READ,
            Permissions.CREATE_INSTANCE);
      }
    });
  }

  /** A DecisionService whose decisions are the real tables, read by the standalone engine. */
  private static DecisionService decisionServiceOnTheRealTables() {
    DecisionService decisions = mock(DecisionService.class);
    when(decisions.evaluateDecisionByKey(anyString())).thenAnswer(call -> {
      String key = call.getArgument(0);
      AtomicReference<Map<String, Object>> variables = new AtomicReference<>(Map.of());
      DecisionsEvaluationBuilder builder = mock(DecisionsEvaluationBuilder.class);
      when(builder.variables(anyMap())).thenAnswer(set -> {
        variables.set(set.getArgument(0));
        return builder;
      });
      when(builder.evaluate()).thenAnswer(
          evaluate -> PaygradeTestRules.decisionResult(key, variables.get()));
      return builder;
    });
    return decisions;
  }
}
