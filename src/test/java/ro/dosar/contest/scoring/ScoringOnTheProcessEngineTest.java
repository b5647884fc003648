package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.FileInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.commission.PostCategory;
import ro.dosar.decision.DeployedDecisions;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.ApiExceptionHandler;
import ro.dosar.support.DeclaredGrants;

/**
 * The tables as the application uses them: deployed in a real process engine (in memory, with
 * authorization checks on), evaluated through its DecisionService by {@link ScoringRules.Deployed}
 * for a user who belongs to no group, once {@link Authorizations} has granted the right to.
 */
class ScoringOnTheProcessEngineTest {

  private static final String USER = "plain.user";
  private static final String UNGRANTED = "ungrantedDecision";
  private static ProcessEngine engine;

  @BeforeAll
  static void deployTheTables() throws IOException {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("scoring-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:scoring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("dosar");
    for (String file : ScoringTestRules.FILES.values()) {
      deployment.addInputStream(file, new FileInputStream(file));
    }
    // The same table under another key, which nobody is granted.
    String copy = Files.readString(Path.of(ScoringTestRules.FILES.get("passThreshold")))
        .replace("\"passThreshold\"", "\"" + UNGRANTED + "\"");
    deployment.addString("ungranted.dmn", copy);
    deployment.deploy();
  }

  @AfterAll
  static void closeTheEngine() {
    engine.close();
  }

  @AfterEach
  void forgetTheUser() {
    engine.getIdentityService().clearAuthentication();
  }

  private static void grantLikeTheApplication() {
    DeclaredGrants.authorizations(new RoleGroups(engine.getIdentityService(),
        engine.getAuthorizationService())).grant();
  }

  @Test
  void givenTheDeployment_whenListingDecisions_thenOneOfEachKey() {
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .extracting(definition -> definition.getKey())
        .containsAll(ScoringRules.DECISION_KEYS).doesNotHaveDuplicates();
  }

  @Test
  void givenAPlainUser_whenScoringAccessHasRun_thenHeMayEvaluateEveryTable() {
    ScoringRules rules =
        new ScoringRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    // Run twice, as on every start: the grants are idempotent.
    grantLikeTheApplication();
    grantLikeTheApplication();
    engine.getIdentityService().setAuthentication(USER, List.of());

    assertThat(rules.minScore(PostCategory.LEADERSHIP)).isEqualByComparingTo("70");
    assertThat(rules.aggregationRule(5, new BigDecimal("10.01")))
        .isEqualTo(AggregationRule.TRIMMED_MEAN);
    assertThat(rules.validity(3, 2)).isEqualTo(Validity.VALID);
    assertThat(rules.contestationOutcome(ContestationType.WRITTEN, null, ExactScore.of(60, 1),
        ExactScore.of(60, 1)).admitted()).isFalse();
  }

  @Test
  void givenADecisionNobodyWasGranted_whenAPlainUserEvaluatesIt_thenTheEngineRefuses() {
    grantLikeTheApplication();
    engine.getIdentityService().setAuthentication(USER, List.of());

    // The engine checks the right per decision key: the grants open the scoring tables only.
    assertThatThrownBy(() -> engine.getDecisionService()
        .evaluateDecisionTableByKey(UNGRANTED).variables(Map.of("postCategory", "EXECUTION"))
        .evaluate())
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("CREATE_INSTANCE");
  }

  @Test
  void givenTheApplicationsBeans_whenPostingE1sFinalRound_thenTheDeployedTablesAnswer() {
    grantLikeTheApplication();
    new ApplicationContextRunner()
        .withBean(DecisionService.class, engine::getDecisionService)
        .withBean(DeployedDecisions.class)
        .withBean(ScoringRules.Deployed.class)
        .withBean(ScoreAggregator.class)
        .withBean(Ranking.class)
        .withBean(ScoringController.class)
        .run(beans -> {
          engine.getIdentityService().setAuthentication(USER, List.of());

          MockMvcBuilders.standaloneSetup(beans.getBean(ScoringController.class))
              .setControllerAdvice(new ApiExceptionHandler()).build()
              .perform(post("/api/scoring/aggregate").contentType(MediaType.APPLICATION_JSON)
                  .content("{\"postCategory\":\"EXECUTION\",\"scores\":[70,75,78]}"))
              .andExpect(status().isOk())
              .andExpect(content().json("""
                  {"rule":"MEAN","score":"74.3333333333","displayScore":"74.33",
                   "status":"ADMIS","fraction":"223/3"}""", true));
        });
  }
}
