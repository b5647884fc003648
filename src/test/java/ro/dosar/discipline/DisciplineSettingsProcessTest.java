package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.gender.Gender;
import ro.dosar.support.ProcessTest;

/**
 * The disciplinary case under the alternative settings the spec marks configurable: a knowledge
 * date the referral must give ({@code knowledge-date-policy = EXPLICIT}), no rescheduling of a
 * hearing ({@code max-reschedules = 0}) and a 3-month referral limit.
 */
@ProcessTest
@TestPropertySource(properties = {"dosar.discipline.president=dss.p",
    "dosar.discipline.members=dss.p,dss.m1,dss.m2", "dosar.discipline.alternates=dss.a1",
    "dosar.discipline.secretary=dss.s", "dosar.discipline.knowledge-date-policy=EXPLICIT",
    "dosar.discipline.max-reschedules=0", "dosar.discipline.referral-limit-months=3"})
class DisciplineSettingsProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  DisciplinaryCaseRepository cases;

  @BeforeEach
  void people() {
    for (String id : List.of("dss.p", "dss.m1", "dss.m2", "dss.a1", "dss.s", "dss.emp")) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setPassword(id);
        identity.saveUser(user);
      }
      // The commission is mixed: the president and the second member are women.
      staff.save(new StaffMember(id, id, id.equals("dss.emp") ? "Financiar" : "Juridic", false,
          false, id.equals("dss.p") || id.equals("dss.m2") ? Gender.FEMALE : Gender.MALE));
    }
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 20).atTime(10, 0)
        .atZone(ZoneId.of("Europe/Bucharest")).toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private ProcessInstance refer(String knowledgeDate) {
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Vasile Pop, str. Unirii 3, șef serviciu");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("accusedUser", "dss.emp");
    referral.put("accusedName", "Ion Răducanu, Serviciul Financiar");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", "2026-01-10");
    referral.put("offenceDescription", "Absențe nemotivate.");
    referral.put("evidence", "Foaia colectivă de prezență.");
    referral.put("knowledgeDate", knowledgeDate);
    return engine.getRuntimeService().startProcessInstanceByKey(
        DisciplinaryCaseProcess.KEY, referral);
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  @Test
  void explicitPolicy_aContractualReferralWithoutItsKnowledgeDateIsRefused() {
    long before = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DisciplinaryCaseProcess.KEY).count();
    assertThatThrownBy(() -> refer(null)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("knowledge-date-policy = EXPLICIT");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DisciplinaryCaseProcess.KEY).count()).isEqualTo(before);
    // A knowledge date before the act is refused too.
    assertThatThrownBy(() -> refer("2026-01-09")).hasMessageContaining("între data faptei");

    ProcessInstance instance = refer("2026-03-18");
    long id = (Long) engine.getRuntimeService().getVariable(instance.getId(), Variables.CASE_ID);
    // Offence 10 Jan: 3 months → 10 Apr, so a referral of 20 Mar is in time (2 months: late).
    assertThat(cases.find(id).orElseThrow().referralLate()).isFalse();
    assertThat(cases.find(id).orElseThrow().hardDeadline()).isEqualTo("2026-04-17");
  }

  @Test
  void noRescheduling_anObjectiveReasonCannotPostponeTheHearing() {
    ProcessInstance instance = refer("2026-03-18");
    engine.getTaskService().complete(task(instance, "presentToPresident").getId(), Map.of());
    engine.getTaskService().complete(task(instance, "scheduleHearing").getId(), Map.of(
        "hearingDate", "2026-03-26", "hearingPlace", "Sala 2", "summonsDeliveredDate",
        "2026-03-23"));
    engine.getTaskService().complete(task(instance, "admissibilityCheck").getId(), Map.of(
        "referralLegal", "true", "admissibilityReasons", "Completă."));
    engine.getTaskService().complete(task(instance, "decideSuspension").getId(), Map.of(
        "suspendContract", "false"));
    String hearing = task(instance, "hearEmployee").getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(hearing, Map.of(
        "hearingStatus", "ABSENT_OBJECTIVE_REASON", "hearingMinutes", "Concediu medical.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("max-reschedules = 0");
  }
}
