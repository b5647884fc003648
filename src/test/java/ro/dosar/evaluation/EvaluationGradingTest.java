package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.evaluation.EvaluationGrading.Result;

/**
 * {@link EvaluationGrading} on the real table: the means of Annex Art. 13-bis, the 2-decimal
 * HALF_UP rounding of spec EVAL-04 and the bands of Annex Art. 14.
 */
class EvaluationGradingTest {

  private final EvaluationGrading grading = EvaluationTestRules.grading();

  private static List<BigDecimal> notes(int... notes) {
    return Arrays.stream(notes).mapToObj(BigDecimal::valueOf).toList();
  }

  private static void assertResult(Result result, String objectivesNote, String criteriaNote,
      String finalNote, Grade grade) {
    assertThat(result.objectivesNote() == null ? null : result.objectivesNote().toPlainString())
        .isEqualTo(objectivesNote);
    assertThat(result.criteriaNote() == null ? null : result.criteriaNote().toPlainString())
        .isEqualTo(criteriaNote);
    assertThat(result.finalNote().toPlainString()).isEqualTo(finalNote);
    assertThat(result.grade()).isEqualTo(grade);
  }

  @Test
  void givenObjectiveAndCriteriaNotes_whenGrading_thenTheMeansRoundedHalfUpAndTheirMean() {
    // 13/3 = 4.333… → 4.33; 44/10 = 4.40; (4.33 + 4.40) / 2 = 4.365 → 4.37.
    assertResult(grading.grade(notes(5, 4, 4), notes(5, 5, 4, 4, 4, 5, 4, 4, 5, 4)),
        "4.33", "4.40", "4.37", Grade.BINE);
  }

  @Test
  void givenScenarioScEv05_whenGrading_thenTheFinalNote4505RoundsUpToFoarteBine() {
    // 32/7 = 4.571… → 4.57; 40/9 = 4.444… → 4.44; (4.57 + 4.44) / 2 = 4.505 → 4.51 HALF_UP
    // (HALF_EVEN would give 4.50 and BINE, spec Q27).
    assertResult(grading.grade(notes(5, 5, 5, 4, 4, 4, 5), notes(5, 5, 4, 4, 4, 5, 4, 4, 5)),
        "4.57", "4.44", "4.51", Grade.FOARTE_BINE);
  }

  @Test
  void givenTheLowestAndHighestNotes_whenGrading_thenTheEndsOfTheScale() {
    assertResult(grading.grade(notes(1), notes(1, 1)), "1.00", "1.00", "1.00",
        Grade.NESATISFACATOR);
    assertResult(grading.grade(notes(5, 5), notes(5)), "5.00", "5.00", "5.00",
        Grade.FOARTE_BINE);
  }

  @Test
  void givenNotesWhoseFinalNoteIsABandEdge_whenGrading_thenTheBandOfTheEdge() {
    // (2 + 2) / 2 = 2.00: still nesatisfăcător; (2 + 2.02)/2 = 2.01: satisfăcător.
    assertResult(grading.grade(notes(2), notes(2)), "2.00", "2.00", "2.00",
        Grade.NESATISFACATOR);
    // 101/50 = 2.02 with 50 criteria (49 × 2 + 3).
    int[] criteria = new int[50];
    Arrays.fill(criteria, 2);
    criteria[0] = 3;
    assertResult(grading.grade(notes(2), notes(criteria)), "2.00", "2.02", "2.01",
        Grade.SATISFACATOR);
    assertResult(grading.grade(notes(3, 4), notes(3, 4)), "3.50", "3.50", "3.50",
        Grade.SATISFACATOR);
    assertResult(grading.grade(notes(4, 5), notes(4)), "4.50", "4.00", "4.25", Grade.BINE);
    assertResult(grading.grade(notes(4, 5), notes(4, 5)), "4.50", "4.50", "4.50", Grade.BINE);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "1, NESATISFACATOR", "1.00, NESATISFACATOR", "2.00, NESATISFACATOR", "2, NESATISFACATOR",
      "2.01, SATISFACATOR", "3.5, SATISFACATOR", "3.50, SATISFACATOR",
      "3.51, BINE", "4.50, BINE",
      "4.51, FOARTE_BINE", "5.00, FOARTE_BINE", "5.000, FOARTE_BINE"})
  void givenAFinalNote_whenGrading_thenShownWith2DecimalsAndItsGrade(String finalNote,
      Grade grade) {
    Result result = grading.grade(new BigDecimal(finalNote));
    assertResult(result, null, null, new BigDecimal(finalNote).setScale(2).toPlainString(),
        grade);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.99", "5.01", "0", "-1", "100"})
  void givenAFinalNoteOutside1To5_whenGrading_thenRefusedNamingFinalNote(String finalNote) {
    assertThatThrownBy(() -> grading.grade(new BigDecimal(finalNote)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("finalNote"))
        .hasMessageContaining("între 1,00 și 5,00");
  }

  @Test
  void givenAFinalNoteWith3Decimals_whenGrading_thenRefusedNamingFinalNote() {
    assertThatThrownBy(() -> grading.grade(new BigDecimal("3.505")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("finalNote"))
        .hasMessageContaining("zecimale");
  }

  @Test
  void givenNoFinalNote_whenGrading_thenRefusedNamingFinalNote() {
    assertThatThrownBy(() -> grading.grade((BigDecimal) null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("finalNote"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "6", "0.99", "5.01", "4.5", "-3"})
  void givenANoteThatIsNotAWholeNumber1To5_whenGrading_thenRefusedNamingTheNote(String note) {
    List<BigDecimal> objectives = List.of(BigDecimal.valueOf(5), new BigDecimal(note));
    assertThatThrownBy(() -> grading.grade(objectives, notes(5)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("objectiveNotes[1]"))
        .hasMessageContaining("de la 1");
    assertThatThrownBy(() -> grading.grade(notes(5), objectives))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("criteriaNotes[1]"));
  }

  @Test
  void givenAWholeNoteWrittenWithDecimals_whenGrading_thenAccepted() {
    assertResult(grading.grade(List.of(new BigDecimal("4.0")), List.of(new BigDecimal("5.00"))),
        "4.00", "5.00", "4.50", Grade.BINE);
  }

  @Test
  void givenAMissingOrEmptyList_whenGrading_thenRefusedNamingTheList() {
    assertThatThrownBy(() -> grading.grade(null, notes(5)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("objectiveNotes"));
    assertThatThrownBy(() -> grading.grade(notes(5), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("criteriaNotes"));
  }

  @Test
  void givenAMissingNote_whenGrading_thenRefusedNamingTheNote() {
    List<BigDecimal> criteria = Arrays.asList(BigDecimal.ONE, null);
    assertThatThrownBy(() -> grading.grade(notes(5), criteria))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("criteriaNotes[1]"));
  }
}
