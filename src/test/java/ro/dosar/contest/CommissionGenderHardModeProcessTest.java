package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.contest.changes.CommissionChangeProcess;
import ro.dosar.discipline.DisciplinaryCaseProcess;
import ro.dosar.gender.Gender;
import ro.dosar.support.ProcessTest;

/**
 * Gender-balanced commissions when the institution (UVT, the test installation's first) applies
 * the plan in the HARD mode (gender equality plan §6.4.3, DMN-1 rules 5–6): a single-gender
 * contest commission sends the draft back with the violation, and only a mixed composition
 * reaches the legal endorsement; a commission change that would leave a single gender goes back
 * to the head of the structure; a disciplinary case whose commission would be of a single gender
 * is not registered at all, even with a justification configured.
 */
@ProcessTest
@TestPropertySource(properties = {"dosar.equality.commission-enforcement.UVT=HARD",
    "dosar.discipline.president=h.d1", "dosar.discipline.members=h.d1,h.d2,h.d3",
    "dosar.discipline.alternates=h.d4", "dosar.discipline.secretary=h.secretary",
    "dosar.discipline.commission-gender-justification=Nu contează în regim strict."})
class CommissionGenderHardModeProcessTest {

  static final List<String> MEN_ONLY = List.of("h.m1", "h.m2", "h.m3");
  static final List<String> MIXED_CSC = List.of("h.w1", "h.m4", "h.w2");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  ContestRepository contests;
  @Autowired
  JdbcClient jdbc;

  ContestDriver contest;

  @BeforeEach
  void employees() {
    BpmnAwareTests.init(engine);
    ContestDriver.employees(identity, staff, "h.m1:Drept:leader:M", "h.m2:Drept:M",
        "h.m3:Drept:M", "h.m4:Tehnic:M", "h.w1:Litere:leader:F", "h.w2:Juridic:F",
        "h.w3:Economic:F", "h.secretary:HR:F", "h.d1:Juridic:M", "h.d2:Juridic:M",
        "h.d3:Juridic:M", "h.d4:Juridic:M", "h.emp:Financiar:F");
    now(LocalDate.of(2025, 10, 29), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION").approveProposal();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aMenOnlyCommission_cannotProceed_onlyAMixedOneReachesTheEndorsement() {
    contest.draftCommissions(MEN_ONLY, MIXED_CSC, "h.secretary",
        Map.of("commissionGenderJustification", "Nu avem alte persoane."));

    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_COMMISSION_DECISIONS);
    assertThat(contest.variable("commissionsValid")).isEqualTo(false);
    assertThat(contest.variable("commissionViolations")).isEqualTo("EG-01: Comisia de concurs "
        + "este formată numai din bărbați. Instituția aplică planul pentru egalitatea de gen în "
        + "regim strict (HARD): orice comisie trebuie să includă atât femei, cât și bărbați. "
        + "Recompuneți comisia numind cel puțin o femeie.");
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender(null, null, null));

    // The same again: a justification changes nothing under HARD.
    contest.draftCommissions(MEN_ONLY, MIXED_CSC, "h.secretary",
        Map.of("commissionGenderJustification", "Insistăm."));
    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_COMMISSION_DECISIONS);

    contest.draftCommissions(List.of("h.m1", "h.w3", "h.m2"), MIXED_CSC, "h.secretary");
    assertThat(contest.instance).isWaitingAt(Elements.ENDORSE_COMMISSION_DECISIONS);
    contest.signCommissions();

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("MIXED", "HARD", null));
    assertThat(jdbc.sql("SELECT gender FROM commission_member WHERE contest_id = ? "
            + "AND user_id = 'h.w3'").param(contest.contestId).query(String.class).single())
        .isEqualTo("FEMALE");
  }

  @Test
  void aChangeThatWouldLeaveOnlyMen_goesBackToTheHeadOfTheStructure() {
    contest.constitute(List.of("h.m1", "h.w3", "h.m2"), MIXED_CSC, "h.secretary");

    contest.memberUnavailable("h.w3", "2025-11-05");
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "h.m3"));
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(contest.commissionChange().getId())
        .activityId(CommissionChangeProcess.Elements.ASSESS_CHANGED_COMPETITION_COMMISSION_GENDER)
        .count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(contest.commissionChange().getId(),
        Variables.CC_GENDER_ACTION)).isEqualTo("BLOCK");

    assertThat(contest.commissionChange())
        .isWaitingAt(CommissionChangeProcess.Elements.REQUEST_COMMISSION_CHANGE);
    assertThat(engine.getRuntimeService().getVariable(contest.commissionChange().getId(),
        CommissionChangeProcess.Variables.COMPOSITION_VIOLATIONS)
        .toString()).startsWith("EG-01: Comisia de concurs este formată numai din bărbați.");
    assertThat(contests.validMembers(contest.contestId, "CC")).contains("h.w3");
  }

  @Test
  void aDisciplinaryCommissionOfMenOnly_isRefusedAndNothingIsStored_aMixedOneProceeds() {
    assertThatThrownBy(this::refer)
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Sesizarea nu poate fi înregistrată: Comisia de disciplină este formată "
            + "numai din bărbați. Instituția aplică planul pentru egalitatea de gen în regim "
            + "strict (HARD): orice comisie trebuie să includă atât femei, cât și bărbați. "
            + "Recompuneți comisia numind cel puțin o femeie.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DisciplinaryCaseProcess.KEY).count()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM disciplinary_case").query(Long.class).single())
        .isZero();

    staff.save(new StaffMember("h.d2", "h.d2", "Juridic", false, false, Gender.FEMALE));
    ProcessInstance referral = refer();

    long caseId = ((Number) engine.getRuntimeService().getVariable(referral.getId(),
        DisciplinaryCaseProcess.Variables.CASE_ID))
        .longValue();
    assertThat(jdbc.sql("SELECT commission_gender_status || ' ' || commission_gender_mode "
            + "FROM disciplinary_case WHERE id = ?").param(caseId).query(String.class).single())
        .isEqualTo("MIXED HARD");
    assertThat(jdbc.sql("SELECT commission_gender_justification FROM disciplinary_case "
            + "WHERE id = ?").param(caseId).query(String.class).optional()).isEmpty();
    assertThat(jdbc.sql("SELECT user_id || ' ' || gender FROM disciplinary_member "
            + "WHERE case_id = ? AND role <> 'SECRETARY' ORDER BY user_id").param(caseId)
        .query(String.class).list())
        .containsExactly("h.d1 MALE", "h.d2 FEMALE", "h.d3 MALE");
  }

  private ProcessInstance refer() {
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Vasile Pop, str. Unirii 3, șef serviciu");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("accusedUser", "h.emp");
    referral.put("accusedName", "Ioana Pop, Serviciul Financiar");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", "2025-10-27");
    referral.put("offenceDescription", "Absențe nemotivate.");
    referral.put("evidence", "Foaia colectivă de prezență.");
    return engine.getRuntimeService().startProcessInstanceByKey(
        DisciplinaryCaseProcess.KEY, referral);
  }



}
