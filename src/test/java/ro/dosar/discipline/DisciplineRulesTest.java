package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DisciplineRules.FromDecisions} reading the real catalogue. */
class DisciplineRulesTest {

  private final DisciplineRules rules = new DisciplineTestRules();

  @Test
  void givenACivilServantsSalaryReduction_whenLookedUp_thenItsBoundsAndRadiation() {
    assertThat(rules.sanction(EmployeeCategory.CIVIL_SERVANT, "CS_SALARY_RIGHTS_REDUCTION"))
        .contains(new SanctionTerms(EmployeeCategory.CIVIL_SERVANT, "CS_SALARY_RIGHTS_REDUCTION",
            2, true, 5, 20, 3, null, null, RadiationRule.ONE_YEAR_AFTER_TERM_EXPIRY));
  }

  @Test
  void givenAContractualWarning_whenLookedUp_thenNoInvestigationAndNoBounds() {
    assertThat(rules.sanction(EmployeeCategory.CONTRACTUAL, "C_WRITTEN_WARNING"))
        .contains(new SanctionTerms(EmployeeCategory.CONTRACTUAL, "C_WRITTEN_WARNING", 1, false,
            null, null, null, null, null, RadiationRule.TWELVE_MONTHS_FROM_APPLICATION));
  }

  @Test
  void givenACodeOfTheOtherCategory_whenLookedUp_thenEmpty() {
    assertThat(rules.sanction(EmployeeCategory.CONTRACTUAL, "CS_DESTITUTION")).isEmpty();
  }
}
