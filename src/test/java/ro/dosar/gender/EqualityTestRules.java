package ro.dosar.gender;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import ro.dosar.support.StandaloneDecisions;

/**
 * {@link EqualityRules} for tests: the real tables of {@code dmn/equality/}, parsed and evaluated
 * by the standalone DMN engine, without a process engine, and read by the application's own code
 * ({@link EqualityRules.FromDecisions}), so that tests check the plan's rules as the tables state
 * them. Public, so that tests of the procedures that ask these rules can use them too.
 */
public final class EqualityTestRules extends EqualityRules.FromDecisions {

  static final String COMMISSION_FILE = "dmn/equality/commission-gender-composition.dmn";
  static final String REPRESENTATION_FILE = "dmn/equality/gender-representation-status.dmn";
  static final String ANNOUNCEMENT_FILE = "dmn/equality/announcement-compliance.dmn";
  static final String TRAINING_BALANCE_FILE = "dmn/equality/training-participation-balance.dmn";
  static final String INDICATOR_FILE = "dmn/equality/indicator-target-status.dmn";

  private static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  private static final DmnDecision COMMISSION =
      parse(COMMISSION_FILE, COMMISSION_GENDER_COMPOSITION);
  private static final DmnDecision REPRESENTATION =
      parse(REPRESENTATION_FILE, GENDER_REPRESENTATION_STATUS);
  private static final DmnDecision ANNOUNCEMENT =
      parse(ANNOUNCEMENT_FILE, ANNOUNCEMENT_COMPLIANCE);
  private static final DmnDecision TRAINING_BALANCE =
      parse(TRAINING_BALANCE_FILE, TRAINING_PARTICIPATION_BALANCE);
  private static final DmnDecision INDICATOR = parse(INDICATOR_FILE, INDICATOR_TARGET_STATUS);

  private static DmnDecision parse(String file, String decisionKey) {
    return StandaloneDecisions.parse(file, decisionKey);
  }

  /** The raw answer of a table, for any input values. */
  static DmnDecisionTableResult evaluateTable(String decisionKey, Map<String, Object> variables) {
    return switch (decisionKey) {
      case COMMISSION_GENDER_COMPOSITION -> ENGINE.evaluateDecisionTable(COMMISSION, variables);
      case GENDER_REPRESENTATION_STATUS -> ENGINE.evaluateDecisionTable(REPRESENTATION, variables);
      case ANNOUNCEMENT_COMPLIANCE -> ENGINE.evaluateDecisionTable(ANNOUNCEMENT, variables);
      case TRAINING_PARTICIPATION_BALANCE ->
          ENGINE.evaluateDecisionTable(TRAINING_BALANCE, variables);
      case INDICATOR_TARGET_STATUS -> ENGINE.evaluateDecisionTable(INDICATOR, variables);
      default -> throw new IllegalArgumentException("No such decision: " + decisionKey);
    };
  }

  @Override
  protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
    return evaluateTable(decisionKey, variables);
  }
}
