package ro.dosar.paygrade;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import ro.dosar.support.StandaloneDecisions;

/**
 * {@link PaygradeRules} for tests: the real files of {@code dmn/paygrade/}, parsed and evaluated
 * by the standalone DMN engine, without a process engine. The services under test therefore read
 * the law's tables, not numbers copied into the test.
 */
public final class PaygradeTestRules implements PaygradeRules {

  static final Path FOLDER = Path.of("dmn/paygrade");
  public static final Path INSTITUTION_CATEGORY = FOLDER.resolve("institution-category.dmn");
  static final Path SIMPLIFIED_EVALUATION = FOLDER.resolve("simplified-evaluation.dmn");
  static final Path FUNCTION_EVALUATION_FORM = FOLDER.resolve("function-evaluation-form.dmn");

  private static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  private static final Map<String, DmnDecision> DECISIONS = parseAll();

  /** The rules over every file; one instance is enough, the engine is shared. */
  public static final PaygradeTestRules RULES = new PaygradeTestRules();

  private PaygradeTestRules() {
  }

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, ?> variables) {
    return decisionResult(decisionKey, variables).getResultList();
  }

  /** The standalone engine's whole answer, as the process engine's DecisionService gives it. */
  static DmnDecisionResult decisionResult(String decisionKey, Map<String, ?> variables) {
    DmnDecision decision = DECISIONS.get(decisionKey);
    if (decision == null) {
      throw new IllegalArgumentException("No decision " + decisionKey + " in " + FOLDER);
    }
    return ENGINE.evaluateDecision(decision, new HashMap<>(variables));
  }

  /** A variable map that takes nulls, built from name/value pairs. */
  static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }

  /** Every .dmn file of the folder. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, DmnDecision> parseAll() {
    Map<String, DmnDecision> decisions = new HashMap<>();
    for (Path file : files()) {
      try (InputStream dmn = new FileInputStream(file.toFile())) {
        for (DmnDecision decision : ENGINE.parseDecisions(dmn)) {
          if (decisions.put(decision.getKey(), decision) != null) {
            throw new IllegalStateException("Decision key " + decision.getKey() + " twice");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(decisions);
  }
}
