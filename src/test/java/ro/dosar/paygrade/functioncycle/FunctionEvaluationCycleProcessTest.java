package ro.dosar.paygrade.functioncycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Elements;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;
import ro.dosar.support.Http;
import ro.dosar.support.MoldovanInstitutionsTest;
import ro.dosar.support.TestLogin;

/**
 * A function evaluation cycle (GD 1231/2018 Annex 9, spec §3.13 P1) walked in the tenant of a
 * Moldovan institution: the Working Group set up and appointed, the announcement, the units'
 * proposals (a broken Annex 2 form returned with its reasons), the examination, the simplified
 * path with a re-evaluation, 16 grades refused, classes, impact and minutes. Other institutions —
 * Romanian or Moldovan — see nothing of it through the REST API.
 */
@MoldovanInstitutionsTest
class FunctionEvaluationCycleProcessTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Chisinau");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  FunctionCycleRepository cycles;
  @Autowired
  ro.dosar.documents.ContestDocuments documents;
  @LocalServerPort
  int port;

  ProcessInstance instance;

  @BeforeEach
  void people() {
    BpmnAwareTests.init(engine);
    user("fe.pol", "MFRM", FunctionCycleSteps.PAY_POLICY);
    user("fe.min", "MFRM", FunctionCycleSteps.MINISTER);
    user("fe.head", "MFRM", null);
    user("fe.m1", "MFRM", null);
    user("fe.m2", "MFRM", null);
    user("fe.unit", "MFRM", null);
    user("fe.ro", null, "hr");
    user("fe.other", "MECC", FunctionCycleSteps.PAY_POLICY);
  }

  private void user(String id, String tenant, String group) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setPassword(id);
    identity.saveUser(user);
    if (tenant != null) {
      identity.createTenantUserMembership(tenant, id);
    }
    if (group != null) {
      identity.createMembership(id, group);
    }
  }

  @AfterEach
  void reset() {
    // One cycle at a time per institution: each test starts its own, so the last one goes.
    engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).list().forEach(cycle -> engine
            .getRuntimeService().deleteProcessInstance(cycle.getId(), "end of the test"));
    ClockUtil.reset();
    identity.clearAuthentication();
    BpmnAwareTests.reset();
  }

  static void now(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant()));
  }

  private <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    return TestLogin.asUser(identity, user, groups, action);
  }

  private ProcessInstance start(String deadline) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).latestVersion().singleResult().getId();
    return as("fe.pol", () -> engine.getFormService().submitStartForm(definition, Map.of(
        "cycleTitle", "Evaluarea funcțiilor 2027", "proposalDeadline", deadline)));
  }

  private List<Task> tasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).list();
  }

  private Task task(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  private void complete(String key, Map<String, Object> variables) {
    engine.getTaskService().complete(task(key).getId(), variables);
  }

  private long cycleId() {
    return ((Number) engine.getRuntimeService().getVariable(instance.getId(), Variables.CYCLE_ID))
        .longValue();
  }

  static String form(int eduDepth) {
    return """
        {"eduDepth":"%d","eduScope":"M","ccdDepth":"3","ccdScope":"M","decDepth":"3",
         "decScope":"S","leadDepth":"2","leadScope":"S","commDepth":"4","commScope":"M",
         "workDepth":"1","workScope":"S","effPhysical":"1","effMental":"M",
         "jobDescriptionRef":"Fișa postului nr. 12/2026","headSignedBy":"Ion Rusu",
         "executorSignedBy":"Ana Ceban"}""".formatted(eduDepth);
  }

  static String proposal(int... eduDepths) {
    StringBuilder functions = new StringBuilder();
    String[] names = {"Specialist principal", "Contabil-șef", "Consultant superior"};
    for (int i = 0; i < eduDepths.length; i++) {
      functions.append(i == 0 ? "" : ",").append("""
          {"occupationalGroup":"Funcții de specialitate","functionName":"%s","currentGrade":7,
           "form":%s}""".formatted(names[i], form(eduDepths[i])));
    }
    return """
        {"unitCode":"UB-01","unitName":"Direcția finanțe Orhei","authorityCode":"MF",
         "authorityName":"Ministerul Finanțelor","functions":[%s]}""".formatted(functions);
  }

  private Map<String, Object> scores(String edu, String ccd, String dec, String work,
      String impact) {
    Map<String, Object> scores = new HashMap<>();
    scores.put("benchmarkFunctions", "Specialist (Registru, grupa 4)");
    scores.put("edu", edu);
    scores.put("ccd", ccd);
    scores.put("dec", dec);
    scores.put("work", work);
    scores.put("impact", impact);
    return scores;
  }

  /** Scores and confirms every open simplified evaluation with the same scores. */
  private void scoreAll(Map<String, Object> scores) {
    for (Task scoring : tasks(Elements.SCORE_SIMPLIFIED)) {
      engine.getTaskService().complete(scoring.getId(), scores);
    }
  }

  private void startedAndAppointed() {
    now(LocalDate.of(2027, 3, 1), 10);
    // 8 March is a public holiday in Moldova (Labour Code art. 111): not a deadline.
    assertThatThrownBy(() -> start("2027-03-08")).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("nu este zi lucrătoare");
    instance = start("2027-03-10");
    assertThat(instance.getTenantId()).isEqualTo("MFRM");
    complete(Elements.ESTABLISH_WORKING_GROUP, Map.of("wgActReference",
        "Dispoziția nr. 5/01.03.2027"));
    String appoint = task(Elements.APPOINT_WORKING_GROUP).getId();
    assertThat(task(Elements.APPOINT_WORKING_GROUP).getTenantId()).isEqualTo("MFRM");
    assertThatThrownBy(() -> engine.getTaskService().complete(appoint, Map.of(
        "appointmentOrderRef", "Ordinul nr. 31/2027", "wgHead", "fe.head",
        "wgHeadIsStateSecretary", false, "wgMembers", "fe.m1, fe.m2")))
        .hasMessageContaining("Secretarul de stat");
    assertThatThrownBy(() -> engine.getTaskService().complete(appoint, Map.of(
        "appointmentOrderRef", "Ordinul nr. 31/2027", "wgHead", "fe.head",
        "wgHeadIsStateSecretary", true, "wgMembers", "fe.m1, fe.ro")))
        .hasMessageContaining("„fe.ro” nu este al instituției");
    engine.getTaskService().complete(appoint, Map.of("appointmentOrderRef",
        "Ordinul nr. 31/2027", "wgHead", "fe.head", "wgHeadIsStateSecretary", true,
        "wgMembers", "fe.m1, fe.m2"));
    complete(Elements.ANNOUNCE_CYCLE, Map.of("announcementSent", true, "announcementPublished",
        true,
        "announcementReference", "www.mf.gov.md/anunt-evaluare-2027"));
  }

  @Test
  void aCycleWalkedThroughTheSimplifiedPath_withAReevaluation_and16GradesRefused() {
    startedAndAppointed();
    long id = cycleId();
    // The reminder of the next cycle: 5 years from the initiation, 6 months before.
    ProcessInstance reminder = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationReminderProcess.KEY).singleResult();
    assertThat(reminder.getTenantId()).isEqualTo("MFRM");
    assertThat(engine.getManagementService().createJobQuery()
        .processInstanceId(reminder.getId()).singleResult().getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2031, 9, 1).atStartOfDay(
            ZoneId.of("Europe/Bucharest")).toInstant()));

    // A broken Annex 2 form returns the whole proposal with its reasons; nothing is kept.
    Http unit = Http.as(port, "fe.unit", "fe.unit");
    String path = "/api/paygrade/cycles/" + id + "/proposals";
    var refused = unit.postJson(path, proposal(5, 9));
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode reasons = Http.json(refused).get("functions");
    assertThat(reasons).hasSize(1);
    assertThat(reasons.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(reasons.get(0).get("errors").toString()).contains("eduDepth");
    assertThat(cycles.functions(id)).isEmpty();
    // Other institutions do not even see the cycle.
    assertThat(Http.as(port, "fe.ro", "fe.ro").postJson(path, proposal(5)).statusCode())
        .isEqualTo(404);
    assertThat(Http.as(port, "fe.other", "fe.other").postJson(path, proposal(5)).statusCode())
        .isEqualTo(404);
    var accepted = unit.postJson(path, proposal(5, 6, 4));
    assertThat(accepted.statusCode()).isEqualTo(201);
    List<Long> ids = cycles.functions(id).stream().map(f -> f.id()).toList();
    assertThat(ids).hasSize(3);
    assertThat(documents.ofOwner(FunctionCycleRepository.businessKey(id)))
        .extracting(ro.dosar.documents.ContestDocument::kind)
        .containsOnly("fisa-evaluare-functie").hasSize(3);

    // The deadline passes: proposals are closed, the Working Group examines them.
    now(LocalDate.of(2027, 3, 11), 9);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(Elements.PROPOSAL_DEADLINE_REACHED)
        .singleResult().getId());
    assertThat(unit.postJson(path, proposal(5)).statusCode()).isEqualTo(409);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(Elements.EXAMINE_PROPOSALS).getId()))
        .extracting(link -> link.getGroupId()).containsExactly("fewg-" + id);
    complete(Elements.EXAMINE_PROPOSALS, Map.of("rejectedFunctions",
        ids.get(2) + ": fișa postului nu este aprobată"));
    assertThat(cycles.function(ids.get(2)).orElseThrow().status()).isEqualTo("REJECTED");

    // The detailed method needs the MoF's point matrix, absent from the source.
    String method = task(Elements.DECIDE_METHOD).getId();
    assertThat(task(Elements.DECIDE_METHOD).getAssignee()).isEqualTo("fe.head");
    assertThatThrownBy(() -> engine.getTaskService().complete(method, Map.of(
        "evaluationMethod", "DETAILED"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Matricea de puncte");
    engine.getTaskService().complete(method, Map.of("evaluationMethod", "SIMPLIFIED"));

    // Those who score see the function, not its holder nor its current grade (pt. 35–36).
    List<Task> scoring = tasks(Elements.SCORE_SIMPLIFIED);
    assertThat(scoring).hasSize(2);
    Map<String, Object> seen = engine.getTaskService().getVariables(scoring.get(0).getId());
    assertThat(seen).doesNotContainKeys("currentGrade", "salary", "holderGender");
    assertThat(seen.toString()).doesNotContain("current").contains("Fișa postului nr. 12/2026");
    String first = scoring.get(0).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(first,
        scores("3.1", "2", "2", "1.5", "1"))).isInstanceOf(FormFieldValidationException.class);
    scoreAll(scores("3", "2", "2", "1.5", "1"));
    // 9.5 → grade 5 (Table 2, floor banding INT-08).
    for (long function : ids.subList(0, 2)) {
      assertThat(cycles.function(function).orElseThrow().simplifiedTotal())
          .isEqualByComparingTo("9.5");
      assertThat(cycles.function(function).orElseThrow().suggestedGrade()).isEqualTo(5);
    }
    List<Task> confirmations = tasks(Elements.CONFIRM_GRADE);
    assertThat(engine.getTaskService().getVariable(confirmations.get(0).getId(),
        Variables.SUGGESTION_TEXT).toString()).contains("Gradul de salarizare sugerat: 5");
    engine.getTaskService().complete(confirmations.get(0).getId(),
        Map.of("gradeDecision", "CONFIRM"));
    String override = confirmations.get(1).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(override, Map.of(
        "gradeDecision", "OVERRIDE", "overrideGrade", 6))).hasMessageContaining("Motivarea");
    engine.getTaskService().complete(override, Map.of("gradeDecision", "OVERRIDE",
        "overrideGrade", 6, "overrideJustification", "Coordonează două subdiviziuni."));

    // The hierarchy: equal totals share the rank (INT-15); one function is re-evaluated, only
    // it is scored again (pt. 38).
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Variables.HIERARCHY_TEXT)
        .toString()).contains("1. nr. " + ids.get(0), "1. nr. " + ids.get(1));
    complete(Elements.REVIEW_HIERARCHY, Map.of("functionsToReevaluate", ids.get(1).toString(),
        "reevaluationMethod", "RECALCULATION"));
    assertThat(tasks(Elements.SCORE_SIMPLIFIED)).hasSize(1);
    scoreAll(scores("3", "2", "2", "2", "1.5"));
    assertThat(cycles.function(ids.get(1)).orElseThrow().simplifiedTotal())
        .isEqualByComparingTo("10.5");
    assertThat(cycles.function(ids.get(1)).orElseThrow().evaluations()).isEqualTo(2);
    complete(Elements.CONFIRM_GRADE, Map.of("gradeDecision", "CONFIRM"));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Variables.HIERARCHY_TEXT)
        .toString()).contains("1. nr. " + ids.get(1), "2. nr. " + ids.get(0));
    complete(Elements.REVIEW_HIERARCHY, Map.of());

    // 15 thresholds make 16 grades: refused (pt. 42); 14 make 15.
    String thresholds = task(Elements.SET_THRESHOLDS).getId();
    String sixteen = "1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12; 13; 14; 15";
    assertThatThrownBy(() -> engine.getTaskService().complete(thresholds, Map.of("thresholds",
        sixteen))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("16 grade").hasMessageContaining("15");
    engine.getTaskService().complete(thresholds, Map.of("thresholds",
        "1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12; 13; 14"));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Variables.GRADE_COUNT))
        .isEqualTo(15);

    String classes = task(Elements.ASSIGN_SALARY_CLASSES).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(classes, Map.of("gridPositions",
        ids.get(0) + ": 21"))).hasMessageContaining("Lipsește clasa");
    engine.getTaskService().complete(classes, Map.of("gridPositions",
        ids.get(0) + ": 21\n" + ids.get(1) + ": 24"));
    complete(Elements.ANALYSE_FINANCIAL_IMPACT, Map.of("impactScenarios", "Scenariul de bază.",
        "annualImpact", 125000.0));
    complete(Elements.APPROVE_MINUTES, Map.of("minutesNumber", "PV nr. 3/2027", "minutesApproved",
        true));

    assertThat(instance).isEnded().hasPassed(Elements.RESULTS_RECORDED);
    assertThat(cycles.cycle(id).orElseThrow().status()).isEqualTo("COMPLETED");
    assertThat(cycles.function(ids.get(0)).orElseThrow().grade()).isEqualTo(5);
    // Re-evaluated at 10.5: the grade confirmed then (7) replaces the earlier override.
    assertThat(cycles.function(ids.get(1)).orElseThrow().suggestedGrade()).isEqualTo(7);
    assertThat(cycles.function(ids.get(1)).orElseThrow().grade()).isEqualTo(7);
    assertThat(cycles.function(ids.get(1)).orElseThrow().salaryClass()).isEqualTo(24);
  }

  @Test
  void theCycleBelongsToItsInstitution_othersSeeNothingThroughTheRestApi() {
    startedAndAppointed();
    String byKey = "/engine-rest/process-instance?businessKey="
        + FunctionCycleRepository.businessKey(cycleId());
    assertThat(Http.json(Http.as(port, "fe.pol", "fe.pol").get(byKey)).size()).isEqualTo(1);
    // A Romanian HR officer and the pay-policy staff of another Moldovan institution.
    for (String outsider : List.of("fe.ro", "fe.other")) {
      Http as = Http.as(port, outsider, outsider);
      assertThat(as.get(byKey).body()).as(outsider).isEqualTo("[]");
      assertThat(as.get("/engine-rest/task?processInstanceId=" + instance.getId()).body())
          .as(outsider).isEqualTo("[]");
      assertThat(as.get("/engine-rest/history/process-instance?processInstanceId="
          + instance.getId()).body()).as(outsider).isEqualTo("[]");
      assertThat(as.get("/api/paygrade/cycles/" + cycleId()).statusCode()).isEqualTo(404);
    }
    // The Romanian user may not start a cycle at all.
    assertThat(Http.as(port, "fe.ro", "fe.ro").postJson(
        "/engine-rest/process-definition/key/functionEvaluationCycle/submit-form",
        "{\"variables\":{}}").statusCode()).isNotIn(200, 204);
    // A member of the Working Group sees the cycle's tasks once they are his group's.
    Http member = Http.as(port, "fe.m1", "fe.m1");
    assertThat(member.get("/api/paygrade/cycles/" + cycleId()).statusCode()).isEqualTo(200);
  }
}
