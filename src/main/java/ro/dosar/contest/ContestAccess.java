package ro.dosar.contest;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;

/**
 * Who may do what with contests.
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
@Order(25)
public class ContestAccess implements ApplicationRunner {

  static final String PROCESS = "contestHiring";
  static final String CONTESTATION_ROUND = "contestationRound";
  private static final Set<String> READ_ALL_GROUPS = Set.of(RoleGroups.HR, RoleGroups.RECTOR,
      RoleGroups.LEGAL, RoleGroups.COMMISSION_SECRETARY, Groups.CAMUNDA_ADMIN);

  private final RoleGroups roleGroups;
  private final ContestRepository contests;
  private final InstitutionScope scope;

  public ContestAccess(RoleGroups roleGroups, ContestRepository contests,
      InstitutionScope scope) {
    this.scope = scope;
    this.roleGroups = roleGroups;
    this.contests = contests;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    roleGroups.grantGroup(RoleGroups.HEAD_OF_STRUCTURE, Resources.PROCESS_DEFINITION, PROCESS,
        READ, CREATE_INSTANCE);
    roleGroups.grantGroup(RoleGroups.HEAD_OF_STRUCTURE, Resources.PROCESS_INSTANCE, "*", CREATE);
    for (String supervisor : new String[] {RoleGroups.HR, RoleGroups.RECTOR}) {
      for (String process : new String[] {PROCESS, CONTESTATION_ROUND}) {
        roleGroups.grantGroup(supervisor, Resources.PROCESS_DEFINITION, process,
            READ, READ_INSTANCE, READ_HISTORY);
      }
    }
    roleGroups.grantGroup(RoleGroups.RECTOR, Resources.APPLICATION, "cockpit",
        org.camunda.bpm.engine.authorization.Permissions.ACCESS);
    roleGroups.grantEveryone(Resources.DECISION_DEFINITION, "contestDeadlines",
        READ, CREATE_INSTANCE);
    // Submitting a task form needs READ on the model (not on its instances): the procedure is
    // public law, so every user may read the contest's models.
    roleGroups.grantEveryone(Resources.PROCESS_DEFINITION, PROCESS, READ);
    roleGroups.grantEveryone(Resources.PROCESS_DEFINITION, CONTESTATION_ROUND, READ);
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

  /** Whether the contest belongs to one of the caller's institutions ({@link InstitutionScope}). */
  private boolean inScope(long contestId) {
    return contests.find(contestId).map(c -> scope.allows(c.institutionCode())).orElse(false);
  }

  /** Whether the user of this request decides as the Rector (or administers Dosar). */
  public boolean isRector() {
    return CurrentUser.inAnyGroup(RoleGroups.RECTOR, Groups.CAMUNDA_ADMIN);
  }
}
