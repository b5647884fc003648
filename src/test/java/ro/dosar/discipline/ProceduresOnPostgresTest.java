package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.discipline.DisciplinaryCaseProcess.Elements;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.gender.Gender;
import ro.dosar.evaluation.EmployeeRecords;
import ro.dosar.evaluation.EmployeeRecords.EmployeeRecord;
import ro.dosar.evaluation.PerformanceEvaluationProcess;
import ro.dosar.support.EmbeddedPostgresServer;
import ro.dosar.support.TestLogin;

/**
 * The disciplinary case and the performance evaluation on a real PostgreSQL server (production
 * profile): their records, timers and generated documents work there as on H2.
 */
// The people of these scenarios log in with their user id as password: the password policy of
// the postgres profile is proven by ro.dosar.security.ProductionProfileTest, not here.
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false",
    // Documents in the step, as the scenario tests have them (DisciplineDocumentJobsTest: jobs).
    "dosar.documents.asynchronous=false",
    "camunda.bpm.generic-properties.properties.enable-password-policy=false",
    "dosar.discipline.president=pg.p", "dosar.discipline.members=pg.p,pg.m1,pg.m2",
    "dosar.discipline.alternates=pg.a1,pg.a2,pg.a3", "dosar.discipline.secretary=pg.s"})
@ActiveProfiles("postgres")
@DirtiesContext
class ProceduresOnPostgresTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> "administrator");
    registry.add("DOSAR_ADMIN_PASSWORD", () -> "Parola-" + System.nanoTime() + "!");
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  DisciplinaryCaseRepository cases;
  @Autowired
  EmployeeRecords employees;
  @Autowired
  ContestDocuments documents;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private void people() {
    for (String id : List.of("pg.p", "pg.m1", "pg.m2", "pg.a1", "pg.a2", "pg.a3", "pg.s",
        "pg.emp", "pg.boss")) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setPassword(id);
        identity.saveUser(user);
      }
      // The commission is mixed: the president and the second member are women.
      staff.save(new StaffMember(id, id, id.equals("pg.emp") ? "Financiar" : "Juridic", false,
          false, id.equals("pg.p") || id.equals("pg.m2") ? Gender.FEMALE : Gender.MALE));
    }
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult().getId(),
        variables);
  }

  @Test
  void aDisciplinaryCaseToItsCommunicatedSanction_andAnEvaluationToItsReport() {
    BpmnAwareTests.init(engine);
    people();
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 5).atTime(10, 0).atZone(ZONE)
        .toInstant()));
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Șeful serviciului");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("accusedUser", "pg.emp");
    referral.put("accusedName", "Ion Ștefănescu");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", "2026-03-04");
    referral.put("offenceDescription", "Întârzieri repetate.");
    referral.put("evidence", "Condica de prezență.");
    ProcessInstance discipline = TestLogin.asUser(identity, "pg.s", List.of("hr"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(
            DisciplinaryCaseProcess.KEY, referral));
    long id = ((Number) engine.getRuntimeService().getVariable(discipline.getId(),
        Variables.CASE_ID))
        .longValue();
    complete(discipline, "presentToPresident", Map.of());
    complete(discipline, "scheduleHearing", Map.of("hearingDate", "2026-03-12", "hearingPlace",
        "Sala 2", "summonsDeliveredDate", "2026-03-09"));
    complete(discipline, "admissibilityCheck", Map.of("referralLegal", "true",
        "admissibilityReasons", "Legală."));
    complete(discipline, "decideSuspension", Map.of("suspendContract", "false"));
    complete(discipline, "hearEmployee", Map.of("hearingStatus", "SKIPPED"));
    complete(discipline, "adoptReport", Map.of("reportFindings", "Întârzieri dovedite.",
        "guiltEstablished", "true", "proposedSanction", "C_WRITTEN_WARNING",
        "individualisation", "Prima abatere."));
    complete(discipline, "decideSanction", Map.of("directorDecision", "ADOPT_PROPOSAL"));
    complete(discipline, "issueSanctionAct", Map.of("actNumber", "D-1/2026", "actDescription",
        "Întârzieri.", "breachedProvisions", "ROI Art. 36(1)", "defenceReasons",
        "Fără apărări.", "legalBasis", "ROI Art. 35(2)", "contestInfo", "30 de zile"));
    complete(discipline, "communicateAct", Map.of("communicationMethod", "HAND_SIGNATURE",
        "communicationDate", "2026-03-05"));

    assertThat(discipline).isWaitingAt(Elements.CONTEST_GATEWAY);
    assertThat(cases.sanctionOf(id).orElseThrow().radiationDate()).isEqualTo("2027-03-05");
    assertThat(documents.ofOwner("DISCIPLINA-" + id)).hasSize(4);

    employees.save(new EmployeeRecord("pg.emp", "Ion Ștefănescu", "CONTRACTUAL", "EXECUTION",
        "pg.boss", LocalDate.of(2020, 1, 1), false, false, false));
    ProcessInstance evaluation = TestLogin.asUser(identity, "pg.s", List.of("hr"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(PerformanceEvaluationProcess.KEY,
            Map.of("employeeUser", "pg.emp", "evaluatedYear", 2025L)));
    Map<String, Object> form = new HashMap<>();
    form.put("objective1", "Obiectiv");
    form.put("objectiveNote1", 4);
    for (int i = 1; i <= 10; i++) {
      form.put("criterionNote" + i, 4);
    }
    complete(evaluation, "fillEvaluationForm", form);
    complete(evaluation, "evaluationInterview", Map.of("formToBeModified", "false"));
    complete(evaluation, "countersign", Map.of("countersignModifies", "false"));
    complete(evaluation, "acknowledgeReport", Map.of("acknowledgementKind", "SIGNED"));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(evaluation.getId()).activityId(Elements.CONTEST_WINDOW_CLOSED)
        .singleResult()
        .getId());

    assertThat(evaluation).isEnded();
    assertThat(employees.results("pg.emp")).hasSize(1);
    assertThat(documents.ofOwner("EVALUARE-pg.emp-2025")).hasSize(1);
  }
}
