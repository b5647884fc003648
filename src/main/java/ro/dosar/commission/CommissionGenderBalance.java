package ro.dosar.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ro.dosar.gender.CommissionGenderCheck.Finding;
import ro.dosar.gender.CommissionGenderCheck.Seat;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.gender.Gender;

/**
 * The gender equality plan's check (spec gender-equality-plan §6.4.3, DMN-1) on the two contest
 * commissions, each on its own, over its members (the secretary is not a member, §7 rule 7). Kept
 * apart from {@link CommissionRules}, which restates the law on commissions; this restates the
 * institution's plan, whose strictness depends on the institution.
 */
@Component
public class CommissionGenderBalance {

  private static final List<CommissionKind> BOTH =
      List.of(CommissionKind.COMPETITION, CommissionKind.CONTESTATION);

  private final CommissionGenderCheck check;

  public CommissionGenderBalance(CommissionGenderCheck check) {
    this.check = check;
  }

  /** The enforcement mode of the institution (SOFT unless configured). */
  public EnforcementMode modeFor(String institutionCode) {
    return check.modeFor(institutionCode);
  }

  /**
   * The institution's enforcement mode on the day, or {@code null} when its gender equality plan
   * is not in force then: the checks below then find nothing.
   */
  public EnforcementMode modeOn(String institutionCode, LocalDate day) {
    return check.modeOn(institutionCode, day);
  }

  /**
   * One finding per commission that has members, the CC before the CSC; an empty commission is
   * left to COM-02, which already asks for 3–5 members. A {@code null} mode (no plan in force)
   * gives findings that check nothing.
   */
  public List<Finding> check(CommissionComposition composition, EnforcementMode mode) {
    List<Finding> findings = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      if (!members.isEmpty()) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
          CommissionMember member = members.get(i);
          seats.add(new Seat(member.hasNoUserId() ? "poziția " + (i + 1) : member.userId(),
              member.gender()));
        }
        findings.add(check.check(kind.label(), seats, mode));
      }
    }
    return findings;
  }

  /**
   * The same findings as {@link #check(CommissionComposition, EnforcementMode)}, from DMN-1's
   * answers that the contest model's business rule tasks gave for each commission ({@code
   * decided}); a commission with a member of unrecorded gender has no composition, as there.
   */
  public List<Finding> findings(CommissionComposition composition, EnforcementMode mode,
      Function<CommissionKind, ro.dosar.gender.CommissionComposition> decided) {
    List<Finding> findings = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      if (!members.isEmpty() && mode == null) {
        findings.add(Finding.notApplicable(kind.label()));
      } else if (!members.isEmpty()) {
        List<String> unrecorded = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
          CommissionMember member = members.get(i);
          if (member.gender() == null) {
            unrecorded.add(member.hasNoUserId() ? "poziția " + (i + 1)
                : check.nameOf(member.userId()));
          }
        }
        findings.add(new Finding(kind.label(), mode,
            unrecorded.isEmpty() ? decided.apply(kind) : null, unrecorded));
      }
    }
    return findings;
  }

  /** Women among the members whose gender is recorded (an input of DMN-1). */
  public static int women(List<CommissionMember> members) {
    return (int) members.stream().filter(member -> member.gender() == Gender.FEMALE).count();
  }

  /** Men among the members whose gender is recorded (an input of DMN-1). */
  public static int men(List<CommissionMember> members) {
    return (int) members.stream().filter(member -> member.gender() == Gender.MALE).count();
  }

  /** The check of one commission, given its seats. */
  public Finding check(CommissionKind kind, List<Seat> seats, EnforcementMode mode) {
    return check.check(kind.label(), seats, mode);
  }

  /** The violations of the findings (rule {@value CommissionGenderCheck#RULE}). */
  public static List<Violation> violations(List<Finding> findings) {
    return findings.stream().flatMap(finding -> finding.violations().stream())
        .map(message -> new Violation(CommissionGenderCheck.RULE, message)).toList();
  }

  /** The warnings of the findings: single-gender commissions under SOFT. */
  public static List<Violation> warnings(List<Finding> findings) {
    return findings.stream().filter(Finding::justificationRequired)
        .map(finding -> new Violation(CommissionGenderCheck.RULE, finding.warning())).toList();
  }
}
