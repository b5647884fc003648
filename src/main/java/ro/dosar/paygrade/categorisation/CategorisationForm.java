package ro.dosar.paygrade.categorisation;

import static ro.dosar.paygrade.categorisation.CategorisationSteps.MAX_CATEGORY_LENGTH;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import ro.dosar.paygrade.Decimals;
import ro.dosar.paygrade.categorisation.InstitutionCategorisationProcess.Variables;
import ro.dosar.paygrade.categorisation.NamedInstitutions.NamedInstitution;
import ro.dosar.tasklist.FormRejection;

/**
 * Reads the start form of {@value CategorisationSteps#PROCESS_KEY}: each field as the table that
 * needs it reads it, with a Romanian refusal that names the field when it is missing or is not
 * what the table can read.
 */
final class CategorisationForm {

  /** A number typed as text: optional minus, digits, optional decimal point or comma. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,9}([.,]\\d{1,9})?");
  private static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

  private CategorisationForm() {
  }

  static CategoryTable table(DelegateExecution execution) {
    String value = optional(execution.getVariable(Variables.CATEGORY_TABLE));
    FormRejection.require(value != null, Variables.CATEGORY_TABLE,
        "Alegeți tipul instituției: de el depinde tabelul care se aplică.");
    return parse(CategoryTable.class, value).orElseThrow(() -> FormRejection.reject(
        Variables.CATEGORY_TABLE, "Tabelul „%s” nu este cunoscut; folosiți unul dintre: %s."
            .formatted(value, names(CategoryTable.values()))));
  }

  /** Empty is read as position 2 of Table 1, as {@link InstitutionCategorisation} does. */
  static EducationInstitutionType educationType(DelegateExecution execution) {
    String value = optional(execution.getVariable(Variables.INSTITUTION_TYPE));
    if (value == null) {
      return EducationInstitutionType.PRIMARY_EDUCATION;
    }
    return parse(EducationInstitutionType.class, value).orElseThrow(() -> FormRejection.reject(
        Variables.INSTITUTION_TYPE,
            ("Tipul instituției de învățământ „%s” nu este cunoscut; folosiți "
            + "unul dintre: %s.").formatted(value, names(EducationInstitutionType.values()))));
  }

  static PerformingArtsKind performingArtsKind(DelegateExecution execution) {
    String value = optional(execution.getVariable(Variables.PERFORMING_ARTS_KIND));
    if (value == null) {
      return null;
    }
    return parse(PerformingArtsKind.class, value).orElseThrow(() -> FormRejection.reject(
        Variables.PERFORMING_ARTS_KIND,
            "Felul instituției „%s” nu este cunoscut; folosiți unul dintre: %s."
            .formatted(value, names(PerformingArtsKind.values()))));
  }

  /** A whole number of pupils/children; negative ones are kept for manual categorisation. */
  static BigDecimal pupilsChildrenCount(DelegateExecution execution) {
    BigDecimal count = number(execution, Variables.PUPILS_CHILDREN_COUNT, "Numărul de elevi/copii");
    if (count == null) {
      return null;
    }
    FormRejection.require(count.scale() <= 0, Variables.PUPILS_CHILDREN_COUNT,
        "Numărul de elevi/copii trebuie să fie un număr întreg; s-a primit %s."
            .formatted(Decimals.romanian(count)));
    FormRejection.require(count.abs().compareTo(LARGEST_COUNT) <= 0,
        Variables.PUPILS_CHILDREN_COUNT,
        "Numărul de elevi/copii %s nu este plauzibil.".formatted(Decimals.romanian(count)));
    return count;
  }

  /** Staff units, with at most two decimals; negative ones go to manual categorisation. */
  static BigDecimal specialistFunctionsCount(DelegateExecution execution) {
    BigDecimal count = number(execution, Variables.SPECIALIST_FUNCTIONS_COUNT,
        "Numărul funcțiilor de specialitate");
    if (count == null) {
      return null;
    }
    FormRejection.require(count.scale() <= 2, Variables.SPECIALIST_FUNCTIONS_COUNT,
        ("Numărul funcțiilor de specialitate poate avea cel mult două zecimale (de exemplu "
            + "10,25); s-a primit %s.").formatted(Decimals.romanian(count)));
    return count;
  }

  static String libraryCategory(DelegateExecution execution, String field) {
    String category = optional(execution.getVariable(field));
    FormRejection.require(category == null || category.length() <= MAX_CATEGORY_LENGTH, field,
        "O categorie de bibliotecă poate avea cel mult %d de caractere."
            .formatted(MAX_CATEGORY_LENGTH));
    return category;
  }

  static void required(BigDecimal count, String field, String label,
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
  static void checkNamedInstitution(DelegateExecution execution, CategoryTable table,
      String name) {
    String id = optional(execution.getVariable(Variables.INSTITUTION_ID));
    Optional<NamedInstitution> byName = NamedInstitutions.byName(table, name);
    if (id != null) {
      NamedInstitution chosen = NamedInstitutions.byId(id)
          .filter(institution -> institution.table() == table)
          .orElseThrow(() -> FormRejection.reject(Variables.INSTITUTION_ID,
              ("Codul „%s” nu este al unei "
              + "instituții nominalizate în %s; alegeți instituția din listă sau lăsați câmpul "
              + "gol.").formatted(id, table.romanian())));
      byName.filter(other -> !other.id().equals(chosen.id())).ifPresent(other -> {
        throw FormRejection.reject(Variables.INSTITUTION_NAME,
            ("Denumirea „%s” este a instituției %s, iar "
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
      FormRejection.require(near.size() != 1, Variables.INSTITUTION_NAME,
          ("Denumirea „%s” pare a fi a "
          + "instituției nominalizate „%s” (%s): alegeți-o din listă sau scrieți denumirea "
          + "completă.").formatted(name, near.isEmpty() ? "" : display(near.get(0).sourceName()),
          near.isEmpty() ? "" : near.get(0).id()));
    }
  }

  /**
   * A number sent by the form (a JSON number) or by a client (text, with a decimal point or
   * comma), exactly, without trailing zeros; null when empty.
   */
  static BigDecimal number(DelegateExecution execution, String field, String label) {
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

  static String optional(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
        .findFirst();
  }

  static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String romanian(BigDecimal number) {
    return number == null ? "lipsește" : Decimals.romanian(number);
  }

  static String romanian(EducationInstitutionType type) {
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
  static String display(String sourceName) {
    return sourceName.replace('ş', 'ș').replace('ţ', 'ț').replace('Ş', 'Ș').replace('Ţ', 'Ț');
  }
}
