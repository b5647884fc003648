package ro.dosar.gender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code announcementCompliance} (spec §8.2 DMN-6, §6.4.1): the encouragement statement and the
 * HR checklist → OK; otherwise a warning before the recruitment policy is in force; once it is,
 * a warning in WARN mode and a refusal in BLOCK mode (the default).
 */
class AnnouncementComplianceDecisionTest {

  private static final EqualityRules RULES = new EqualityTestRules();

  private static DmnDecisionTableResult evaluate(boolean statement, boolean neutral,
      boolean inForce, String mode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("hasEncouragementStatement", statement);
    variables.put("neutralLanguageConfirmed", neutral);
    variables.put("recruitmentPolicyInForce", inForce);
    variables.put("mode", mode);
    return EqualityTestRules.evaluateTable(EqualityRules.ANNOUNCEMENT_COMPLIANCE, variables);
  }

  @ParameterizedTest(name = "statement {0}, neutral {1}, in force {2}, {3} → {4}")
  @CsvSource({
      // rule 1: both given → OK, whatever the policy and the mode
      "true, true, false, WARN, OK",
      "true, true, false, BLOCK, OK",
      "true, true, true, WARN, OK",
      "true, true, true, BLOCK, OK",
      // rule 2: something missing, policy not in force → WARNING in both modes
      "false, true, false, BLOCK, WARNING",
      "true, false, false, BLOCK, WARNING",
      "false, false, false, BLOCK, WARNING",
      "false, false, false, WARN, WARNING",
      // rule 3: in force, WARN mode → WARNING
      "false, true, true, WARN, WARNING",
      "true, false, true, WARN, WARNING",
      "false, false, true, WARN, WARNING",
      // rule 4: in force, BLOCK mode → BLOCK
      "false, true, true, BLOCK, BLOCK",
      "true, false, true, BLOCK, BLOCK",
      "false, false, true, BLOCK, BLOCK"})
  void givenAnAnnouncement_whenEvaluatingTheTable_thenTheFirstMatchingRuleAnswers(
      boolean statement, boolean neutral, boolean inForce, String mode, String expected) {
    DmnDecisionTableResult result = evaluate(statement, neutral, inForce, mode);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .containsExactlyEntriesOf(Map.of("compliance", expected));
    assertThat(RULES.announcementCompliance(statement, neutral, inForce,
        AnnouncementMode.valueOf(mode))).isEqualTo(AnnouncementCompliance.valueOf(expected));
  }

  @Test
  void givenNoMode_whenAskingTheRules_thenBlockIsTheDefault() {
    assertThat(RULES.announcementCompliance(false, true, true, null))
        .isEqualTo(AnnouncementCompliance.BLOCK);
    assertThat(RULES.announcementCompliance(true, false, false, null))
        .isEqualTo(AnnouncementCompliance.WARNING);
  }

  @Test
  void givenAnUnknownModeWithThePolicyInForce_whenEvaluatingTheTable_thenNoRuleApplies() {
    assertThat(evaluate(false, true, true, "STRICT")).isEmpty();
    // A complete announcement is OK whatever the mode.
    assertThat(evaluate(true, true, true, "STRICT")).hasSize(1);
  }

  @Test
  void givenTheModel_whenRead_thenFourRulesInTheSpecsOrderWithHistory() throws IOException {
    String dmn = Files.readString(Path.of(EqualityTestRules.ANNOUNCEMENT_FILE));
    assertThat(dmn).contains("<decision id=\"announcementCompliance\"")
        .contains("camunda:historyTimeToLive=\"3650\"")
        .contains("hitPolicy=\"FIRST\"")
        .contains("dmnElementRef=\"announcementCompliance\"");
    assertThat(dmn.split("<rule ", -1)).hasSize(5);
  }
}
