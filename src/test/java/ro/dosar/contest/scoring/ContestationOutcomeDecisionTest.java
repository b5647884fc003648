package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code contestationOutcome}: the rules of spec §15.2 (§8.5C(5), (6)), hit policy FIRST. */
class ContestationOutcomeDecisionTest {

  private static DmnDecisionTableResult evaluate(String type, Boolean conditionsMet,
      String newScore, String originalScore) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("contestationType", type);
    variables.put("conditionsMet", conditionsMet);
    variables.put("newScore", newScore == null ? null : new BigDecimal(newScore));
    variables.put("originalScore", originalScore == null ? null : new BigDecimal(originalScore));
    return ScoringTestRules.evaluateTable(ScoringRules.CONTESTATION_OUTCOME, variables);
  }

  private static Map<String, Object> outputs(String outcome, boolean scoreReplaced) {
    return Map.of("outcome", outcome, "scoreReplaced", scoreReplaced);
  }

  @Test
  void givenASelectionContestationAndTheConditionsMet_whenEvaluating_thenAdmittedWithoutScore() {
    assertThat(evaluate("SELECTION", true, null, null).getSingleResult().getEntryMap())
        .isEqualTo(outputs("ADMITTED", false));
  }

  @Test
  void givenASelectionContestationAndTheConditionsNotMet_whenEvaluating_thenRejected() {
    assertThat(evaluate("SELECTION", false, null, null).getSingleResult().getEntryMap())
        .isEqualTo(outputs("REJECTED", false));
  }

  @ParameterizedTest(name = "{0}: new {1} vs original {2} → {3}")
  @CsvSource({
      "WRITTEN, 60, 60, REJECTED, false",
      "WRITTEN, 59.99, 60, REJECTED, false",
      "WRITTEN, 60.01, 60, ADMITTED, true",
      "PRACTICAL, 70, 70, REJECTED, false",
      "PRACTICAL, 45, 40, ADMITTED, true",
      // 223/3 as the application passes it (34 significant digits, as FEEL compares numbers)
      "INTERVIEW, 74.33333333333333333333333333333333, 74.33333333333333333333333333333333, "
          + "REJECTED, false",
      "INTERVIEW, 74.3333333334, 74.33333333333333333333333333333333, ADMITTED, true",
      "INTERVIEW, 74.3333333333, 74.33333333333333333333333333333333, REJECTED, false",
      "INTERVIEW, 30, 80, REJECTED, false"})
  void givenATestContestation_whenEvaluating_thenAdmittedOnlyForAHigherScore(String type,
      String newScore, String originalScore, String outcome, boolean scoreReplaced) {
    assertThat(evaluate(type, null, newScore, originalScore).getSingleResult().getEntryMap())
        .isEqualTo(outputs(outcome, scoreReplaced));
  }

  @Test
  void givenATestContestationWithAConditionsFlag_whenEvaluating_thenTheFlagIsIgnored() {
    assertThat(evaluate("WRITTEN", false, "80", "60").getSingleResult().getEntryMap())
        .isEqualTo(outputs("ADMITTED", true));
  }

  @Test
  void givenAnUnknownTypeOrASelectionWithoutTheFlag_whenEvaluating_thenNoRuleApplies() {
    assertThat(evaluate("FINAL", true, "80", "60")).isEmpty();
    assertThat(evaluate("SELECTION", null, null, null)).isEmpty();
  }
}
