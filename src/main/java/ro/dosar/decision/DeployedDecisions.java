package ro.dosar.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The one place where Java code evaluates a decision deployed in the process engine: the latest
 * version of the decision with a key, so that a new version of a model applies from the next call.
 * The engine checks the current user's right to evaluate the decision (READ and CREATE_INSTANCE on
 * it, given where the application's authorizations are declared).
 *
 * <p>The procedures' {@code *Rules.Deployed} classes read the answers; they only say which table
 * and which inputs.
 */
@Component
public class DeployedDecisions {

  private final DecisionService decisionService;

  public DeployedDecisions(DecisionService decisionService) {
    this.decisionService = Objects.requireNonNull(decisionService, "decisionService");
  }

  /** The answer of the decision table with that key, for inputs that may be null. */
  public DmnDecisionTableResult table(String decisionKey, Map<String, ?> inputs) {
    Objects.requireNonNull(decisionKey, "decisionKey");
    return decisionService.evaluateDecisionTableByKey(decisionKey).variables(copy(inputs))
        .evaluate();
  }

  /** The rows of the answer of the decision with that key, for inputs that may be null. */
  public List<Map<String, Object>> rows(String decisionKey, Map<String, ?> inputs) {
    Objects.requireNonNull(decisionKey, "decisionKey");
    return decisionService.evaluateDecisionByKey(decisionKey).variables(copy(inputs))
        .evaluate().getResultList();
  }

  /** A HashMap, because the inputs may be null (Map.of refuses nulls). */
  private static Map<String, Object> copy(Map<String, ?> inputs) {
    return new HashMap<>(Objects.requireNonNull(inputs, "inputs"));
  }
}
