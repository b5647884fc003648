package ro.dosar.commission;

/**
 * One broken composition rule.
 *
 * @param rule    the rule's id in the specification, for example {@code "COM-02"}
 * @param message what is wrong and what to do, in Romanian, for HR staff
 */
public record Violation(String rule, String message) {
}
