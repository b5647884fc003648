package ro.dosar.discipline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ro.dosar.commission.Violation;

/**
 * Whether a proposed disciplinary sanction may be applied (spec §4.4, principle of legality, Art.
 * 28(2)), checked against the catalogue of {@link DisciplineRules}:
 *
 * <ul>
 *   <li><b>DISC-20</b>: the sanction is on the ladder of the employee's category (Art. 35(1) for
 *       civil servants, 35(2) for contractual staff);</li>
 *   <li><b>DISC-21</b>: its parameters are within the catalogue's bounds: percent within
 *       [min, max], months, days and years within 1 … max; a parameter the sanction has is
 *       required, one it does not have is refused (Art. 35; whole months and years, spec
 *       Q20);</li>
 *   <li><b>DISC-22</b>: a sanction that needs the prior disciplinary investigation is applied only
 *       after the hearing, or after a minute recording the employee's refusal to appear or to sign
 *       (Art. 37(2));</li>
 *   <li><b>DISC-25</b>: the disciplinary dismissal of a contractual employee only for a grave
 *       offence or for repeated offences: the case covers at least 2 offences, or the employee
 *       has at least 1 sanction not yet radiated (Art. 56(3) indent 1; spec §4.4 rank 5, Q23).</li>
 * </ul>
 *
 * <p>DISC-23 (one sanction per case) and DISC-24 (no fines: only the catalogue's codes exist)
 * hold by construction: a proposal is one sanction, and a code outside the catalogue fails
 * DISC-20.
 */
@Service
public class SanctionValidation {

  /** The sanction that DISC-25 restricts. */
  static final String DISCIPLINARY_DISMISSAL = "C_DISCIPLINARY_DISMISSAL";

  /** The request parameters of a sanction, as the API names them. */
  static final String PERCENT = "percent";
  static final String MONTHS = "months";
  static final String DAYS = "days";
  static final String YEARS = "years";

  private final DisciplineRules rules;

  public SanctionValidation(DisciplineRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * A sanction proposed by the commission or decided by the Director.
   *
   * @param hearingHeld the employee was heard, or a minute records that he refused to appear or to
   *     sign (Art. 37(2))
   * @param isGrave the commission found the offence grave (Art. 27(2))
   * @param priorUnradiatedSanctions the employee's earlier sanctions not yet struck off
   * @param offenceCount the offences this case covers
   */
  public record Proposal(EmployeeCategory employeeCategory, String sanctionCode, Integer percent,
      Integer months, Integer days, Integer years, boolean hearingHeld, boolean isGrave,
      int priorUnradiatedSanctions, int offenceCount) {
  }

  /** Every rule the proposal breaks, in the order DISC-20, 21, 22, 25; empty if it may apply. */
  public List<Violation> validate(Proposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    EmployeeCategory category = Objects.requireNonNull(proposal.employeeCategory(),
        "employeeCategory");
    String code = proposal.sanctionCode() == null ? "" : proposal.sanctionCode().strip();
    Optional<SanctionTerms> found = code.isEmpty() ? Optional.empty()
        : rules.sanction(category, code);
    if (found.isEmpty()) {
      String what = code.isEmpty() ? "Nu a fost indicată nicio sancțiune"
          : "Sancțiunea „%s” nu există pentru %s".formatted(code, categoryName(category));
      return List.of(new Violation("DISC-20", ("%s; se poate aplica numai o sancțiune din "
          + "catalogul categoriei de personal (art. 35 alin. (%d), principiul legalității).")
          .formatted(what, category == EmployeeCategory.CIVIL_SERVANT ? 1 : 2)));
    }
    SanctionTerms terms = found.get();
    List<Violation> violations = new ArrayList<>();
    parameterErrors(terms, proposal.percent(), proposal.months(), proposal.days(),
        proposal.years()).values()
        .forEach(message -> violations.add(new Violation("DISC-21", message)));
    if (terms.requiresPriorInvestigation() && !proposal.hearingHeld()) {
      violations.add(new Violation("DISC-22", ("Sancțiunea „%s” se poate aplica numai după "
          + "cercetarea disciplinară prealabilă și audierea salariatului (art. 37 alin. (2)): "
          + "lipsește nota de audiere sau procesul-verbal de neprezentare ori de refuz al "
          + "semnării.").formatted(code)));
    }
    if (DISCIPLINARY_DISMISSAL.equals(code) && !proposal.isGrave()
        && proposal.offenceCount() < 2 && proposal.priorUnradiatedSanctions() < 1) {
      violations.add(new Violation("DISC-25", "Desfacerea disciplinară a contractului de muncă "
          + "se poate aplica numai pentru o abatere gravă sau pentru abateri repetate (art. 56 "
          + "alin. (3) liniuța 1): abaterea nu a fost constatată gravă, cazul cuprinde o singură "
          + "abatere, iar salariatul nu are nicio sancțiune neradiată."));
    }
    return List.copyOf(violations);
  }

  /**
   * DISC-21 for each parameter of a sanction, by parameter name ({@link #PERCENT}, {@link
   * #MONTHS}, {@link #DAYS}, {@link #YEARS}, in that order): the Romanian message of what is
   * wrong with it. Empty when every parameter is right. Also used by the REST API to name the bad
   * field.
   */
  Map<String, String> parameterErrors(SanctionTerms terms, Integer percent, Integer months,
      Integer days, Integer years) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer minPercent = terms.minPercent() == null ? 1 : terms.minPercent();
    check(errors, terms, PERCENT, "procent", "procentul", percent, minPercent,
        terms.maxPercent());
    check(errors, terms, MONTHS, "durată în luni", "numărul de luni", months, 1,
        terms.maxMonths());
    check(errors, terms, DAYS, "durată în zile", "numărul de zile", days, 1, terms.maxDays());
    check(errors, terms, YEARS, "durată în ani", "numărul de ani", years, 1, terms.maxYears());
    return errors;
  }

  /**
   * @param bound what the parameter is, as in "the sanction has no …"
   * @param name the parameter with its article, as in "… must be between"
   */
  private static void check(Map<String, String> errors, SanctionTerms terms, String parameter,
      String bound, String name, Integer value, int min, Integer max) {
    String code = terms.sanctionCode();
    if (max == null) {
      if (value != null) {
        errors.put(parameter, "Sancțiunea „%s” nu are %s; nu completați „%s”."
            .formatted(code, bound, parameter));
      }
    } else if (value == null) {
      errors.put(parameter, "Sancțiunea „%s” cere %s („%s”) între %d și %d."
          .formatted(code, name, parameter, min, max));
    } else if (value < min || value > max) {
      errors.put(parameter, ("Valoarea %d a câmpului „%s” nu este permisă pentru sancțiunea „%s”: "
          + "%s trebuie să fie între %d și %d (art. 35).")
          .formatted(value, parameter, code, name, min, max));
    }
  }

  private static String categoryName(EmployeeCategory category) {
    return switch (category) {
      case CIVIL_SERVANT -> "funcționarii publici";
      case CONTRACTUAL -> "personalul contractual";
    };
  }
}
