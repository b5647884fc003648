package ro.dosar.paygrade.categorisation;

import java.util.Objects;

/**
 * The answer of a classification table: either a category and the rule that gave it, or no
 * category, which sends the institution to manual categorisation with the reason.
 *
 * @param table the table asked
 * @param result the category: the column number ({@code Integer} 1–6 or 1–3) for {@link
 *     CategoryTable#PRIMARY_EDUCATION} and {@link CategoryTable#PENITENTIARY_MEDICAL_UNIT}, a
 *     {@code String} for the others ({@code NATIONAL}, {@code I}…, {@code NATIONAL_STATUS}, a
 *     library category); null when the table gave none
 * @param rule the id of the rule that matched (the table's {@code ruleId} output, the same as the
 *     rule's id in the model); null when none did
 * @param institutionId the id the table was asked with, e.g. the id a name was resolved to; null
 *     for the tables that take no id, or when a name matched no named institution
 * @param manualReason why there is no category; null when there is one
 * @param message the reason in Romanian, for the person who categorises manually; null when
 *     there is a category
 */
public record Categorisation(CategoryTable table, Object result, String rule,
    String institutionId, ManualReason manualReason, String message) {

  public Categorisation {
    Objects.requireNonNull(table, "table");
    if ((result == null) == (manualReason == null)) {
      throw new IllegalArgumentException("Either a result or a manual reason, not both or none");
    }
  }

  static Categorisation found(CategoryTable table, Object result, String rule,
      String institutionId) {
    return new Categorisation(table, result, rule, institutionId, null, null);
  }

  static Categorisation manual(CategoryTable table, String institutionId, ManualReason reason,
      String message) {
    return new Categorisation(table, null, null, institutionId, reason, message);
  }

  /** Whether a person has to decide the category (the table gave none). */
  public boolean manualClassificationRequired() {
    return result == null;
  }
}
