package ro.dosar.commission;

import java.util.List;

/**
 * The outcome of checking a composition: every violation found, in a stable order.
 *
 * @param valid      {@code true} exactly when there are no violations
 * @param violations every broken rule, never {@code null}
 */
public record ValidationResult(boolean valid, List<Violation> violations) {

  /** Keeps {@code valid} and {@code violations} in agreement. */
  public ValidationResult {
    violations = violations == null ? List.of() : List.copyOf(violations);
    if (valid != violations.isEmpty()) {
      throw new IllegalArgumentException(
          "valid must be true exactly when there are no violations");
    }
  }

  /** The result for the given violations: valid when there are none. */
  public static ValidationResult of(List<Violation> violations) {
    return new ValidationResult(violations.isEmpty(), violations);
  }
}
