package ro.dosar.evaluation;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import ro.dosar.support.StandaloneDecisions;

/**
 * {@link EvaluationRules} for tests: the real tables of {@code dmn/evaluation/}, parsed and
 * evaluated by the standalone DMN engine, without a process engine, and read by the application's
 * own code ({@link EvaluationRules.FromDecisions}), so that tests check the regulation's rules as
 * the tables state them.
 */
final class EvaluationTestRules extends EvaluationRules.FromDecisions {

  static final String GRADE_FILE = "dmn/evaluation/evaluation-grade.dmn";
  static final String ELIGIBILITY_FILE = "dmn/evaluation/evaluation-eligibility.dmn";
  /** The file of each decision, by key. */
  static final Map<String, String> FILES = Map.of(
      EVALUATION_GRADE, GRADE_FILE,
      EVALUATION_ELIGIBILITY, ELIGIBILITY_FILE);

  private static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  private static final Map<String, DmnDecision> DECISIONS = StandaloneDecisions.parseAll(FILES);

  /** The raw answer of a table, for any input values. */
  static DmnDecisionTableResult evaluateTable(String decisionKey, Map<String, Object> variables) {
    DmnDecision decision = DECISIONS.get(decisionKey);
    if (decision == null) {
      throw new IllegalArgumentException("No such decision: " + decisionKey);
    }
    return ENGINE.evaluateDecisionTable(decision, variables);
  }

  @Override
  protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
    return evaluateTable(decisionKey, variables);
  }

  /** The grading as the application builds it, on the real table. */
  static EvaluationGrading grading() {
    return new EvaluationGrading(new EvaluationTestRules());
  }
}
