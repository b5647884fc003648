package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.discipline.EmployeeCategory.CIVIL_SERVANT;
import static ro.dosar.discipline.EmployeeCategory.CONTRACTUAL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ro.dosar.commission.Violation;
import ro.dosar.discipline.SanctionValidation.Proposal;

/**
 * {@link SanctionValidation} on the real catalogue: every sanction of both ladders at its bounds
 * and just outside them (DISC-21), codes off the ladder (DISC-20), the hearing (DISC-22) and the
 * grounds for dismissal (DISC-25); spec §4.4.
 */
class SanctionValidationTest {

  private final SanctionValidation validation = new SanctionValidation(new DisciplineTestRules());

  /** Heard, grave, single offence, no prior sanction: only the parameters can fail. */
  private static Proposal heard(EmployeeCategory category, String code, Integer percent,
      Integer months, Integer days, Integer years) {
    return new Proposal(category, code, percent, months, days, years, true, true, 0, 1);
  }

  private List<String> rules(Proposal proposal) {
    return validation.validate(proposal).stream().map(Violation::rule).toList();
  }

  // ---- DISC-21: at the bounds -------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} percent {2}, months {3}, days {4}, years {5} → valid")
  @CsvSource(nullValues = "-", textBlock = """
      CIVIL_SERVANT, CS_WRITTEN_REPRIMAND,             -,  -,  -,  -
      CIVIL_SERVANT, CS_SALARY_RIGHTS_REDUCTION,       5,  1,  -,  -
      CIVIL_SERVANT, CS_SALARY_RIGHTS_REDUCTION,       20, 3,  -,  -
      CIVIL_SERVANT, CS_ADVANCEMENT_SUSPENSION,        -,  -,  -,  1
      CIVIL_SERVANT, CS_ADVANCEMENT_SUSPENSION,        -,  -,  -,  3
      CIVIL_SERVANT, CS_DEMOTION,                      -,  1,  -,  -
      CIVIL_SERVANT, CS_DEMOTION,                      -,  12, -,  -
      CIVIL_SERVANT, CS_DESTITUTION,                   -,  -,  -,  -
      CONTRACTUAL,   C_WRITTEN_WARNING,                -,  -,  -,  -
      CONTRACTUAL,   C_DEMOTION,                       -,  -,  1,  -
      CONTRACTUAL,   C_DEMOTION,                       -,  -,  60, -
      CONTRACTUAL,   C_BASE_SALARY_REDUCTION,          5,  1,  -,  -
      CONTRACTUAL,   C_BASE_SALARY_REDUCTION,          10, 3,  -,  -
      CONTRACTUAL,   C_SALARY_AND_ALLOWANCE_REDUCTION, 5,  1,  -,  -
      CONTRACTUAL,   C_SALARY_AND_ALLOWANCE_REDUCTION, 10, 3,  -,  -
      CONTRACTUAL,   C_DISCIPLINARY_DISMISSAL,         -,  -,  -,  -
      """)
  void givenEverySanctionAtItsBounds_whenValidating_thenValid(EmployeeCategory category,
      String code, Integer percent, Integer months, Integer days, Integer years) {
    assertThat(validation.validate(heard(category, code, percent, months, days, years)))
        .isEmpty();
  }

  // ---- DISC-21: out of range, missing, not applicable -------------------------------------------

  @ParameterizedTest(name = "{0} {1} percent {2}, months {3}, days {4}, years {5}: {6}")
  @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
      CIVIL_SERVANT | CS_WRITTEN_REPRIMAND             | 5  | -  | -  | -  | „percent”
      CIVIL_SERVANT | CS_WRITTEN_REPRIMAND             | -  | 1  | -  | -  | „months”
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 4  | 1  | -  | -  | între 5 și 20
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 21 | 3  | -  | -  | între 5 și 20
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 25 | 3  | -  | -  | Valoarea 25
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 10 | 0  | -  | -  | între 1 și 3
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 10 | 4  | -  | -  | între 1 și 3
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | -  | 3  | -  | -  | cere procentul
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 10 | -  | -  | -  | cere numărul de luni
      CIVIL_SERVANT | CS_SALARY_RIGHTS_REDUCTION       | 10 | 3  | 30 | -  | nu are durată în zile
      CIVIL_SERVANT | CS_ADVANCEMENT_SUSPENSION        | -  | -  | -  | 0  | între 1 și 3
      CIVIL_SERVANT | CS_ADVANCEMENT_SUSPENSION        | -  | -  | -  | 4  | între 1 și 3
      CIVIL_SERVANT | CS_ADVANCEMENT_SUSPENSION        | -  | -  | -  | -  | cere numărul de ani
      CIVIL_SERVANT | CS_ADVANCEMENT_SUSPENSION        | -  | 12 | -  | 1  | nu are durată în luni
      CIVIL_SERVANT | CS_DEMOTION                      | -  | 0  | -  | -  | între 1 și 12
      CIVIL_SERVANT | CS_DEMOTION                      | -  | 13 | -  | -  | între 1 și 12
      CIVIL_SERVANT | CS_DEMOTION                      | -  | -  | -  | -  | cere numărul de luni
      CIVIL_SERVANT | CS_DEMOTION                      | -  | 6  | -  | 1  | nu are durată în ani
      CIVIL_SERVANT | CS_DESTITUTION                   | -  | -  | -  | 1  | nu are durată în ani
      CONTRACTUAL   | C_WRITTEN_WARNING                | -  | -  | 1  | -  | „days”
      CONTRACTUAL   | C_DEMOTION                       | -  | -  | 0  | -  | între 1 și 60
      CONTRACTUAL   | C_DEMOTION                       | -  | -  | 61 | -  | între 1 și 60
      CONTRACTUAL   | C_DEMOTION                       | -  | -  | 75 | -  | Valoarea 75
      CONTRACTUAL   | C_DEMOTION                       | -  | -  | -  | -  | cere numărul de zile
      CONTRACTUAL   | C_DEMOTION                       | -  | 2  | 30 | -  | nu are durată în luni
      CONTRACTUAL   | C_BASE_SALARY_REDUCTION          | 4  | 1  | -  | -  | între 5 și 10
      CONTRACTUAL   | C_BASE_SALARY_REDUCTION          | 11 | 1  | -  | -  | între 5 și 10
      CONTRACTUAL   | C_BASE_SALARY_REDUCTION          | 12 | 3  | -  | -  | Valoarea 12
      CONTRACTUAL   | C_BASE_SALARY_REDUCTION          | 5  | 0  | -  | -  | între 1 și 3
      CONTRACTUAL   | C_BASE_SALARY_REDUCTION          | 5  | 4  | -  | -  | între 1 și 3
      CONTRACTUAL   | C_SALARY_AND_ALLOWANCE_REDUCTION | 4  | 2  | -  | -  | între 5 și 10
      CONTRACTUAL   | C_SALARY_AND_ALLOWANCE_REDUCTION | 11 | 2  | -  | -  | între 5 și 10
      CONTRACTUAL   | C_SALARY_AND_ALLOWANCE_REDUCTION | 5  | 0  | -  | -  | între 1 și 3
      CONTRACTUAL   | C_SALARY_AND_ALLOWANCE_REDUCTION | 5  | 4  | -  | -  | între 1 și 3
      CONTRACTUAL   | C_SALARY_AND_ALLOWANCE_REDUCTION | 5  | -  | -  | -  | cere numărul de luni
      CONTRACTUAL   | C_DISCIPLINARY_DISMISSAL         | 5  | -  | -  | -  | nu are procent
      """)
  void givenAParameterOutOfTheCatalogue_whenValidating_thenDisc21(EmployeeCategory category,
      String code, Integer percent, Integer months, Integer days, Integer years, String message) {
    assertThat(validation.validate(heard(category, code, percent, months, days, years)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.rule()).isEqualTo("DISC-21");
          assertThat(violation.message()).contains(message).contains(code);
        });
  }

  @Test
  void givenSeveralBadParameters_whenValidating_thenOneViolationEach() {
    assertThat(rules(heard(CIVIL_SERVANT, "CS_SALARY_RIGHTS_REDUCTION", 25, 4, 1, null)))
        .containsExactly("DISC-21", "DISC-21", "DISC-21");
  }

  // ---- DISC-20 ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} → DISC-20")
  @CsvSource(textBlock = """
      CIVIL_SERVANT, C_WRITTEN_WARNING
      CIVIL_SERVANT, C_DISCIPLINARY_DISMISSAL
      CONTRACTUAL,   CS_WRITTEN_REPRIMAND
      CONTRACTUAL,   CS_DESTITUTION
      CONTRACTUAL,   FINE
      CIVIL_SERVANT, cs_written_reprimand
      """)
  void givenACodeOffTheCategorysLadder_whenValidating_thenOnlyDisc20(EmployeeCategory category,
      String code) {
    assertThat(validation.validate(heard(category, code, 10, 3, null, null)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.rule()).isEqualTo("DISC-20");
          assertThat(violation.message()).contains("„" + code + "”", "nu există",
              "principiul legalității");
        });
  }

  @Test
  void givenNoCode_whenValidating_thenDisc20() {
    assertThat(validation.validate(heard(CONTRACTUAL, " ", null, null, null, null)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.rule()).isEqualTo("DISC-20");
          assertThat(violation.message()).startsWith("Nu a fost indicată nicio sancțiune");
        });
  }

  // ---- DISC-22 ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} without hearing → DISC-22")
  @CsvSource(nullValues = "-", textBlock = """
      CIVIL_SERVANT, CS_SALARY_RIGHTS_REDUCTION,       10, 2, -,  -
      CIVIL_SERVANT, CS_ADVANCEMENT_SUSPENSION,        -,  -, -,  2
      CIVIL_SERVANT, CS_DEMOTION,                      -,  6, -,  -
      CIVIL_SERVANT, CS_DESTITUTION,                   -,  -, -,  -
      CONTRACTUAL,   C_DEMOTION,                       -,  -, 30, -
      CONTRACTUAL,   C_BASE_SALARY_REDUCTION,          5,  1, -,  -
      CONTRACTUAL,   C_SALARY_AND_ALLOWANCE_REDUCTION, 5,  1, -,  -
      CONTRACTUAL,   C_DISCIPLINARY_DISMISSAL,         -,  -, -,  -
      """)
  void givenARankAboveOneWithoutHearing_whenValidating_thenDisc22(EmployeeCategory category,
      String code, Integer percent, Integer months, Integer days, Integer years) {
    Proposal unheard = new Proposal(category, code, percent, months, days, years, false, true, 0,
        1);

    assertThat(validation.validate(unheard)).singleElement()
        .satisfies(violation -> {
          assertThat(violation.rule()).isEqualTo("DISC-22");
          assertThat(violation.message()).contains(code, "audierea", "art. 37 alin. (2)");
        });
  }

  @ParameterizedTest(name = "{0} {1} without hearing → valid (Art. 37(2))")
  @CsvSource(textBlock = """
      CIVIL_SERVANT, CS_WRITTEN_REPRIMAND
      CONTRACTUAL,   C_WRITTEN_WARNING
      """)
  void givenTheMildestSanctionWithoutHearing_whenValidating_thenValid(EmployeeCategory category,
      String code) {
    assertThat(validation.validate(
        new Proposal(category, code, null, null, null, null, false, false, 0, 1))).isEmpty();
  }

  // ---- DISC-25 ----------------------------------------------------------------------------------

  @Test
  void givenADismissalForOneNonGraveOffenceAndAClearRecord_whenValidating_thenDisc25() {
    assertThat(validation.validate(new Proposal(CONTRACTUAL, "C_DISCIPLINARY_DISMISSAL", null,
        null, null, null, true, false, 0, 1)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.rule()).isEqualTo("DISC-25");
          assertThat(violation.message()).contains("abatere gravă", "abateri repetate",
              "art. 56 alin. (3)");
        });
  }

  @ParameterizedTest(name = "grave {0}, prior {1}, offences {2} → valid")
  @CsvSource(textBlock = """
      true,  0, 1
      false, 1, 1
      false, 0, 2
      false, 3, 5
      """)
  void givenADismissalForAGraveOrRepeatedOffence_whenValidating_thenValid(boolean grave,
      int prior, int offences) {
    assertThat(validation.validate(new Proposal(CONTRACTUAL, "C_DISCIPLINARY_DISMISSAL", null,
        null, null, null, true, grave, prior, offences))).isEmpty();
  }

  @Test
  void givenAnUnheardDismissalWithoutGrounds_whenValidating_thenDisc22AndDisc25() {
    assertThat(rules(new Proposal(CONTRACTUAL, "C_DISCIPLINARY_DISMISSAL", null, null, null,
        null, false, false, 0, 1)))
        .containsExactly("DISC-22", "DISC-25");
  }

  @Test
  void givenACivilServantsDestitution_whenNotGrave_thenTheDismissalRuleDoesNotApply() {
    // Spec §4.4 puts the gravity-or-repetition condition on the contractual dismissal only.
    assertThat(validation.validate(new Proposal(CIVIL_SERVANT, "CS_DESTITUTION", null, null, null,
        null, true, false, 0, 1))).isEmpty();
  }

  // ---- Messages ---------------------------------------------------------------------------------

  @Test
  void givenEveryKindOfViolation_whenValidating_thenRomanianWithDiacritics() {
    List<Violation> violations = new ArrayList<>();
    violations.addAll(validation.validate(heard(CONTRACTUAL, "FINE", null, null, null, null)));
    violations.addAll(validation.validate(new Proposal(CONTRACTUAL, "C_DISCIPLINARY_DISMISSAL",
        5, null, null, null, false, false, 0, 1)));

    assertThat(violations).extracting(Violation::rule)
        .containsExactly("DISC-20", "DISC-21", "DISC-22", "DISC-25");
    assertThat(violations).extracting(Violation::message)
        .allSatisfy(message -> assertThat(message).containsPattern("[ăâîșț]")
            .doesNotContain("ş", "ţ"));
  }
}
