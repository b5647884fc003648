package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import ro.dosar.evaluation.EmployeeRecords.EmployeeRecord;
import ro.dosar.evaluation.EmployeeRecords.EvaluationResult;
import ro.dosar.evaluation.PerformanceEvaluationProcess.Elements;
import ro.dosar.evaluation.PerformanceEvaluationProcess.Messages;
import ro.dosar.evaluation.PerformanceEvaluationProcess.Variables;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;
import ro.dosar.support.TestLogin;

/**
 * The performance evaluation of contractual staff (spec internal-regulation §5.2): the annual
 * campaign starts one evaluation per eligible employee; an evaluation walked from the form
 * through the interview, the countersignature, the acknowledgement and a contest that changes the
 * grade; an unsatisfactory grade opens the retention assessment; the Director who evaluates does
 * not countersign; outsiders see nothing.
 */
@ProcessTest
class PerformanceEvaluationProcessTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  EmployeeRecords employees;
  @LocalServerPort
  int port;

  @BeforeEach
  void people() {
    BpmnAwareTests.init(engine);
    for (String id : List.of("pe.emp", "pe.boss", "pe.director", "pe.newbie", "pe.late",
        "pe.hr", "pe.other", "pe.weak")) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setPassword(id);
        identity.saveUser(user);
      }
    }
    if (identity.createUserQuery().userId("pe.director").memberOfGroup("rector").count() == 0) {
      identity.createMembership("pe.director", "rector");
      identity.createMembership("pe.hr", "hr");
    }
    LocalDate longAgo = LocalDate.of(2020, 1, 1);
    employees.save(new EmployeeRecord("pe.emp", "Ana Pop", "CONTRACTUAL", "EXECUTION",
        "pe.boss", longAgo, false, false, false));
    employees.save(new EmployeeRecord("pe.weak", "Dan Ene", "CONTRACTUAL", "EXECUTION",
        "pe.director", longAgo, false, false, false));
    employees.save(new EmployeeRecord("pe.newbie", "Ion Nou", "CONTRACTUAL", "EXECUTION",
        "pe.boss", LocalDate.of(2026, 3, 1), true, false, false));
    employees.save(new EmployeeRecord("pe.late", "Eva Târziu", "CONTRACTUAL", "EXECUTION",
        "pe.boss", LocalDate.of(2026, 8, 1), false, false, false));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  static void now(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
  }

  private ProcessInstance evaluationOf(String user) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PerformanceEvaluationProcess.KEY)
        .processInstanceBusinessKey(PerformanceEvaluationProcess.businessKey(user,
            2026)).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance, key).getId(), variables);
  }

  /** SC-EV-05 notes: objectives 5, 4, 4 (4.33); criteria 5,5,4,4,4,5,4,4,5,4 (4.40): 4.37 BINE. */
  private static Map<String, Object> form(int... criteria) {
    Map<String, Object> form = new HashMap<>();
    form.put("objective1", "Rapoarte lunare la termen");
    form.put("objectiveNote1", 5);
    form.put("objective2", "Arhivarea dosarelor");
    form.put("objectiveNote2", 4);
    form.put("objective3", "Inventarul anual");
    form.put("objectiveNote3", 4);
    for (int i = 0; i < criteria.length; i++) {
      form.put("criterionNote" + (i + 1), criteria[i]);
    }
    return form;
  }

  private void startCampaign() {
    TestLogin.asUser(identity, "pe.hr", List.of("hr"), () -> engine.getFormService()
        .submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(PerformanceEvaluationCampaignProcess.KEY).latestVersion().singleResult()
            .getId(), Map.of("evaluatedYear", 2026L)));
  }

  @Test
  void theCampaignEvaluatesWhoWorked6Months_walkedThroughAContestThatRaisesTheGrade() {
    now(LocalDate.of(2027, 1, 4));
    startCampaign();

    // The debutant is deferred, who started in August worked 5 months: not this year.
    assertThat(evaluationOf("pe.newbie")).isNull();
    assertThat(evaluationOf("pe.late")).isNull();
    ProcessInstance evaluation = evaluationOf("pe.emp");
    Task fill = task(evaluation, Elements.FILL_EVALUATION_FORM);
    assertThat(fill.getAssignee()).isEqualTo("pe.boss");
    assertThat(fill.getDueDate()).isEqualTo(Date.from(LocalDate.of(2027, 2, 1)
        .atStartOfDay(ZONE).toInstant()));

    assertThatThrownBy(() -> engine.getTaskService().complete(fill.getId(),
        form(5, 5, 4, 4, 4, 5, 4, 4, 5, 6))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("de la 1 la 5");
    engine.getTaskService().complete(fill.getId(), form(5, 5, 4, 4, 4, 5, 4, 4, 5, 4));
    assertThat(engine.getRuntimeService().getVariable(evaluation.getId(), Variables.FINAL_NOTE))
        .isEqualTo("4.37");
    assertThat(engine.getRuntimeService().getVariable(evaluation.getId(), Variables.GRADE))
        .isEqualTo("BINE");

    // The interview sends the form back once; the evaluator keeps it the second time.
    complete(evaluation, Elements.EVALUATION_INTERVIEW, Map.of("employeePointOfView",
        "Inventarul a fost complet.", "formToBeModified", "true"));
    complete(evaluation, Elements.FILL_EVALUATION_FORM, form(5, 5, 4, 4, 4, 5, 4, 4, 5, 4));
    complete(evaluation, Elements.EVALUATION_INTERVIEW, Map.of("formToBeModified", "false"));
    complete(evaluation, Elements.COUNTERSIGN, Map.of("countersignModifies", "false"));
    now(LocalDate.of(2027, 1, 20));
    complete(evaluation, Elements.ACKNOWLEDGE_REPORT, Map.of("acknowledgementKind", "SIGNED"));
    // 5 days from Wed 20 Jan: Mon 25 Jan; resolved within 15 days of it: Tue 9 Feb.
    assertThat(engine.getRuntimeService().getVariable(evaluation.getId(),
        Variables.CONTEST_DEADLINE))
        .isEqualTo("2027-01-25");

    engine.getRuntimeService().createMessageCorrelation(Messages.EVALUATION_CONTEST_FILED)
        .processInstanceBusinessKey("EVALUARE-pe.emp-2026").correlate();
    for (String reference : List.of(Elements.EMPLOYEE_REFERENCE, Elements.EVALUATOR_REFERENCE,
        Elements.COUNTERSIGNER_REFERENCE)) {
      complete(evaluation, reference, Map.of("referenceText", "Referat."));
    }
    Task resolve = task(evaluation, Elements.RESOLVE_CONTEST);
    assertThat(resolve.getDueDate()).isEqualTo(Date.from(LocalDate.of(2027, 2, 10)
        .atStartOfDay(ZONE).toInstant()));
    engine.getTaskService().complete(resolve.getId(), Map.of("contestOutcome", "MODIFIED",
        "contestFinalNote", "4.51", "contestReasons", "Obiectivul 3 depășit."));
    complete(evaluation, Elements.COMMUNICATE_CONTEST_RESULT, Map.of("resultCommunicated", true));

    assertThat(evaluation).isEnded().hasPassed(Elements.EVALUATION_DONE);
    assertThat(employees.results("pe.emp")).extracting(EvaluationResult::grade,
        EvaluationResult::contested).containsExactly(
        org.assertj.core.groups.Tuple.tuple("FOARTE_BINE", true));
    // The evaluation report, for the employee and his evaluator; not for a colleague.
    String path = "/api/evaluation/pe.emp/2026/documents";
    var report = Http.json(Http.as(port, "pe.emp", "pe.emp").get(path));
    assertThat(report.findValuesAsText("kind")).containsExactly("raport-evaluare");
    assertThat(Http.as(port, "pe.boss", "pe.boss").get(path).statusCode()).isEqualTo(200);
    assertThat(Http.as(port, "pe.other", "pe.other").get(path).statusCode()).isEqualTo(404);
  }

  @Test
  void theDirectorEvaluates_noCountersignature_unsatisfactoryOpensTheRetentionAssessment() {
    now(LocalDate.of(2027, 1, 4));
    ProcessInstance evaluation = TestLogin.asUser(identity, "pe.hr", List.of("hr"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(PerformanceEvaluationProcess.KEY,
            Map.of("employeeUser", "pe.weak", "evaluatedYear", 2026L)));
    Map<String, Object> weak = form(2, 2, 2, 1, 2, 2, 2, 2, 2, 2);
    weak.put("objectiveNote1", 2);
    weak.put("objectiveNote2", 1);
    weak.put("objectiveNote3", 2);
    complete(evaluation, Elements.FILL_EVALUATION_FORM, weak);
    complete(evaluation, Elements.EVALUATION_INTERVIEW, Map.of("formToBeModified", "false"));
    assertThat(evaluation).isWaitingAt(Elements.ACKNOWLEDGE_REPORT);
    complete(evaluation, Elements.ACKNOWLEDGE_REPORT, Map.of("acknowledgementKind",
        "REFUSAL_MINUTE"));

    now(LocalDate.of(2027, 1, 10));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(evaluation.getId()).activityId(Elements.CONTEST_WINDOW_CLOSED).singleResult()
        .getId());

    assertThat(engine.getRuntimeService().getVariable(evaluation.getId(), Variables.GRADE))
        .isEqualTo("NESATISFACATOR");
    assertThat(task(evaluation, Elements.ASSESS_RETENTION)).isNotNull();
    var asOutsider = Http.as(port, "pe.other", "pe.other");
    assertThat(asOutsider.get("/engine-rest/task?processInstanceId=" + evaluation.getId())
        .body()).isEqualTo("[]");
    var asDirector = Http.as(port, "pe.director", "pe.director");
    assertThat(asDirector.get("/engine-rest/task?processInstanceId=" + evaluation.getId())
        .body()).contains(Elements.ASSESS_RETENTION);
  }
}
