package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.FileInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
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
import ro.dosar.decision.DeployedDecisions;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.ApiExceptionHandler;
import ro.dosar.support.DeclaredGrants;

/**
 * The evaluation tables as the application uses them: deployed in a real process engine (in
 * memory, with authorization checks on, which refuses a decision without history time to live),
 * evaluated through its DecisionService by {@link EvaluationRules.Deployed} for a user who
 * belongs to no group, once {@link Authorizations} has granted the right to.
 */
class EvaluationOnTheProcessEngineTest {

  private static final String USER = "plain.user";
  private static ProcessEngine engine;

  @BeforeAll
  static void deployTheTable() throws IOException {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("evaluation-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:evaluation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("dosar");
    for (String file : EvaluationTestRules.FILES.values()) {
      deployment.addInputStream(file, new FileInputStream(file));
    }
    deployment.deploy();
    DeclaredGrants.authorizations(new RoleGroups(engine.getIdentityService(),
        engine.getAuthorizationService())).grant();
  }

  @AfterAll
  static void closeTheEngine() {
    engine.close();
  }

  @AfterEach
  void forgetTheUser() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void givenAPlainUser_whenEvaluationAccessHasRun_thenHeMayGradeEveryBandEdge() {
    EvaluationRules rules =
        new EvaluationRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    engine.getIdentityService().setAuthentication(USER, List.of());

    assertThat(rules.grade(new BigDecimal("2.00"))).isEqualTo(Grade.NESATISFACATOR);
    assertThat(rules.grade(new BigDecimal("2.01"))).isEqualTo(Grade.SATISFACATOR);
    assertThat(rules.grade(new BigDecimal("3.50"))).isEqualTo(Grade.SATISFACATOR);
    assertThat(rules.grade(new BigDecimal("3.51"))).isEqualTo(Grade.BINE);
    assertThat(rules.grade(new BigDecimal("4.50"))).isEqualTo(Grade.BINE);
    assertThat(rules.grade(new BigDecimal("4.51"))).isEqualTo(Grade.FOARTE_BINE);
  }

  @Test
  void givenAPlainUser_whenEvaluationAccessHasRun_thenHeMayAskTheEligibilityOfEveryCase() {
    EvaluationRules rules =
        new EvaluationRules.Deployed(new DeployedDecisions(engine.getDecisionService()));
    engine.getIdentityService().setAuthentication(USER, List.of());

    assertThat(rules.eligibility(new EligibilityFacts(true, false, true, true, true, 12)))
        .isEqualTo(Eligibility.EXCEPTIONAL_NOW);
    assertThat(rules.eligibility(new EligibilityFacts(false, true, false, false, false, 0)))
        .isEqualTo(Eligibility.EXCEPTIONAL_NOW);
    assertThat(rules.eligibility(new EligibilityFacts(false, false, true, false, false, 12)))
        .isEqualTo(Eligibility.DEFERRED);
    assertThat(rules.eligibility(new EligibilityFacts(false, false, false, true, false, 12)))
        .isEqualTo(Eligibility.DEFERRED);
    assertThat(rules.eligibility(new EligibilityFacts(false, false, false, false, true, 12)))
        .isEqualTo(Eligibility.DEFERRED);
    assertThat(rules.eligibility(new EligibilityFacts(false, false, false, false, false, 6)))
        .isEqualTo(Eligibility.ANNUAL);
    assertThat(rules.eligibility(new EligibilityFacts(false, false, false, false, false, 5)))
        .isEqualTo(Eligibility.NOT_EVALUATED_THIS_YEAR);
  }

  @Test
  void givenTheApplicationsBeans_whenPostingNotes_thenTheDeployedTableAnswers() {
    new ApplicationContextRunner()
        .withBean(DecisionService.class, engine::getDecisionService)
        .withBean(DeployedDecisions.class)
        .withBean(EvaluationRules.Deployed.class)
        .withBean(EvaluationGrading.class)
        .withBean(EvaluationController.class)
        .run(beans -> {
          engine.getIdentityService().setAuthentication(USER, List.of());

          MockMvcBuilders.standaloneSetup(beans.getBean(EvaluationController.class))
              .setControllerAdvice(new ApiExceptionHandler()).build()
              .perform(post("/api/evaluation/grade").contentType(MediaType.APPLICATION_JSON)
                  .content("{\"objectiveNotes\":[5,4,4],\"criteriaNotes\":[3,4]}"))
              .andExpect(status().isOk())
              .andExpect(content().json("""
                  {"objectivesNote":"4.33","criteriaNote":"3.50","finalNote":"3.92",
                   "grade":"BINE"}""", true));
        });
  }
}
