package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.paygrade.PaygradeTestRules.RULES;
import static ro.dosar.paygrade.PaygradeTestRules.variables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simplified evaluation tables of {@code dmn/paygrade/simplified-evaluation.dmn} (spec §3.9):
 * the sum of the five scores, the grade a total suggests (floor banding, INT-08), and every row
 * of Table 2 of Annex 3.
 */
class SimplifiedEvaluationDecisionsTest {

  // ---- simplifiedTotal -------------------------------------------------------------------------

  private static Object total(String edu, String ccd, String dec, String work, String impact) {
    List<Map<String, Object>> rows = RULES.evaluate(PaygradeRules.SIMPLIFIED_TOTAL, variables(
        "eduHundredths", hundredths(edu), "ccdHundredths", hundredths(ccd), "decHundredths",
        hundredths(dec), "workHundredths", hundredths(work), "impactHundredths",
        hundredths(impact)));
    assertThat(rows).hasSize(1);
    return rows.get(0).get("simplifiedTotalHundredths");
  }

  @Test
  void total_ofTheIssuesExample_is9point5() {
    assertThat(Decimals.fromHundredths(total("3", "2", "2", "1.5", "1")))
        .isEqualByComparingTo("9.5");
  }

  @ParameterizedTest(name = "{0}+{1}+{2}+{3}+{4} = {5}")
  @CsvSource(textBlock = """
      0.5,  0.5,  0.5,  0.5,  0.5,  2.5
      3,    3,    3,    3,    3,    15
      0.75, 1.25, 1.75, 2.25, 2.75, 8.75
      2,    1.5,  1.75, 1.75, 1,    8
      """)
  void total_isTheExactSumOfTheFiveScores(String edu, String ccd, String dec, String work,
      String impact, BigDecimal expected) {
    assertThat(Decimals.fromHundredths(total(edu, ccd, dec, work, impact)))
        .isEqualByComparingTo(expected);
  }

  @Test
  void total_withAMissingScore_isNull() {
    assertThat(total("3", "2", "2", "1.5", null)).isNull();
  }

  // ---- simplifiedGradeSuggestion ---------------------------------------------------------------

  private static Map<String, Object> suggestion(String total) {
    List<Map<String, Object>> rows = RULES.evaluate(PaygradeRules.SIMPLIFIED_GRADE_SUGGESTION,
        variables("simplifiedTotalHundredths", hundredths(total)));
    assertThat(rows).as("total %s", total).hasSize(1);
    return rows.get(0);
  }

  /** On each indicative score of Table 2, its grade, without a flag. */
  @ParameterizedTest(name = "{0} → grade {1}")
  @CsvSource(textBlock = """
      5,     1
      6,     2
      7.5,   3
      8,     4
      9.5,   5
      10,    6
      10.5,  7
      11.25, 8
      11.75, 9
      12.5,  10
      12.75, 11
      13.25, 12
      """)
  void suggestion_onEachIndicativeScore_isItsGrade(String total, int grade) {
    assertThat(suggestion(total)).containsEntry("suggestedGrade", grade)
        .containsEntry("rangeFlag", "");
  }

  /** Between two indicative scores, the lower grade (floor banding, INT-08). */
  @ParameterizedTest(name = "{0} → grade {1}")
  @CsvSource(textBlock = """
      5.25,  1
      5.75,  1
      6.25,  2
      7.25,  2
      7.75,  3
      8.25,  4
      9.25,  4
      9.75,  5
      10.25, 6
      10.75, 7
      11,    7
      11.5,  8
      12,    9
      12.25, 9
      13,    11
      """)
  void suggestion_betweenIndicativeScores_isTheLowerGrade(String total, int grade) {
    assertThat(suggestion(total)).containsEntry("suggestedGrade", grade)
        .containsEntry("rangeFlag", "");
  }

  @ParameterizedTest(name = "{0} → grade 1, below the range")
  @ValueSource(strings = {"4.75", "4", "2.5"})
  void suggestion_below5_isGrade1_flaggedBelow(String total) {
    assertThat(suggestion(total)).containsEntry("suggestedGrade", 1)
        .containsEntry("rangeFlag", "BELOW_INDICATIVE_RANGE");
  }

  @ParameterizedTest(name = "{0} → grade 12, above the range")
  @ValueSource(strings = {"13.5", "14", "15"})
  void suggestion_above13point25_isGrade12_flaggedAbove(String total) {
    assertThat(suggestion(total)).containsEntry("suggestedGrade", 12)
        .containsEntry("rangeFlag", "ABOVE_INDICATIVE_RANGE");
  }

  @Test
  void suggestion_ofTheIssuesExample9point5_isGrade5() {
    assertThat(suggestion("9.5")).containsEntry("suggestedGrade", 5)
        .containsEntry("rangeFlag", "");
  }

  // ---- simplifiedBenchmarkProfile --------------------------------------------------------------

  private static Map<String, Object> profile(int grade) {
    List<Map<String, Object>> rows = RULES.evaluate(PaygradeRules.SIMPLIFIED_BENCHMARK_PROFILE,
        variables("grade", grade));
    assertThat(rows).as("grade %d", grade).hasSize(1);
    return rows.get(0);
  }

  /** Table 2 of Annex 3, columns (1) and (3)–(8), as the spec reproduces them (§3.9.2). */
  @ParameterizedTest(name = "grade {0}: {1} + {2} + {3} + {4} + {5} = {6}")
  @CsvSource(textBlock = """
      1,  0.5, 0.5,  1,    2,    1,   5
      2,  1,   1,    1,    2,    1,   6
      3,  2,   1,    1.5,  2,    1,   7.5
      4,  2,   1.5,  1.75, 1.75, 1,   8
      5,  3,   2,    2,    1.5,  1,   9.5
      6,  3,   2,    2.25, 1.25, 1.5, 10
      7,  3,   2.25, 2.5,  1.25, 1.5, 10.5
      8,  3,   2.5,  2.5,  1.25, 2,   11.25
      9,  3,   2.75, 2.75, 1.25, 2,   11.75
      10, 3,   2.75, 3,    1.25, 2.5, 12.5
      11, 3,   3,    3,    1.25, 2.5, 12.75
      12, 3,   3,    3,    1.25, 3,   13.25
      """)
  void profile_everyRowOfTable2(int grade, BigDecimal edu, BigDecimal ccd, BigDecimal dec,
      BigDecimal work, BigDecimal impact, BigDecimal total) {
    Map<String, Object> row = profile(grade);

    assertThat(Decimals.fromHundredths(row.get("indicativeEduHundredths"))).isEqualByComparingTo(edu);
    assertThat(Decimals.fromHundredths(row.get("indicativeCcdHundredths"))).isEqualByComparingTo(ccd);
    assertThat(Decimals.fromHundredths(row.get("indicativeDecHundredths"))).isEqualByComparingTo(dec);
    assertThat(Decimals.fromHundredths(row.get("indicativeWorkHundredths"))).isEqualByComparingTo(work);
    assertThat(Decimals.fromHundredths(row.get("indicativeImpactHundredths"))).isEqualByComparingTo(impact);
    assertThat(Decimals.fromHundredths(row.get("indicativeTotalHundredths"))).isEqualByComparingTo(total);
  }

  /** Column (2), the generic description, in the source's Romanian: its start and its end. */
  @ParameterizedTest(name = "grade {0}: „{1}…{2}”")
  @CsvSource(delimiter = '|', textBlock = """
      1  | Funcții de execuție rutiniere | Funcții de execuție rutiniere
      2  | Funcții de execuție rutiniere, care au o anumită varietate | varietate în implementare
      3  | Funcții de execuție preponderent rutiniere, cu varietate semnificativă | restaurator bibliotecă, registrator medical
      4  | Funcții de execuție de complexitate redusă, dar cu varietate importantă | profesor cu studii medii, inspector inferior, specialist pentru tineret
      5  | Șefi instituții locale cu număr mic de salariați (până la 10) | asistent medical, asistent social comunitar, profesor antrenor
      6  | Șefi subdiviziuni mici administrative din ministere | asistent judiciar instanțe teritoriale și locale)
      7  | Șefi subdiviziuni mici de specialitate sau medii administrative | inginer-programator șef, medic specialist etc.)
      8  | Șefi subdiviziuni medii de specialitate din ministere | profesor universitar, conferențiar universitar)
      9  | Șefi subdiviziuni importante din ministere | (magistrați instanțe locale sau echivalent, consilier de stat)
      10 | Șefi subdiviziuni majore din ministere sau organe de specialitate | (magistrați instanțe teritoriale sau locale cu vechime semnificativă)
      11 | Conducători de instituții publice de importanță republicană | șefi spitale de mari dimensiuni)
      12 | Funcții de demnitate publică din conducerea statului | primarul mun. Chișinău, bașcanul UTA Găgăuzia
      """)
  void profile_everyGenericDescription(int grade, String start, String end) {
    assertThat((String) profile(grade).get("description")).startsWith(start).endsWith(end);
  }

  @Test
  void profile_descriptionsAreWhole_notCutAtThePageBreaksOfTheSource() {
    assertThat((String) profile(1).get("description")).isEqualTo("Funcții de execuție rutiniere");
    assertThat((String) profile(2).get("description"))
        .isEqualTo("Funcții de execuție rutiniere, care au o anumită varietate în implementare");
    assertThat((String) profile(5).get("description"))
        .contains("instituții locale raionale/ urbane, contabil (casier), profesor");
    assertThat((String) profile(10).get("description"))
        .contains("inspectorate de poliție, penitenciare etc.)");
    assertThat((String) profile(12).get("description")).isEqualTo("Funcții de demnitate publică "
        + "din conducerea statului, conducători de instituții esențiale ale statului, inclusiv "
        + "instanțe de nivel republican, deputați, primarul mun. Chișinău, bașcanul UTA Găgăuzia");
  }

  @ParameterizedTest(name = "grade {0} → no row")
  @ValueSource(ints = {0, 13, 15})
  void profile_ofAGradeOutsideTable2_hasNoRow(int grade) {
    assertThat(RULES.evaluate(PaygradeRules.SIMPLIFIED_BENCHMARK_PROFILE,
        variables("grade", grade))).isEmpty();
  }

  // ---- The three tables together ---------------------------------------------------------------

  /** Scoring a function exactly like a row of Table 2 suggests that row's grade, unflagged. */
  @ParameterizedTest(name = "grade {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void aFunctionScoredLikeTheBenchmarkOfAGrade_isSuggestedThatGrade(int grade) {
    Map<String, Object> row = profile(grade);
    Object sum = RULES.evaluate(PaygradeRules.SIMPLIFIED_TOTAL, variables(
        "eduHundredths", row.get("indicativeEduHundredths"),
        "ccdHundredths", row.get("indicativeCcdHundredths"),
        "decHundredths", row.get("indicativeDecHundredths"),
        "workHundredths", row.get("indicativeWorkHundredths"),
        "impactHundredths", row.get("indicativeImpactHundredths")))
        .get(0).get("simplifiedTotalHundredths");

    assertThat(Decimals.fromHundredths(sum))
        .isEqualByComparingTo(Decimals.fromHundredths(row.get("indicativeTotalHundredths")));
    assertThat(RULES.evaluate(PaygradeRules.SIMPLIFIED_GRADE_SUGGESTION,
        variables("simplifiedTotalHundredths", sum))).singleElement()
        .satisfies(suggested -> assertThat(suggested).containsEntry("suggestedGrade", grade)
            .containsEntry("rangeFlag", ""));
  }

  /** Points as the tables take them, exact: 175 for "1.75". */
  private static Integer hundredths(String text) {
    return text == null ? null : Decimals.hundredths(new BigDecimal(text));
  }
}
