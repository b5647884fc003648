package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.paygrade.SimplifiedEvaluation.BenchmarkProfile;
import ro.dosar.paygrade.SimplifiedEvaluation.Scores;
import ro.dosar.paygrade.SimplifiedEvaluation.Suggestion;

/** The simplified evaluation service on the real tables: exact totals, checked scores. */
class SimplifiedEvaluationTest {

  private final SimplifiedEvaluation service = new SimplifiedEvaluation(PaygradeTestRules.RULES);

  private static Scores scores(String edu, String ccd, String dec, String work, String impact) {
    return new Scores(decimal(edu), decimal(ccd), decimal(dec), decimal(work), decimal(impact));
  }

  @Test
  void theIssuesExample_totals9point5_andSuggestsGrade5() {
    Suggestion suggestion = service.suggest(scores("3", "2", "2", "1.5", "1"));

    assertThat(suggestion.simplifiedTotal()).isEqualTo(new BigDecimal("9.5"));
    assertThat(suggestion.simplifiedTotal().toPlainString()).isEqualTo("9.5");
    assertThat(suggestion.suggestedGrade()).isEqualTo(5);
    assertThat(suggestion.rangeFlag()).isEmpty();
  }

  @Test
  void aWholeTotal_isWrittenWithoutDecimals() {
    assertThat(service.suggest(scores("3", "2", "2.25", "1.25", "1.5")).simplifiedTotal()
        .toPlainString()).isEqualTo("10");
  }

  @Test
  void theLowestScores_total2point5_grade1_flaggedBelow() {
    Suggestion suggestion = service.suggest(scores("0.5", "0.5", "0.5", "0.5", "0.5"));

    assertThat(suggestion.simplifiedTotal()).isEqualByComparingTo("2.5");
    assertThat(suggestion.suggestedGrade()).isEqualTo(1);
    assertThat(suggestion.rangeFlag()).isEqualTo("BELOW_INDICATIVE_RANGE");
  }

  @Test
  void theHighestScores_total15_grade12_flaggedAbove() {
    Suggestion suggestion = service.suggest(scores("3", "3", "3", "3", "3"));

    assertThat(suggestion.simplifiedTotal()).isEqualByComparingTo("15");
    assertThat(suggestion.suggestedGrade()).isEqualTo(12);
    assertThat(suggestion.rangeFlag()).isEqualTo("ABOVE_INDICATIVE_RANGE");
  }

  @ParameterizedTest(name = "{0} accepted")
  @ValueSource(strings = {"0.5", "0.75", "1", "1.25", "2.50", "2.75", "3", "3.00"})
  void everyQuarterFrom0point5To3_isAccepted(String score) {
    SimplifiedEvaluation.checkScore("work", new BigDecimal(score));
  }

  @ParameterizedTest(name = "{0} refused")
  @ValueSource(strings = {"0", "0.25", "0.49", "1.1", "1.3", "2.6", "3.25", "4", "-1"})
  void anythingElse_isRefused_namingTheField(String score) {
    assertThatThrownBy(() -> service.suggest(scores("3", "2", "2", score, "1")))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "work")
        .hasMessageStartingWith("Punctajul pentru „Condiții de muncă” trebuie să fie de la 0,5 "
            + "la 3, cu pasul de 0,25");
  }

  @Test
  void theRefusal_showsTheReceivedScoreWithADecimalComma() {
    assertThatThrownBy(() -> service.suggest(scores("3.5", "2", "2", "1.5", "1")))
        .hasMessage("Punctajul pentru „Studii, cunoștințe și experiență” trebuie să fie de la "
            + "0,5 la 3, cu pasul de 0,25 (0,5; 0,75; 1; … 3); s-a primit 3,5.");
  }

  @Test
  void aMissingScore_isRefused_namingTheField() {
    assertThatThrownBy(() -> service.suggest(scores("3", "2", "2", "1.5", null)))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "impact")
        .hasMessage("Câmpul „impact” (Impactul postului) este obligatoriu.");
  }

  @ParameterizedTest(name = "grade {0}: total {1}")
  @CsvSource({"1, 5", "5, 9.5", "8, 11.25", "12, 13.25"})
  void benchmark_readsTable2(int grade, BigDecimal total) {
    BenchmarkProfile profile = service.benchmark(grade);

    assertThat(profile.grade()).isEqualTo(grade);
    assertThat(profile.indicativeTotal()).isEqualByComparingTo(total);
    assertThat(profile.edu().add(profile.ccd()).add(profile.dec()).add(profile.work())
        .add(profile.impact())).isEqualByComparingTo(total);
    assertThat(profile.description()).isNotBlank();
  }

  @Test
  void benchmark_ofGrade4_isTheSourcesRow() {
    BenchmarkProfile profile = service.benchmark(4);

    assertThat(profile.edu()).isEqualTo(new BigDecimal("2"));
    assertThat(profile.ccd()).isEqualTo(new BigDecimal("1.5"));
    assertThat(profile.dec()).isEqualTo(new BigDecimal("1.75"));
    assertThat(profile.work()).isEqualTo(new BigDecimal("1.75"));
    assertThat(profile.impact()).isEqualTo(new BigDecimal("1"));
    assertThat(profile.indicativeTotal()).isEqualTo(new BigDecimal("8"));
  }

  @ParameterizedTest(name = "grade {0} refused")
  @ValueSource(ints = {0, 13})
  void benchmark_ofAGradeOutsideTable2_isRefused(int grade) {
    assertThatThrownBy(() -> service.benchmark(grade))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "grade");
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
