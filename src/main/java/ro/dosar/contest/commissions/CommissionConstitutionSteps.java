package ro.dosar.contest.commissions;

import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.optionalText;
import static ro.dosar.contest.ContestVariables.requestDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.CommissionGenderBalance;
import ro.dosar.commission.CommissionKind;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.gender.CommissionGenderCheck.Finding;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.gender.Gender;
import ro.dosar.security.RoleGroups;

/**
 * The contest's commissions constituted (spec §3.1 COM-01; PO.UVT-DRU-01 §8.1.5): their members
 * recorded with their gender, the commissions' gender status, and the contest's own groups
 * {@code cc-<id>} and {@code csc-<id>} in which commission work reaches only them. Called as
 * {@code ${commissionConstitutionSteps.constituteCommissions(execution)}}; a modification
 * decision and a restarted procedure use the same records.
 */
@Component
public class CommissionConstitutionSteps {

  private final ContestRepository contests;
  private final StaffRepository staff;
  private final CommissionGenderBalance genderBalance;
  private final IdentityService identityService;
  private final RoleGroups roleGroups;
  private final WorkingDayCalendar calendar;
  private final DocumentGeneration documentGeneration;

  public CommissionConstitutionSteps(ContestRepository contests,
      StaffRepository staff,
      CommissionGenderBalance genderBalance,
      IdentityService identityService,
      RoleGroups roleGroups,
      WorkingDayCalendar calendar,
      DocumentGeneration documentGeneration) {
    this.contests = contests;
    this.staff = staff;
    this.genderBalance = genderBalance;
    this.identityService = identityService;
    this.roleGroups = roleGroups;
    this.calendar = calendar;
    this.documentGeneration = documentGeneration;
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
    constitute(id, cc, csc, optionalText(execution.getVariable(Variables.SECRETARY)),
        calendar.today());
    execution.setVariable(Variables.CC_MEMBERS, cc);
    execution.setVariable(Variables.CSC_MEMBERS, csc);
    execution.setVariable(Variables.CC_PRESIDENT_USER, cc.get(0));
    execution.setVariable(Variables.CSC_PRESIDENT_USER, csc.get(0));
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.COMMISSIONS_CONSTITUTED.name());
    requestDocument(documentGeneration, execution, "commissionDecisions", id);
  }

  /**
   * The commissions of a contest exist from {@code signedOn}: their members (presidents first)
   * are recorded, each seat with the member's gender as HR records it today, and become the
   * contest's groups, with Tasklist access. The gender status of the commissions is the one the
   * model's business rule tasks decided when the composition was checked ({@code
   * recordCommissionsCheck} recorded it); a restarted procedure that keeps its still-valid
   * commissions (OQ-31) records it with {@link #recordCommissionGender}.
   */
  public void constitute(long id, List<String> cc, List<String> csc, String secretary,
      LocalDate signedOn) {
    for (int i = 0; i < cc.size(); i++) {
      contests.addCommissionMember(id, "CC", cc.get(i), i == 0, genderOf(cc.get(i)));
    }
    for (int i = 0; i < csc.size(); i++) {
      contests.addCommissionMember(id, "CSC", csc.get(i), i == 0, genderOf(csc.get(i)));
    }
    contests.addCommissionMember(id, "SECRETARY", secretary, false, genderOf(secretary));
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
   * composition, its justification; where the institution's plan is not in force today, neither
   * status nor mode (nothing was checked).
   */
  public void recordCommissionGender(long id, String justification) {
    EnforcementMode mode = genderBalance.modeOn(contests.get(id).institutionCode(),
        calendar.today());
    List<Finding> findings = new ArrayList<>();
    for (CommissionKind kind : CommissionKind.values()) {
      List<CommissionGenderCheck.Seat> seats = contests.validSeats(id,
          kind == CommissionKind.COMPETITION ? "CC" : "CSC");
      if (!seats.isEmpty()) {
        findings.add(genderBalance.check(kind, seats, mode));
      }
    }
    String status = CommissionGenderCheck.status(findings);
    contests.recordCommissionGender(id, new CommissionGender(status,
        mode == null ? null : mode.name(),
        CommissionSteps.SINGLE_GENDER.equals(status) ? justification : null));
  }

  /**
   * Records the gender status of the contest's commissions as a model's business rule tasks
   * decided it (DMN-1 on each commission): {@code MIXED}, {@code SINGLE_GENDER} or {@code null}
   * (unknown, or nothing checked), the institution's mode ({@code null} where its plan was not in
   * force) and, for a single-gender composition, its justification.
   */
  public void recordDecidedGender(long id, String status, String mode, String justification) {
    contests.recordCommissionGender(id, new CommissionGender(status, mode,
        CommissionSteps.SINGLE_GENDER.equals(status) ? justification : null));
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
