package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code evaluationValidity}: a test is recalculated without a removed member only if at least
 * two thirds of the evaluations remain valid (§8.1.5(18), (19); the table of spec §3.2).
 */
class EvaluationValidityDecisionTest {

  private static String validity(int appointedMembers, int validEvaluations) {
    DmnDecisionTableResult result = ScoringTestRules.evaluateTable(
        ScoringRules.EVALUATION_VALIDITY,
        Map.of("appointedMembers", appointedMembers, "validEvaluations", validEvaluations));
    return (String) result.getSingleResult().getSingleEntry();
  }

  @ParameterizedTest(name = "{1} valid of {0} appointed → {2}")
  @CsvSource({
      "3, 3, VALID", "3, 2, VALID", "3, 1, RESTART",
      "4, 4, VALID", "4, 3, VALID", "4, 2, RESTART",
      "5, 5, VALID", "5, 4, VALID", "5, 3, RESTART"})
  void givenTheSpecsTable_whenEvaluating_thenItsOutcome(int appointed, int valid,
      String outcome) {
    assertThat(validity(appointed, valid)).isEqualTo(outcome);
  }

  @Test
  void givenEveryCommissionSize_whenEvaluating_thenValidIff3TimesValidReaches2TimesAppointed() {
    for (int appointed = 1; appointed <= 5; appointed++) {
      for (int valid = 0; valid <= appointed; valid++) {
        String expected = 3 * valid >= 2 * appointed ? "VALID" : "RESTART";

        assertThat(validity(appointed, valid)).as("%d of %d", valid, appointed)
            .isEqualTo(expected);
      }
    }
  }
}
