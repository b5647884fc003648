package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.junit.jupiter.api.Test;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.scoring.ContestationOutcome.Outcome;
import ro.dosar.decision.DeployedDecisions;

/**
 * {@link ScoringRules.Deployed}: the application's rules, reading the answers of the decisions the
 * engine evaluates; here the engine's DecisionService evaluates the real tables with the
 * standalone DMN engine.
 */
class ScoringRulesTest {

  /** The decision keys the DecisionService was asked for, in order. */
  private final List<String> evaluatedKeys = new ArrayList<>();
  /** The variables of the last evaluation. */
  private final AtomicReference<Map<String, Object>> lastVariables = new AtomicReference<>();
  private final DecisionService decisionService = decisionServiceOnTheRealTables();
  private final ScoringRules rules =
      new ScoringRules.Deployed(new DeployedDecisions(decisionService));

  @Test
  void givenEachCategory_whenAskingTheMinimum_thenThePassThresholdTablesNumber() {
    assertThat(rules.minScore(PostCategory.EXECUTION)).isEqualByComparingTo("50");
    assertThat(rules.minScore(PostCategory.LEADERSHIP)).isEqualByComparingTo("70");
    assertThat(evaluatedKeys).containsExactly("passThreshold", "passThreshold");
  }

  @Test
  void givenEvaluationsAndSpreads_whenAskingTheRule_thenTheScoreAggregationTablesRule() {
    assertThat(rules.aggregationRule(3, new BigDecimal("10"))).isEqualTo(AggregationRule.MEAN);
    assertThat(rules.aggregationRule(3, new BigDecimal("10.01")))
        .isEqualTo(AggregationRule.RECORRECT);
    assertThat(rules.aggregationRule(5, new BigDecimal("10.01")))
        .isEqualTo(AggregationRule.TRIMMED_MEAN);
    assertThat(evaluatedKeys).containsOnly("scoreAggregation");
  }

  @Test
  void givenSixEvaluations_whenAskingTheRule_thenNoAnswerIsAnError() {
    assertThatThrownBy(() -> rules.aggregationRule(6, BigDecimal.ZERO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scoreAggregation gives 0 results");
  }

  @Test
  void givenTheSpecsValidityTable_whenAsking_thenValidOrRestart() {
    assertThat(rules.validity(3, 2)).isEqualTo(Validity.VALID);
    assertThat(rules.validity(3, 1)).isEqualTo(Validity.RESTART);
    assertThat(rules.validity(4, 3)).isEqualTo(Validity.VALID);
    assertThat(rules.validity(4, 2)).isEqualTo(Validity.RESTART);
    assertThat(rules.validity(5, 4)).isEqualTo(Validity.VALID);
    assertThat(rules.validity(5, 3)).isEqualTo(Validity.RESTART);
    assertThat(evaluatedKeys).containsOnly("evaluationValidity");
  }

  @Test
  void givenImpossibleCounts_whenAskingValidity_thenRefusedBeforeTheTable() {
    assertThatThrownBy(() -> rules.validity(3, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.validity(3, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.validity(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(evaluatedKeys).isEmpty();
  }

  @Test
  void givenContestations_whenAskingTheOutcome_thenTheContestationOutcomeTablesAnswer() {
    assertThat(rules.contestationOutcome(ContestationType.SELECTION, true, null, null))
        .isEqualTo(new ContestationOutcome(Outcome.ADMITTED, false));
    assertThat(rules.contestationOutcome(ContestationType.SELECTION, false, null, null))
        .isEqualTo(new ContestationOutcome(Outcome.REJECTED, false));
    assertThat(rules.contestationOutcome(ContestationType.WRITTEN, null,
        ExactScore.of(224, 3), ExactScore.of(223, 3)))
        .isEqualTo(new ContestationOutcome(Outcome.ADMITTED, true));
    assertThat(rules.contestationOutcome(ContestationType.INTERVIEW, null,
        ExactScore.of(223, 3), ExactScore.of(446, 6)))
        .isEqualTo(new ContestationOutcome(Outcome.REJECTED, false));
    assertThat(rules.contestationOutcome(ContestationType.PRACTICAL, null,
        ExactScore.of(60, 1), ExactScore.of(120001, 2000)).admitted()).isFalse();
    assertThat(evaluatedKeys).containsOnly("contestationOutcome");
  }

  @Test
  void givenAContestationWithoutWhatItsTypeNeeds_whenAsking_thenRefusedBeforeTheTable() {
    assertThatThrownBy(() -> rules.contestationOutcome(ContestationType.SELECTION, null,
        null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.contestationOutcome(ContestationType.WRITTEN, null,
        ExactScore.of(60, 1), null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(evaluatedKeys).isEmpty();
  }

  @Test
  void givenATableThatAnswersAnUnknownValue_whenAsking_thenAnErrorNamingTheTable() {
    DmnDecisionTableResult unknownRule = ScoringTestRules.evaluateTable("passThreshold",
        Map.of("postCategory", "EXECUTION"));
    ScoringRules odd = new ScoringRules.FromDecisions() {
      @Override
      protected DmnDecisionTableResult evaluate(String key, Map<String, Object> variables) {
        return unknownRule; // {minScore=50} where a rule name is expected
      }
    };

    assertThatThrownBy(() -> odd.aggregationRule(3, BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scoreAggregation gives rule=null");
  }

  @Test
  void givenTheDeployedRules_whenEvaluating_thenTheVariablesReachTheEngineUnchanged() {
    rules.aggregationRule(4, new BigDecimal("10.5"));

    verify(decisionService).evaluateDecisionTableByKey("scoreAggregation");
    assertThat(lastVariables.get())
        .containsEntry("validEvaluations", 4)
        // The table takes the spread as exact integer hundredths of a point (issue 16).
        .containsEntry("spreadHundredths", 1050);
  }

  /** A DecisionService whose tables are the real files, read by the standalone engine. */
  @SuppressWarnings("unchecked")
  private DecisionService decisionServiceOnTheRealTables() {
    DecisionService decisions = mock(DecisionService.class);
    when(decisions.evaluateDecisionTableByKey(anyString())).thenAnswer(call -> {
      String key = call.getArgument(0);
      evaluatedKeys.add(key);
      DecisionEvaluationBuilder builder = mock(DecisionEvaluationBuilder.class);
      when(builder.variables(anyMap())).thenAnswer(variables -> {
        lastVariables.set(variables.getArgument(0));
        return builder;
      });
      when(builder.evaluate()).thenAnswer(
          evaluation -> ScoringTestRules.evaluateTable(key, lastVariables.get()));
      return builder;
    });
    return decisions;
  }
}
