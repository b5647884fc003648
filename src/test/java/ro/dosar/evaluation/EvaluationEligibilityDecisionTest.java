package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code evaluationEligibility} (Annex Art. 8–9, spec §5.2.4), hit policy FIRST: contract ends or
 * is modified, then promotion or new diploma (EXCEPTIONAL_NOW); debutant, then suspended contract,
 * then long leave (DEFERRED); at least 6 months worked (ANNUAL); otherwise
 * NOT_EVALUATED_THIS_YEAR.
 */
class EvaluationEligibilityDecisionTest {

  private final EvaluationRules rules = new EvaluationTestRules();

  private static DmnDecisionTableResult evaluate(boolean contractEndsOrModified,
      boolean promotedOrNewDiploma, boolean isDebutant, boolean contractSuspended,
      boolean longLeaveLast12Months, int monthsWorkedInPeriod) {
    return EvaluationTestRules.evaluateTable(EvaluationRules.EVALUATION_ELIGIBILITY, Map.of(
        "contractEndsOrModified", contractEndsOrModified,
        "promotedOrNewDiploma", promotedOrNewDiploma,
        "isDebutant", isDebutant,
        "contractSuspended", contractSuspended,
        "longLeaveLast12Months", longLeaveLast12Months,
        "monthsWorkedInPeriod", monthsWorkedInPeriod));
  }

  @ParameterizedTest(name = "{0},{1},{2},{3},{4},{5} → {6} by {7}")
  @CsvSource({
      // Each rule alone.
      "true,  false, false, false, false, 0,  EXCEPTIONAL_NOW,         ELIG-1",
      "false, true,  false, false, false, 0,  EXCEPTIONAL_NOW,         ELIG-2",
      "false, false, true,  false, false, 0,  DEFERRED,                ELIG-3",
      "false, false, false, true,  false, 0,  DEFERRED,                ELIG-4",
      "false, false, false, false, true,  0,  DEFERRED,                ELIG-5",
      "false, false, false, false, false, 12, ANNUAL,                  ELIG-6",
      "false, false, false, false, false, 0,  NOT_EVALUATED_THIS_YEAR, ELIG-7",
      // The 5/6-month boundary of Annex Art. 8(3).
      "false, false, false, false, false, 5,  NOT_EVALUATED_THIS_YEAR, ELIG-7",
      "false, false, false, false, false, 6,  ANNUAL,                  ELIG-6",
      "false, false, false, false, false, 7,  ANNUAL,                  ELIG-6",
      // Precedence: the first matching rule wins.
      "true,  true,  true,  true,  true,  12, EXCEPTIONAL_NOW,         ELIG-1",
      "false, true,  true,  true,  true,  12, EXCEPTIONAL_NOW,         ELIG-2",
      "false, false, true,  false, false, 12, DEFERRED,                ELIG-3",
      "false, false, true,  true,  true,  0,  DEFERRED,                ELIG-3",
      "false, false, false, true,  true,  12, DEFERRED,                ELIG-4",
      "false, false, false, true,  false, 12, DEFERRED,                ELIG-4",
      "false, false, false, false, true,  12, DEFERRED,                ELIG-5"})
  void givenTheFacts_whenEvaluating_thenTheFirstMatchingRuleAnswers(boolean contractEndsOrModified,
      boolean promotedOrNewDiploma, boolean isDebutant, boolean contractSuspended,
      boolean longLeaveLast12Months, int monthsWorkedInPeriod, String eligibility,
      String ruleId) {
    DmnDecisionTableResult result = evaluate(contractEndsOrModified, promotedOrNewDiploma,
        isDebutant, contractSuspended, longLeaveLast12Months, monthsWorkedInPeriod);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsOnly(
        Map.entry("eligibility", eligibility), Map.entry("ruleId", ruleId));
  }

  @ParameterizedTest(name = "{0},{1},{2},{3},{4},{5} → {6}")
  @CsvSource({
      "true,  false, false, false, false, 0,  EXCEPTIONAL_NOW",
      "false, true,  false, false, false, 3,  EXCEPTIONAL_NOW",
      "false, false, true,  false, false, 12, DEFERRED",
      "false, false, false, true,  true,  12, DEFERRED",
      "false, false, false, false, true,  0,  DEFERRED",
      "false, false, false, false, false, 6,  ANNUAL",
      "false, false, false, false, false, 5,  NOT_EVALUATED_THIS_YEAR"})
  void givenTheFacts_whenTheApplicationAsks_thenItReadsTheTablesAnswer(
      boolean contractEndsOrModified, boolean promotedOrNewDiploma, boolean debutant,
      boolean contractSuspended, boolean longLeaveLast12Months, int monthsWorkedInPeriod,
      Eligibility eligibility) {
    assertThat(rules.eligibility(new EligibilityFacts(contractEndsOrModified,
        promotedOrNewDiploma, debutant, contractSuspended, longLeaveLast12Months,
        monthsWorkedInPeriod))).isEqualTo(eligibility);
  }

  @Test
  void givenNegativeMonths_whenBuildingTheFacts_thenRefused() {
    assertThatThrownBy(() -> new EligibilityFacts(false, false, false, false, false, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthsWorkedInPeriod");
  }

  @Test
  void givenATableWithoutAnswer_whenAskingTheEligibility_thenAClearError() {
    EvaluationRules empty = new EvaluationRules.FromDecisions() {
      @Override
      protected DmnDecisionTableResult evaluate(String decisionKey,
          Map<String, Object> variables) {
        return EvaluationTestRules.evaluateTable(EvaluationRules.EVALUATION_GRADE,
            Map.of("finalNote", BigDecimal.ZERO));
      }
    };

    assertThatThrownBy(() -> empty.eligibility(
        new EligibilityFacts(false, false, false, false, false, 6)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("evaluationEligibility gives 0 results");
  }

  @Test
  void givenTheModel_whenRead_thenTheContractOfTheTableHolds() throws IOException {
    String dmn = Files.readString(Path.of(EvaluationTestRules.ELIGIBILITY_FILE));
    assertThat(dmn).contains("<decision id=\"evaluationEligibility\"")
        .contains("camunda:historyTimeToLive=\"3650\"")
        .contains("hitPolicy=\"FIRST\"")
        .contains("dmnElementRef=\"evaluationEligibility\"")
        .contains("<text>contractEndsOrModified</text>", "<text>promotedOrNewDiploma</text>",
            "<text>isDebutant</text>", "<text>contractSuspended</text>",
            "<text>longLeaveLast12Months</text>", "<text>monthsWorkedInPeriod</text>")
        .contains("name=\"eligibility\"", "name=\"ruleId\"")
        .contains("Anexa la ROI, art. 9 lit. a)", "Anexa la ROI, art. 8 alin. (4) lit. c)");
  }
}
