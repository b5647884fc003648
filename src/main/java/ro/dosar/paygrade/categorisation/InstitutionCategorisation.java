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
    return ask(CategoryTable.PRIMARY_EDUCATION, primaryEducationInputs(type, pupilsChildrenCount));
  }

  /** The inputs of {@code categoryPrimaryEducation}: the type's name and the count. */
  public static Map<String, Object> primaryEducationInputs(EducationInstitutionType type,
      Integer pupilsChildrenCount) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("institutionType",
        (type == null ? EducationInstitutionType.PRIMARY_EDUCATION : type).name());
    inputs.put("pupilsChildrenCount", pupilsChildrenCount);
    return inputs;
  }

  /**
   * The penitentiary medical units' row of the pt. 4 table, by the number of specialist
   * functions (decimals allowed; exactly 10 → column 2, INT-02).
   */
  public Categorisation penitentiaryMedicalUnit(BigDecimal specialistFunctionsCount) {
    return ask(CategoryTable.PENITENTIARY_MEDICAL_UNIT,
        penitentiaryMedicalUnitInputs(specialistFunctionsCount));
  }

  /**
   * The inputs of {@code categoryPenitentiaryMedicalUnit}: the count in hundredths, an exact
   * integer (10,25 → 1025); the count has at most two decimals (checked where it is read).
   */
  public static Map<String, Object> penitentiaryMedicalUnitInputs(
      BigDecimal specialistFunctionsCount) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(InstitutionCategorisationProcess.Variables.SPECIALIST_FUNCTIONS_HUNDREDTHS, specialistFunctionsCount == null ? null
        : specialistFunctionsCount.movePointRight(2).longValueExact());
    return inputs;
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
    return ask(CategoryTable.PERFORMING_ARTS,
        performingArtsInputs(institutionId, institutionName, kind));
  }

  /** The inputs of {@code categoryPerformingArts}: the id (a name becomes its id) and the kind. */
  public static Map<String, Object> performingArtsInputs(String institutionId,
      String institutionName, PerformingArtsKind kind) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("institutionId",
        resolveId(CategoryTable.PERFORMING_ARTS, institutionId, institutionName));
    inputs.put("performingArtsKind", kind == null ? null : kind.name());
    return inputs;
  }

  /**
   * Compartment I¹: the three heritage bodies with national status, by id (HER-01…HER-03) or, if
   * no id is given, by name.
   */
  public Categorisation nationalStatusHeritage(String institutionId, String institutionName) {
    return ask(CategoryTable.NATIONAL_STATUS_HERITAGE,
        nationalStatusHeritageInputs(institutionId, institutionName));
  }

  /** The input of {@code categoryNationalStatusHeritage}: the id (a name becomes its id). */
  public static Map<String, Object> nationalStatusHeritageInputs(String institutionId,
      String institutionName) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("institutionId",
        resolveId(CategoryTable.NATIONAL_STATUS_HERITAGE, institutionId, institutionName));
    return inputs;
  }

  /**
   * Compartment I and GD pt. 3: a library takes its new evaluation category; until it has one,
   * it keeps the category it held on 1 September 2020. Blank values count as missing.
   */
  public Categorisation library(String newEvaluationCategory, String categoryAsOf2020_09_01) {
    return ask(CategoryTable.LIBRARY, libraryInputs(newEvaluationCategory,
        categoryAsOf2020_09_01));
  }

  /** The inputs of {@code categoryLibrary}: both categories, blank ones as missing. */
  public static Map<String, Object> libraryInputs(String newEvaluationCategory,
      String categoryAsOf2020_09_01) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("newEvaluationCategory", blankToNull(newEvaluationCategory));
    inputs.put("categoryAsOf2020_09_01", blankToNull(categoryAsOf2020_09_01));
    return inputs;
  }

  // ---- Asking the table ------------------------------------------------------------------------

  /** Evaluates the table on the inputs and reads its answer. */
  private Categorisation ask(CategoryTable table, Map<String, Object> inputs) {
    List<Map<String, Object>> rows = rules.evaluate(table.decisionKey(), inputs);
    return answer(table, inputs, rows.isEmpty() ? null : rows.get(0));
  }

  /**
   * The categorisation the table's answer gives: its row (FIRST/UNIQUE give at most one) or,
   * when no rule matched ({@code row} null), why, for manual categorisation. The business rule
   * tasks of {@code institutionCategorisation} evaluate the table; their step reads the answer
   * here.
   */
  public static Categorisation answer(CategoryTable table, Map<String, Object> inputs,
      Map<String, ?> row) {
    String institutionId = table == CategoryTable.PERFORMING_ARTS
        || table == CategoryTable.NATIONAL_STATUS_HERITAGE
        ? (String) inputs.get("institutionId") : null;
    if (row == null) {
      return diagnose(table, inputs, institutionId);
    }
    Object category = row.get(table.output());
    Object rule = row.get(CategoryTable.RULE_ID_OUTPUT);
    if (category == null || !(rule instanceof String ruleId)) {
      throw new IllegalStateException(("Decision %s matched but gave %s=%s, %s=%s; both outputs "
          + "are required. Check dmn/paygrade/institution-category.dmn").formatted(
          table.decisionKey(), table.output(), category, CategoryTable.RULE_ID_OUTPUT, rule));
    }
    return Categorisation.found(table, category, ruleId, institutionId);
  }

  /** Why the table gave no category. */
  private static Categorisation diagnose(CategoryTable table, Map<String, Object> inputs,
      String id) {
    return switch (table) {
      case PRIMARY_EDUCATION -> {
        if (!EducationInstitutionType.PRIMARY_EDUCATION.name()
            .equals(inputs.get("institutionType"))) {
          yield manual(table, null, ManualReason.INSTITUTION_TYPE_NOT_COVERED, "Pragurile pentru "
              + "acest tip de instituție nu sunt în hotărârea de modificare (se aplică HG nr. "
              + "1231/2018 consolidată); categoria se stabilește manual.");
        }
        Object count = inputs.get("pupilsChildrenCount");
        yield countProblem(table, count == null ? null
            : BigDecimal.valueOf(((Number) count).longValue()), "Numărul de elevi/copii");
      }
      case PENITENTIARY_MEDICAL_UNIT -> {
        Object hundredths = inputs.get(InstitutionCategorisationProcess.Variables.SPECIALIST_FUNCTIONS_HUNDREDTHS);
        yield countProblem(table, hundredths == null ? null
            : BigDecimal.valueOf(((Number) hundredths).longValue(), 2),
            "Numărul funcțiilor de specialitate");
      }
      case PERFORMING_ARTS -> {
        Object kind = inputs.get("performingArtsKind");
        if (kind != null) {
          // Every kind the Category III text lists has a rule, so what is left is a circus or a
          // pure impresario organisation that Table 3 does not name.
          yield manual(table, id, ManualReason.KIND_NOT_COVERED, ("Tabelul 3 nu nominalizează "
              + "această instituție, iar categoria III nu cuprinde felul ei (%s); categoria se "
              + "stabilește manual.").formatted(
              PerformingArtsKind.valueOf(kind.toString()).romanian()));
        }
        yield manual(table, id, ManualReason.UNKNOWN_INSTITUTION, "Instituția nu este "
            + "nominalizată în tabelul 3, iar felul ei nu este indicat; categoria se stabilește "
            + "manual.");
      }
      case NATIONAL_STATUS_HERITAGE -> manual(table, id, ManualReason.UNKNOWN_INSTITUTION,
          "Instituția nu este una dintre cele trei nominalizate în compartimentul I¹; statutul "
              + "național nu i se aplică prin această regulă, categoria se stabilește manual.");
      case LIBRARY -> manual(table, null, ManualReason.NO_LIBRARY_CATEGORY, "Biblioteca nu are "
          + "nici categorie de evaluare nouă, nici categoria deținută la 1 septembrie 2020; "
          + "categoria se stabilește manual.");
    };
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
