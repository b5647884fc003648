package ro.dosar.commission;

import java.util.List;

/**
 * The outcome of checking a composition: every violation found, in a stable order, and the
 * warnings that do not make it invalid (a single-gender commission under the SOFT mode of the
 * gender equality plan, which needs a recorded justification).
 *
 * @param valid      {@code true} exactly when there are no violations
 * @param violations every broken rule, never {@code null}
 * @param warnings   what needs attention without being a violation, never {@code null}
 */
public record ValidationResult(boolean valid, List<Violation> violations,
    List<Violation> warnings) {

  /** Keeps {@code valid} and {@code violations} in agreement. */
  public ValidationResult {
    violations = violations == null ? List.of() : List.copyOf(violations);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    if (valid != violations.isEmpty()) {
      throw new IllegalArgumentException(
          "valid must be true exactly when there are no violations");
    }
  }

  /** A result without warnings. */
  public ValidationResult(boolean valid, List<Violation> violations) {
    this(valid, violations, List.of());
  }

  /** The result for the given violations: valid when there are none. */
  public static ValidationResult of(List<Violation> violations) {
    return new ValidationResult(violations.isEmpty(), violations);
  }

  /** The result for the given violations and warnings: valid when there are no violations. */
  public static ValidationResult of(List<Violation> violations, List<Violation> warnings) {
    return new ValidationResult(violations.isEmpty(), violations, warnings);
  }
}
