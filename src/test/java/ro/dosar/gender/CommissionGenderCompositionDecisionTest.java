package ro.dosar.gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code commissionGenderComposition} (spec §8.2 DMN-1, §6.4.3): an empty commission blocks; at
 * least one woman and one man is mixed; a single-gender commission needs a justification (SOFT)
 * or blocks (HARD), and the missing gender is the under-represented one.
 */
class CommissionGenderCompositionDecisionTest {

  private static final EqualityRules RULES = new EqualityTestRules();

  private static DmnDecisionTableResult evaluate(int members, int women, int men, String mode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("memberCount", members);
    variables.put("womenCount", women);
    variables.put("menCount", men);
    variables.put("enforcementMode", mode);
    return EqualityTestRules.evaluateTable(EqualityRules.COMMISSION_GENDER_COMPOSITION,
        variables);
  }

  private static Map<String, Object> answer(String status, String action, String gender) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("status", status);
    answer.put("action", action);
    answer.put("underrepresentedGender", gender);
    return answer;
  }

  @ParameterizedTest(name = "{0} women, {1} men, {2} → {3} {4} {5}")
  @CsvSource(nullValues = "null", value = {
      // rule 1: empty, whatever the mode
      "0, 0, SOFT, INVALID_EMPTY, BLOCK, null",
      "0, 0, HARD, INVALID_EMPTY, BLOCK, null",
      // rule 2: mixed, whatever the mode
      "1, 1, SOFT, MIXED, NONE, null",
      "1, 1, HARD, MIXED, NONE, null",
      "4, 1, SOFT, MIXED, NONE, null",
      "1, 4, HARD, MIXED, NONE, null",
      // rules 3 and 5: no woman
      "0, 1, SOFT, SINGLE_GENDER, JUSTIFICATION_REQUIRED, FEMALE",
      "0, 5, SOFT, SINGLE_GENDER, JUSTIFICATION_REQUIRED, FEMALE",
      "0, 1, HARD, SINGLE_GENDER, BLOCK, FEMALE",
      "0, 5, HARD, SINGLE_GENDER, BLOCK, FEMALE",
      // rules 4 and 6: no man
      "1, 0, SOFT, SINGLE_GENDER, JUSTIFICATION_REQUIRED, MALE",
      "5, 0, SOFT, SINGLE_GENDER, JUSTIFICATION_REQUIRED, MALE",
      "1, 0, HARD, SINGLE_GENDER, BLOCK, MALE",
      "5, 0, HARD, SINGLE_GENDER, BLOCK, MALE"})
  void givenACommission_whenEvaluatingTheTable_thenExactlyOneRuleAnswers(int women, int men,
      String mode, String status, String action, String gender) {
    DmnDecisionTableResult result = evaluate(women + men, women, men, mode);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(answer(status, action, gender));
  }

  @ParameterizedTest(name = "{0} women, {1} men, {2} → {3} {4} {5}")
  @CsvSource(nullValues = "null", value = {
      "0, 0, SOFT, INVALID_EMPTY, BLOCK, null",
      "0, 0, HARD, INVALID_EMPTY, BLOCK, null",
      "0, 0, null, INVALID_EMPTY, BLOCK, null",
      "2, 3, SOFT, MIXED, NONE, null",
      "2, 3, HARD, MIXED, NONE, null",
      "0, 3, SOFT, SINGLE_GENDER, JUSTIFICATION_REQUIRED, FEMALE",
      "0, 3, HARD, SINGLE_GENDER, BLOCK, FEMALE",
      "3, 0, SOFT, SINGLE_GENDER, JUSTIFICATION_REQUIRED, MALE",
      "3, 0, HARD, SINGLE_GENDER, BLOCK, MALE",
      // no mode given: SOFT, the default of the spec
      "0, 3, null, SINGLE_GENDER, JUSTIFICATION_REQUIRED, FEMALE",
      "3, 0, null, SINGLE_GENDER, JUSTIFICATION_REQUIRED, MALE"})
  void givenACommission_whenAskingTheRules_thenTheTypedAnswer(int women, int men,
      EnforcementMode mode, CommissionComposition.Status status,
      CommissionComposition.Action action, Gender gender) {
    assertThat(RULES.commissionComposition(women, men, mode))
        .isEqualTo(new CommissionComposition(status, action, gender));
  }

  @ParameterizedTest
  @EnumSource(EnforcementMode.class)
  void givenInconsistentCountsOrAnUnknownMode_whenEvaluatingTheTable_thenNoRuleApplies(
      EnforcementMode mode) {
    // memberCount > 0 with nobody in it: rules 3-6 need one member of the other gender.
    assertThat(evaluate(2, 0, 0, mode.name())).isEmpty();
    assertThat(evaluate(3, 0, 3, "STRICT")).isEmpty();
  }

  @Test
  void givenNegativeCounts_whenAskingTheRules_thenRefused() {
    assertThatThrownBy(() -> RULES.commissionComposition(-1, 2, EnforcementMode.SOFT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RULES.commissionComposition(2, -1, EnforcementMode.HARD))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTheModel_whenRead_thenEveryDecisionKeepsHistoryAsTheEngineRequires()
      throws IOException {
    String dmn = Files.readString(Path.of(EqualityTestRules.COMMISSION_FILE));
    assertThat(dmn).contains("<decision id=\"commissionGenderComposition\"")
        .contains("camunda:historyTimeToLive=\"3650\"")
        .contains("hitPolicy=\"UNIQUE\"")
        .contains("dmnElementRef=\"commissionGenderComposition\"");
    assertThat(dmn.split("<rule ", -1)).hasSize(7);
  }
}
