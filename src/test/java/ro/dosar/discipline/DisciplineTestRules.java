package ro.dosar.discipline;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import ro.dosar.support.StandaloneDecisions;

/**
 * {@link DisciplineRules} for tests: the real table of {@code dmn/discipline/}, parsed and
 * evaluated by the standalone DMN engine and read by the application's own code
 * ({@link DisciplineRules.FromDecisions}).
 */
final class DisciplineTestRules extends DisciplineRules.FromDecisions {

  static final String FILE = "dmn/discipline/disciplinary-sanction-catalogue.dmn";

  private static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  private static final DmnDecision CATALOGUE =
      StandaloneDecisions.parse(FILE, DISCIPLINARY_SANCTION_CATALOGUE);

  /** The raw answer of the table, for any input values. */
  static DmnDecisionTableResult evaluateTable(String decisionKey, Map<String, Object> variables) {
    if (!DISCIPLINARY_SANCTION_CATALOGUE.equals(decisionKey)) {
      throw new IllegalArgumentException("No such decision: " + decisionKey);
    }
    return ENGINE.evaluateDecisionTable(CATALOGUE, variables);
  }

  @Override
  protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
    return evaluateTable(decisionKey, variables);
  }
}
