package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code evaluationGrade}: 1.00–2.00 nesatisfăcător, 2.01–3.50 satisfăcător, 3.51–4.50 bine,
 * 4.51–5.00 foarte bine (Annex Art. 14, spec §5.2.9); nothing outside 1–5.
 */
class EvaluationGradeDecisionTest {

  private static DmnDecisionTableResult evaluate(String finalNote) {
    return EvaluationTestRules.evaluateTable(EvaluationRules.EVALUATION_GRADE,
        Map.of("finalNoteHundredths",
            EvaluationRules.FromDecisions.hundredths(new BigDecimal(finalNote))));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "1.00, NESATISFACATOR", "1.50, NESATISFACATOR", "2.00, NESATISFACATOR",
      "2.01, SATISFACATOR", "3.00, SATISFACATOR", "3.50, SATISFACATOR",
      "3.51, BINE", "4.00, BINE", "4.50, BINE",
      "4.51, FOARTE_BINE", "5.00, FOARTE_BINE",
      // Between two 2-decimal values the table has no gap and no overlap.
      "2.005, SATISFACATOR", "3.505, BINE", "4.505, FOARTE_BINE"})
  void givenAFinalNote_whenEvaluating_thenExactlyTheGradeOfItsBand(String finalNote,
      String grade) {
    assertThat(evaluate(finalNote).getSingleResult().getEntryMap())
        .containsExactly(Map.entry("grade", grade));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.99", "5.01", "6"})
  void givenANoteOutside1To5_whenEvaluating_thenNoRuleApplies(String finalNote) {
    assertThat(evaluate(finalNote)).isEmpty();
  }

  @Test
  void givenTheModel_whenRead_thenEveryDecisionKeepsHistoryAsTheEngineRequires()
      throws IOException {
    String dmn = Files.readString(Path.of(EvaluationTestRules.GRADE_FILE));
    assertThat(dmn).contains("<decision id=\"evaluationGrade\"")
        .contains("camunda:historyTimeToLive=\"3650\"")
        .contains("hitPolicy=\"UNIQUE\"")
        .contains("dmnElementRef=\"evaluationGrade\"");
  }
}
