package ro.dosar.gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code indicatorTargetStatus} (spec §8.2 DMN-4): the targets of the indicators Dosar computes,
 * every rule on both sides of its boundary.
 */
class IndicatorTargetStatusDecisionTest {

  private static final EqualityRules RULES = new EqualityTestRules();

  @ParameterizedTest(name = "{0} value={1} total={2} balance={3} → {4}")
  @CsvSource({
      "IND-1.2a, 0, 0, '', NOT_MET", "IND-1.2a, 1, 0, '', MET", "IND-1.2a, 2, 0, '', MET",
      "IND-3.2a, 9, 0, '', NOT_MET", "IND-3.2a, 10, 0, '', MET", "IND-3.2a, 11, 0, '', MET",
      "IND-4.1a, 0, 0, '', NOT_MET", "IND-4.1a, 1, 0, '', MET",
      "IND-9.3a, 0, 0, '', NOT_MET", "IND-9.3a, 1, 0, '', MET",
      // 100 % of the active staff trained
      "IND-4.1b, 0, 0, '', NOT_APPLICABLE", "IND-4.1b, 189, 190, '', NOT_MET",
      "IND-4.1b, 190, 190, '', MET",
      // each gender at least 40 %: value = posts of the less represented gender
      "IND-6.1b, 0, 0, '', NOT_APPLICABLE", "IND-6.1b, 1, 7, '', NOT_MET",
      "IND-6.1b, 3, 8, '', NOT_MET", "IND-6.1b, 2, 5, '', MET", "IND-6.1b, 4, 10, '', MET",
      "IND-6.1b, 3, 7, '', MET",
      "IND-7.2a, 0, 0, BALANCED, MET", "IND-7.2a, 0, 0, IMBALANCED, NOT_MET",
      "IND-7.2a, 0, 0, NOT_APPLICABLE, NOT_APPLICABLE"})
  void givenAnIndicatorValue_whenEvaluatingTheTable_thenExactlyOneRule(String indicator,
      int value, int total, String balance, String status) {
    DmnDecisionTableResult answer = EqualityTestRules.evaluateTable(
        EqualityRules.INDICATOR_TARGET_STATUS,
        Map.of("indicatorId", indicator, "value", value, "total", total, "balance", balance));

    assertThat(answer).hasSize(1);
    assertThat(answer.getSingleResult().getEntryMap()).containsExactly(Map.entry("status",
        status));
  }

  @Test
  void givenTheRules_whenAsked_thenTheStatusAsAnEnum() {
    assertThat(RULES.indicatorTargetStatus("IND-3.2a", 10, 0, null))
        .isEqualTo(IndicatorStatus.MET);
    assertThat(RULES.indicatorTargetStatus("IND-7.2a", 0, 0, TrainingBalance.IMBALANCED))
        .isEqualTo(IndicatorStatus.NOT_MET);
    assertThat(RULES.indicatorTargetStatus("IND-6.1b", 1, 7, null))
        .isEqualTo(IndicatorStatus.NOT_MET);
  }

  @Test
  void givenAnIndicatorWithoutATargetRule_whenAsked_thenRefused() {
    assertThatThrownBy(() -> RULES.indicatorTargetStatus("IND-5.1b", 1, 1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTheModel_whenRead_thenUniqueAndKeepsHistory() throws IOException {
    String dmn = Files.readString(Path.of(EqualityTestRules.INDICATOR_FILE));
    assertThat(dmn).contains("<decision id=\"indicatorTargetStatus\"")
        .contains("camunda:historyTimeToLive=\"3650\"").contains("hitPolicy=\"UNIQUE\"");
    assertThat(dmn.split("<rule ", -1)).hasSize(18);
  }
}
