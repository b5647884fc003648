package ro.dosar.contest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.commission.PostCategory;
import ro.dosar.domain.InvalidInputException;

/**
 * The score of one test of one candidate from the members' totals (spec §13.2), and the final
 * score from the test scores (§8.3(14)). Exact: scores are {@link ExactScore} fractions, and only
 * the displayed text is rounded (2 decimals, HALF_UP). Which rule applies, and the pass mark, come
 * from the decision tables through {@link ScoringRules}.
 *
 * <p>Bad input is refused with an {@link InvalidInputException} whose field is named as in the
 * REST body of {@code POST /api/scoring/aggregate} ({@code scores}, {@code scores[2]},
 * {@code postCategory}) and whose message is Romanian.
 */
@Service
public class ScoreAggregator {

  /** Fewest valid evaluations a score is made from: 2 of 3 members (§8.1.5(18)). */
  public static final int MIN_EVALUATIONS = 2;
  /** Most valid evaluations: a commission has at most 5 members (§8.1.5(4)). */
  public static final int MAX_EVALUATIONS = 5;
  /** Each test is scored out of 100 points (§8.3(1)). */
  public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
  /** Most decimals accepted in a score received from a client. */
  public static final int MAX_DECIMALS = ExactScore.EXACT_TEXT_SCALE;

  static final String SCORES = "scores";
  static final String POST_CATEGORY = "postCategory";

  private final ScoringRules rules;

  public ScoreAggregator(ScoringRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The result of aggregating the members' totals for one test.
   *
   * @param rule how the score was obtained; {@link AggregationRule#RECORRECT} means there is no
   *     score yet: every member re-corrects and the new totals are aggregated again (§8.3(7)(a))
   * @param score the exact test score, null when re-correcting
   * @param displayScore the score as displayed, 2 decimals HALF_UP ({@code "74.33"}), null when
   *     re-correcting
   * @param status „admis” if the exact score reaches the pass mark (§8.3(10), (13)), otherwise
   *     „respins”; null when re-correcting
   * @param spread the highest total minus the lowest
   */
  public record Aggregation(AggregationRule rule, ExactScore score, String displayScore,
      ScoreStatus status, BigDecimal spread) {

    /** Whether the members must re-correct before there is a score. */
    public boolean recorrectionRequired() {
      return rule == AggregationRule.RECORRECT;
    }
  }

  /**
   * The test score from the totals of the members whose evaluation is valid (spec §13.2):
   * <ul>
   *   <li>totals that differ by at most 10 points: their mean (§8.3(4), (11));</li>
   *   <li>5 totals that differ by more than 10: the mean without exactly one lowest and one
   *       highest total, even when those are repeated (§8.3(7)(b));</li>
   *   <li>2 to 4 totals that differ by more than 10: no score; re-correction (§8.3(7)(a)).</li>
   * </ul>
   *
   * @param memberTotals each valid member's total for the test, 0 to 100, 2 to 5 of them
   * @throws InvalidInputException naming {@code postCategory}, {@code scores} or
   *     {@code scores[i]} if the category is missing or the totals are not 2 to 5 numbers
   *     from 0 to 100
   */
  public Aggregation aggregate(PostCategory postCategory, List<BigDecimal> memberTotals) {
    requireCategory(postCategory);
    List<BigDecimal> totals = requireTotals(memberTotals);
    BigDecimal spread = Collections.max(totals).subtract(Collections.min(totals));

    AggregationRule rule = rules.aggregationRule(totals.size(), spread);
    ExactScore score = switch (rule) {
      case MEAN -> ExactScore.meanOfDecimals(totals);
      case TRIMMED_MEAN -> ExactScore.meanOfDecimals(withoutOneLowestAndOneHighest(totals));
      case RECORRECT -> null;
    };
    if (score == null) {
      return new Aggregation(rule, null, null, null, spread);
    }
    return new Aggregation(rule, score, score.display(), testStatus(postCategory, score), spread);
  }

  /**
   * The same aggregation when a business rule task of the process has already evaluated the
   * tables: {@code rule} from {@code scoreAggregation} on {@link #spread} and the number of
   * totals, {@code passMark} from {@code passThreshold}.
   */
  public Aggregation aggregate(List<BigDecimal> memberTotals, AggregationRule rule,
      BigDecimal passMark) {
    List<BigDecimal> totals = requireTotals(memberTotals);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(passMark, "passMark");
    BigDecimal spread = Collections.max(totals).subtract(Collections.min(totals));
    ExactScore score = switch (rule) {
      case MEAN -> ExactScore.meanOfDecimals(totals);
      case TRIMMED_MEAN -> ExactScore.meanOfDecimals(withoutOneLowestAndOneHighest(totals));
      case RECORRECT -> null;
    };
    if (score == null) {
      return new Aggregation(rule, null, null, null, spread);
    }
    return new Aggregation(rule, score, score.display(),
        score.isAtLeast(passMark) ? ScoreStatus.ADMIS : ScoreStatus.RESPINS, spread);
  }

  /** The highest of the members' totals minus the lowest, the spread §8.3(7) speaks of. */
  public static BigDecimal spread(List<BigDecimal> memberTotals) {
    List<BigDecimal> totals = requireTotals(memberTotals);
    return Collections.max(totals).subtract(Collections.min(totals));
  }

  /**
   * „admis” or „respins” for a test score, compared exactly with the pass mark: an exact 69.995
   * is shown „70.00” but is „respins” for a leadership post (spec OQ-06). Also used when a
   * contestation replaces a score (§8.5C(5)).
   */
  public ScoreStatus testStatus(PostCategory postCategory, ExactScore score) {
    requireCategory(postCategory);
    Objects.requireNonNull(score, "score");
    return score.isAtLeast(rules.minScore(postCategory)) ? ScoreStatus.ADMIS : ScoreStatus.RESPINS;
  }

  /**
   * The final score: the arithmetic mean of the scores of the tests held, the written and/or the
   * practical test and the interview (§8.3(14)), exact. E10: 223/3 and 80 give 463/6.
   *
   * @param testScores the 2 or 3 test scores, each 0 to 100
   * @throws InvalidInputException naming {@code testScores} otherwise
   */
  public ExactScore finalScore(List<ExactScore> testScores) {
    if (testScores == null || testScores.size() < 2 || testScores.size() > 3) {
      throw new InvalidInputException("testScores", ("Punctajul final este media punctajelor "
          + "de la proba scrisă și/sau proba practică și interviu (§8.3(14)), adică 2 sau 3 "
          + "punctaje; s-au primit %s.").formatted(testScores == null ? "niciunul"
          : testScores.size()));
    }
    for (int i = 0; i < testScores.size(); i++) {
      requireTestScore("testScores[%d]".formatted(i), testScores.get(i));
    }
    return ExactScore.mean(testScores);
  }

  /**
   * A score received as a decimal, checked: present, within 0–100 points (§8.3(1)) and with at
   * most {@value #MAX_DECIMALS} decimals (the precision this API returns; it also keeps a value
   * like 1E-999999999 from becoming a huge fraction).
   *
   * @param field the name of the field it came from, for the 400 answer
   */
  static ExactScore testScore(String field, BigDecimal value) {
    if (value == null) {
      throw new InvalidInputException(field, "Punctajul „%s” lipsește.".formatted(field));
    }
    if (value.signum() < 0 || value.compareTo(MAX_POINTS) > 0) {
      throw new InvalidInputException(field, ("Punctajul „%s” (%s) trebuie să fie între 0 și "
          + "100 de puncte (§8.3(1)).").formatted(field, value.toString()));
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      throw new InvalidInputException(field, ("Punctajul „%s” are prea multe zecimale; sunt "
          + "acceptate cel mult %d.").formatted(field, MAX_DECIMALS));
    }
    return ExactScore.of(stripped);
  }

  /**
   * Checks that a score is present and within 0–100 points (§8.3(1)).
   *
   * @param field the name of the field it came from, for the 400 answer
   */
  static ExactScore requireTestScore(String field, ExactScore score) {
    if (score == null) {
      throw new InvalidInputException(field, "Punctajul „%s” lipsește.".formatted(field));
    }
    if (score.signum() < 0 || score.compareTo(ExactScore.of(MAX_POINTS)) > 0) {
      throw new InvalidInputException(field, ("Punctajul „%s” (%s) trebuie să fie între 0 și "
          + "100 de puncte (§8.3(1)).").formatted(field,
          score.rounded(ExactScore.EXACT_TEXT_SCALE).stripTrailingZeros().toPlainString()));
    }
    return score;
  }

  /** Checks that the post category is present. */
  static void requireCategory(PostCategory postCategory) {
    if (postCategory == null) {
      throw new InvalidInputException(POST_CATEGORY, "Categoria postului („postCategory”) este "
          + "obligatorie: EXECUTION (funcție de execuție) sau LEADERSHIP (funcție de conducere).");
    }
  }

  private static List<BigDecimal> requireTotals(List<BigDecimal> memberTotals) {
    if (memberTotals == null) {
      throw new InvalidInputException(SCORES,
          "Punctajele membrilor comisiei („scores”) sunt obligatorii.");
    }
    if (memberTotals.size() < MIN_EVALUATIONS || memberTotals.size() > MAX_EVALUATIONS) {
      throw new InvalidInputException(SCORES, ("Punctajul unei probe se calculează din "
          + "punctajele a 2–5 membri ai comisiei cu evaluare validă (§8.1.5(4), (18)); s-au "
          + "primit %d.").formatted(memberTotals.size()));
    }
    for (int i = 0; i < memberTotals.size(); i++) {
      testScore("%s[%d]".formatted(SCORES, i), memberTotals.get(i));
    }
    return memberTotals;
  }

  /** The totals without one lowest and one highest, even if either is repeated (E6). */
  private static List<BigDecimal> withoutOneLowestAndOneHighest(List<BigDecimal> totals) {
    if (totals.size() < 3) {
      throw new IllegalStateException("A trimmed mean needs at least 3 totals, got " + totals);
    }
    List<BigDecimal> sorted = new ArrayList<>(totals);
    sorted.sort(null);
    return sorted.subList(1, sorted.size() - 1);
  }
}
