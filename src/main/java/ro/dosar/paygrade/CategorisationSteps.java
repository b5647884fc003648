package ro.dosar.paygrade;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ro.dosar.paygrade.NamedInstitutions.NamedInstitution;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of the process {@value #PROCESS_KEY} ({@code bpmn/paygrade/
 * institution-categorisation.bpmn}, spec §3.13 P3), called as {@code
 * ${categorisation.<table>(execution)}}; the form re-checks are listener beans ({@link
 * CategorisationFormChecks}).
 *
 * <p>Every category comes from {@link InstitutionCategorisation}, that is from the tables of
 * {@code dmn/paygrade/institution-category.dmn}; this class only reads the form's variables and
 * records the answer: {@value #CATEGORY_RESULT} (as text: "1", "NATIONAL"…), {@value
 * #CATEGORY_RULE}, {@value #MANUAL_REASON} and {@value #MANUAL_REASON_TEXT}. When no table gives a
 * category, a person decides it in the task "Categorisirea manuală", with the reason in front of
 * them, and {@value #CATEGORY_RESULT} then holds the category they chose.
 *
 * <p>A request that lacks what its table needs is refused at the start form. Bad data that is
 * still data (a negative count) is not refused: it goes to manual categorisation, as {@link
 * InstitutionCategorisation} diagnoses it.
 */
@Component("categorisation")
public class CategorisationSteps {

  /** The process key; a contract with the model and with tenancy. */
  public static final String PROCESS_KEY = "institutionCategorisation";
  /** The group that categorises by hand unless the setting {@value #MANUAL_GROUP_SETTING} names
   * another (spec §3.13 P3 names the MoF's pay-policy staff or the line ministry). */
  public static final String DEFAULT_MANUAL_GROUP = FunctionCycleSteps.PAY_POLICY;
  public static final String MANUAL_GROUP_SETTING = "dosar.paygrade.manual-categorisation-group";

  // The start form's variables.
  static final String INSTITUTION_NAME = "institutionName";
  static final String CATEGORY_TABLE = "categoryTable";
  static final String INSTITUTION_TYPE = "institutionType";
  static final String PUPILS_CHILDREN_COUNT = "pupilsChildrenCount";
  static final String SPECIALIST_FUNCTIONS_COUNT = "specialistFunctionsCount";
  static final String INSTITUTION_ID = "institutionId";
  static final String PERFORMING_ARTS_KIND = "performingArtsKind";
  static final String NEW_EVALUATION_CATEGORY = "newEvaluationCategory";
  static final String CATEGORY_AS_OF_2020_09_01 = "categoryAsOf2020_09_01";

  // What the steps record.
  static final String CATEGORY_RESULT = "categoryResult";
  static final String CATEGORY_RULE = "categoryRule";
  static final String MANUAL_REQUIRED = "manualClassificationRequired";
  static final String MANUAL_REASON = "manualReason";
  static final String MANUAL_REASON_TEXT = "manualReasonText";
  static final String MATCHED_INSTITUTION_ID = "matchedInstitutionId";
  static final String CATEGORY_TABLE_NAME = "categoryTableName";
  static final String REQUEST_SUMMARY = "requestSummary";

  // The manual task's variables.
  static final String MANUAL_CATEGORY = "manualCategory";
  static final String MANUAL_JUSTIFICATION = "manualJustification";
  static final String CATEGORISED_BY = "categorisedBy";

  static final int MAX_NAME_LENGTH = 300;
  static final int MAX_CATEGORY_LENGTH = 40;
  static final int MAX_JUSTIFICATION_LENGTH = 4000;

  /** A number typed as text: optional minus, digits, optional decimal point or comma. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,9}([.,]\\d{1,9})?");
  private static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final InstitutionCategorisation categorisation;
  private final String manualGroup;

  public CategorisationSteps(InstitutionCategorisation categorisation,
      @Value("${" + MANUAL_GROUP_SETTING + ":" + DEFAULT_MANUAL_GROUP + "}") String manualGroup) {
    this.categorisation = categorisation;
    this.manualGroup = manualGroup == null || manualGroup.isBlank() ? DEFAULT_MANUAL_GROUP
        : manualGroup.strip();
  }

  /** The candidate group of the task "Categorisirea manuală". */
  public String manualCategorisationGroup() {
    return manualGroup;
  }

  // ---- The start form --------------------------------------------------------------------------

  /**
   * The request names the institution, a known table and what that table needs: the count for
   * the two counting tables (a negative one is let through, for a person to look at), an id only
   * from the table's own list, and no name that contradicts the id or that is a named
   * institution's name without its locality (which would otherwise be placed by its kind).
   */
  public void checkRequest(DelegateExecution execution) {
    String name = FormRejection.text(execution.getVariable(INSTITUTION_NAME), INSTITUTION_NAME,
        "Denumirea instituției");
    FormRejection.require(name.length() <= MAX_NAME_LENGTH, INSTITUTION_NAME,
        "Denumirea instituției poate avea cel mult %d de caractere.".formatted(MAX_NAME_LENGTH));
    CategoryTable table = table(execution);
    // The gateway compares the exact name; a client may have sent it in lower case.
    execution.setVariable(CATEGORY_TABLE, table.name());
    switch (table) {
      case PRIMARY_EDUCATION -> {
        educationType(execution);
        required(pupilsChildrenCount(execution), PUPILS_CHILDREN_COUNT,
            "Numărul de elevi/copii", table);
      }
      case PENITENTIARY_MEDICAL_UNIT -> required(specialistFunctionsCount(execution),
          SPECIALIST_FUNCTIONS_COUNT, "Numărul funcțiilor de specialitate", table);
      case PERFORMING_ARTS -> {
        performingArtsKind(execution);
        checkNamedInstitution(execution, table, name);
      }
      case NATIONAL_STATUS_HERITAGE -> checkNamedInstitution(execution, table, name);
      case LIBRARY -> {
        libraryCategory(execution, NEW_EVALUATION_CATEGORY);
        libraryCategory(execution, CATEGORY_AS_OF_2020_09_01);
      }
    }
  }

  // ---- One step per table ----------------------------------------------------------------------

  /** Table 1, position 2 (and rows 7, 8, which go to manual categorisation). */
  public void primaryEducation(DelegateExecution execution) {
    EducationInstitutionType type = educationType(execution);
    BigDecimal count = pupilsChildrenCount(execution);
    record(execution, categorisation.primaryEducation(type,
            count == null ? null : count.intValueExact()),
        "Tipul instituției: %s; numărul de elevi/copii: %s.".formatted(romanian(type),
            romanian(count)));
  }

  /** The pt. 4 table's row for penitentiary medical units. */
  public void penitentiaryMedicalUnit(DelegateExecution execution) {
    BigDecimal count = specialistFunctionsCount(execution);
    record(execution, categorisation.penitentiaryMedicalUnit(count),
        "Numărul funcțiilor de specialitate: %s.".formatted(romanian(count)));
  }

  /** Table 3: by the id chosen from the list, else by the name (INT-06), else by the kind. */
  public void performingArts(DelegateExecution execution) {
    String id = optional(execution.getVariable(INSTITUTION_ID));
    String name = optional(execution.getVariable(INSTITUTION_NAME));
    PerformingArtsKind kind = performingArtsKind(execution);
    record(execution, categorisation.performingArts(id, id == null ? name : null, kind),
        "Instituția aleasă din listă: %s; felul instituției: %s.".formatted(
            id == null ? "nicio instituție (căutată după denumire)" : id,
            kind == null ? "neindicat" : kind.romanian()));
  }

  /** Compartment I¹: by the id chosen from the list, else by the name (INT-06). */
  public void nationalStatusHeritage(DelegateExecution execution) {
    String id = optional(execution.getVariable(INSTITUTION_ID));
    String name = optional(execution.getVariable(INSTITUTION_NAME));
    record(execution, categorisation.nationalStatusHeritage(id, id == null ? name : null),
        "Instituția aleasă din listă: %s.".formatted(
            id == null ? "nicio instituție (căutată după denumire)" : id));
  }

  /** Compartment I and GD pt. 3: the new evaluation category, or the one kept since 2020. */
  public void library(DelegateExecution execution) {
    String newCategory = libraryCategory(execution, NEW_EVALUATION_CATEGORY);
    String keptCategory = libraryCategory(execution, CATEGORY_AS_OF_2020_09_01);
    record(execution, categorisation.library(newCategory, keptCategory),
        "Categoria de evaluare nouă: %s; categoria la 1 septembrie 2020: %s.".formatted(
            newCategory == null ? "lipsește" : newCategory,
            keptCategory == null ? "lipsește" : keptCategory));
  }

  /**
   * The table's answer as process variables, every one of them set (null when it does not
   * apply), so that the gateway, the manual form and Cockpit always find them.
   */
  private static void record(DelegateExecution execution, Categorisation answer,
      String summary) {
    execution.setVariable(CATEGORY_RESULT,
        answer.result() == null ? null : answer.result().toString());
    execution.setVariable(CATEGORY_RULE, answer.rule());
    execution.setVariable(MATCHED_INSTITUTION_ID, answer.institutionId());
    execution.setVariable(MANUAL_REQUIRED, answer.manualClassificationRequired());
    execution.setVariable(MANUAL_REASON,
        answer.manualReason() == null ? null : answer.manualReason().name());
    execution.setVariable(MANUAL_REASON_TEXT, answer.message());
    execution.setVariable(CATEGORY_TABLE_NAME, answer.table().romanian());
    execution.setVariable(REQUEST_SUMMARY, summary);
  }

  // ---- The manual task -------------------------------------------------------------------------

  /**
   * The person gives the category and says why; the category becomes {@value #CATEGORY_RESULT},
   * beside the recorded reason, and the person who decided is recorded.
   */
  public void checkManual(DelegateExecution execution) {
    String category = FormRejection.text(execution.getVariable(MANUAL_CATEGORY), MANUAL_CATEGORY,
        "Categoria stabilită");
    FormRejection.require(category.length() <= MAX_CATEGORY_LENGTH, MANUAL_CATEGORY,
        "Categoria poate avea cel mult %d de caractere.".formatted(MAX_CATEGORY_LENGTH));
    String justification = FormRejection.text(execution.getVariable(MANUAL_JUSTIFICATION),
        MANUAL_JUSTIFICATION, "Justificarea categoriei");
    FormRejection.require(justification.length() <= MAX_JUSTIFICATION_LENGTH,
        MANUAL_JUSTIFICATION, "Justificarea poate avea cel mult %d de caractere."
            .formatted(MAX_JUSTIFICATION_LENGTH));
    execution.setVariable(MANUAL_CATEGORY, category);
    execution.setVariable(MANUAL_JUSTIFICATION, justification);
    execution.setVariable(CATEGORY_RESULT, category);
    Authentication user = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    execution.setVariable(CATEGORISED_BY, user == null ? null : user.getUserId());
  }

  // ---- Reading the form ------------------------------------------------------------------------

  private static CategoryTable table(DelegateExecution execution) {
    String value = optional(execution.getVariable(CATEGORY_TABLE));
    FormRejection.require(value != null, CATEGORY_TABLE,
        "Alegeți tipul instituției: de el depinde tabelul care se aplică.");
    return parse(CategoryTable.class, value).orElseThrow(() -> FormRejection.reject(
        CATEGORY_TABLE, "Tabelul „%s” nu este cunoscut; folosiți unul dintre: %s."
            .formatted(value, names(CategoryTable.values()))));
  }

  /** Empty is read as position 2 of Table 1, as {@link InstitutionCategorisation} does. */
  private static EducationInstitutionType educationType(DelegateExecution execution) {
    String value = optional(execution.getVariable(INSTITUTION_TYPE));
    if (value == null) {
      return EducationInstitutionType.PRIMARY_EDUCATION;
    }
    return parse(EducationInstitutionType.class, value).orElseThrow(() -> FormRejection.reject(
        INSTITUTION_TYPE, ("Tipul instituției de învățământ „%s” nu este cunoscut; folosiți "
            + "unul dintre: %s.").formatted(value, names(EducationInstitutionType.values()))));
  }

  private static PerformingArtsKind performingArtsKind(DelegateExecution execution) {
    String value = optional(execution.getVariable(PERFORMING_ARTS_KIND));
    if (value == null) {
      return null;
    }
    return parse(PerformingArtsKind.class, value).orElseThrow(() -> FormRejection.reject(
        PERFORMING_ARTS_KIND, "Felul instituției „%s” nu este cunoscut; folosiți unul dintre: %s."
            .formatted(value, names(PerformingArtsKind.values()))));
  }

  /** A whole number of pupils/children; negative ones are kept for manual categorisation. */
  private static BigDecimal pupilsChildrenCount(DelegateExecution execution) {
    BigDecimal count = number(execution, PUPILS_CHILDREN_COUNT, "Numărul de elevi/copii");
    if (count == null) {
      return null;
    }
    FormRejection.require(count.scale() <= 0, PUPILS_CHILDREN_COUNT,
        "Numărul de elevi/copii trebuie să fie un număr întreg; s-a primit %s."
            .formatted(Decimals.romanian(count)));
    FormRejection.require(count.abs().compareTo(LARGEST_COUNT) <= 0, PUPILS_CHILDREN_COUNT,
        "Numărul de elevi/copii %s nu este plauzibil.".formatted(Decimals.romanian(count)));
    return count;
  }

  /** Staff units, with at most two decimals; negative ones go to manual categorisation. */
  private static BigDecimal specialistFunctionsCount(DelegateExecution execution) {
    BigDecimal count = number(execution, SPECIALIST_FUNCTIONS_COUNT,
        "Numărul funcțiilor de specialitate");
    if (count == null) {
      return null;
    }
    FormRejection.require(count.scale() <= 2, SPECIALIST_FUNCTIONS_COUNT,
        ("Numărul funcțiilor de specialitate poate avea cel mult două zecimale (de exemplu "
            + "10,25); s-a primit %s.").formatted(Decimals.romanian(count)));
    return count;
  }

  private static String libraryCategory(DelegateExecution execution, String field) {
    String category = optional(execution.getVariable(field));
    FormRejection.require(category == null || category.length() <= MAX_CATEGORY_LENGTH, field,
        "O categorie de bibliotecă poate avea cel mult %d de caractere."
            .formatted(MAX_CATEGORY_LENGTH));
    return category;
  }

  private static void required(BigDecimal count, String field, String label,
      CategoryTable table) {
    FormRejection.require(count != null, field,
        "Câmpul „%s” este obligatoriu pentru %s.".formatted(label, table.romanian()));
  }

  /**
   * An id must be one of the table's own list, and the name must not be another named
   * institution's; without an id, a name that is a named institution's without its locality
   * ("Teatrul Național „Mihai Eminescu”" for "…, mun. Chișinău") is refused, so that a named
   * institution is never categorised by its kind instead.
   */
  private static void checkNamedInstitution(DelegateExecution execution, CategoryTable table,
      String name) {
    String id = optional(execution.getVariable(INSTITUTION_ID));
    Optional<NamedInstitution> byName = NamedInstitutions.byName(table, name);
    if (id != null) {
      NamedInstitution chosen = NamedInstitutions.byId(id)
          .filter(institution -> institution.table() == table)
          .orElseThrow(() -> FormRejection.reject(INSTITUTION_ID, ("Codul „%s” nu este al unei "
              + "instituții nominalizate în %s; alegeți instituția din listă sau lăsați câmpul "
              + "gol.").formatted(id, table.romanian())));
      byName.filter(other -> !other.id().equals(chosen.id())).ifPresent(other -> {
        throw FormRejection.reject(INSTITUTION_NAME, ("Denumirea „%s” este a instituției %s, iar "
            + "din listă ați ales %s (%s); corectați una dintre ele.").formatted(name, other.id(),
            chosen.id(), display(chosen.sourceName())));
      });
      return;
    }
    if (byName.isEmpty()) {
      String typed = NamedInstitutions.matchKey(name);
      List<NamedInstitution> near = NamedInstitutions.ALL.stream()
          .filter(institution -> institution.table() == table)
          .filter(institution -> NamedInstitutions.matchKey(institution.sourceName())
              .startsWith(typed + ","))
          .toList();
      FormRejection.require(near.size() != 1, INSTITUTION_NAME, ("Denumirea „%s” pare a fi a "
          + "instituției nominalizate „%s” (%s): alegeți-o din listă sau scrieți denumirea "
          + "completă.").formatted(name, near.isEmpty() ? "" : display(near.get(0).sourceName()),
          near.isEmpty() ? "" : near.get(0).id()));
    }
  }

  /**
   * A number sent by the form (a JSON number) or by a client (text, with a decimal point or
   * comma), exactly, without trailing zeros; null when empty.
   */
  private static BigDecimal number(DelegateExecution execution, String field, String label) {
    Object value = execution.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    BigDecimal number;
    if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      number = BigDecimal.valueOf(((Number) value).longValue());
    } else if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      number = new BigDecimal(value.toString());
    } else if (value instanceof String text && PLAIN_NUMBER.matcher(text.strip()).matches()) {
      number = new BigDecimal(text.strip().replace(',', '.'));
    } else {
      throw FormRejection.reject(field,
          "„%s” trebuie să fie un număr; s-a primit „%s”.".formatted(label, value));
    }
    return Decimals.plain(number);
  }

  private static String optional(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
        .findFirst();
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String romanian(BigDecimal number) {
    return number == null ? "lipsește" : Decimals.romanian(number);
  }

  private static String romanian(EducationInstitutionType type) {
    return switch (type) {
      case PRIMARY_EDUCATION -> "instituție de învățământ primar, școală primară-grădiniță "
          + "(poziția 2)";
      case GENERAL_SECONDARY_NO_PROFILE -> "instituție de învățământ secundar general fără "
          + "profil (poziția 7)";
      case GENERAL_SECONDARY_CULTURE_ART_SPORT -> "instituție de învățământ secundar general cu "
          + "profil cultură, artă și sport (poziția 8)";
    };
  }

  /** A name of the source with today's comma-below letters, for messages. */
  private static String display(String sourceName) {
    return sourceName.replace('ş', 'ș').replace('ţ', 'ț').replace('Ş', 'Ș').replace('Ţ', 'Ț');
  }
}
