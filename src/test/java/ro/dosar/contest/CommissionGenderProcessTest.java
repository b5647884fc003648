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
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.contest.changes.CommissionChangeProcess;
import ro.dosar.discipline.DisciplinaryCaseProcess;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.support.ProcessTest;

/**
 * Gender-balanced commissions under the default SOFT mode (gender equality plan §6.4.3, DMN-1
 * rules 3–4): a contest commission of a single gender is flagged to Legal and the Rector, whose
 * signature is refused until HR records a justification; a commission change that leaves a
 * commission of a single gender needs a justification before it is endorsed; a disciplinary case
 * whose commission is of a single gender is registered with the Director's configured
 * justification. Seats keep their gender; the contest and the case record the status, the mode
 * and the justification.
 */
@ProcessTest
@TestPropertySource(properties = {"dosar.discipline.president=g.d1",
    "dosar.discipline.members=g.d1,g.d2,g.d3", "dosar.discipline.alternates=g.d4",
    "dosar.discipline.secretary=g.secretary",
    "dosar.discipline.commission-gender-justification=Comisia permanentă numită prin decizia "
        + "nr. 12/2026: nicio salariată nu a acceptat numirea."})
class CommissionGenderProcessTest {

  static final List<String> WOMEN_ONLY = List.of("g.w1", "g.w2", "g.w3");
  static final List<String> MIXED_CSC = List.of("g.m1", "g.w4", "g.m3");
  static final String JUSTIFICATION = "În Facultatea de Drept nu există bărbați cu pregătirea "
      + "cerută; s-a încercat numirea unui membru din afara facultății, fără succes.";

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
    ContestDriver.employees(identity, staff, "g.w1:Drept:leader:F", "g.w2:Drept:F",
        "g.w3:Drept:F", "g.w4:Tehnic:F", "g.m1:Litere:leader:M", "g.m2:Economic:M",
        "g.m3:Juridic:M", "g.m4:Fizică:M", "g.secretary:HR:F", "g.d1:Juridic:M",
        "g.d2:Juridic:M", "g.d3:Juridic:M", "g.d4:Juridic:M", "g.emp:Financiar:F");
    now(LocalDate.of(2025, 10, 29), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION").approveProposal();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aWomenOnlyCommission_isSignedOnlyAfterHrRecordsAJustification() {
    contest.draftCommissions(WOMEN_ONLY, MIXED_CSC, "g.secretary");

    // Flagged, not blocked: Legal sees the warning on the endorsement form.
    assertThat(contest.instance).isWaitingAt(Elements.ENDORSE_COMMISSION_DECISIONS);
    assertThat(contest.variable("commissionGenderWarning")).isEqualTo("EG-01: Comisia de "
        + "concurs este formată numai din femei (nu are niciun bărbat). Planul pentru egalitatea "
        + "de gen cere comisii mixte „pe cât posibil” (regim SOFT): o comisie de un singur gen se "
        + "poate constitui numai cu justificarea înregistrată a acestei componențe.");
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("SINGLE_GENDER", "SOFT", null));
    contest.complete("endorseCommissionDecisions", Map.of("legalEndorsed", "true"));

    // The Rector cannot sign while no justification is recorded.
    assertThatThrownBy(() -> contest.complete("signCommissionDecisions",
        Map.of("decisionsSigned", "true")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Deciziile nu pot fi semnate: o comisie este formată din persoane "
            + "de un singur gen, iar justificarea acestei componențe nu a fost înregistrată");
    assertThat(contest.instance).isWaitingAt(Elements.SIGN_COMMISSION_DECISIONS);
    assertThat(contests.get(contest.contestId).commissionsSignedOn()).isNull();

    // A justification sent by the Rector's own form does not count: only HR's draft records it.
    assertThatThrownBy(() -> contest.complete("signCommissionDecisions",
        Map.of("decisionsSigned", "true", "commissionGenderJustification", "Semnez oricum.")))
        .isInstanceOf(FormFieldValidationException.class);

    contest.complete("signCommissionDecisions", Map.of("decisionsSigned", "false",
        "rectorDecisionRemarks", "Înregistrați justificarea comisiei de concurs."));
    contest.draftCommissions(WOMEN_ONLY, MIXED_CSC, "g.secretary",
        Map.of("commissionGenderJustification", "  " + JUSTIFICATION + " "));
    contest.signCommissions();

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("SINGLE_GENDER", "SOFT", JUSTIFICATION));
    assertThat(seats(contest.contestId)).containsExactly(
        "CC g.w1 FEMALE", "CC g.w2 FEMALE", "CC g.w3 FEMALE",
        "CSC g.m1 MALE", "CSC g.m3 MALE", "CSC g.w4 FEMALE", "SECRETARY g.secretary FEMALE");
  }

  @Test
  void theGenderTableIsABusinessRuleTaskPerCommission_fedWithExactCounts() {
    contest.draftCommissions(WOMEN_ONLY, MIXED_CSC, "g.secretary");

    assertThat(contest.instance).hasPassed(Elements.CHECK_COMMISSIONS,
        Elements.ASSESS_COMPETITION_COMMISSION_GENDER,
        Elements.ASSESS_CONTESTATION_COMMISSION_GENDER, Elements.RECORD_COMMISSIONS_CHECK);
    assertThat(contest.variable("ccMemberCount")).isEqualTo(3);
    assertThat(contest.variable("ccWomenCount")).isEqualTo(3);
    assertThat(contest.variable("ccMenCount")).isEqualTo(0);
    assertThat(contest.variable("cscWomenCount")).isEqualTo(1);
    assertThat(contest.variable("cscMenCount")).isEqualTo(2);
    assertThat(contest.variable("ccGenderStatus")).isEqualTo("SINGLE_GENDER");
    assertThat(contest.variable("ccGenderAction")).isEqualTo("JUSTIFICATION_REQUIRED");
    assertThat(contest.variable("ccUnderrepresentedGender")).isEqualTo("MALE");
    assertThat(contest.variable("cscGenderStatus")).isEqualTo("MIXED");
    assertThat(contest.variable("cscUnderrepresentedGender")).isNull();
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(contest.instance.getId())
        .decisionDefinitionKey("commissionGenderComposition").list())
        .extracting(decision -> decision.getActivityId())
        .containsExactlyInAnyOrder("assessCompetitionCommissionGender",
            "assessContestationCommissionGender");
  }

  @Test
  void mixedCommissions_needNoJustificationAndARecordedOneIsDropped() {
    contest.draftCommissions(List.of("g.w1", "g.m2", "g.w2"), MIXED_CSC, "g.secretary",
        Map.of("commissionGenderJustification", "Nu este cazul."));

    assertThat(contest.variable("commissionGenderWarning")).isEqualTo("");
    contest.signCommissions();

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("MIXED", "SOFT", null));
  }

  @Test
  void aMemberWhoseGenderIsNotRecorded_sendsTheDraftBackNamingHim() {
    staff.save(new StaffMember("g.w3", "Georgeta Vlad", "Drept", false, false, null));

    contest.draftCommissions(List.of("g.m2", "g.w2", "g.w3"), MIXED_CSC, "g.secretary");

    assertThat(contest.instance).isWaitingAt(Elements.DRAFT_COMMISSION_DECISIONS);
    assertThat(contest.variable("commissionsValid")).isEqualTo(false);
    assertThat(contest.variable("commissionViolations")).isEqualTo("EG-01: Genul lui „Georgeta Vlad”, "
        + "membru în comisia de concurs, nu este înregistrat în fișa de personal; D.R.U. îl "
        + "completează (feminin sau masculin) înainte de numire, pentru că planul pentru "
        + "egalitatea de gen cere verificarea componenței pe gen a fiecărei comisii.");
  }

  @Test
  void aChangeThatLeavesOnlyWomen_needsAJustificationBeforeItIsEndorsed() {
    contest.constitute(List.of("g.w1", "g.m2", "g.w2"), MIXED_CSC, "g.secretary");
    assertThat(contests.commissionGender(contest.contestId).status()).isEqualTo("MIXED");

    contest.memberUnavailable("g.m2", "2025-11-05");
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "g.w3"));
    // The change's model applies the table to each commission as it would be, with exact counts.
    String change = contest.commissionChange().getId();
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(change).decisionDefinitionKey("commissionGenderComposition").list())
        .extracting(decision -> decision.getActivityId())
        .containsExactlyInAnyOrder("assessChangedCompetitionCommissionGender",
            "assessChangedContestationCommissionGender");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(change).activityId(
            CommissionChangeProcess.Elements.RECORD_COMPOSITION_CHECK).count())
        .isEqualTo(1);
    assertThat(variable(contest.commissionChange(), "ccWomenCount")).isEqualTo(3);
    assertThat(variable(contest.commissionChange(), "ccMenCount")).isEqualTo(0);
    assertThat(variable(contest.commissionChange(), "ccGenderStatus")).isEqualTo("SINGLE_GENDER");
    assertThat(variable(contest.commissionChange(), "cscGenderStatus")).isEqualTo("MIXED");
    assertThat(variable(contest.commissionChange(), "compositionViolations")).isEqualTo("");
    assertThat(variable(contest.commissionChange(), "commissionGenderWarning").toString())
        .startsWith("EG-01: Comisia de concurs este formată numai din femei");
    assertThatThrownBy(() -> contest.completeChange("draftModificationDecision",
        Map.of("modificationDecisionNumber", "901/2025")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("înregistrați justificarea acestei componențe");
    contest.completeChange("draftModificationDecision", Map.of("modificationDecisionNumber", "901/2025",
        "commissionGenderJustification", JUSTIFICATION));
    contest.completeChange("endorseModificationDecision", Map.of("changeApproved", "true"));
    contest.completeChange("signModificationDecision", Map.of("changeApproved", "true"));

    assertThat(contests.validMembers(contest.contestId, "CC"))
        .containsExactlyInAnyOrder("g.w1", "g.w2", "g.w3");
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("SINGLE_GENDER", "SOFT", JUSTIFICATION));
    assertThat(seats(contest.contestId)).contains("CC g.w3 FEMALE", "CC g.m2 MALE");

    // A man joins again: the commission is mixed and the justification is no longer needed.
    contest.memberUnavailable("g.w2", "2025-11-05");
    assertThat(variable(contest.commissionChange(), "commissionGenderJustification")).isNull();
    contest.completeChange("requestCommissionChange", Map.of("replacementMember", "g.m4"));
    assertThat(variable(contest.commissionChange(), "commissionGenderWarning")).isEqualTo("");
    contest.completeChange("draftModificationDecision", Map.of("modificationDecisionNumber",
        "902/2025"));
    contest.completeChange("endorseModificationDecision", Map.of("changeApproved", "true"));
    contest.completeChange("signModificationDecision", Map.of("changeApproved", "true"));

    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("MIXED", "SOFT", null));
    assertThat(seats(contest.contestId)).contains("CC g.m4 MALE");
  }

  @Test
  void aDisciplinaryCommissionOfMenOnly_isRegisteredWithTheDirectorsJustification() {
    ProcessInstance referral = refer();

    long caseId = ((Number) engine.getRuntimeService().getVariable(referral.getId(),
        Variables.CASE_ID))
        .longValue();
    assertThat(jdbc.sql("SELECT commission_gender_status || ' ' || commission_gender_mode || ' '"
            + " || commission_gender_justification FROM disciplinary_case WHERE id = ?")
        .param(caseId).query(String.class).single()).isEqualTo("SINGLE_GENDER SOFT Comisia "
        + "permanentă numită prin decizia nr. 12/2026: nicio salariată nu a acceptat numirea.");
    assertThat(jdbc.sql("SELECT role || ' ' || user_id || ' ' || gender FROM disciplinary_member "
            + "WHERE case_id = ? ORDER BY user_id").param(caseId).query(String.class).list())
        .containsExactly("PRESIDENT g.d1 MALE", "MEMBER g.d2 MALE", "MEMBER g.d3 MALE",
            "SECRETARY g.secretary FEMALE");
  }

  private ProcessInstance refer() {
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Vasile Pop, str. Unirii 3, șef serviciu");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("accusedUser", "g.emp");
    referral.put("accusedName", "Ioana Pop, Serviciul Financiar");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", "2025-10-27");
    referral.put("offenceDescription", "Absențe nemotivate.");
    referral.put("evidence", "Foaia colectivă de prezență.");
    return engine.getRuntimeService().startProcessInstanceByKey(
        DisciplinaryCaseProcess.KEY, referral);
  }

  /** "CC user GENDER" for every seat of the contest's commissions, by commission and user. */
  private List<String> seats(long contestId) {
    return jdbc.sql("SELECT commission || ' ' || user_id || ' ' || gender FROM commission_member "
            + "WHERE contest_id = ? ORDER BY commission, user_id").param(contestId)
        .query(String.class).list();
  }



  private Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

}
