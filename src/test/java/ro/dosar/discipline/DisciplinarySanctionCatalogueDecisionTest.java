package ro.dosar.discipline;

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
 * {@code disciplinarySanctionCatalogue}: every row of Art. 35(1) and (2) with its bounds, the
 * prior investigation of Art. 37(2) and the radiation of Art. 38 (Labour Code art. 248(3) for
 * contractual staff); a code off the category's ladder has no row (DISC-20).
 */
class DisciplinarySanctionCatalogueDecisionTest {

  private static DmnDecisionTableResult evaluate(String category, String code) {
    return DisciplineTestRules.evaluateTable(DisciplineRules.DISCIPLINARY_SANCTION_CATALOGUE,
        Map.of("employeeCategory", category, "sanctionCode", code));
  }

  @ParameterizedTest(name = "{0} {1} → rank {2}")
  @CsvSource(nullValues = "-", value = {
      // category,  code,                             rank, inv.,  min%, max%, mo., days, yrs, radiation
      "CIVIL_SERVANT, CS_WRITTEN_REPRIMAND,             1, false, -, -,  -,  -,  -, SIX_MONTHS_FROM_APPLICATION",
      "CIVIL_SERVANT, CS_SALARY_RIGHTS_REDUCTION,       2, true,  5, 20, 3,  -,  -, ONE_YEAR_AFTER_TERM_EXPIRY",
      "CIVIL_SERVANT, CS_ADVANCEMENT_SUSPENSION,        3, true,  -, -,  -,  -,  3, ONE_YEAR_AFTER_TERM_EXPIRY",
      "CIVIL_SERVANT, CS_DEMOTION,                      4, true,  -, -,  12, -,  -, ONE_YEAR_AFTER_TERM_EXPIRY",
      "CIVIL_SERVANT, CS_DESTITUTION,                   5, true,  -, -,  -,  -,  -, SEVEN_YEARS_FROM_APPLICATION",
      "CONTRACTUAL,   C_WRITTEN_WARNING,                1, false, -, -,  -,  -,  -, TWELVE_MONTHS_FROM_APPLICATION",
      "CONTRACTUAL,   C_DEMOTION,                       2, true,  -, -,  -,  60, -, TWELVE_MONTHS_FROM_APPLICATION",
      "CONTRACTUAL,   C_BASE_SALARY_REDUCTION,          3, true,  5, 10, 3,  -,  -, TWELVE_MONTHS_FROM_APPLICATION",
      "CONTRACTUAL,   C_SALARY_AND_ALLOWANCE_REDUCTION, 4, true,  5, 10, 3,  -,  -, TWELVE_MONTHS_FROM_APPLICATION",
      "CONTRACTUAL,   C_DISCIPLINARY_DISMISSAL,         5, true,  -, -,  -,  -,  -, NOT_APPLICABLE"})
  void givenASanctionOfTheCategory_whenEvaluating_thenExactlyItsRow(String category, String code,
      int rank, boolean investigation, Integer minPercent, Integer maxPercent, Integer maxMonths,
      Integer maxDays, Integer maxYears, String radiation) {
    Map<String, Object> expected = new HashMap<>();
    expected.put("severityRank", rank);
    expected.put("requiresPriorInvestigation", investigation);
    expected.put("minPercent", minPercent);
    expected.put("maxPercent", maxPercent);
    expected.put("maxMonths", maxMonths);
    expected.put("maxDays", maxDays);
    expected.put("maxYears", maxYears);
    expected.put("radiationRule", radiation);

    assertThat(evaluate(category, code).getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(expected);
  }

  @ParameterizedTest(name = "{0} {1} → none")
  @CsvSource({
      "CONTRACTUAL, CS_WRITTEN_REPRIMAND", "CONTRACTUAL, CS_DESTITUTION",
      "CIVIL_SERVANT, C_WRITTEN_WARNING", "CIVIL_SERVANT, C_DISCIPLINARY_DISMISSAL",
      // DISC-24: a fine is not a sanction.
      "CONTRACTUAL, C_FINE", "CIVIL_SERVANT, CS_FINE", "OTHER, CS_WRITTEN_REPRIMAND"})
  void givenACodeOffTheCategorysLadder_whenEvaluating_thenNoRule(String category, String code) {
    assertThat(evaluate(category, code)).isEmpty();
  }

  @Test
  void givenTheModel_whenRead_thenOneUniqueDecisionWithHistoryAndAShape() throws IOException {
    String dmn = Files.readString(Path.of(DisciplineTestRules.FILE));
    assertThat(dmn).contains("<decision id=\"disciplinarySanctionCatalogue\"")
        .contains("camunda:historyTimeToLive=\"3650\"")
        .contains("hitPolicy=\"UNIQUE\"")
        .contains("dmnElementRef=\"disciplinarySanctionCatalogue\"");
    assertThat(dmn.split("<annotationEntry>", -1)).hasSize(11);
  }
}
