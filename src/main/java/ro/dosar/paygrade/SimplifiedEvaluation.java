package ro.dosar.paygrade;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.domain.InvalidInputException;

/**
 * The simplified evaluation of a function (Reg. pt. 30–34, Annex 3 of the Regulation; spec §3.9):
 * the Working Group scores five criteria, the scores are added up ({@value
 * PaygradeRules#SIMPLIFIED_TOTAL}) and the total suggests a salary grade ({@value
 * PaygradeRules#SIMPLIFIED_GRADE_SUGGESTION}), which the Working Group confirms or changes.
 *
 * <p>Scores are {@link BigDecimal}s from 0.5 to 3 in steps of 0.25 (INT-07; the values Table 2
 * uses). Anything else is refused before a table is asked, so that a total is never made of a
 * missing or impossible score.
 */
@Service
public class SimplifiedEvaluation {

  /** The lowest score of a criterion (Table 2 of Annex 3). */
  public static final BigDecimal MIN_SCORE = new BigDecimal("0.5");
  /** The highest score of a criterion (Table 1 of Annex 3 has levels 1–3). */
  public static final BigDecimal MAX_SCORE = new BigDecimal("3");
  /** Scores go in quarters, as in Table 2 (1.25, 1.75, 2.25, 2.75). */
  public static final BigDecimal SCORE_STEP = new BigDecimal("0.25");
  /** The grades of Table 2. */
  public static final int MIN_GRADE = 1;
  public static final int MAX_GRADE = 12;

  /**
   * The five scored criteria of Table 2, by the input names of the tables, with their Romanian
   * names (columns 3–7). Communication and effort are not scored (INT-07).
   */
  public static final Map<String, String> CRITERIA = criteria();

  private final PaygradeRules rules;

  public SimplifiedEvaluation(PaygradeRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The five scores the Working Group awarded.
   *
   * @param edu education, knowledge and experience
   * @param ccd complexity, creativity and diversity
   * @param dec decision-making responsibility
   * @param work working conditions
   * @param impact impact of the post (Table 1's "leadership, coordination and supervision")
   */
  public record Scores(BigDecimal edu, BigDecimal ccd, BigDecimal dec, BigDecimal work,
      BigDecimal impact) {

    /** The scores by input name, in the order of Table 2. */
    public Map<String, BigDecimal> byCriterion() {
      Map<String, BigDecimal> scores = new LinkedHashMap<>();
      scores.put("edu", edu);
      scores.put("ccd", ccd);
      scores.put("dec", dec);
      scores.put("work", work);
      scores.put("impact", impact);
      return scores;
    }
  }

  /**
   * The result for a function.
   *
   * @param simplifiedTotal the sum of the five scores
   * @param suggestedGrade the highest grade whose indicative score is not above the total
   *     (INT-08); 1 below 5 and 12 above 13.25
   * @param rangeFlag "" within Table 2's indicative scores, {@code BELOW_INDICATIVE_RANGE} below
   *     5, {@code ABOVE_INDICATIVE_RANGE} above 13.25
   */
  public record Suggestion(BigDecimal simplifiedTotal, int suggestedGrade, String rangeFlag) {
  }

  /**
   * One row of Table 2 of Annex 3: the indicative scores of a grade and its generic description.
   */
  public record BenchmarkProfile(int grade, BigDecimal edu, BigDecimal ccd, BigDecimal dec,
      BigDecimal work, BigDecimal impact, BigDecimal indicativeTotal, String description) {
  }

  /**
   * Adds up the scores and suggests a grade, through the decisions {@value
   * PaygradeRules#SIMPLIFIED_TOTAL} and {@value PaygradeRules#SIMPLIFIED_GRADE_SUGGESTION}.
   *
   * @throws InvalidInputException naming the first score that is missing or not 0.5–3 in steps
   *     of 0.25
   */
  public Suggestion suggest(Scores scores) {
    Objects.requireNonNull(scores, "scores");
    scores.byCriterion().forEach(SimplifiedEvaluation::checkScore);

    BigDecimal total = total(scores);
    List<Map<String, Object>> rows = rules.evaluate(PaygradeRules.SIMPLIFIED_GRADE_SUGGESTION,
        Map.of("simplifiedTotalHundredths", Decimals.hundredths(total)));
    if (rows.size() != 1) {
      throw new IllegalStateException(("Decision %s gives %d results for the total %s; exactly "
          + "one expected. Check dmn/paygrade/simplified-evaluation.dmn").formatted(
          PaygradeRules.SIMPLIFIED_GRADE_SUGGESTION, rows.size(), total));
    }
    Map<String, Object> row = rows.get(0);
    return new Suggestion(total, Decimals.exact(row.get("suggestedGrade")).intValueExact(),
        (String) row.get("rangeFlag"));
  }

  /**
   * The row of Table 2 for a grade, through {@value PaygradeRules#SIMPLIFIED_BENCHMARK_PROFILE}.
   *
   * @throws InvalidInputException if the grade is not 1–12
   */
  public BenchmarkProfile benchmark(int grade) {
    if (grade < MIN_GRADE || grade > MAX_GRADE) {
      throw new InvalidInputException("grade", "Gradul de salarizare trebuie să fie de la "
          + MIN_GRADE + " la " + MAX_GRADE + " (tabelul 2); s-a primit " + grade + ".");
    }
    List<Map<String, Object>> rows =
        rules.evaluate(PaygradeRules.SIMPLIFIED_BENCHMARK_PROFILE, Map.of("grade", grade));
    if (rows.size() != 1) {
      throw new IllegalStateException(("Decision %s gives %d results for grade %d; exactly one "
          + "expected").formatted(PaygradeRules.SIMPLIFIED_BENCHMARK_PROFILE, rows.size(), grade));
    }
    Map<String, Object> row = rows.get(0);
    return new BenchmarkProfile(grade,
        Decimals.fromHundredths(row.get("indicativeEduHundredths")),
        Decimals.fromHundredths(row.get("indicativeCcdHundredths")),
        Decimals.fromHundredths(row.get("indicativeDecHundredths")),
        Decimals.fromHundredths(row.get("indicativeWorkHundredths")),
        Decimals.fromHundredths(row.get("indicativeImpactHundredths")),
        Decimals.fromHundredths(row.get("indicativeTotalHundredths")),
        (String) row.get("description"));
  }

  /**
   * Refuses a score that is missing, below 0.5, above 3 or not a multiple of 0.25.
   *
   * @param criterion the input name ({@code edu}, …), which is also the request field
   * @throws InvalidInputException naming the field, with a Romanian message
   */
  public static void checkScore(String criterion, BigDecimal score) {
    String name = CRITERIA.getOrDefault(criterion, criterion);
    if (score == null) {
      throw new InvalidInputException(criterion,
          "Câmpul „%s” (%s) este obligatoriu.".formatted(criterion, name));
    }
    boolean inRange = score.compareTo(MIN_SCORE) >= 0 && score.compareTo(MAX_SCORE) <= 0;
    boolean onStep = score.remainder(SCORE_STEP).signum() == 0;
    if (!inRange || !onStep) {
      throw new InvalidInputException(criterion, ("Punctajul pentru „%s” trebuie să fie de la "
          + "0,5 la 3, cu pasul de 0,25 (0,5; 0,75; 1; … 3); s-a primit %s.")
          .formatted(name, Decimals.romanian(score)));
    }
  }

  /** The decision {@value PaygradeRules#SIMPLIFIED_TOTAL}: the sum of the checked scores. */
  private BigDecimal total(Scores scores) {
    Map<String, Object> inputs = new HashMap<>();
    scores.byCriterion().forEach((criterion, score) ->
        inputs.put(criterion + "Hundredths", Decimals.hundredths(score)));
    List<Map<String, Object>> rows = rules.evaluate(PaygradeRules.SIMPLIFIED_TOTAL, inputs);
    Object total = rows.size() == 1 ? rows.get(0).get("simplifiedTotalHundredths") : null;
    if (total == null) {
      throw new IllegalStateException("Decision " + PaygradeRules.SIMPLIFIED_TOTAL
          + " gives no total for " + scores + ". Check dmn/paygrade/simplified-evaluation.dmn");
    }
    return Decimals.fromHundredths(total);
  }

  private static Map<String, String> criteria() {
    Map<String, String> criteria = new LinkedHashMap<>();
    criteria.put("edu", "Studii, cunoștințe și experiență");
    criteria.put("ccd", "Complexitate, creativitate și diversitate");
    criteria.put("dec", "Responsabilitate decizională");
    criteria.put("work", "Condiții de muncă");
    criteria.put("impact", "Impactul postului");
    return Collections.unmodifiableMap(criteria);
  }
}
