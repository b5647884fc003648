package ro.dosar.contest.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.springframework.stereotype.Component;
import ro.dosar.commission.PostCategory;
import ro.dosar.decision.DeployedDecisions;

/**
 * The scoring rules of a contest as the decision tables in {@code dmn/contest/} state them: the
 * pass mark, how a test score is aggregated, whether an evaluation survives a removed member, and
 * the outcome of a contestation. The numbers and conditions live only in those tables, so that HR
 * can read them and a change of the law is a change of a model; Java code asks for them here.
 *
 * <p>The decision keys, input and output names below are a contract with the tables and with the
 * process models that evaluate the same tables in business rule tasks.
 *
 * <p>In the application the tables are the deployed ones ({@link Deployed}); tests evaluate the
 * same files with the standalone DMN engine by extending {@link FromDecisions}, so that both read
 * the answers with the same code.
 */
public interface ScoringRules {

  /** {@code dmn/contest/pass-threshold.dmn}: {@code postCategory} → {@code minScore}. */
  String PASS_THRESHOLD = "passThreshold";
  /**
   * {@code dmn/contest/score-aggregation.dmn}: {@code validEvaluations},
   * {@code spreadHundredths} → {@code rule}.
   */
  String SCORE_AGGREGATION = "scoreAggregation";
  /**
   * {@code dmn/contest/evaluation-validity.dmn}: {@code appointedMembers},
   * {@code validEvaluations} → {@code validity}.
   */
  String EVALUATION_VALIDITY = "evaluationValidity";
  /**
   * {@code dmn/contest/contestation-outcome.dmn}: {@code contestationType},
   * {@code conditionsMet}, {@code newScore}, {@code originalScore} → {@code outcome},
   * {@code scoreReplaced}.
   */
  String CONTESTATION_OUTCOME = "contestationOutcome";
  /** Every decision key of the scoring rules. */
  List<String> DECISION_KEYS =
      List.of(PASS_THRESHOLD, SCORE_AGGREGATION, EVALUATION_VALIDITY, CONTESTATION_OUTCOME);

  /**
   * The minimum score to pass a test, the same for the written test, the practical test and the
   * interview: 50 for an execution post, 70 for a leadership post (§8.3(10), (13)).
   */
  BigDecimal minScore(PostCategory postCategory);

  /**
   * How a test score is obtained from {@code validEvaluations} members' totals that differ by
   * {@code spread} points (highest minus lowest), §8.3(4), (7).
   *
   * @throws IllegalStateException if the table has no single answer, as for fewer than 2 or more
   *     than 5 evaluations
   */
  AggregationRule aggregationRule(int validEvaluations, BigDecimal spread);

  /**
   * Whether a test can be recalculated from the evaluations left after removing a member in
   * conflict of interest (§8.1.5(18), (19)): valid iff 3 × valid ≥ 2 × appointed.
   *
   * @throws IllegalArgumentException unless 1 ≤ appointedMembers and 0 ≤ validEvaluations ≤
   *     appointedMembers
   */
  Validity validity(int appointedMembers, int validEvaluations);

  /**
   * The contestation commission's decision (§8.5C(5), (6); spec §15.2).
   *
   * @param conditionsMet for {@link ContestationType#SELECTION} only: whether the candidate meets
   *     the conditions of participation
   * @param newScore for a test: the contestation commission's score
   * @param originalScore for a test: the competition commission's score
   * @throws IllegalArgumentException if the value a type needs is missing
   */
  ContestationOutcome contestationOutcome(ContestationType type, Boolean conditionsMet,
      ExactScore newScore, ExactScore originalScore);

  /**
   * The rules read from the answers of the decision tables, whichever engine evaluates them:
   * subclasses only say how a table is evaluated.
   */
  abstract class FromDecisions implements ScoringRules {

    /** Evaluates the latest decision table with that key on the variables (values may be null). */
    protected abstract DmnDecisionTableResult evaluate(String decisionKey,
        Map<String, Object> variables);

    @Override
    public BigDecimal minScore(PostCategory postCategory) {
      Objects.requireNonNull(postCategory, "postCategory");
      Map<String, Object> outputs =
          singleResult(PASS_THRESHOLD, Map.of("postCategory", postCategory.name()));
      Object minScore = outputs.get("minScore");
      if (minScore instanceof Integer || minScore instanceof Long) {
        return BigDecimal.valueOf(((Number) minScore).longValue());
      }
      throw unexpected(PASS_THRESHOLD, "minScore", minScore);
    }

    @Override
    public AggregationRule aggregationRule(int validEvaluations, BigDecimal spread) {
      Objects.requireNonNull(spread, "spread");
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("validEvaluations", validEvaluations);
      variables.put("spreadHundredths", spreadHundredths(spread));
      return enumOutput(AggregationRule.class, SCORE_AGGREGATION, "rule",
          singleResult(SCORE_AGGREGATION, variables));
    }

    @Override
    public Validity validity(int appointedMembers, int validEvaluations) {
      if (appointedMembers < 1 || validEvaluations < 0 || validEvaluations > appointedMembers) {
        throw new IllegalArgumentException(("%d valid evaluations out of %d appointed members: "
            + "expected 1 or more members and 0 to that many evaluations")
            .formatted(validEvaluations, appointedMembers));
      }
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("appointedMembers", appointedMembers);
      variables.put("validEvaluations", validEvaluations);
      return enumOutput(Validity.class, EVALUATION_VALIDITY, "validity",
          singleResult(EVALUATION_VALIDITY, variables));
    }

    @Override
    public ContestationOutcome contestationOutcome(ContestationType type, Boolean conditionsMet,
        ExactScore newScore, ExactScore originalScore) {
      Objects.requireNonNull(type, "type");
      if (!type.isTest() && conditionsMet == null) {
        throw new IllegalArgumentException("A selection contestation needs conditionsMet");
      }
      if (type.isTest() && (newScore == null || originalScore == null)) {
        throw new IllegalArgumentException(
            "A contestation of the " + type + " test needs newScore and originalScore");
      }
      // Every input is passed, null where it does not apply, so the table sees them all.
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("contestationType", type.name());
      variables.put("conditionsMet", conditionsMet);
      variables.put("newScore", newScore == null ? null : newScore.decimalValue());
      variables.put("originalScore", originalScore == null ? null : originalScore.decimalValue());
      Map<String, Object> outputs = singleResult(CONTESTATION_OUTCOME, variables);
      ContestationOutcome.Outcome outcome = enumOutput(ContestationOutcome.Outcome.class,
          CONTESTATION_OUTCOME, "outcome", outputs);
      Object scoreReplaced = outputs.get("scoreReplaced");
      if (!(scoreReplaced instanceof Boolean replaced)) {
        throw unexpected(CONTESTATION_OUTCOME, "scoreReplaced", scoreReplaced);
      }
      return new ContestationOutcome(outcome, replaced);
    }

    /**
     * The spread in hundredths of a point, the exact integer the table compares: totals carry 2
     * decimals; a finer spread is rounded up, which keeps "more than N points" exact.
     */
    public static int spreadHundredths(BigDecimal spread) {
      return spread.movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }

    /** The outputs of the only rule that applies, or an error naming the table and the inputs. */
    private Map<String, Object> singleResult(String decisionKey, Map<String, Object> variables) {
      DmnDecisionTableResult result = evaluate(decisionKey, variables);
      if (result == null || result.size() != 1) {
        throw new IllegalStateException(("Decision %s gives %s results for %s; exactly one "
            + "expected. Check the table in dmn/contest/").formatted(decisionKey,
            result == null ? "no" : result.size(), variables));
      }
      return result.getSingleResult().getEntryMap();
    }

    private static <E extends Enum<E>> E enumOutput(Class<E> type, String decisionKey,
        String output, Map<String, Object> outputs) {
      Object value = outputs.get(output);
      if (value instanceof String name) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(name)) {
            return constant;
          }
        }
      }
      throw unexpected(decisionKey, output, value);
    }

    private static IllegalStateException unexpected(String decisionKey, String output,
        Object value) {
      return new IllegalStateException(("Decision %s gives %s=%s, which the application does not "
          + "know. Check the table in dmn/contest/").formatted(decisionKey, output, value));
    }
  }

  /**
   * The application's rules: evaluates the decisions deployed in the process engine (the latest
   * version of each), so that a new version of a table applies from the next call. The engine
   * checks the current user's right to evaluate each decision; {@link ro.dosar.security.Authorizations} gives it to
   * every user.
   */
  @Component
  class Deployed extends FromDecisions {

    private final DeployedDecisions decisions;

    public Deployed(DeployedDecisions decisions) {
      this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
      return decisions.table(decisionKey, variables);
    }
  }
}
