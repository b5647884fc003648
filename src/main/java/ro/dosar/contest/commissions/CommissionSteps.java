package ro.dosar.contest.commissions;

import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.describe;
import static ro.dosar.contest.ContestVariables.optionalText;
import static ro.dosar.contest.ContestVariables.requestDocument;
import static ro.dosar.contest.ContestVariables.requireChoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.CommissionComposition;
import ro.dosar.commission.CommissionGenderBalance;
import ro.dosar.commission.CommissionKind;
import ro.dosar.commission.CommissionMember;
import ro.dosar.commission.CommissionRules;
import ro.dosar.commission.PostCategory;
import ro.dosar.commission.Secretary;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.commission.ValidationResult;
import ro.dosar.commission.Violation;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.gender.CommissionGenderCheck.Finding;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.gender.Gender;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * The contest's commissions (spec §3.1, Annex 4; PO.UVT-DRU-01 §8.1.5): HR's draft checked
 * against the commission rules and the gender equality plan, the Rector's signature, and the
 * commissions constituted as the contest's own groups. Service tasks call them as
 * {@code ${commissionSteps.<step>(execution)}}; a commission change reuses the same check.
 */
@Component
public class CommissionSteps {

  private static final String SINGLE_GENDER =
      ro.dosar.gender.CommissionComposition.Status.SINGLE_GENDER.name();

  private final ContestRepository contests;
  private final StaffRepository staff;
  private final CommissionRules commissionRules;
  private final CommissionGenderBalance genderBalance;
  private final IdentityService identityService;
  private final RoleGroups roleGroups;
  private final WorkingDayCalendar calendar;
  private final DocumentGeneration documentGeneration;

  public CommissionSteps(ContestRepository contests,
      StaffRepository staff,
      CommissionRules commissionRules,
      CommissionGenderBalance genderBalance,
      IdentityService identityService,
      RoleGroups roleGroups,
      WorkingDayCalendar calendar,
      DocumentGeneration documentGeneration) {
    this.contests = contests;
    this.staff = staff;
    this.commissionRules = commissionRules;
    this.genderBalance = genderBalance;
    this.identityService = identityService;
    this.roleGroups = roleGroups;
    this.calendar = calendar;
    this.documentGeneration = documentGeneration;
  }

  /**
   * Checks the composition HR drafted against the commission rules (§8.1.5), the HR records of
   * the people named and the gender equality plan (each commission on its own, DMN-1 in the
   * institution's mode); sets {@code commissionsValid} and, when not, {@code commissionViolations}
   * (one line per broken rule) for the form the model goes back to. Under SOFT a single-gender
   * commission is no violation but a warning, {@code commissionGenderWarning}, for those who
   * endorse and sign; a lawful composition's gender status, mode and justification are recorded
   * on the contest, where the Rector's signature looks for the justification.
   */
  public void checkCommissions(DelegateExecution execution) {
    List<Violation> violations = new ArrayList<>();
    List<CommissionMember> competition = members(execution, "cc", violations);
    List<CommissionMember> contestation = members(execution, "csc", violations);
    String secretaryId = optionalText(execution.getVariable("secretary"));
    Secretary secretary = null;
    if (secretaryId != null) {
      StaffMember record = staffRecord(secretaryId, violations);
      secretary = new Secretary(secretaryId, record == null ? null : record.department());
    }
    long id = contestId(execution);
    EnforcementMode mode = genderBalance.modeFor(contests.get(id).institutionCode());
    List<Finding> genders = List.of();
    if (violations.isEmpty()) {
      CommissionComposition composition = new CommissionComposition(
          PostCategory.valueOf((String) execution.getVariable("postCategory")), competition,
          contestation, secretary, List.of());
      ValidationResult result = commissionRules.validate(composition);
      violations.addAll(result.violations());
      genders = genderBalance.check(composition, mode);
      violations.addAll(CommissionGenderBalance.violations(genders));
    }
    List<Violation> warnings = CommissionGenderBalance.warnings(genders);
    execution.setVariable("commissionsValid", violations.isEmpty());
    execution.setVariable("commissionViolations", describe(violations));
    execution.setVariable("commissionGenderWarning", describe(warnings));
    if (violations.isEmpty()) {
      contests.recordCommissionGender(id, new CommissionGender(
          CommissionGenderCheck.status(genders), mode.name(),
          warnings.isEmpty() ? null : optionalText(
              execution.getVariable("commissionGenderJustification"))));
    }
  }

  /**
   * The Rector's signature of the decisions (Annex 4): a yes/no; a "yes" is refused while a
   * commission is of a single gender under SOFT and HR has recorded no justification for it
   * (gender equality plan §6.4.3, DMN-1 rules 3–4).
   */
  public void checkSignature(DelegateExecution task) {
    if (!requireChoice(task, "decisionsSigned")) {
      return;
    }
    CommissionGender gender = contests.commissionGender(contestId(task));
    FormRejection.require(!SINGLE_GENDER.equals(gender.status())
            || !EnforcementMode.SOFT.name().equals(gender.mode())
            || gender.justification() != null,
        "decisionsSigned", "Deciziile nu pot fi semnate: o comisie este formată din persoane de "
            + "un singur gen, iar justificarea acestei componențe nu a fost înregistrată (planul "
            + "pentru egalitatea de gen, regim SOFT). Alegeți „Retrimit pentru modificări”, "
            + "pentru ca D.R.U. să înregistreze justificarea sau să recompună comisia.");
  }

  /**
   * The commission rules (§8.1.5) and the gender equality plan's check (DMN-1, each commission on
   * its own, in the institution's mode) on a composition of the contest given by user ids,
   * presidents first: the check of a modification decision (§8.5.3(1)).
   *
   * @param violations one line per broken rule; empty when lawful
   * @param genderWarning one line per single-gender commission under SOFT; empty when none
   * @param genderStatus {@code MIXED} or {@code SINGLE_GENDER}; {@code null} when unknown
   * @param mode the institution's enforcement mode
   */
  public record CompositionCheck(String violations, String genderWarning, String genderStatus,
      EnforcementMode mode) {
  }

  public CompositionCheck checkComposition(long contestId, List<String> cc, List<String> csc,
      String secretaryId) {
    Contest contest = contests.get(contestId);
    String postCategory = contest.postCategory();
    EnforcementMode mode = genderBalance.modeFor(contest.institutionCode());
    List<Violation> violations = new ArrayList<>();
    List<CommissionMember> competition = new ArrayList<>();
    for (int i = 0; i < cc.size(); i++) {
      competition.add(member(cc.get(i), i == 0, violations));
    }
    List<CommissionMember> contestation = new ArrayList<>();
    for (int i = 0; i < csc.size(); i++) {
      contestation.add(member(csc.get(i), i == 0, violations));
    }
    StaffMember record = staffRecord(secretaryId, violations);
    Secretary secretary = new Secretary(secretaryId, record == null ? null : record.department());
    List<Finding> genders = List.of();
    if (violations.isEmpty()) {
      CommissionComposition composition = new CommissionComposition(
          PostCategory.valueOf(postCategory), competition, contestation, secretary, List.of());
      violations.addAll(commissionRules.validate(composition).violations());
      genders = genderBalance.check(composition, mode);
      violations.addAll(CommissionGenderBalance.violations(genders));
    }
    return new CompositionCheck(describe(violations),
        describe(CommissionGenderBalance.warnings(genders)), CommissionGenderCheck.status(genders),
        mode);
  }

  private List<CommissionMember> members(DelegateExecution execution, String prefix,
      List<Violation> violations) {
    List<CommissionMember> members = new ArrayList<>();
    String president = optionalText(execution.getVariable(prefix + "President"));
    if (president != null) {
      members.add(member(president, true, violations));
    }
    for (int i = 1; i <= 4; i++) {
      String member = optionalText(execution.getVariable(prefix + "Member" + i));
      if (member != null) {
        members.add(member(member, false, violations));
      }
    }
    return members;
  }

  private CommissionMember member(String userId, boolean president, List<Violation> violations) {
    StaffMember record = staffRecord(userId, violations);
    return new CommissionMember(userId, president,
        record != null && record.leadershipPost(), record != null && record.unerasedSanction(),
        List.of(), record == null ? null : record.department(), false,
        record == null ? null : record.gender());
  }

  private StaffMember staffRecord(String userId, List<Violation> violations) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      violations.add(new Violation("COM-04", "Utilizatorul „" + userId
          + "” nu există în Dosar; numiți în comisie doar angajați cu cont de utilizator."));
      return null;
    }
    StaffMember record = staff.find(userId).orElse(null);
    if (record == null) {
      violations.add(new Violation("COM-04", "Pentru „" + userId + "” nu există fișa de personal "
          + "(departament, funcție de conducere, sancțiuni disciplinare); D.R.U. o completează "
          + "înainte ca persoana să fie numită în comisie (§8.1.5(2),(11),(12))."));
    }
    return record;
  }

  /**
   * The Rector signed both decisions: the commissions exist from today (COM-01). Their members
   * become the contest's own groups {@code cc-<id>} and {@code csc-<id>}, with Tasklist access,
   * so that commission work reaches only them.
   */
  public void constituteCommissions(DelegateExecution execution) {
    long id = contestId(execution);
    List<String> cc = memberIds(execution, "cc");
    List<String> csc = memberIds(execution, "csc");
    constitute(id, cc, csc, optionalText(execution.getVariable("secretary")), calendar.today(),
        contests.commissionGender(id).justification());
    execution.setVariable("ccMembers", cc);
    execution.setVariable("cscMembers", csc);
    execution.setVariable("ccPresidentUser", cc.get(0));
    execution.setVariable("cscPresidentUser", csc.get(0));
    execution.setVariable("contestStatus", ContestStatus.COMMISSIONS_CONSTITUTED.name());
    requestDocument(documentGeneration, execution, "commissionDecisions", id);
  }

  /**
   * The commissions of a contest exist from {@code signedOn}: their members (presidents first)
   * are recorded, each seat with the member's gender as HR records it today, and become the
   * contest's groups, with Tasklist access; the contest records the gender status of its
   * commissions (DMN-1), the institution's mode and the justification of a single-gender one.
   * Also used when a restarted procedure keeps its still-valid commissions (OQ-31).
   */
  public void constitute(long id, List<String> cc, List<String> csc, String secretary,
      LocalDate signedOn, String genderJustification) {
    for (int i = 0; i < cc.size(); i++) {
      contests.addCommissionMember(id, "CC", cc.get(i), i == 0, genderOf(cc.get(i)));
    }
    for (int i = 0; i < csc.size(); i++) {
      contests.addCommissionMember(id, "CSC", csc.get(i), i == 0, genderOf(csc.get(i)));
    }
    contests.addCommissionMember(id, "SECRETARY", secretary, false, genderOf(secretary));
    recordCommissionGender(id, genderJustification);
    group(Contest.competitionGroup(id), "Comisia de concurs — " + Contest.businessKey(id), cc);
    group(Contest.contestationGroup(id),
        "Comisia de soluționare a contestațiilor — " + Contest.businessKey(id), csc);
    contests.setCommissionsSigned(id, signedOn);
  }

  /** The gender HR recorded for the user; {@code null} when none. */
  public Gender genderOf(String userId) {
    return staff.find(userId).map(StaffMember::gender).orElse(null);
  }

  /**
   * Records the gender status of the contest's sitting commissions (DMN-1 on the genders of their
   * seats, each commission on its own), the institution's mode and, for a single-gender
   * composition, its justification.
   */
  public void recordCommissionGender(long id, String justification) {
    EnforcementMode mode = genderBalance.modeFor(contests.get(id).institutionCode());
    List<Finding> findings = new ArrayList<>();
    for (CommissionKind kind : CommissionKind.values()) {
      List<CommissionGenderCheck.Seat> seats = contests.validSeats(id,
          kind == CommissionKind.COMPETITION ? "CC" : "CSC");
      if (!seats.isEmpty()) {
        findings.add(genderBalance.check(kind, seats, mode));
      }
    }
    String status = CommissionGenderCheck.status(findings);
    contests.recordCommissionGender(id, new CommissionGender(status, mode.name(),
        SINGLE_GENDER.equals(status) ? justification : null));
  }

  /** A newcomer to a commission joins its group (a modification decision, §8.5.3(1)). */
  public void joinGroup(String groupId, String userId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  public void leaveGroup(String groupId, String userId) {
    identityService.deleteMembership(userId, groupId);
  }


  private List<String> memberIds(DelegateExecution execution, String prefix) {
    List<String> ids = new ArrayList<>();
    String president = optionalText(execution.getVariable(prefix + "President"));
    if (president != null) {
      ids.add(president);
    }
    for (int i = 1; i <= 4; i++) {
      String member = optionalText(execution.getVariable(prefix + "Member" + i));
      if (member != null) {
        ids.add(member);
      }
    }
    return ids;
  }

  private void group(String groupId, String name, List<String> members) {
    roleGroups.ensureGroup(groupId, name);
    roleGroups.grantGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String member : members) {
      identityService.createMembership(member, groupId);
    }
  }
}
