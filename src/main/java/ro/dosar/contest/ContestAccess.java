package ro.dosar.contest;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;

/**
 * Who may do what with contests (the engine grants are declared in {@link
 * ro.dosar.security.Authorizations}).
 * <ul>
 *   <li>The head of a structure starts a contest (the proposal is the start form).</li>
 *   <li>HR and the Rector follow every contest in Cockpit (definitions, instances, history).</li>
 *   <li>Commission work goes to the members of that contest's commissions only: their tasks are
 *       assigned to them by name, and the engine grants task rights to the assignee alone.</li>
 *   <li>The models and the deadline table are law: every user may read them (submitting a task
 *       form needs it) and evaluate the table.</li>
 *   <li>The contest's records through {@code /api/contests/{id}}: HR, the Rector, the legal
 *       adviser, secretaries, administrators, and the members of that contest's commissions;
 *       always within the caller's institution ({@link InstitutionScope}).</li>
 * </ul>
 */
@Component
public class ContestAccess {

  private static final Set<String> READ_ALL_GROUPS = Set.of(RoleGroups.HR, RoleGroups.RECTOR,
      RoleGroups.LEGAL, RoleGroups.COMMISSION_SECRETARY, Groups.CAMUNDA_ADMIN);

  private final ContestRepository contests;
  private final InstitutionScope scope;

  public ContestAccess(ContestRepository contests, InstitutionScope scope) {
    this.scope = scope;
    this.contests = contests;
  }

  /** Whether the authenticated user of this request may read the contest's records. */
  public boolean canRead(long contestId) {
    return inScope(contestId) && CurrentUser.id().map(user -> CurrentUser.groups().stream()
            .anyMatch(READ_ALL_GROUPS::contains) || contests.isCommissionMember(contestId, user))
        .orElse(false);
  }

  /**
   * Whether the user of this request may read the contest's internal documents that name the
   * candidates with their scores (the nominal summary sheet, §8.3(15)): HR, the Rector, an
   * administrator, the members of that contest's commissions and its secretary.
   */
  public boolean canReadNominal(long contestId) {
    return CurrentUser.id().map(user -> CurrentUser.inAnyGroup(RoleGroups.HR, RoleGroups.RECTOR,
            Groups.CAMUNDA_ADMIN) || contests.isCommissionMember(contestId, user))
        .orElse(false);
  }

  /**
   * Whether the user of this request may see the candidates' results so far through {@code GET
   * /api/contests/{id}}: the contest's commissions and secretary, HR, the Rector, a commission
   * secretary; not the legal adviser nor anybody else.
   */
  public boolean canSeeResults(long contestId) {
    return CurrentUser.id().map(user -> CurrentUser.inAnyGroup(RoleGroups.HR, RoleGroups.RECTOR,
            RoleGroups.COMMISSION_SECRETARY) || contests.isCommissionMember(contestId, user))
        .orElse(false);
  }

  /** Whether the results shown to the user of this request carry the candidates' names. */
  public boolean canSeeNames(long contestId) {
    return CurrentUser.id().map(user -> CurrentUser.inAnyGroup(RoleGroups.HR, RoleGroups.RECTOR)
            || contests.commissionMembers(contestId, "SECRETARY").contains(user))
        .orElse(false);
  }

  /** Whether the user of this request may tell a contest what happened (HR, secretary, Rector). */
  public boolean canAct(long contestId) {
    return inScope(contestId) && CurrentUser.inAnyGroup(RoleGroups.HR,
        RoleGroups.COMMISSION_SECRETARY, RoleGroups.RECTOR, Groups.CAMUNDA_ADMIN);
  }

  /**
   * Whether the user of this request registers files and contestations of the contest: the
   * Registry, the secretary, HR, an administrator, within the caller's institution.
   */
  public boolean canRegister(long contestId) {
    return inScope(contestId) && CurrentUser.inAnyGroup(RoleGroups.REGISTRY, RoleGroups.HR,
        RoleGroups.COMMISSION_SECRETARY, Groups.CAMUNDA_ADMIN);
  }

  /** Whether the contest belongs to one of the caller's institutions ({@link InstitutionScope}). */
  private boolean inScope(long contestId) {
    return contests.find(contestId).map(c -> scope.allows(c.institutionCode())).orElse(false);
  }

  /** Whether the user of this request decides as the Rector (or administers Dosar). */
  public boolean isRector() {
    return CurrentUser.inAnyGroup(RoleGroups.RECTOR, Groups.CAMUNDA_ADMIN);
  }
}
