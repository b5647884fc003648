package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scoreAggregation}: a spread of more than 10 points re-corrects with 2–4 evaluations and
 * drops the extremes with 5 (§8.3(7); spec OQ-04, OQ-21); exactly 10 is a plain mean.
 */
class ScoreAggregationDecisionTest {

  private static DmnDecisionTableResult evaluate(int validEvaluations, String spread) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("validEvaluations", validEvaluations);
    variables.put("spreadHundredths",
        ScoringRules.FromDecisions.spreadHundredths(new BigDecimal(spread)));
    return ScoringTestRules.evaluateTable(ScoringRules.SCORE_AGGREGATION, variables);
  }

  @ParameterizedTest(name = "{0} evaluations, spread {1} → {2}")
  @CsvSource({
      "2, 0, MEAN", "3, 0, MEAN", "4, 0, MEAN", "5, 0, MEAN",
      "2, 10, MEAN", "3, 10, MEAN", "4, 10, MEAN", "5, 10, MEAN",
      "3, 9.99, MEAN",
      "2, 10.01, RECORRECT", "3, 10.01, RECORRECT", "4, 10.01, RECORRECT",
      "3, 10.0000000001, RECORRECT", "3, 18, RECORRECT", "4, 100, RECORRECT",
      "5, 10.01, TRIMMED_MEAN", "5, 10.0000000001, TRIMMED_MEAN", "5, 50, TRIMMED_MEAN"})
  void givenTheEvaluationsAndTheSpread_whenEvaluating_thenTheRule(int validEvaluations,
      String spread, String rule) {
    assertThat(evaluate(validEvaluations, spread).getSingleResult().getEntryMap())
        .containsExactly(Map.entry("rule", rule));
  }

  @ParameterizedTest(name = "{0} evaluations, spread {1} → no rule")
  @CsvSource({"0, 0", "1, 0", "1, 20", "6, 0", "6, 20"})
  void givenFewerThan2OrMoreThan5Evaluations_whenEvaluating_thenNoRuleApplies(
      int validEvaluations, String spread) {
    assertThat(evaluate(validEvaluations, spread)).isEmpty();
  }
}
