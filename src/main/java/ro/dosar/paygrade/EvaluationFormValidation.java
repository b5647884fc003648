package ro.dosar.paygrade;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Checks a function evaluation form before the Working Group examines it (spec §3.8, §3.13 P1
 * step 5), by the decision {@value PaygradeRules#VALIDATE_EVALUATION_FORM}: levels within the
 * ranges of Annex 1, the "x" cells of Annex 2 left empty, both signatures, the job description.
 * Also answers {@value PaygradeRules#CRITERION_DOMAIN}, the ranges of one criterion, for forms
 * that show them.
 */
@Service
public class EvaluationFormValidation {

  private final PaygradeRules rules;

  public EvaluationFormValidation(PaygradeRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * One broken rule of the form.
   *
   * @param errorCode what is wrong: {@code DEPTH_INVALID}, {@code SCOPE_INVALID}, {@code
   *     CELL_MUST_BE_EMPTY}, {@code PHYSICAL_EFFORT_INVALID}, {@code MENTAL_EFFORT_INVALID},
   *     {@code JOB_DESCRIPTION_MISSING}, {@code HEAD_SIGNATURE_MISSING}, {@code
   *     EXECUTOR_SIGNATURE_MISSING}
   * @param field the form variable concerned ({@code eduDepth}, {@code headSignedBy}, …)
   * @param message what to correct, in Romanian
   */
  public record FormError(String errorCode, String field, String message) {
  }

  /**
   * What the form of one criterion holds (Annex 1, Annex 2).
   *
   * @param depthMax the number of depth levels; for effort, of physical effort levels
   * @param scopeApplies whether depth and scope are filled in (criteria 1–6)
   * @param effortApplies whether physical and mental effort are filled in (effort only)
   */
  public record CriterionDomain(int depthMax, boolean scopeApplies, boolean effortApplies) {
  }

  /** Every rule the form breaks, in the table's order; empty if the form is valid. */
  public List<FormError> validate(EvaluationForm form) {
    Objects.requireNonNull(form, "form");
    return rules.evaluate(PaygradeRules.VALIDATE_EVALUATION_FORM, form.toVariables()).stream()
        .map(row -> new FormError((String) row.get("errorCode"), (String) row.get("field"),
            (String) row.get("message")))
        .toList();
  }

  /** The ranges of one criterion, from {@value PaygradeRules#CRITERION_DOMAIN}. */
  public CriterionDomain domain(Criterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    List<Map<String, Object>> rows = rules.evaluate(PaygradeRules.CRITERION_DOMAIN,
        Map.of("criterionCode", criterion.name()));
    if (rows.size() != 1) {
      throw new IllegalStateException(("Decision %s gives %d results for %s; exactly one "
          + "expected").formatted(PaygradeRules.CRITERION_DOMAIN, rows.size(), criterion));
    }
    Map<String, Object> row = rows.get(0);
    return new CriterionDomain(Decimals.exact(row.get("depthMax")).intValueExact(),
        Boolean.TRUE.equals(row.get("scopeApplies")),
        Boolean.TRUE.equals(row.get("effortApplies")));
  }
}
