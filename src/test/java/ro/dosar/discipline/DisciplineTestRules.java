package ro.dosar.discipline;

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
 * {@link DisciplineRules} for tests: the real table of {@code dmn/discipline/}, parsed and
 * evaluated by the standalone DMN engine and read by the application's own code
 * ({@link DisciplineRules.FromDecisions}).
 */
final class DisciplineTestRules extends DisciplineRules.FromDecisions {

  static final String FILE = "dmn/discipline/disciplinary-sanction-catalogue.dmn";

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision CATALOGUE = parse();

  private static DmnDecision parse() {
    try (InputStream dmn = new FileInputStream(FILE)) {
      return ENGINE.parseDecision(DISCIPLINARY_SANCTION_CATALOGUE, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
