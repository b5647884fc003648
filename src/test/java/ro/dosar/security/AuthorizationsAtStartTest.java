package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import ro.dosar.support.ProcessTest;

/**
 * The authorization table right after the application started (no demo data): exactly the
 * grants the application declares, nothing more, nothing less. One line per authorization:
 * type, group or user (or {@code *} for everyone), resource, resource id (a filter by its name),
 * permissions.
 */
@ProcessTest
// Reads the whole authorization table as a fresh start leaves it: a fresh context of its own,
// first in its group (ContextOrder), closed after it.
@DirtiesContext
class AuthorizationsAtStartTest {

  /**
   * The table as the start-up runners of each procedure left it before the list replaced them
   * (the engine adds READ on a group for its members when the group is created), with HR's
   * read-only supervision in Cockpit (READ_TASK on the procedures it supervises).
   */
  static final List<String> EXPECTED = List.of(
      "GLOBAL * DECISION_DEFINITION announcementCompliance CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION categoryLibrary CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION categoryNationalStatusHeritage CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION categoryPenitentiaryMedicalUnit CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION categoryPerformingArts CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION categoryPrimaryEducation CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION commissionGenderComposition CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION complaintRouting CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION contestDeadlines CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION contestationOutcome CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION criterionDomain CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION disciplinarySanctionCatalogue CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION evaluationEligibility CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION evaluationGrade CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION evaluationValidity CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION genderRepresentationStatus CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION indicatorTargetStatus CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION passThreshold CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION scoreAggregation CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION simplifiedBenchmarkProfile CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION simplifiedGradeSuggestion CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION simplifiedTotal CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION trainingParticipationBalance CREATE_INSTANCE,READ",
      "GLOBAL * DECISION_DEFINITION validateEvaluationForm CREATE_INSTANCE,READ",
      "GLOBAL * FILTER filter:Sarcinile grupurilor mele READ",
      "GLOBAL * FILTER filter:Sarcinile mele READ",
      "GLOBAL * PROCESS_DEFINITION contestHiring READ",
      "GLOBAL * PROCESS_DEFINITION contestationRound READ",
      "GLOBAL * PROCESS_DEFINITION disciplinaryCase READ",
      "GLOBAL * PROCESS_DEFINITION equalityMonitoringReport READ",
      "GLOBAL * PROCESS_DEFINITION equalityMonitoringReportSchedule READ",
      "GLOBAL * PROCESS_DEFINITION fileSelection READ",
      "GLOBAL * PROCESS_DEFINITION performanceEvaluation READ",
      "GLOBAL * PROCESS_DEFINITION performanceEvaluationCampaign READ",
      "GRANT group:commission APPLICATION tasklist ACCESS",
      "GRANT group:commission GROUP commission READ",
      "GRANT group:commission-secretary APPLICATION tasklist ACCESS",
      "GRANT group:commission-secretary GROUP commission-secretary READ",
      "GRANT group:commission-secretary PROCESS_DEFINITION disciplinaryCase CREATE_INSTANCE,READ",
      "GRANT group:commission-secretary PROCESS_INSTANCE * CREATE",
      "GRANT group:equality-officer APPLICATION tasklist ACCESS",
      "GRANT group:equality-officer GROUP equality-officer READ",
      "GRANT group:equality-officer PROCESS_DEFINITION equalityMonitoringReport CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:equality-officer PROCESS_DEFINITION harassmentComplaint CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:equality-officer PROCESS_INSTANCE * CREATE",
      "GRANT group:head-of-structure APPLICATION tasklist ACCESS",
      "GRANT group:head-of-structure GROUP head-of-structure READ",
      "GRANT group:head-of-structure PROCESS_DEFINITION contestHiring CREATE_INSTANCE,READ",
      "GRANT group:head-of-structure PROCESS_DEFINITION disciplinaryCase CREATE_INSTANCE,READ",
      "GRANT group:head-of-structure PROCESS_INSTANCE * CREATE",
      "GRANT group:hr APPLICATION cockpit ACCESS",
      "GRANT group:hr APPLICATION tasklist ACCESS",
      "GRANT group:hr GROUP hr READ",
      "GRANT group:hr PROCESS_DEFINITION commissionChange READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION contestHiring READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION contestSuspension READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION contestationRound READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION disciplinaryCase CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION fileSelection READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION paperConsultation READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION performanceEvaluation CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION performanceEvaluationCampaign CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_DEFINITION testStage READ,READ_HISTORY,READ_INSTANCE,READ_TASK",
      "GRANT group:hr PROCESS_INSTANCE * CREATE",
      "GRANT group:legal APPLICATION tasklist ACCESS",
      "GRANT group:legal GROUP legal READ",
      "GRANT group:minister-of-finance APPLICATION tasklist ACCESS",
      "GRANT group:minister-of-finance GROUP minister-of-finance READ",
      "GRANT group:minister-of-finance PROCESS_DEFINITION functionEvaluationCycle READ",
      "GRANT group:mof-pay-policy APPLICATION cockpit ACCESS",
      "GRANT group:mof-pay-policy APPLICATION tasklist ACCESS",
      "GRANT group:mof-pay-policy GROUP mof-pay-policy READ",
      "GRANT group:mof-pay-policy PROCESS_DEFINITION functionEvaluationCycle CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:mof-pay-policy PROCESS_DEFINITION functionEvaluationReminder READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:mof-pay-policy PROCESS_DEFINITION institutionCategorisation CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:mof-pay-policy PROCESS_INSTANCE * CREATE",
      "GRANT group:rector APPLICATION cockpit ACCESS",
      "GRANT group:rector APPLICATION tasklist ACCESS",
      "GRANT group:rector GROUP rector READ",
      "GRANT group:rector PROCESS_DEFINITION contestHiring READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_DEFINITION contestationRound READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_DEFINITION disciplinaryCase CREATE_INSTANCE,READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_DEFINITION equalityMonitoringReport READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_DEFINITION harassmentComplaint READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_DEFINITION performanceEvaluation READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_DEFINITION performanceEvaluationCampaign READ,READ_HISTORY,READ_INSTANCE",
      "GRANT group:rector PROCESS_INSTANCE * CREATE",
      "GRANT group:registry APPLICATION tasklist ACCESS",
      "GRANT group:registry GROUP registry READ",
      "GRANT group:trusted-person APPLICATION tasklist ACCESS",
      "GRANT group:trusted-person GROUP trusted-person READ");

  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  Authorizations authorizations;

  @Test
  void givenAFreshStart_whenReadingTheAuthorizations_thenExactlyTheDeclaredGrants()
      throws Exception {
    List<String> table = table();
    Files.write(Path.of("target/authorizations-at-start.txt"), table);

    assertThat(table).containsExactlyElementsOf(EXPECTED.stream().sorted().toList());
  }

  @Test
  void givenAStartedApplication_whenTheListIsAppliedAgain_thenTheTableIsUnchanged() {
    List<String> before = table();

    authorizations.apply();

    assertThat(table()).containsExactlyElementsOf(before).hasSize(EXPECTED.size());
  }

  private List<String> table() {
    return authorizationService.createAuthorizationQuery().list().stream()
        .map(this::line).sorted().toList();
  }

  private String line(Authorization a) {
    String type = switch (a.getAuthorizationType()) {
      case Authorization.AUTH_TYPE_GLOBAL -> "GLOBAL";
      case Authorization.AUTH_TYPE_GRANT -> "GRANT";
      default -> "REVOKE";
    };
    String owner = a.getGroupId() != null ? "group:" + a.getGroupId()
        : a.getUserId() != null && !"*".equals(a.getUserId()) ? "user:" + a.getUserId() : "*";
    Resources resource = Arrays.stream(Resources.values())
        .filter(r -> r.resourceType() == a.getResourceType()).findFirst().orElseThrow();
    String id = a.getResourceId();
    if (resource == Resources.FILTER && !"*".equals(id)) {
      Filter filter = filterService.getFilter(id);
      id = "filter:" + (filter == null ? id : filter.getName());
    }
    String permissions;
    if (a.isEveryPermissionGranted()) {
      permissions = "ALL";
    } else {
      Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(a.getResourceType());
      permissions = Arrays.stream(a.getPermissions(all)).map(Permission::getName)
          .filter(name -> !"NONE".equals(name) && !"ALL".equals(name)).distinct().sorted()
          .collect(Collectors.joining(","));
    }
    return String.join(" ", type, owner, resource.name(), id, permissions);
  }
}
