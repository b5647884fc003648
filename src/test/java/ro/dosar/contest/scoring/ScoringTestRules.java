package ro.dosar.contest.scoring;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import ro.dosar.support.StandaloneDecisions;

/**
 * {@link ScoringRules} for tests: the real tables of {@code dmn/contest/}, parsed and evaluated by
 * the standalone DMN engine, without a process engine, and read by the application's own code
 * ({@link ScoringRules.FromDecisions}). Also builds the services on them, so that tests check the
 * law's numbers as the tables state them, not numbers copied into the test.
 */
final class ScoringTestRules extends ScoringRules.FromDecisions {

  /** The file of each decision, by key. */
  static final Map<String, String> FILES = Map.of(
      PASS_THRESHOLD, "dmn/contest/pass-threshold.dmn",
      SCORE_AGGREGATION, "dmn/contest/score-aggregation.dmn",
      EVALUATION_VALIDITY, "dmn/contest/evaluation-validity.dmn",
      CONTESTATION_OUTCOME, "dmn/contest/contestation-outcome.dmn");

  private static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  private static final Map<String, DmnDecision> DECISIONS = StandaloneDecisions.parseAll(FILES);

  /** The raw answer of a table, for any input values (null allowed). */
  static DmnDecisionTableResult evaluateTable(String decisionKey, Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(DECISIONS.get(decisionKey), variables);
  }

  @Override
  protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
    return evaluateTable(decisionKey, variables);
  }

  /** The aggregator as the application builds it, on the real tables. */
  static ScoreAggregator aggregator() {
    return new ScoreAggregator(new ScoringTestRules());
  }

  /** The ranking as the application builds it, on the real tables. */
  static Ranking ranking() {
    ScoringTestRules rules = new ScoringTestRules();
    return new Ranking(rules, new ScoreAggregator(rules));
  }
}
