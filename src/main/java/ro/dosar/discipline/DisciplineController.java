package ro.dosar.discipline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.commission.Violation;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;
import ro.dosar.discipline.SanctionValidation.Proposal;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.RequestFields;

/**
 * The deadlines of a disciplinary case ({@link DisciplineDeadlines}, spec §4.6, §19) and the check
 * of a proposed sanction against the catalogue ({@link SanctionValidation}, spec §4.4), for
 * clients. Authenticated like every {@code /api/**} path that is not public.
 *
 * <pre>
 * POST /api/discipline/deadlines
 * {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","knowledgeDate":"2026-03-20",
 *  "registrationDate":"2026-03-05"}
 * → 200 {"referralDeadline":"2026-05-04","presentToPresidentDue":"2026-03-09",
 *        "hardDeadline":"2026-04-20","hardDeadlineRule":"KNOWLEDGE_PLUS_30_DAYS"}
 *
 * POST /api/discipline/sanctions/validate
 * {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","days":75,"hearingHeld":true}
 * → 200 {"valid":false,"violations":[{"rule":"DISC-21","message":"…"}]}
 * </pre>
 *
 * <p>Deadlines: {@code employeeCategory} and {@code offenceDate} are required, and {@code
 * registrationDate} for civil servants. Each other date adds what it drives: {@code
 * registrationDate} → {@code presentToPresidentDue}; {@code reportRegisteredDate} → {@code
 * issueDue}; {@code issueDate} → {@code communicationDue}; {@code communicationDate} → {@code
 * contestDeadline} (null for civil servants: no term in the regulation); {@code sanctionCode}
 * (with its {@code months}, {@code days} or {@code years}) → {@code radiationDate}, counted from
 * the application date, i.e. {@code communicationDate}, else {@code issueDate} (spec Q17), null
 * for a dismissal. Without {@code knowledgeDate}, a contractual employee's knowledge date is
 * {@code reportRegisteredDate} (spec §4.6 step 8, Q5), and without either only the 6-month cap
 * binds. Fields not asked for are left out of the answer.
 *
 * <p>Validation: {@code employeeCategory} and {@code sanctionCode} are required; {@code
 * hearingHeld} and {@code isGrave} default to false, {@code priorUnradiatedSanctions} to 0 and
 * {@code offenceCount} to 1. A sanction that breaks a rule is still a 200, with {@code
 * "valid":false} and the broken rules.
 *
 * <p>Every field arrives as text or a JSON scalar and is read here; a bad one is a 400 {@code
 * application/problem+json} whose {@code field} names it and whose {@code detail} is in Romanian.
 */
@RestController
@RequestMapping("/api/discipline")
public class DisciplineController {

  /** The longest code of the sanction catalogue is far shorter. */
  static final int MAX_CODE = 64;


  private final DisciplineDeadlines deadlines;
  private final SanctionValidation validation;
  private final DisciplineRules rules;

  public DisciplineController(DisciplineDeadlines deadlines, SanctionValidation validation,
      DisciplineRules rules) {
    this.deadlines = deadlines;
    this.validation = validation;
    this.rules = rules;
  }

  /** The body of {@code /deadlines}; every field a string, read by the controller. */
  public record DeadlinesRequest(String employeeCategory, String offenceDate,
      String registrationDate, String knowledgeDate, String reportRegisteredDate,
      String issueDate, String communicationDate, String sanctionCode, String months,
      String days, String years) {
  }

  /**
   * The answer of {@code /deadlines}, dates as ISO strings. A field is left out when the request
   * did not ask for it; {@code contestDeadline} and {@code radiationDate} are null when asked for
   * but there is none (civil servant; dismissal).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeadlinesAnswer(String referralDeadline, String presentToPresidentDue,
      String hardDeadline, String hardDeadlineRule, String issueDue, String communicationDue,
      Optional<String> contestDeadline, Optional<String> radiationDate) {
  }

  /** The body of {@code /sanctions/validate}; every field a string, read by the controller. */
  public record ValidationRequest(String employeeCategory, String sanctionCode, String percent,
      String months, String days, String years, String hearingHeld, String isGrave,
      String priorUnradiatedSanctions, String offenceCount) {
  }

  /** The answer of {@code /sanctions/validate}. */
  public record ValidationAnswer(boolean valid, List<Violation> violations) {
  }

  /** The deadlines of a case, for the dates known so far (spec §4.6, §19 rows 1–13). */
  @PostMapping("/deadlines")
  public DeadlinesAnswer deadlines(@RequestBody DeadlinesRequest request) {
    EmployeeCategory category = category(request.employeeCategory());
    LocalDate offence = RequestFields.isoDate("offenceDate", request.offenceDate());
    LocalDate registration = optionalDate("registrationDate", request.registrationDate());
    LocalDate knowledge = optionalDate("knowledgeDate", request.knowledgeDate());
    LocalDate report = optionalDate("reportRegisteredDate", request.reportRegisteredDate());
    LocalDate issue = optionalDate("issueDate", request.issueDate());
    LocalDate communication = optionalDate("communicationDate", request.communicationDate());
    notBefore("registrationDate", registration, "offenceDate", offence);
    notBefore("knowledgeDate", knowledge, "offenceDate", offence);
    notBefore("reportRegisteredDate", report, "registrationDate", registration);
    notBefore("issueDate", issue, "offenceDate", offence);
    notBefore("communicationDate", communication, "issueDate", issue);
    if (category == EmployeeCategory.CIVIL_SERVANT && registration == null) {
      throw new InvalidRequestException("registrationDate", "Pentru un funcționar public, "
          + "termenul de aplicare a sancțiunii curge de la data înregistrării sesizării "
          + "(art. 37 alin. (4)): câmpul „registrationDate” este obligatoriu.");
    }
    Optional<String> radiation = null; // null: not asked, left out; empty: none, written as null
    String code = RequestFields.optional("sanctionCode", request.sanctionCode(), MAX_CODE);
    if (code != null) {
      LocalDate application = communication != null ? communication : issue;
      if (application == null) {
        throw new InvalidRequestException("communicationDate", "Data radierii se calculează de "
            + "la data aplicării sancțiunii: trimiteți data comunicării („communicationDate”) "
            + "sau, în lipsa ei, data emiterii („issueDate”).");
      }
      Integer months = integer("months", request.months());
      Integer days = integer("days", request.days());
      Integer years = integer("years", request.years());
      SanctionTerms terms = terms(category, code.strip());
      Map<String, String> errors = validation.parameterErrors(terms, null, months, days, years);
      errors.remove(SanctionValidation.PERCENT);
      if (terms.radiationRule() != RadiationRule.ONE_YEAR_AFTER_TERM_EXPIRY) {
        // The radiation date does not depend on the sanction's duration here (e.g. 12 months
        // from application, Labour Code art. 248(3)): a duration left out is not an error for
        // the deadlines, only one given out of range is. The sanction check still requires it.
        errors.keySet().removeIf(parameter -> switch (parameter) {
          case SanctionValidation.MONTHS -> months == null;
          case SanctionValidation.DAYS -> days == null;
          case SanctionValidation.YEARS -> years == null;
          default -> false;
        });
      }
      if (!errors.isEmpty()) {
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        throw new InvalidRequestException(first.getKey(), first.getValue());
      }
      radiation = Optional.ofNullable(
          iso(deadlines.radiationDate(terms, application, months, days, years)));
    }
    // The knowledge date defaults to the report's registration (spec §4.6 step 8, Q5).
    HardDeadline hard = deadlines.hardDeadline(category, offence, registration,
        knowledge != null ? knowledge : report);
    return new DeadlinesAnswer(iso(deadlines.referralDeadline(offence)),
        registration == null ? null : iso(deadlines.presentToPresidentDue(registration)),
        iso(hard.date()), hard.rule(),
        report == null ? null : iso(deadlines.issueDue(report)),
        issue == null ? null : iso(deadlines.communicationDue(category, issue)),
        communication == null ? null
            : Optional.ofNullable(iso(deadlines.contestDeadline(category, communication))),
        radiation);
  }

  /** Whether a proposed sanction may be applied (spec §4.4, DISC-20, 21, 22, 25). */
  @PostMapping("/sanctions/validate")
  public ValidationAnswer validate(@RequestBody ValidationRequest request) {
    Proposal proposal = new Proposal(category(request.employeeCategory()),
        RequestFields.required("sanctionCode", request.sanctionCode(), MAX_CODE),
        integer("percent", request.percent()), integer("months", request.months()),
        integer("days", request.days()), integer("years", request.years()),
        bool("hearingHeld", request.hearingHeld()), bool("isGrave", request.isGrave()),
        count("priorUnradiatedSanctions", request.priorUnradiatedSanctions(), 0),
        count("offenceCount", request.offenceCount(), 1));
    List<Violation> violations = validation.validate(proposal);
    return new ValidationAnswer(violations.isEmpty(), violations);
  }

  // ---- Reading fields ---------------------------------------------------------------------------

  private SanctionTerms terms(EmployeeCategory category, String code) {
    return rules.sanction(category, code).orElseThrow(() -> new InvalidRequestException(
        "sanctionCode", ("Sancțiunea „%s” nu există în catalogul categoriei %s (art. 35).")
            .formatted(code, category.name())));
  }

  private static EmployeeCategory category(String value) {
    String text = RequestFields.required("employeeCategory", value, MAX_CODE);
    for (EmployeeCategory category : EmployeeCategory.values()) {
      if (category.name().equals(text)) {
        return category;
      }
    }
    throw new InvalidRequestException("employeeCategory", ("Categoria de personal „%s” nu există; "
        + "valori acceptate: CIVIL_SERVANT (funcționar public), CONTRACTUAL (personal "
        + "contractual).").formatted(text));
  }

  private static LocalDate optionalDate(String field, String value) {
    return value == null || value.isBlank() ? null : RequestFields.isoDate(field, value);
  }

  /** A later date of the case may not precede an earlier one. */
  private static void notBefore(String field, LocalDate date, String earlierField,
      LocalDate earlier) {
    if (date != null && earlier != null && date.isBefore(earlier)) {
      throw new InvalidRequestException(field, ("Data din „%s” (%s) este anterioară datei din "
          + "„%s” (%s).").formatted(field, date.format(DisplayDates.DAY), earlierField,
          earlier.format(DisplayDates.DAY)));
    }
  }

  private static Integer integer(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(field,
          "Câmpul „%s” trebuie să fie un număr întreg, nu „%s”.".formatted(field, value.strip()));
    }
  }

  private static int count(String field, String value, int defaultValue) {
    Integer count = integer(field, value);
    if (count == null) {
      return defaultValue;
    }
    if (count < defaultValue) {
      throw new InvalidRequestException(field, "Câmpul „%s” trebuie să fie cel puțin %d."
          .formatted(field, defaultValue));
    }
    return count;
  }

  private static boolean bool(String field, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRequestException(field,
          "Câmpul „%s” trebuie să fie true sau false, nu „%s”.".formatted(field, value.strip()));
    };
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
