package ro.dosar.support;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The standalone DMN engine the decision-table tests evaluate the real files of {@code dmn/}
 * with, without a process engine: one engine for the whole test run (building one, with its FEEL
 * engine, takes seconds), and the parsing of a decision from its file.
 */
public final class StandaloneDecisions {

  public static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private StandaloneDecisions() {
  }

  /** The decision {@code key} of the DMN file at {@code file} (relative to the project). */
  public static DmnDecision parse(String file, String key) {
    try (InputStream dmn = new FileInputStream(file)) {
      return ENGINE.parseDecision(key, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each decision of {@code files} (key → file), by key. */
  public static Map<String, DmnDecision> parseAll(Map<String, String> files) {
    Map<String, DmnDecision> decisions = new HashMap<>();
    files.forEach((key, file) -> decisions.put(key, parse(file, key)));
    return decisions;
  }
}
