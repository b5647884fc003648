package ro.dosar.domain;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a numeric process variable whatever numeric type stored it (a form gives Long, a REST
 * client Integer): the one reader behind the process contracts' typed accessors.
 */
public final class ProcessNumbers {

  private ProcessNumbers() {
  }

  /** The variable as a {@code Long}, or {@code null} where it is not set. */
  public static Long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).longValue();
  }

  /** The variable as an {@code Integer}, or {@code null} where it is not set. */
  public static Integer intValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).intValue();
  }
}
