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
 * {@code trainingParticipationBalance} (spec §8.2 DMN-3, [S7.2], §12.3 item 20): one gender's share
 * of training participations against its share of the staff, deviation strictly below 10, read in
 * percentage points (default) or relative to the staff share; every rule, both sides of each
 * boundary, and the spec's example of 10 men among 150 trainees.
 */
class TrainingParticipationBalanceDecisionTest {

  private static final EqualityRules RULES = new EqualityTestRules();

  private static DmnDecisionTableResult evaluate(int p, int bigP, int s, int bigS, String mode) {
    return EqualityTestRules.evaluateTable(EqualityRules.TRAINING_PARTICIPATION_BALANCE,
        Map.of("p", p, "P", bigP, "s", s, "S", bigS, "mode", mode));
  }

  @ParameterizedTest(name = "p={0} P={1} s={2} S={3} {4} → {5}")
  @CsvSource({
      // rule 1: no participation at all
      "0, 0, 18, 190, PP, NOT_APPLICABLE",
      "0, 0, 18, 190, RELATIVE, NOT_APPLICABLE",
      // no staff with a recorded gender: no staff share (§7 rule 4)
      "3, 10, 0, 0, PP, NOT_APPLICABLE",
      // rules 2/3, PP: exactly 10 pp either way (2/10 or 0/10 vs 1/10) is IMBALANCED; 9.9 pp balanced
      "2, 10, 1, 10, PP, IMBALANCED",
      "0, 10, 1, 10, PP, IMBALANCED",
      "1, 10, 1, 10, PP, BALANCED",
      "199, 1000, 100, 1000, PP, BALANCED",
      "200, 1000, 100, 1000, PP, IMBALANCED",
      "1, 1000, 101, 1000, PP, IMBALANCED",
      "2, 1000, 101, 1000, PP, BALANCED",
      "0, 1000, 100, 1000, PP, IMBALANCED",
      // §12.3 item 20: 10 men among 150 trainees, 18 men among 190 staff: −2.81 pp, balanced
      "10, 150, 18, 190, PP, BALANCED",
      "140, 150, 172, 190, PP, BALANCED",
      // rule 4, RELATIVE: the gender has no staff
      "1, 10, 0, 10, RELATIVE, NOT_APPLICABLE",
      // rules 5/6, RELATIVE: 11/100 vs 10/100 is exactly +10 % relative → IMBALANCED
      "11, 100, 10, 100, RELATIVE, IMBALANCED",
      "109, 1000, 100, 1000, RELATIVE, BALANCED",
      "91, 1000, 100, 1000, RELATIVE, BALANCED",
      "90, 1000, 100, 1000, RELATIVE, IMBALANCED",
      // §12.3 item 20 in RELATIVE mode: −29.63 % relative, imbalanced
      "10, 150, 18, 190, RELATIVE, IMBALANCED"})
  void givenParticipationsAndStaff_whenEvaluatingTheTable_thenExactlyOneRule(int p, int bigP,
      int s, int bigS, String mode, String result) {
    DmnDecisionTableResult answer = evaluate(p, bigP, s, bigS, mode);

    assertThat(answer).hasSize(1);
    assertThat(answer.getSingleResult().getEntryMap()).containsExactly(Map.entry("result",
        result));
  }

  @Test
  void givenTheSpecsExample_whenAskingTheRules_thenPpBalancedButRelativeImbalanced() {
    assertThat(RULES.trainingBalance(10, 150, 18, 190, null)).isEqualTo(TrainingBalance.BALANCED);
    assertThat(RULES.trainingBalance(10, 150, 18, 190, BalanceMode.PP))
        .isEqualTo(TrainingBalance.BALANCED);
    assertThat(RULES.trainingBalance(10, 150, 18, 190, BalanceMode.RELATIVE))
        .isEqualTo(TrainingBalance.IMBALANCED);
    assertThat(RULES.trainingBalance(2, 10, 1, 10, BalanceMode.PP))
        .isEqualTo(TrainingBalance.IMBALANCED);
  }

  @Test
  void givenBothGenders_whenCombined_thenImbalancedIfEitherIs() {
    assertThat(TrainingBalance.overall(TrainingBalance.BALANCED, TrainingBalance.IMBALANCED))
        .isEqualTo(TrainingBalance.IMBALANCED);
    assertThat(TrainingBalance.overall(TrainingBalance.BALANCED, TrainingBalance.BALANCED))
        .isEqualTo(TrainingBalance.BALANCED);
    assertThat(TrainingBalance.overall(TrainingBalance.NOT_APPLICABLE,
        TrainingBalance.NOT_APPLICABLE)).isEqualTo(TrainingBalance.NOT_APPLICABLE);
  }

  @Test
  void givenImpossibleCounts_whenAskingTheRules_thenRefused() {
    assertThatThrownBy(() -> RULES.trainingBalance(11, 10, 1, 10, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RULES.trainingBalance(1, 10, 11, 10, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTheModel_whenRead_thenUniqueAndKeepsHistory() throws IOException {
    String dmn = Files.readString(Path.of(EqualityTestRules.TRAINING_BALANCE_FILE));
    assertThat(dmn).contains("<decision id=\"trainingParticipationBalance\"")
        .contains("camunda:historyTimeToLive=\"3650\"").contains("hitPolicy=\"UNIQUE\"")
        .contains("dmnElementRef=\"trainingParticipationBalance\"");
    assertThat(dmn.split("<rule ", -1)).hasSize(8);
  }
}
