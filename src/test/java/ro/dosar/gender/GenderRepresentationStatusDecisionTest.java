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
 * {@code genderRepresentationStatus} (spec §8.2 DMN-2, §7 rule 2): a gender's share of a group of
 * leadership posts, compared exactly with 30 % ([S6] objective), one third ([S6.1] analysis
 * trigger) and 40 % ([S6.1] 2029 target), on both sides of each threshold and on the end-2025
 * baseline (spec §2.3, plan Table 2).
 */
class GenderRepresentationStatusDecisionTest {

  private static final EqualityRules RULES = new EqualityTestRules();

  private static DmnDecisionTableResult evaluate(int c, int n) {
    return EqualityTestRules.evaluateTable(EqualityRules.GENDER_REPRESENTATION_STATUS,
        Map.of("n", n, "c", c));
  }

  @ParameterizedTest(name = "{0} of {1} → {2}")
  @CsvSource({
      // rule 1: no occupied post, no share
      "0, 0, NOT_APPLICABLE, false, false, false",
      // 30 %: 29/100 and 2/7 (28.57 %) below, 30/100 and 3/10 exactly 30 % not below
      "0, 1, UNDER_REPRESENTED_BELOW_30, true, true, false",
      "29, 100, UNDER_REPRESENTED_BELOW_30, true, true, false",
      "2, 7, UNDER_REPRESENTED_BELOW_30, true, true, false",
      "30, 100, BELOW_ONE_THIRD, true, false, false",
      "3, 10, BELOW_ONE_THIRD, true, false, false",
      // one third: 33/100 below; 1/3 and 2/6 exactly one third, 34/100 above
      "33, 100, BELOW_ONE_THIRD, true, false, false",
      "1, 3, BELOW_40_TARGET, false, false, false",
      "2, 6, BELOW_40_TARGET, false, false, false",
      "34, 100, BELOW_40_TARGET, false, false, false",
      // 40 %: 39/100 below; 40/100, 2/5 and 4/10 exactly 40 % met
      "39, 100, BELOW_40_TARGET, false, false, false",
      "40, 100, TARGET_MET, false, false, true",
      "2, 5, TARGET_MET, false, false, true",
      "4, 10, TARGET_MET, false, false, true",
      "1, 1, TARGET_MET, false, false, true"})
  void givenAShare_whenEvaluatingTheTable_thenExactlyTheRuleOfItsBand(int c, int n,
      String status, boolean analysisTrigger, boolean below30, boolean target2029Met) {
    DmnDecisionTableResult result = evaluate(c, n);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(
        Map.of("status", status, "analysisTrigger", analysisTrigger, "below30", below30,
            "target2029Met", target2029Met));
  }

  @ParameterizedTest(name = "{0}: {1} of {2} → {3}")
  @CsvSource({
      // spec §8.2 DMN-2 "On end-2025 data" and §2.3 leadership_occupied
      "total leadership (men), 1, 7, UNDER_REPRESENTED_BELOW_30, true, true, false",
      "total leadership (women), 6, 7, TARGET_MET, false, false, true",
      "director general (men), 0, 1, UNDER_REPRESENTED_BELOW_30, true, true, false",
      "director general (women), 1, 1, TARGET_MET, false, false, true",
      "executive directors (men), 0, 3, UNDER_REPRESENTED_BELOW_30, true, true, false",
      "executive directors (women), 3, 3, TARGET_MET, false, false, true",
      "heads of service (men), 1, 3, BELOW_40_TARGET, false, false, false",
      "heads of service (women), 2, 3, TARGET_MET, false, false, true"})
  void givenTheEnd2025Leadership_whenAskingTheRules_thenTheSpecsWorkedExample(String group,
      int c, int n, GenderRepresentation.Status status, boolean analysisTrigger,
      boolean below30, boolean target2029Met) {
    assertThat(RULES.representation(c, n))
        .isEqualTo(new GenderRepresentation(status, analysisTrigger, below30, target2029Met));
  }

  @ParameterizedTest(name = "{0} of {1} → {2}")
  @CsvSource({
      "0, 0, NOT_APPLICABLE", "29, 100, UNDER_REPRESENTED_BELOW_30",
      "30, 100, BELOW_ONE_THIRD", "33, 100, BELOW_ONE_THIRD", "1, 3, BELOW_40_TARGET",
      "39, 100, BELOW_40_TARGET", "40, 100, TARGET_MET"})
  void givenAShare_whenAskingTheRules_thenTheStatusOfItsBand(int c, int n,
      GenderRepresentation.Status status) {
    assertThat(RULES.representation(c, n).status()).isEqualTo(status);
  }

  @Test
  void givenMorePostsOfTheGenderThanInTheGroupOrANegativeCount_whenAskingTheRules_thenRefused() {
    assertThatThrownBy(() -> RULES.representation(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RULES.representation(-1, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTheModel_whenRead_thenEveryDecisionKeepsHistoryAsTheEngineRequires()
      throws IOException {
    String dmn = Files.readString(Path.of(EqualityTestRules.REPRESENTATION_FILE));
    assertThat(dmn).contains("<decision id=\"genderRepresentationStatus\"")
        .contains("camunda:historyTimeToLive=\"3650\"")
        .contains("hitPolicy=\"UNIQUE\"")
        .contains("dmnElementRef=\"genderRepresentationStatus\"");
    assertThat(dmn.split("<rule ", -1)).hasSize(6);
  }
}
