package ro.dosar.gender;

import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.PersonNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ro.dosar.institution.InstitutionSettings;

/**
 * The gender-balance check of one commission (spec §6.4.3, §8.2 DMN-1), the same for the contest
 * commissions (CC, CSC), a commission change and the disciplinary commission: counts the women and
 * men among the voting members (the secretary is not one, §7 rule 7), asks {@link
 * EqualityRules#commissionComposition} and words the answer in Romanian. A member whose gender is
 * not recorded makes the composition unknown, which is a problem of its own.
 *
 * <p>The check applies only where the institution's gender equality plan is in force on the day
 * the commission is checked ({@link InstitutionSettings}): elsewhere there is no mode and the
 * finding is empty. The enforcement mode comes from {@link CommissionEnforcementSettings} per
 * institution.
 */
@Component
@EnableConfigurationProperties({CommissionEnforcementSettings.class, InstitutionSettings.class})
public class CommissionGenderCheck {

  /** The rule id of a gender-balance violation or warning, as other rule ids ("COM-02"). */
  public static final String RULE = "EG-01";

  private final EqualityRules rules;
  private final CommissionEnforcementSettings settings;
  private final InstitutionSettings institutions;
  private final PersonNames names;

  /** Without the staff register: a member whose gender is missing is named by his user id. */
  public CommissionGenderCheck(EqualityRules rules, CommissionEnforcementSettings settings,
      InstitutionSettings institutions) {
    this(rules, settings, institutions, userId -> userId);
  }

  @Autowired
  public CommissionGenderCheck(EqualityRules rules, CommissionEnforcementSettings settings,
      InstitutionSettings institutions, PersonNames names) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.institutions = Objects.requireNonNull(institutions, "institutions");
    this.names = Objects.requireNonNull(names, "names");
  }

  /** How a refusal names a member: his name in the staff register, else his user id. */
  public String nameOf(String userId) {
    return names.name(userId);
  }

  /** The enforcement mode of the institution (SOFT unless configured). */
  public EnforcementMode modeFor(String institutionCode) {
    return settings.modeFor(institutionCode);
  }

  /**
   * The enforcement mode of the institution on the day, or {@code null} when its gender equality
   * plan is not in force then (no plan, not yet, no longer): no equality check applies.
   */
  public EnforcementMode modeOn(String institutionCode, LocalDate day) {
    return institutions.equalityPlanInForce(institutionCode, day)
        ? settings.modeFor(institutionCode) : null;
  }

  /**
   * Checks one commission.
   *
   * @param commission the commission's Romanian name in lower case, as inside a sentence
   *     ("comisia de concurs")
   * @param seats the voting members, in order; a {@code null} gender is an unrecorded one
   * @param mode the institution's enforcement mode; {@code null} when no plan is in force, which
   *     gives an empty finding (nothing checked, not even the recorded genders)
   */
  public Finding check(String commission, List<Seat> seats, EnforcementMode mode) {
    if (mode == null) {
      return Finding.notApplicable(commission);
    }
    EnforcementMode applied = mode;
    // HR reads the refusal: the person by name, as in the staff register, never a user id.
    List<String> unrecorded = seats.stream().filter(seat -> seat.gender() == null)
        .map(seat -> nameOf(seat.userId())).toList();
    CommissionComposition composition = null;
    if (unrecorded.isEmpty()) {
      int women = (int) seats.stream().filter(seat -> seat.gender() == Gender.FEMALE).count();
      composition = rules.commissionComposition(women, seats.size() - women, applied);
    }
    return new Finding(commission, applied, composition, unrecorded);
  }

  /**
   * The status of a contest's commissions together, as the contest records it: {@code
   * SINGLE_GENDER} if any of them is, {@code MIXED} if all are; {@code null} when a composition is
   * unknown (a gender not recorded), a commission is empty, or no plan is in force (nothing
   * checked).
   */
  public static String status(List<Finding> findings) {
    boolean single = false;
    if (findings.stream().anyMatch(finding -> !finding.applies())) {
      return null;
    }
    for (Finding finding : findings) {
      if (finding.composition() == null
          || finding.composition().status() == CommissionComposition.Status.INVALID_EMPTY) {
        return null;
      }
      single |= finding.singleGender();
    }
    return (single ? CommissionComposition.Status.SINGLE_GENDER
        : CommissionComposition.Status.MIXED).name();
  }

  /** A voting member and the gender HR recorded ({@code null}: not recorded). */
  public record Seat(String userId, Gender gender) {
  }

  /**
   * The answer for one commission.
   *
   * @param commission the commission's name, lower case
   * @param mode the enforcement mode applied; {@code null} when no plan is in force
   * @param composition DMN-1's answer; {@code null} when a member's gender is not recorded or no
   *     plan is in force
   * @param unrecorded the names of the members whose gender is not recorded
   */
  public record Finding(String commission, EnforcementMode mode,
      CommissionComposition composition, List<String> unrecorded) {

    public Finding {
      unrecorded = List.copyOf(unrecorded);
    }

    /** The finding where the institution's plan is not in force: nothing checked. */
    public static Finding notApplicable(String commission) {
      return new Finding(commission, null, null, List.of());
    }

    /** Whether the plan was in force, so that the commission was checked at all. */
    public boolean applies() {
      return mode != null;
    }

    public boolean singleGender() {
      return composition != null
          && composition.status() == CommissionComposition.Status.SINGLE_GENDER;
    }

    /** SOFT and single-gender: the commission stands once a justification is recorded. */
    public boolean justificationRequired() {
      return composition != null
          && composition.action() == CommissionComposition.Action.JUSTIFICATION_REQUIRED;
    }

    /**
     * What stops the commission, one Romanian message each: a member without recorded gender,
     * a single-gender commission under HARD, an empty commission.
     */
    public List<String> violations() {
      List<String> violations = new ArrayList<>();
      for (String name : unrecorded) {
        violations.add(("Genul lui „%s”, membru în %s, nu este înregistrat în fișa de personal; "
            + "D.R.U. îl completează (feminin sau masculin) înainte de numire, pentru că planul "
            + "pentru egalitatea de gen cere verificarea componenței pe gen a fiecărei comisii.")
            .formatted(name, commission));
      }
      if (composition != null && composition.action() == CommissionComposition.Action.BLOCK) {
        if (composition.status() == CommissionComposition.Status.INVALID_EMPTY) {
          violations.add("%s nu are membri cu drept de vot; componența ei pe gen nu poate fi "
              .formatted(capitalized()) + "evaluată.");
        } else {
          violations.add(("%s este formată numai din %s. Instituția aplică planul pentru "
              + "egalitatea de gen în regim strict (HARD): orice comisie trebuie să includă atât "
              + "femei, cât și bărbați. Recompuneți comisia numind cel puțin %s.")
              .formatted(capitalized(), present(), missing()));
        }
      }
      return violations;
    }

    /**
     * SOFT and single-gender: the warning shown to those who endorse and sign; {@code null}
     * otherwise.
     */
    public String warning() {
      if (!justificationRequired()) {
        return null;
      }
      return ("%s este formată numai din %s (nu are %s). Planul pentru egalitatea de gen cere "
          + "comisii mixte „pe cât posibil” (regim SOFT): o comisie de un singur gen se poate "
          + "constitui numai cu justificarea înregistrată a acestei componențe.")
          .formatted(capitalized(), present(), none());
    }

    private String capitalized() {
      return Character.toUpperCase(commission.charAt(0)) + commission.substring(1);
    }

    private String present() {
      return composition.underrepresentedGender() == Gender.FEMALE ? "bărbați" : "femei";
    }

    private String none() {
      return composition.underrepresentedGender() == Gender.FEMALE ? "nicio femeie"
          : "niciun bărbat";
    }

    private String missing() {
      return composition.underrepresentedGender() == Gender.FEMALE ? "o femeie" : "un bărbat";
    }
  }
}
