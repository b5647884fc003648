package ro.dosar.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static ro.dosar.security.RoleGroups.COMMISSION_SECRETARY;
import static ro.dosar.security.RoleGroups.EQUALITY_OFFICER;
import static ro.dosar.security.RoleGroups.HEAD_OF_STRUCTURE;
import static ro.dosar.security.RoleGroups.HR;
import static ro.dosar.security.RoleGroups.RECTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every authorization Dosar gives at start, in one list: who (a group, or everyone) may do what
 * on which resource. Applied at every start, in every profile, after the role groups of {@link
 * AccessBaseline}: a grant only adds the permissions that are missing, so a restart, a second
 * node (start-up runs one node at a time under the cluster's start-up lock) or an administrator's
 * extra permissions change nothing. What is granted at run time (a cycle's Working Group, a
 * complaint's investigator, a commission's members on their tasks) is granted where it happens.
 *
 * <p>The models and decision tables restate public law: every user may read the models (submitting
 * a task form needs READ on the model) and evaluate the tables (the engine checks READ and
 * CREATE_INSTANCE on a decision evaluated from Java or REST). Starting and following a procedure
 * is for the groups that run it. Harassment complaints are confidential: no grant to everyone.
 */
@Component
@Order(25)
public class Authorizations implements ApplicationRunner {

  /** Moldova's Ministry of Finance, pay-policy staff: start and follow the pay procedures. */
  public static final String PAY_POLICY = "mof-pay-policy";
  /** Moldova's Minister of Finance: appoints a cycle's Working Group. */
  public static final String MINISTER = "minister-of-finance";
  /** The setting that names the group categorising institutions by hand. */
  static final String MANUAL_CATEGORISATION_GROUP =
      "${dosar.paygrade.manual-categorisation-group:" + PAY_POLICY + "}";

  /** A group Dosar creates if missing. */
  public record Group(String id, String name) {
  }

  /**
   * A grant of permissions on one resource to a group, or to everyone when {@code group} is null.
   */
  public record Grant(String group, Resource resource, String resourceId,
      List<Permission> permissions) {

    public Grant {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(resourceId, "resourceId");
      permissions = List.copyOf(permissions);
    }
  }

  private final RoleGroups roleGroups;
  private final String manualCategorisationGroup;

  public Authorizations(RoleGroups roleGroups,
      @Value(MANUAL_CATEGORISATION_GROUP) String manualCategorisationGroup) {
    this.roleGroups = roleGroups;
    this.manualCategorisationGroup = manualCategorisationGroup == null
        || manualCategorisationGroup.isBlank() ? PAY_POLICY : manualCategorisationGroup.strip();
  }

  /** The groups Dosar creates, beyond the role groups, in this order. */
  public List<Group> groups() {
    List<Group> groups = new ArrayList<>(List.of(
        new Group(PAY_POLICY, "Ministerul Finanțelor – politica salarială"),
        new Group(MINISTER, "Ministrul Finanțelor"),
        new Group(EQUALITY_OFFICER, RoleGroups.NAMES.get(EQUALITY_OFFICER))));
    if (!manualCategorisationGroup.equals(PAY_POLICY)) {
      groups.add(new Group(manualCategorisationGroup, "Categorisirea manuală a instituțiilor"));
    }
    return groups;
  }

  /** Every grant, by procedure. */
  public List<Grant> grants() {
    return Stream.of(
        // Recruitment contest (PO.UVT-DRU-01): a head of structure proposes a contest; HR and
        // the Rector follow every contest and contestation round.
        List.of(
            group(HEAD_OF_STRUCTURE, PROCESS_DEFINITION, "contestHiring", READ, CREATE_INSTANCE),
            group(HEAD_OF_STRUCTURE, PROCESS_INSTANCE, "*", CREATE),
            group(HR, PROCESS_DEFINITION, "contestHiring", READ, READ_INSTANCE, READ_HISTORY),
            group(HR, PROCESS_DEFINITION, "contestationRound", READ, READ_INSTANCE,
                READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, "contestHiring", READ, READ_INSTANCE,
                READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, "contestationRound", READ, READ_INSTANCE,
                READ_HISTORY),
            group(RECTOR, APPLICATION, "cockpit", ACCESS),
            everyone(PROCESS_DEFINITION, "contestHiring", READ),
            everyone(PROCESS_DEFINITION, "contestationRound", READ),
            // A file's selection (called by the contest): its members submit their forms there.
            everyone(PROCESS_DEFINITION, "fileSelection", READ)),
        // HR supervises in Cockpit, read-only: the instances and the open tasks (READ_TASK on
        // the definitions, not READ on every task: complaints stay confidential; the Human Tasks
        // page is answered by ro.dosar.tasklist.SupervisorTaskReport). No UPDATE: variables are
        // not edited (and TaskWorkGuard refuses variable writes to anyone but administrators).
        Stream.of("contestHiring", "fileSelection", "contestationRound", "testStage",
            "paperConsultation", "commissionChange", "contestSuspension", "disciplinaryCase",
            "performanceEvaluation", "performanceEvaluationCampaign").map(process -> group(HR, PROCESS_DEFINITION, process,
                READ, READ_INSTANCE, READ_HISTORY, READ_TASK)).toList(),
        everyoneEvaluates("contestDeadlines", "passThreshold", "scoreAggregation",
            "evaluationValidity", "contestationOutcome"),
        // Moldova's unified pay system: the decision tables; the function evaluation cycle and
        // the institution categorisation, run by the Ministry of Finance.
        everyoneEvaluates("categoryPrimaryEducation", "categoryPenitentiaryMedicalUnit",
            "categoryPerformingArts", "categoryNationalStatusHeritage", "categoryLibrary",
            "simplifiedTotal", "simplifiedGradeSuggestion", "simplifiedBenchmarkProfile",
            "criterionDomain", "validateEvaluationForm"),
        List.of(
            group(PAY_POLICY, APPLICATION, "tasklist", ACCESS),
            group(MINISTER, APPLICATION, "tasklist", ACCESS),
            group(PAY_POLICY, APPLICATION, "cockpit", ACCESS),
            group(MINISTER, PROCESS_DEFINITION, "functionEvaluationCycle", READ),
            group(PAY_POLICY, PROCESS_DEFINITION, "functionEvaluationCycle", READ,
                CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
            group(PAY_POLICY, PROCESS_DEFINITION, "institutionCategorisation", READ,
                CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
            group(PAY_POLICY, PROCESS_DEFINITION, "functionEvaluationReminder", READ,
                READ_INSTANCE, READ_HISTORY),
            group(PAY_POLICY, PROCESS_INSTANCE, "*", CREATE),
            // The group that categorises by hand (the pay-policy staff unless the setting names
            // another) gets its tasks by the model's candidate group and follows the requests.
            group(manualCategorisationGroup, APPLICATION, "tasklist", ACCESS),
            group(manualCategorisationGroup, PROCESS_DEFINITION, "institutionCategorisation",
                READ, READ_INSTANCE, READ_HISTORY)),
        // Disciplinary case (Art. 30, 32): HR, the commission's secretary, the Director or a
        // head of unit registers a referral; HR and the Director follow every case.
        everyoneEvaluates("disciplinarySanctionCatalogue"),
        Stream.of(HR, COMMISSION_SECRETARY, RECTOR, HEAD_OF_STRUCTURE).flatMap(registrar ->
            Stream.of(
                group(registrar, PROCESS_DEFINITION, "disciplinaryCase", READ, CREATE_INSTANCE),
                group(registrar, PROCESS_INSTANCE, "*", CREATE))).toList(),
        List.of(
            group(HR, PROCESS_DEFINITION, "disciplinaryCase", READ_INSTANCE, READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, "disciplinaryCase", READ_INSTANCE, READ_HISTORY),
            everyone(PROCESS_DEFINITION, "disciplinaryCase", READ)),
        // Professional performance evaluation: HR opens a campaign or an evaluation, HR and the
        // Director follow them.
        everyoneEvaluates("evaluationGrade", "evaluationEligibility"),
        Stream.of("performanceEvaluation", "performanceEvaluationCampaign").flatMap(process ->
            Stream.of(
                group(HR, PROCESS_DEFINITION, process, READ, CREATE_INSTANCE, READ_INSTANCE,
                    READ_HISTORY),
                group(RECTOR, PROCESS_DEFINITION, process, READ, READ_INSTANCE, READ_HISTORY),
                everyone(PROCESS_DEFINITION, process, READ))).toList(),
        List.of(group(HR, PROCESS_INSTANCE, "*", CREATE)),
        // Gender equality plan: the tables; the annual monitoring report, started by the
        // Equality Officer (or its timer) and followed by the Director General (rector).
        everyoneEvaluates("commissionGenderComposition", "genderRepresentationStatus",
            "announcementCompliance", "complaintRouting", "trainingParticipationBalance",
            "indicatorTargetStatus"),
        List.of(
            group(EQUALITY_OFFICER, PROCESS_DEFINITION, "equalityMonitoringReport", READ,
                CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
            group(EQUALITY_OFFICER, PROCESS_INSTANCE, "*", CREATE),
            group(RECTOR, PROCESS_DEFINITION, "equalityMonitoringReport", READ, READ_INSTANCE,
                READ_HISTORY),
            everyone(PROCESS_DEFINITION, "equalityMonitoringReport", READ),
            // The engine reads the calling schedule when a timer-started report ends.
            everyone(PROCESS_DEFINITION, "equalityMonitoringReportSchedule", READ),
            // Harassment complaints (spec §6.7): the Equality Officer and the Director General
            // only; an investigator gets READ on his case's instance when assigned. Complaints
            // are registered through Dosar's API, which starts the process itself.
            group(EQUALITY_OFFICER, PROCESS_DEFINITION, "harassmentComplaint", READ,
                CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, "harassmentComplaint", READ, READ_INSTANCE,
                READ_HISTORY)))
        .flatMap(List::stream).toList();
  }

  /** Creates the missing groups and adds the missing permissions; idempotent. */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    apply();
  }

  /** Creates the missing groups and adds the missing permissions; idempotent. */
  public void apply() {
    createGroups();
    grant();
  }

  /** Creates the groups that do not exist yet. */
  public void createGroups() {
    groups().forEach(group -> roleGroups.ensureGroup(group.id(), group.name()));
  }

  /** Adds the permissions of every grant that are missing, each grant once. */
  public void grant() {
    grant(grant -> true);
  }

  /** Adds the missing permissions of the grants chosen (a test's engine may need only some). */
  public void grant(Predicate<Grant> which) {
    for (Grant grant : grants().stream().filter(which).distinct().toList()) {
      Permission[] permissions = grant.permissions().toArray(Permission[]::new);
      if (grant.group() == null) {
        roleGroups.grantEveryone(grant.resource(), grant.resourceId(), permissions);
      } else {
        roleGroups.grantGroup(grant.group(), grant.resource(), grant.resourceId(), permissions);
      }
    }
  }

  private static Grant group(String group, Resource resource, String resourceId,
      Permission... permissions) {
    return new Grant(Objects.requireNonNull(group, "group"), resource, resourceId,
        List.of(permissions));
  }

  private static Grant everyone(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(null, resource, resourceId, List.of(permissions));
  }

  /** Every user may read and evaluate these decisions. */
  private static List<Grant> everyoneEvaluates(String... decisionKeys) {
    return Stream.of(decisionKeys)
        .map(key -> everyone(DECISION_DEFINITION, key, READ, CREATE_INSTANCE)).toList();
  }
}
