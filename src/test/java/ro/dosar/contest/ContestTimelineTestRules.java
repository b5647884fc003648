package ro.dosar.contest;

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
 * {@link ContestDeadlineRules} for tests: the real {@code dmn/contest/contest-deadlines.dmn},
 * parsed and evaluated by the standalone DMN engine, without a process engine.
 */
final class ContestTimelineTestRules implements ContestDeadlineRules {

  static final String DMN_FILE = "dmn/contest/contest-deadlines.dmn";

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION = parse();

  private static DmnDecision parse() {
    try (InputStream dmn = new FileInputStream(DMN_FILE)) {
      return ENGINE.parseDecision(DECISION_KEY, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table's raw answer for any input value, known to the enum or not. */
  static DmnDecisionTableResult evaluate(String vacancyType) {
    return ENGINE.evaluateDecisionTable(DECISION, Map.of(VACANCY_TYPE_INPUT, vacancyType));
  }

  @Override
  public Deadlines forVacancy(VacancyType vacancyType) {
    return Deadlines.fromDecision(vacancyType, evaluate(vacancyType.name()));
  }
}
