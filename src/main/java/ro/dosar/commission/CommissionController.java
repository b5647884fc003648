package ro.dosar.commission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.gender.CommissionGenderCheck.Finding;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.web.InvalidRequestException;

/**
 * Lets HR staff check a proposed composition of the two commissions before the Rector's decisions
 * are drafted. The answer lists every broken rule and every warning; it changes nothing.
 *
 * <p>A composition that breaks rules is still a well-formed request: it is answered with 200 and
 * {@code valid: false}. Only input that cannot be read (no or unknown post category, a
 * {@code null} member, an unknown gender, enforcement mode or institution, a body that is not
 * JSON) is answered with 400.
 *
 * <p>Besides the rules of the law ({@link CommissionRules}), each commission is checked against
 * the gender equality plan ({@link CommissionGenderBalance}): a member without {@code gender} is a
 * violation; a single-gender commission is a warning under the SOFT mode (the composition stays
 * valid; a justification must be recorded) and a violation under HARD. The mode is the request's
 * {@code enforcementMode}; else, for a request naming its {@code institution}, that institution's
 * mode if its gender equality plan is in force on {@code date} (today when not given). A request
 * that names neither, or an institution without a plan in force then, gets no equality check.
 */
@RestController
@RequestMapping("/api/commissions")
public class CommissionController {

  private final CommissionRules rules;
  private final CommissionGenderBalance genderBalance;
  private final InstitutionRepository institutions;
  private final InstitutionScope scope;
  private final WorkingDayCalendar calendar;

  public CommissionController(CommissionRules rules, CommissionGenderBalance genderBalance,
      InstitutionRepository institutions, InstitutionScope scope, WorkingDayCalendar calendar) {
    this.scope = scope;
    this.calendar = calendar;
    this.rules = rules;
    this.genderBalance = genderBalance;
    this.institutions = institutions;
  }

  /**
   * {@code POST /api/commissions/validate}: checks the composition in the body against the
   * composition rules. Missing member lists count as empty; a missing secretary is a violation.
   */
  @PostMapping("/validate")
  public ValidationResult validate(@RequestBody ValidationRequest request) {
    CommissionComposition composition = request.toComposition();
    EnforcementMode mode = mode(request);
    List<Finding> findings = genderBalance.check(composition, mode);
    List<Violation> violations = new ArrayList<>(rules.validate(composition).violations());
    violations.addAll(CommissionGenderBalance.violations(findings));
    return ValidationResult.of(violations, CommissionGenderBalance.warnings(findings));
  }

  private EnforcementMode mode(ValidationRequest request) {
    String mode = request.enforcementMode() == null ? "" : request.enforcementMode().strip();
    if (!mode.isEmpty()) {
      try {
        return EnforcementMode.valueOf(mode.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("enforcementMode", "Modul de aplicare „" + mode
            + "” nu este cunoscut; folosiți SOFT (justificare pentru o comisie de un singur gen) "
            + "sau HARD (comisia de un singur gen nu este permisă).");
      }
    }
    LocalDate day = day(request.date());
    String institution = request.institution() == null ? "" : request.institution().strip();
    if (institution.isEmpty()) {
      return null;
    }
    if (institutions.findByCode(institution).isEmpty()) {
      throw new InvalidRequestException("institution",
          "Instituția „" + institution + "” nu este înregistrată în Dosar.");
    }
    scope.require(institution);
    return genderBalance.modeOn(institution, day);
  }

  private LocalDate day(String date) {
    if (date == null || date.isBlank()) {
      return calendar.today();
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("date", "Data „" + date.strip() + "” nu este o dată "
          + "validă; folosiți formatul AAAA-LL-ZZ (de exemplu 2026-03-02).");
    }
  }

  /**
   * The body of {@code validate}. The post category arrives as a string and is read here, so that
   * a missing or unknown value gets a Romanian message naming the field. {@code institution} (a
   * code), {@code enforcementMode} ({@code SOFT}/{@code HARD}) and {@code date} (the day the
   * commission would be constituted, {@code yyyy-MM-dd}; today when absent) are optional.
   */
  public record ValidationRequest(
      String postCategory,
      List<CommissionMember> competition,
      List<CommissionMember> contestation,
      Secretary secretary,
      List<String> candidateCodes,
      String institution,
      String enforcementMode,
      String date) {

    CommissionComposition toComposition() {
      return new CommissionComposition(
          PostCategory.parse("postCategory", postCategory),
          members("competition", competition),
          members("contestation", contestation),
          secretary,
          candidateCodes);
    }

    /** The members of one list; a missing list is empty, a {@code null} entry is refused. */
    private static List<CommissionMember> members(String field, List<CommissionMember> members) {
      if (members == null) {
        return List.of();
      }
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i) == null) {
          throw new InvalidRequestException("%s[%d]".formatted(field, i),
              "Poziția %d din „%s” este goală; fiecare membru trebuie descris printr-un obiect "
                  .formatted(i + 1, field) + "cu cel puțin „userId”.");
        }
      }
      return members;
    }
  }
}
