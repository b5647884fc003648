package ro.dosar.paygrade.categorisation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.paygrade.Decimals;
import ro.dosar.paygrade.PaygradeRules;
import ro.dosar.paygrade.categorisation.NamedInstitutions.NamedInstitution;

/**
 * Puts an institution in its category by the tables of Annex 1 to GD 1231/2018 as amended (spec
 * §2), one method per table. Every answer is the table's own ({@code dmn/paygrade/
 * institution-category.dmn}); this class only prepares the inputs (a name becomes an id, INT-06)
 * and, when the table gives nothing, says why, so that the case goes to manual categorisation
 * with the reason recorded (spec §3.13 P3).
 *
 * <p>Bad data is not refused here: a negative count is a {@link ManualReason#NEGATIVE_COUNT} case
 * for a person to look at. The REST API refuses it earlier, as bad input.
 */
@Service
public class InstitutionCategorisation {

  private final PaygradeRules rules;

  public InstitutionCategorisation(PaygradeRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Table 1, position 2: primary education institutions and primary school–kindergartens, by the
   * number of pupils/children (641 and more → column 1, INT-01).
   *
   * @param type null is read as {@link EducationInstitutionType#PRIMARY_EDUCATION}
   */
  public Categorisation primaryEducation(EducationInstitutionType type,
      Integer pupilsChildrenCount) {
    EducationInstitutionType institutionType =
        type == null ? EducationInstitutionType.PRIMARY_EDUCATION : type;
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("institutionType", institutionType.name());
    inputs.put("pupilsChildrenCount", pupilsChildrenCount);
    return ask(CategoryTable.PRIMARY_EDUCATION, inputs, null, () -> {
      if (institutionType != EducationInstitutionType.PRIMARY_EDUCATION) {
        return manual(CategoryTable.PRIMARY_EDUCATION, null,
            ManualReason.INSTITUTION_TYPE_NOT_COVERED, "Pragurile pentru acest tip de instituție "
                + "nu sunt în hotărârea de modificare (se aplică HG nr. 1231/2018 consolidată); "
                + "categoria se stabilește manual.");
      }
      return countProblem(CategoryTable.PRIMARY_EDUCATION,
          pupilsChildrenCount == null ? null : BigDecimal.valueOf(pupilsChildrenCount),
          "Numărul de elevi/copii");
    });
  }

  /**
   * The penitentiary medical units' row of the pt. 4 table, by the number of specialist
   * functions (decimals allowed; exactly 10 → column 2, INT-02).
   */
  public Categorisation penitentiaryMedicalUnit(BigDecimal specialistFunctionsCount) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("specialistFunctionsCount", specialistFunctionsCount);
    return ask(CategoryTable.PENITENTIARY_MEDICAL_UNIT, inputs, null,
        () -> countProblem(CategoryTable.PENITENTIARY_MEDICAL_UNIT, specialistFunctionsCount,
            "Numărul funcțiilor de specialitate"));
  }

  /**
   * Table 3: a theatre, concert or impresario organisation, circus or artistic formation. A
   * named one by its id (or its name, if no id is given); any other by its kind. A branch is
   * Category III even when it gives its parent's id.
   *
   * @param institutionId the Table 3 id (NAT-01…, CAT1-01…, CAT2-01…), or any other id, or null
   * @param institutionName used only when there is no id
   * @param kind null if not known
   */
  public Categorisation performingArts(String institutionId, String institutionName,
      PerformingArtsKind kind) {
    String id = resolveId(CategoryTable.PERFORMING_ARTS, institutionId, institutionName);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("institutionId", id);
    inputs.put("performingArtsKind", kind == null ? null : kind.name());
    return ask(CategoryTable.PERFORMING_ARTS, inputs, id, () -> {
      if (kind != null) {
        // Every kind the Category III text lists has a rule, so what is left is a circus or a
        // pure impresario organisation that Table 3 does not name.
        return manual(CategoryTable.PERFORMING_ARTS, id, ManualReason.KIND_NOT_COVERED,
            ("Tabelul 3 nu nominalizează această instituție, iar categoria III nu cuprinde felul "
                + "ei (%s); categoria se stabilește manual.").formatted(kind.romanian()));
      }
      return manual(CategoryTable.PERFORMING_ARTS, id, ManualReason.UNKNOWN_INSTITUTION,
          "Instituția nu este nominalizată în tabelul 3, iar felul ei nu este indicat; "
              + "categoria se stabilește manual.");
    });
  }

  /**
   * Compartment I¹: the three heritage bodies with national status, by id (HER-01…HER-03) or, if
   * no id is given, by name.
   */
  public Categorisation nationalStatusHeritage(String institutionId, String institutionName) {
    String id = resolveId(CategoryTable.NATIONAL_STATUS_HERITAGE, institutionId, institutionName);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("institutionId", id);
    return ask(CategoryTable.NATIONAL_STATUS_HERITAGE, inputs, id,
        () -> manual(CategoryTable.NATIONAL_STATUS_HERITAGE, id, ManualReason.UNKNOWN_INSTITUTION,
            "Instituția nu este una dintre cele trei nominalizate în compartimentul I¹; statutul "
                + "național nu i se aplică prin această regulă, categoria se stabilește manual."));
  }

  /**
   * Compartment I and GD pt. 3: a library takes its new evaluation category; until it has one,
   * it keeps the category it held on 1 September 2020. Blank values count as missing.
   */
  public Categorisation library(String newEvaluationCategory, String categoryAsOf2020_09_01) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("newEvaluationCategory", blankToNull(newEvaluationCategory));
    inputs.put("categoryAsOf2020_09_01", blankToNull(categoryAsOf2020_09_01));
    return ask(CategoryTable.LIBRARY, inputs, null,
        () -> manual(CategoryTable.LIBRARY, null, ManualReason.NO_LIBRARY_CATEGORY,
            "Biblioteca nu are nici categorie de evaluare nouă, nici categoria deținută la "
                + "1 septembrie 2020; categoria se stabilește manual."));
  }

  // ---- Asking the table ------------------------------------------------------------------------

  /** What to answer when the table gave nothing. */
  private interface NoResult {
    Categorisation diagnose();
  }

  /** Evaluates the table; its first row (FIRST/UNIQUE give at most one) or the diagnosis. */
  private Categorisation ask(CategoryTable table, Map<String, Object> inputs,
      String institutionId, NoResult noResult) {
    List<Map<String, Object>> rows = rules.evaluate(table.decisionKey(), inputs);
    if (rows.isEmpty()) {
      return noResult.diagnose();
    }
    Map<String, Object> row = rows.get(0);
    Object category = row.get(table.output());
    Object rule = row.get(CategoryTable.RULE_ID_OUTPUT);
    if (category == null || !(rule instanceof String ruleId)) {
      throw new IllegalStateException(("Decision %s matched but gave %s=%s, %s=%s; both outputs "
          + "are required. Check dmn/paygrade/institution-category.dmn").formatted(
          table.decisionKey(), table.output(), category, CategoryTable.RULE_ID_OUTPUT, rule));
    }
    return Categorisation.found(table, category, ruleId, institutionId);
  }

  /** Why a count matched no band: missing, negative, or in a gap between bands. */
  private static Categorisation countProblem(CategoryTable table, BigDecimal count,
      String what) {
    if (count == null) {
      return manual(table, null, ManualReason.MISSING_COUNT,
          what + " lipsește; completați-l sau stabiliți categoria manual.");
    }
    if (count.signum() < 0) {
      return manual(table, null, ManualReason.NEGATIVE_COUNT,
          "%s nu poate fi negativ (%s); verificați datele sau stabiliți categoria manual."
              .formatted(what, Decimals.romanian(count)));
    }
    return manual(table, null, ManualReason.GAP,
        "%s (%s) nu se încadrează în niciun interval al tabelului; categoria se stabilește manual."
            .formatted(what, Decimals.romanian(count)));
  }

  private static Categorisation manual(CategoryTable table, String institutionId,
      ManualReason reason, String message) {
    return Categorisation.manual(table, institutionId, reason, message);
  }

  /**
   * The id to ask the table with: the given id (trimmed, upper case), or else the id of the named
   * institution whose name matches (INT-06), or null.
   */
  private static String resolveId(CategoryTable table, String institutionId,
      String institutionName) {
    if (institutionId != null && !institutionId.isBlank()) {
      return institutionId.strip().toUpperCase(Locale.ROOT);
    }
    return NamedInstitutions.byName(table, institutionName).map(NamedInstitution::id)
        .orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
