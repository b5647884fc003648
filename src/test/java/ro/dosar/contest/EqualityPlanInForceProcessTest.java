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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.support.ProcessTest;
import ro.dosar.support.TestLogin;

/**
 * The institution's gender equality plan applies only while it is in force (issue 18 item 4):
 * here UVT's plan starts on 1 January 2026. The same women-only competition commission is
 * constituted without any equality check before that day, and needs the recorded justification
 * (SOFT) from that day on. The proposal belongs to one of the proposer's institutions.
 */
@ProcessTest
@TestPropertySource(properties = "dosar.institutions[0].equality-plan.from=2026-01-01")
class EqualityPlanInForceProcessTest {

  static final List<String> WOMEN_ONLY = List.of("p.w1", "p.w2", "p.w3");
  static final List<String> MIXED_CSC = List.of("p.m1", "p.w4", "p.m3");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  ContestRepository contests;
  @Autowired
  RecruitmentRecords recruitment;

  @BeforeEach
  void employees() {
    BpmnAwareTests.init(engine);
    ContestDriver.employees(identity, staff, "p.w1:Drept:leader:F", "p.w2:Drept:F",
        "p.w3:Drept:F", "p.w4:Tehnic:F", "p.m1:Litere:leader:M", "p.m3:Juridic:M",
        "p.secretary:HR:F");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void beforeThePlanIsInForce_aWomenOnlyCommissionIsSignedWithoutAnyEqualityCheck() {
    now(LocalDate.of(2025, 12, 29), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal();

    contest.draftCommissions(WOMEN_ONLY, MIXED_CSC, "p.secretary");

    assertThat(contest.instance).isWaitingAt(Elements.ENDORSE_COMMISSION_DECISIONS);
    assertThat(contest.variable("commissionGenderWarning")).isEqualTo("");
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender(null, null, null));
    contest.signCommissions();
    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(contests.get(contest.contestId).commissionsSignedOn())
        .isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(contests.commissionGender(contest.contestId).status()).isNull();
    assertThat(contest.instance).as("the model skips the plan's table where no plan is in force")
        .hasNotPassed(Elements.ASSESS_COMPETITION_COMMISSION_GENDER,
            Elements.ASSESS_CONTESTATION_COMMISSION_GENDER);

    contest.announce(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 2, 2));

    assertThat(contest.instance).isWaitingAt(Elements.PUBLISH_ANNOUNCEMENT)
        .hasNotPassed(Elements.ASSESS_ANNOUNCEMENT_COMPLIANCE);
    assertThat(recruitment.of(contest.contestId).announcementCompliance()).isNull();
    assertThat(contest.variable("announcementComplianceNote")).isEqualTo("");
  }

  @Test
  void fromTheDayThePlanIsInForce_theSameCommissionNeedsAJustification() {
    now(LocalDate.of(2026, 1, 5), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal();

    contest.draftCommissions(WOMEN_ONLY, MIXED_CSC, "p.secretary");

    assertThat(contest.instance).isWaitingAt(Elements.ENDORSE_COMMISSION_DECISIONS);
    assertThat(contest.variable("commissionGenderWarning").toString())
        .startsWith("EG-01: Comisia de concurs este formată numai din femei");
    assertThat(contests.commissionGender(contest.contestId))
        .isEqualTo(new CommissionGender("SINGLE_GENDER", "SOFT", null));
    assertThat(contest.instance)
        .hasPassed(Elements.ASSESS_COMPETITION_COMMISSION_GENDER,
            Elements.ASSESS_CONTESTATION_COMMISSION_GENDER);
    contest.complete("endorseCommissionDecisions", Map.of("legalEndorsed", "true"));
    assertThatThrownBy(() -> contest.complete("signCommissionDecisions",
        Map.of("decisionsSigned", "true")))
        .hasMessageContaining("justificarea acestei componențe nu a fost înregistrată");
    assertThat(contests.get(contest.contestId).commissionsSignedOn()).isNull();
  }

  @Test
  void aProposalNamesOneOfTheProposersInstitutions() {
    now(LocalDate.of(2026, 1, 5), 9);
    for (String code : List.of("XYZ", "MFRM")) {
      Map<String, Object> proposal = proposal();
      proposal.put("institutionCode", code);
      assertThatThrownBy(() -> startAs("sef", proposal))
          .hasMessageContaining("Instituția „" + code + "” nu este înregistrată în Dosar.");
    }
    Map<String, Object> named = proposal();
    named.put("institutionCode", "uvt");
    long id = startAs("sef", named);
    assertThat(contests.get(id).institutionCode()).isEqualTo("UVT");
    long his = startAs("sef", proposal());
    assertThat(contests.get(his).institutionCode())
        .as("a proposer of one institution proposes for it").isEqualTo("UVT");
  }

  private long startAs(String user, Map<String, Object> proposal) {
    String instanceId = TestLogin.asUser(identity, user, List.of("head-of-structure"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(
            ContestHiringProcess.KEY, proposal)
            .getId());
    return ((Number) engine.getRuntimeService().getVariable(instanceId,
        Variables.CONTEST_ID)).longValue();
  }

  private static Map<String, Object> proposal() {
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("postName", "Referent");
    proposal.put("structure", "Direcția Economică");
    proposal.put("postCategory", "EXECUTION");
    proposal.put("vacancyType", "VACANT");
    proposal.put("postsCount", 1L);
    proposal.put("duties", "Evidența contabilă.");
    proposal.put("bibliography", "Legea nr. 82/1991.");
    proposal.put("writtenTest", true);
    proposal.put("practicalTest", false);
    return proposal;
  }
}
