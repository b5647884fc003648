package ro.dosar.paygrade;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.paygrade.EvaluationForm.Cells;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;
import ro.dosar.paygrade.categorisation.Categorisation;
import ro.dosar.paygrade.categorisation.CategoryTable;
import ro.dosar.paygrade.categorisation.EducationInstitutionType;
import ro.dosar.paygrade.categorisation.InstitutionCategorisation;
import ro.dosar.paygrade.categorisation.PerformingArtsKind;
import ro.dosar.web.InvalidRequestException;

/**
 * The unified pay system's tables for clients (authenticated, as all of {@code /api/**}). Every
 * answer is computed by the deployed decisions as the calling user, through the same services the
 * processes use.
 *
 * <pre>
 * POST /api/paygrade/categorise
 * {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":641}
 * → 200 {"table":"PRIMARY_EDUCATION","decisionKey":"categoryPrimaryEducation",
 *        "output":"categoryColumn","result":1,"rule":"primaryEducationColumn1"}
 * {"table":"PERFORMING_ARTS","performingArtsKind":"CIRCUS"}
 * → 200 {…,"result":null,"rule":null,"institutionId":null,
 *        "reason":"MANUAL_CLASSIFICATION_REQUIRED","cause":"KIND_NOT_COVERED","message":"…"}
 *
 * POST /api/paygrade/simplified-grade
 * {"edu":3,"ccd":2,"dec":2,"work":1.5,"impact":1}
 * → 200 {"simplifiedTotal":"9.5","suggestedGrade":5,"rangeFlag":""}
 *
 * POST /api/paygrade/evaluation-form/validate
 * {"eduDepth":6,"eduScope":"M", … ,"effPhysical":1,"effMental":"S",
 *  "jobDescriptionRef":"…","headSignedBy":"…","executorSignedBy":"…"}
 * → 200 {"valid":false,"errors":[{"errorCode":"…","field":"…","message":"…"}]}
 * </pre>
 *
 * The fields of each table ({@code POST /categorise}):
 * <ul>
 *   <li>{@code PRIMARY_EDUCATION}: {@code pupilsChildrenCount} (whole number, 0 or more),
 *       optional {@code institutionType} ({@link EducationInstitutionType}, default
 *       {@code PRIMARY_EDUCATION});</li>
 *   <li>{@code PENITENTIARY_MEDICAL_UNIT}: {@code specialistFunctionsCount} (0 or more, at most
 *       two decimals);</li>
 *   <li>{@code PERFORMING_ARTS}: {@code institutionId} or {@code institutionName} (not both),
 *       and/or {@code performingArtsKind} ({@link PerformingArtsKind});</li>
 *   <li>{@code NATIONAL_STATUS_HERITAGE}: {@code institutionId} or {@code institutionName};</li>
 *   <li>{@code LIBRARY}: {@code newEvaluationCategory}, {@code categoryAsOf2020_09_01} (texts,
 *       either may be missing).</li>
 * </ul>
 * A name is matched as INT-06 says ({@link NamedInstitutions#matchKey}). When the table gives no
 * category the answer is still 200, with {@code "result":null}: that is the law's answer, and a
 * person categorises the institution.
 *
 * <p>400 {@code application/problem+json}, with {@code field}: a missing or malformed field, a
 * field the request does not take, an unknown table or kind, a negative count, a score not from
 * 0.5 to 3 in steps of 0.25. Fields are received as text and read here, numbers straight into
 * {@link BigDecimal} (never {@code double}), so that every bad value is a 400 naming its field.
 */
@RestController
@RequestMapping("/api/paygrade")
public class PaygradeController {

  /** The literal {@code reason} of a categorisation without a category. */
  static final String MANUAL_CLASSIFICATION_REQUIRED = "MANUAL_CLASSIFICATION_REQUIRED";
  /** The longest text accepted in any field. */
  static final int MAX_TEXT_LENGTH = 300;

  private static final String TABLE = "table";
  private static final Map<CategoryTable, List<String>> TABLE_FIELDS = tableFields();
  private static final List<String> FORM_FIELDS = formFields();

  private final InstitutionCategorisation categorisation;
  private final SimplifiedEvaluation simplifiedEvaluation;
  private final EvaluationFormValidation formValidation;

  public PaygradeController(InstitutionCategorisation categorisation,
      SimplifiedEvaluation simplifiedEvaluation, EvaluationFormValidation formValidation) {
    this.categorisation = categorisation;
    this.simplifiedEvaluation = simplifiedEvaluation;
    this.formValidation = formValidation;
  }

  // ---- POST /categorise ------------------------------------------------------------------------

  /** The category of an institution by one of the tables, or why a person has to decide it. */
  @PostMapping("/categorise")
  public Map<String, Object> categorise(@RequestBody Map<String, String> body) {
    Map<String, String> fields = fields(body);
    CategoryTable table = table(fields.get(TABLE));
    onlyKnownFields(fields, TABLE_FIELDS.get(table), "pentru tabelul " + table.name());

    Categorisation answer = switch (table) {
      case PRIMARY_EDUCATION -> categorisation.primaryEducation(
          institutionType(fields.get("institutionType")),
          pupilsChildrenCount(fields.get("pupilsChildrenCount")));
      case PENITENTIARY_MEDICAL_UNIT -> categorisation.penitentiaryMedicalUnit(
          specialistFunctionsCount(fields.get("specialistFunctionsCount")));
      case PERFORMING_ARTS -> {
        PerformingArtsKind kind = performingArtsKind(fields.get("performingArtsKind"));
        oneInstitution(fields, kind != null,
            "Indicați instituția („institutionId” sau „institutionName”) sau felul ei "
                + "(„performingArtsKind”).");
        yield categorisation.performingArts(fields.get("institutionId"),
            fields.get("institutionName"), kind);
      }
      case NATIONAL_STATUS_HERITAGE -> {
        oneInstitution(fields, false, "Indicați instituția: „institutionId” (HER-01, HER-02, "
            + "HER-03) sau „institutionName”.");
        yield categorisation.nationalStatusHeritage(fields.get("institutionId"),
            fields.get("institutionName"));
      }
      case LIBRARY -> categorisation.library(fields.get("newEvaluationCategory"),
          fields.get("categoryAsOf2020_09_01"));
    };
    return categorisationBody(answer);
  }

  /** The JSON of a categorisation; {@code reason}, {@code cause} and {@code message} if manual. */
  private static Map<String, Object> categorisationBody(Categorisation answer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("table", answer.table().name());
    body.put("decisionKey", answer.table().decisionKey());
    body.put("output", answer.table().output());
    body.put("result", answer.result());
    body.put("rule", answer.rule());
    if (answer.table() == CategoryTable.PERFORMING_ARTS
        || answer.table() == CategoryTable.NATIONAL_STATUS_HERITAGE) {
      body.put("institutionId", answer.institutionId());
    }
    if (answer.manualClassificationRequired()) {
      body.put("reason", MANUAL_CLASSIFICATION_REQUIRED);
      body.put("cause", answer.manualReason().name());
      body.put("message", answer.message());
    }
    return body;
  }

  // ---- POST /simplified-grade ------------------------------------------------------------------

  /** The body of a 200 answer of {@code /simplified-grade}; the total as text ("9.5"), exact. */
  public record SimplifiedGrade(String simplifiedTotal, int suggestedGrade, String rangeFlag) {
  }

  /** The total of the five scores and the suggested grade (Annex 3, INT-07, INT-08). */
  @PostMapping("/simplified-grade")
  public SimplifiedGrade simplifiedGrade(@RequestBody Map<String, String> body) {
    Map<String, String> fields = fields(body);
    onlyKnownFields(fields, List.copyOf(SimplifiedEvaluation.CRITERIA.keySet()), "aici");
    SimplifiedEvaluation.Scores scores = new SimplifiedEvaluation.Scores(
        Decimals.parse("edu", fields.get("edu")),
        Decimals.parse("ccd", fields.get("ccd")),
        Decimals.parse("dec", fields.get("dec")),
        Decimals.parse("work", fields.get("work")),
        Decimals.parse("impact", fields.get("impact")));
    SimplifiedEvaluation.Suggestion suggestion = simplifiedEvaluation.suggest(scores);
    return new SimplifiedGrade(suggestion.simplifiedTotal().toPlainString(),
        suggestion.suggestedGrade(), suggestion.rangeFlag());
  }

  // ---- POST /evaluation-form/validate ----------------------------------------------------------

  /** The body of a 200 answer of {@code /evaluation-form/validate}. */
  public record FormValidation(boolean valid, List<FormError> errors) {
  }

  /**
   * Checks a function evaluation form (spec §3.8). The body holds the form's variables, flat, as
   * the process keeps them: {@code eduDepth}, {@code eduScope}, {@code eduPhysical}, {@code
   * eduMental} … {@code effMental}, {@code jobDescriptionRef}, {@code headSignedBy}, {@code
   * executorSignedBy}; a missing field is an empty cell. A broken rule of the form is not a bad
   * request: the answer is 200 with the list of errors.
   */
  @PostMapping("/evaluation-form/validate")
  public FormValidation validateEvaluationForm(@RequestBody Map<String, String> body) {
    List<FormError> errors = formValidation.validate(evaluationForm(body));
    return new FormValidation(errors.isEmpty(), errors);
  }

  /**
   * An Annex 2 form from its flat fields ({@code eduDepth} … {@code executorSignedBy}); unknown
   * fields and levels that are not whole numbers are bad requests, empty cells are not.
   */
  public static EvaluationForm evaluationForm(Map<String, String> body) {
    Map<String, String> fields = fields(body);
    onlyKnownFields(fields, FORM_FIELDS, "în fișa de evaluare");
    Map<Criterion, Cells> grid = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      grid.put(criterion, new Cells(
          level(criterion.depthVariable(), fields.get(criterion.depthVariable())),
          fields.get(criterion.scopeVariable()),
          level(criterion.physicalVariable(), fields.get(criterion.physicalVariable())),
          fields.get(criterion.mentalVariable())));
    }
    return new EvaluationForm(grid, fields.get("jobDescriptionRef"),
        fields.get("headSignedBy"), fields.get("executorSignedBy"));
  }

  // ---- Reading fields --------------------------------------------------------------------------

  /** The body's fields, without the null ones, texts trimmed and of a reasonable length. */
  private static Map<String, String> fields(Map<String, String> body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null) {
      return fields;
    }
    body.forEach((name, value) -> {
      if (value != null) {
        if (value.length() > MAX_TEXT_LENGTH) {
          throw new InvalidRequestException(name, "Câmpul „%s” poate avea cel mult %d de caractere."
              .formatted(name, MAX_TEXT_LENGTH));
        }
        fields.put(name, value.strip());
      }
    });
    return fields;
  }

  private static void onlyKnownFields(Map<String, String> fields, List<String> known,
      String where) {
    for (String name : fields.keySet()) {
      if (!known.contains(name)) {
        throw new InvalidRequestException(name, ("Câmpul „%s” nu se folosește %s; câmpurile "
            + "acceptate sunt: %s.").formatted(name, where, String.join(", ", known)));
      }
    }
  }

  private static CategoryTable table(String value) {
    String names = names(CategoryTable.values());
    if (value == null || value.isEmpty()) {
      throw new InvalidRequestException(TABLE,
          "Câmpul „table” este obligatoriu; folosiți unul dintre: %s.".formatted(names));
    }
    return parseEnum(CategoryTable.class, value).orElseThrow(() -> new InvalidRequestException(
        TABLE, "Tabelul „%s” nu este cunoscut; folosiți unul dintre: %s.".formatted(value, names)));
  }

  private static EducationInstitutionType institutionType(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return parseEnum(EducationInstitutionType.class, value).orElseThrow(() ->
        new InvalidRequestException("institutionType", ("Tipul instituției „%s” nu este "
            + "cunoscut; folosiți unul dintre: %s.").formatted(value,
            names(EducationInstitutionType.values()))));
  }

  private static PerformingArtsKind performingArtsKind(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return parseEnum(PerformingArtsKind.class, value).orElseThrow(() ->
        new InvalidRequestException("performingArtsKind", ("Felul instituției „%s” nu este "
            + "cunoscut; folosiți unul dintre: %s.").formatted(value,
            names(PerformingArtsKind.values()))));
  }

  /** A whole number of pupils/children, 0 or more. */
  private static Integer pupilsChildrenCount(String value) {
    BigDecimal count = requiredCount("pupilsChildrenCount", value, "Numărul de elevi/copii");
    if (Decimals.plain(count).scale() > 0) {
      throw new InvalidRequestException("pupilsChildrenCount", ("Numărul de elevi/copii trebuie "
          + "să fie un număr întreg; s-a primit %s.").formatted(Decimals.romanian(count)));
    }
    return count.intValueExact();
  }

  /** A number of specialist functions, 0 or more, in staff units with at most two decimals. */
  private static BigDecimal specialistFunctionsCount(String value) {
    BigDecimal count = requiredCount("specialistFunctionsCount", value,
        "Numărul funcțiilor de specialitate");
    if (Decimals.plain(count).scale() > 2) {
      throw new InvalidRequestException("specialistFunctionsCount", ("Numărul funcțiilor de "
          + "specialitate poate avea cel mult două zecimale (de exemplu 10,25); s-a primit %s.")
          .formatted(Decimals.romanian(count)));
    }
    return count;
  }

  private static BigDecimal requiredCount(String field, String value, String what) {
    BigDecimal count = Decimals.parse(field, value);
    if (count == null) {
      throw new InvalidRequestException(field,
          "Câmpul „%s” este obligatoriu.".formatted(field));
    }
    if (count.signum() < 0) {
      throw new InvalidRequestException(field, "%s nu poate fi negativ; s-a primit %s."
          .formatted(what, Decimals.romanian(count)));
    }
    return count;
  }

  /** A level on the form: empty, or a whole number (its range is the table's business). */
  private static Integer level(String field, String value) {
    BigDecimal level = Decimals.parse(field, value);
    if (level == null) {
      return null;
    }
    if (Decimals.plain(level).scale() > 0) {
      throw new InvalidRequestException(field, ("Câmpul „%s” trebuie să fie un nivel întreg; "
          + "s-a primit %s.").formatted(field, Decimals.romanian(level)));
    }
    return level.intValueExact();
  }

  /** Refuses both an id and a name; and, unless something else identifies it, neither. */
  private static void oneInstitution(Map<String, String> fields, boolean otherwiseIdentified,
      String missingMessage) {
    boolean id = !fields.getOrDefault("institutionId", "").isEmpty();
    boolean name = !fields.getOrDefault("institutionName", "").isEmpty();
    if (id && name) {
      throw new InvalidRequestException("institutionName",
          "Indicați fie „institutionId”, fie „institutionName”, nu amândouă.");
    }
    if (!id && !name && !otherwiseIdentified) {
      throw new InvalidRequestException("institutionId", missingMessage);
    }
  }

  private static <E extends Enum<E>> java.util.Optional<E> parseEnum(Class<E> type,
      String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
        .findFirst();
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static Map<CategoryTable, List<String>> tableFields() {
    Map<CategoryTable, List<String>> fields = new EnumMap<>(CategoryTable.class);
    fields.put(CategoryTable.PRIMARY_EDUCATION,
        List.of(TABLE, "institutionType", "pupilsChildrenCount"));
    fields.put(CategoryTable.PENITENTIARY_MEDICAL_UNIT,
        List.of(TABLE, "specialistFunctionsCount"));
    fields.put(CategoryTable.PERFORMING_ARTS,
        List.of(TABLE, "institutionId", "institutionName", "performingArtsKind"));
    fields.put(CategoryTable.NATIONAL_STATUS_HERITAGE,
        List.of(TABLE, "institutionId", "institutionName"));
    fields.put(CategoryTable.LIBRARY,
        List.of(TABLE, "newEvaluationCategory", "categoryAsOf2020_09_01"));
    return fields;
  }

  private static List<String> formFields() {
    return Stream.concat(
        Arrays.stream(Criterion.values()).flatMap(criterion -> Stream.of(
            criterion.depthVariable(), criterion.scopeVariable(), criterion.physicalVariable(),
            criterion.mentalVariable())),
        Stream.of("jobDescriptionRef", "headSignedBy", "executorSignedBy")).toList();
  }
}
