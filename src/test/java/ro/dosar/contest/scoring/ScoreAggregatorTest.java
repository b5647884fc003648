package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.commission.PostCategory.EXECUTION;
import static ro.dosar.commission.PostCategory.LEADERSHIP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.domain.InvalidInputException;

/** {@link ScoreAggregator} on the real tables: the worked examples of spec §13.3 and the edges. */
class ScoreAggregatorTest {

  private final ScoreAggregator aggregator = ScoringTestRules.aggregator();

  /** The totals as written in the spec, separated by blanks: {@code "62 75 80"}. */
  private static List<BigDecimal> totals(String totals) {
    return Arrays.stream(totals.trim().split("\\s+")).map(BigDecimal::new).toList();
  }

  private Aggregation aggregate(PostCategory category, String totals) {
    return aggregator.aggregate(category, totals(totals));
  }

  private static void assertScored(Aggregation aggregation, AggregationRule rule, String exact,
      String display, ScoreStatus status) {
    assertThat(aggregation.rule()).isEqualTo(rule);
    assertThat(aggregation.score()).isEqualTo(ExactScore.parse(exact));
    assertThat(aggregation.displayScore()).isEqualTo(display);
    assertThat(aggregation.status()).isEqualTo(status);
    assertThat(aggregation.recorrectionRequired()).isFalse();
  }

  private static void assertRecorrection(Aggregation aggregation, String spread) {
    assertThat(aggregation.rule()).isEqualTo(AggregationRule.RECORRECT);
    assertThat(aggregation.recorrectionRequired()).isTrue();
    assertThat(aggregation.score()).isNull();
    assertThat(aggregation.displayScore()).isNull();
    assertThat(aggregation.status()).isNull();
    assertThat(aggregation.spread()).isEqualByComparingTo(spread);
  }

  @Test
  void givenE1_whenTheFirstRoundDiffersBy18_thenRecorrection_andTheSecondRoundIsTheMean() {
    assertRecorrection(aggregate(EXECUTION, "62 75 80"), "18");

    assertScored(aggregate(EXECUTION, "70 75 78"), AggregationRule.MEAN, "223/3", "74.33",
        ScoreStatus.ADMIS);
  }

  @Test
  void givenE2_whenTheSecondRoundStillDiffersBy14_thenRecorrectionAgain_andTheThirdRoundCounts() {
    assertRecorrection(aggregate(EXECUTION, "62 75 80"), "18");
    assertRecorrection(aggregate(EXECUTION, "66 75 80"), "14");

    assertScored(aggregate(EXECUTION, "71 75 79"), AggregationRule.MEAN, "75", "75.00",
        ScoreStatus.ADMIS);
  }

  @ParameterizedTest(name = "{0}: {1} post, totals {2} → {3} {4} = {5}, {6}")
  @CsvSource({
      "E3 spread exactly 10, EXECUTION, 60 65 70, MEAN, 195/3, 65.00, ADMIS",
      "E4 5 members spread 50, EXECUTION, 40 55 60 61 90, TRIMMED_MEAN, 176/3, 58.67, ADMIS",
      "E4 on a leadership post, LEADERSHIP, 40 55 60 61 90, TRIMMED_MEAN, 176/3, 58.67, RESPINS",
      "E5 5 members spread 10, EXECUTION, 60 62 65 68 70, MEAN, 65, 65.00, ADMIS",
      "E6 duplicated extremes, EXECUTION, 50 50 70 80 80, TRIMMED_MEAN, 200/3, 66.67, ADMIS",
      "E6 extremes given unsorted, EXECUTION, 80 50 70 50 80, TRIMMED_MEAN, 200/3, 66.67, ADMIS",
      "E7 leadership fails at 69.50, LEADERSHIP, 68 70 70.5, MEAN, 139/2, 69.50, RESPINS",
      "E8 execution passes at 50, EXECUTION, 48 50 52, MEAN, 50, 50.00, ADMIS",
      "E9 execution fails at 49.99, EXECUTION, 48 50 51.97, MEAN, 4999/100, 49.99, RESPINS",
      "OQ-05 middle three still far, EXECUTION, 40 45 60 70 90, TRIMMED_MEAN, 175/3, 58.33, ADMIS",
      "leadership passes at 70, LEADERSHIP, 70 70 70, MEAN, 70, 70.00, ADMIS",
      "OQ-06 exact 69.9966…, LEADERSHIP, 69.99 70 70, MEAN, 20999/300, 70.00, RESPINS",
      "OQ-06 exact 69.995, LEADERSHIP, 69.99 70, MEAN, 13999/200, 70.00, RESPINS",
      "2 evaluations spread 10, EXECUTION, 60 70, MEAN, 65, 65.00, ADMIS",
      "4 evaluations spread 10, EXECUTION, 60 61 62 70, MEAN, 253/4, 63.25, ADMIS",
      "zero points, EXECUTION, 0 0 0, MEAN, 0, 0.00, RESPINS",
      "full points, LEADERSHIP, 100 100 100 100 100, MEAN, 100, 100.00, ADMIS"})
  void givenTheMembersTotals_whenAggregating_thenTheSpecsScoreAndStatus(String example,
      PostCategory category, String totals, AggregationRule rule, String exact, String display,
      ScoreStatus status) {
    assertScored(aggregate(category, totals), rule, exact, display, status);
  }

  @ParameterizedTest(name = "{0} → re-correction, spread {1}")
  @CsvSource({
      "60 70.01,       10.01",
      "60 65 70.01,    10.01",
      "60 61 62 70.01, 10.01",
      "40 60 60 90,    50",
      "50 50.5 60.0000000001, 10.0000000001"})
  void givenTwoToFourTotalsMoreThan10Apart_whenAggregating_thenRecorrection(String totals,
      String spread) {
    assertRecorrection(aggregate(EXECUTION, totals), spread);
  }

  @Test
  void givenFiveTotalsJustOver10Apart_whenAggregating_thenOneLowestAndOneHighestAreDropped() {
    assertScored(aggregate(EXECUTION, "60 62 65 68 70.01"), AggregationRule.TRIMMED_MEAN,
        "65", "65.00", ScoreStatus.ADMIS);
  }

  @Test
  void givenTheTotals_whenAggregating_thenTheSpreadIsExact() {
    assertThat(aggregate(EXECUTION, "70 75 78.25").spread()).isEqualByComparingTo("8.25");
  }

  // ---- Refusals ---------------------------------------------------------------------------------

  private static void assertRefused(Runnable call, String field, String messagePart) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.getField()).isEqualTo(field);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  @ParameterizedTest(name = "{0} totals are refused")
  @CsvSource({"60, 1", "60 60 60 60 60 60, 6"})
  void givenFewerThan2OrMoreThan5Totals_whenAggregating_thenRefusedNamingScores(String totals,
      int count) {
    assertRefused(() -> aggregate(EXECUTION, totals), "scores",
        "2–5 membri ai comisiei cu evaluare validă (§8.1.5(4), (18)); s-au primit " + count);
  }

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource({
      "60 70 -0.01, scores[2], între 0 și 100 de puncte",
      "100.01 70 80, scores[0], între 0 și 100 de puncte",
      "60 1E+3, scores[1], între 0 și 100 de puncte",
      "60 70.00000000001, scores[1], cel mult 10"})
  void givenATotalOutside0To100OrTooPrecise_whenAggregating_thenRefusedNamingIt(String totals,
      String field, String messagePart) {
    assertRefused(() -> aggregate(EXECUTION, totals), field, messagePart);
  }

  @Test
  void givenMissingValues_whenAggregating_thenRefusedNamingTheField() {
    List<BigDecimal> withNull = new ArrayList<>(totals("60 70"));
    withNull.add(1, null);

    assertRefused(() -> aggregator.aggregate(EXECUTION, withNull), "scores[1]", "lipsește");
    assertRefused(() -> aggregator.aggregate(EXECUTION, null), "scores", "obligatorii");
    assertRefused(() -> aggregator.aggregate(null, totals("60 70")), "postCategory",
        "obligatorie");
  }

  @Test
  void givenAnExactScore_whenAskingTheTestStatus_thenComparedExactlyWithThePassMark() {
    assertThat(aggregator.testStatus(LEADERSHIP, ExactScore.of(13999, 200)))
        .isEqualTo(ScoreStatus.RESPINS);
    assertThat(aggregator.testStatus(LEADERSHIP, ExactScore.of(70, 1)))
        .isEqualTo(ScoreStatus.ADMIS);
    assertThat(aggregator.testStatus(EXECUTION, ExactScore.of(4999, 100)))
        .isEqualTo(ScoreStatus.RESPINS);
    assertThat(aggregator.testStatus(EXECUTION, ExactScore.of(50, 1)))
        .isEqualTo(ScoreStatus.ADMIS);
  }

  // ---- Final score (§8.3(14)) -------------------------------------------------------------------

  @Test
  void givenE10_whenTakingTheFinalScore_thenExactly463Over6() {
    ExactScore finalScore = aggregator.finalScore(
        List.of(ExactScore.of(223, 3), ExactScore.of(80, 1)));

    assertThat(finalScore).isEqualTo(ExactScore.of(463, 6));
    assertThat(finalScore.display()).isEqualTo("77.17");
    assertThat(finalScore.exactText()).isEqualTo("77.1666666667");
  }

  @Test
  void givenE11_whenTakingTheFinalScoreOfThreeTests_thenTheirMean() {
    ExactScore finalScore = aggregator.finalScore(
        List.of(ExactScore.of(60, 1), ExactScore.of(90, 1), ExactScore.of(75, 1)));

    assertThat(finalScore).isEqualTo(ExactScore.of(75, 1));
    assertThat(finalScore.display()).isEqualTo("75.00");
  }

  @Test
  void givenOneOrFourTestsOrAScoreOutOfRange_whenTakingTheFinalScore_thenRefused() {
    ExactScore sixty = ExactScore.of(60, 1);

    assertRefused(() -> aggregator.finalScore(List.of(sixty)), "testScores", "2 sau 3");
    assertRefused(() -> aggregator.finalScore(List.of(sixty, sixty, sixty, sixty)),
        "testScores", "2 sau 3");
    assertRefused(() -> aggregator.finalScore(List.of(sixty, ExactScore.of(201, 2))),
        "testScores[1]", "între 0 și 100");
  }
}
