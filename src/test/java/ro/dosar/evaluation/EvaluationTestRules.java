package ro.dosar.evaluation;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * {@link EvaluationRules} for tests: the real table of {@code dmn/evaluation/}, parsed and
 * evaluated by the standalone DMN engine, without a process engine, and read by the application's
 * own code ({@link EvaluationRules.FromDecisions}), so that tests check the regulation's bands as
 * the table states them.
 */
final class EvaluationTestRules extends EvaluationRules.FromDecisions {

  static final String FILE = "dmn/evaluation/evaluation-grade.dmn";

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision GRADE = parse();

  private static DmnDecision parse() {
    try (InputStream dmn = new FileInputStream(FILE)) {
      return ENGINE.parseDecision(EVALUATION_GRADE, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw answer of the table, for any input values. */
  static DmnDecisionTableResult evaluateTable(String decisionKey, Map<String, Object> variables) {
    if (!EVALUATION_GRADE.equals(decisionKey)) {
      throw new IllegalArgumentException("No such decision: " + decisionKey);
    }
    return ENGINE.evaluateDecisionTable(GRADE, variables);
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
