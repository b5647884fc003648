package ro.dosar.contest.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.RecruitmentRecords;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.Http;
import ro.dosar.support.PdfText;
import ro.dosar.support.ProcessTest;

/**
 * The gender equality plan's announcement check (spec §6.4.1, DMN-6) and internal notice
 * (§6.4.2) in a contest. The equal-opportunity recruitment policy is in force from Mon 1 Sep
 * 2025, the mode is the default BLOCK, and HR approved one equivalent wording. An announcement
 * published from that day without the encouragement statement or the HR checklist is refused;
 * with them (however written: capitals, cedillas, no diacritics) it passes and the published
 * announcement carries the statement; one published before that day only warns. A leadership
 * vacancy is announced by e-mail to every active employee, once; an execution post is not.
 */
@ProcessTest
@TestPropertySource(properties = {"dosar.equality.recruitment-policy-from=2025-09-01",
    "dosar.equality.encouragement-equivalents[0]=Invităm deopotrivă candidate și candidați "
        + "să se înscrie"})
class RecruitmentAnnouncementProcessTest {

  static final List<String> CC = List.of("ra.cc.p", "ra.cc.m1", "ra.cc.m2");
  static final List<String> CSC = List.of("ra.csc.p", "ra.csc.m1", "ra.csc.m2");
  static final String SECRETARY = "ra.secretary";
  static final String HR = "ra.hr";
  static final LocalDate POLICY_DAY = LocalDate.of(2025, 9, 1);
  static final LocalDate FIRST_TEST = LocalDate.of(2025, 9, 23);

  @LocalServerPort
  int port;
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
  @Autowired
  ContestDocuments documents;
  @Autowired
  MailOutbox outbox;
  @Autowired
  JdbcClient jdbc;

  ContestDriver contest;

  @BeforeEach
  void staffOfTheInstitution() {
    BpmnAwareTests.init(engine);
    // Every commission member holds a leadership post, so that a leadership contest is lawful.
    ContestDriver.employees(identity, staff, "ra.cc.p:Drept:leader", "ra.cc.m1:Economic:leader",
        "ra.cc.m2:Economic", "ra.csc.p:Litere:leader", "ra.csc.m1:Juridic:leader",
        "ra.csc.m2:Tehnic", SECRETARY + ":HR", "ra.nurse:Medical", "ra.teacher:Educație",
        "ra.retired:Medical", "ra.newcomer:Medical", "ra.noemail:Medical");
    for (String user : List.of("ra.cc.p", "ra.cc.m1", "ra.cc.m2", "ra.csc.p", "ra.csc.m1",
        "ra.csc.m2", SECRETARY, "ra.nurse", "ra.teacher", "ra.retired", "ra.newcomer")) {
      User account = identity.createUserQuery().userId(user).singleResult();
      account.setEmail(user + "@asemt.example");
      identity.saveUser(account);
    }
    jdbc.sql("UPDATE staff_member SET active_to = ? WHERE user_id = 'ra.retired'")
        .param(LocalDate.of(2025, 6, 30)).update();
    jdbc.sql("UPDATE staff_member SET active_from = ? WHERE user_id = 'ra.newcomer'")
        .param(LocalDate.of(2025, 10, 1)).update();
    if (identity.createUserQuery().userId(HR).count() == 0) {
      User hr = identity.newUser(HR);
      hr.setPassword(HR);
      identity.saveUser(hr);
      identity.createMembership(HR, "hr");
    }
    contest = new ContestDriver(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private ContestDriver constituted(String postCategory) {
    now(LocalDate.of(2025, 8, 27), 9);
    return contest.propose("VACANT", postCategory).approveProposal()
        .constitute(CC, CSC, SECRETARY);
  }

  private static Map<String, Object> plan(String statement, boolean neutral, boolean meritBased) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("equalOpportunityStatement", statement);
    fields.put("neutralLanguageConfirmed", neutral);
    fields.put("meritBasedCriteriaConfirmed", meritBased);
    return fields;
  }

  private void publishAsHr() {
    now(POLICY_DAY, 9);
    contest.as(HR, List.of("hr"), contest::publish);
  }

  private JsonNode measures() {
    var response = Http.as(port, HR, HR).get("/api/contests/" + contest.contestId);
    assertThat(response.statusCode()).isEqualTo(200);
    return Http.json(response).get("recruitmentMeasures");
  }

  @Test
  void givenThePolicyInForce_whenTheStatementOrTheChecklistIsMissing_thenTheFormIsRefused() {
    constituted("EXECUTION");

    assertThatThrownBy(() -> contest.announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("Așteptăm candidaturile tuturor celor interesați.", true, true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("01.09.2025")
        .hasMessageContaining("mențiunea de încurajare a ambelor genuri")
        .hasMessageNotContaining("limbaj neutru");
    assertThatThrownBy(() -> contest.announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("Încurajăm atât femeile, cât și bărbații să candideze.", false, true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("limbaj neutru")
        .hasMessageNotContaining("mențiunea de încurajare");
    assertThatThrownBy(() -> contest.announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("Încurajăm atât femeile, cât și bărbații să candideze.", true, false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("exclusiv obiective, bazate pe merit");
    // The form of the driver before the plan: nothing of it.
    assertThatThrownBy(() -> contest.announce(POLICY_DAY, FIRST_TEST))
        .isInstanceOf(FormFieldValidationException.class);

    assertThat(contest.instance).isWaitingAt(Elements.PREPARE_ANNOUNCEMENT);
    assertThat(recruitment.of(contest.contestId).announcementCompliance()).isNull();
  }

  @Test
  void givenThePolicyInForce_whenTheFormulaIsThereHoweverWritten_thenAcceptedAndPrinted() {
    constituted("EXECUTION");

    contest.announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("La noi, ÎNCURAJĂM ATÂT FEMEILE cât şi bărbaţii să candideze!", true, true));

    assertThat(contest.instance).isWaitingAt(Elements.PUBLISH_ANNOUNCEMENT);
    assertThat(recruitment.of(contest.contestId).announcementCompliance()).isEqualTo("OK");
    assertThat(contest.variable("announcementComplianceNote")).isEqualTo("");
    publishAsHr();
    String announcement = PdfText.of(documents.content(documents.of(contest.contestId).stream()
        .filter(document -> document.kind().equals("anunt")).findFirst().orElseThrow().id()));
    assertThat(announcement)
        .contains("La noi, ÎNCURAJĂM ATÂT FEMEILE cât şi bărbaţii să candideze!");
    assertThat(measures().get("announcementCompliance").asText()).isEqualTo("OK");
  }

  @Test
  void givenAnEquivalentApprovedByHr_whenUsed_thenAccepted() {
    constituted("EXECUTION");

    contest.announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("Invitam deopotriva candidate si candidati sa se inscrie.", true, true));

    assertThat(contest.instance).isWaitingAt(Elements.PUBLISH_ANNOUNCEMENT);
    assertThat(recruitment.of(contest.contestId).announcementCompliance()).isEqualTo("OK");
  }

  @Test
  void givenAnAnnouncementBeforeThePolicyDate_whenIncomplete_thenOnlyAWarning() {
    constituted("EXECUTION");

    contest.announce(LocalDate.of(2025, 8, 29), FIRST_TEST, FIRST_TEST, Map.of());

    assertThat(contest.instance).isWaitingAt(Elements.PUBLISH_ANNOUNCEMENT);
    assertThat(recruitment.of(contest.contestId).announcementCompliance()).isEqualTo("WARNING");
    assertThat((String) contest.variable("announcementComplianceNote"))
        .startsWith("Avertisment").contains("mențiunea de încurajare", "limbaj neutru",
            "nu este încă în vigoare");
    assertThat(measures().get("announcementCompliance").asText()).isEqualTo("WARNING");
  }

  @Test
  void givenALeadershipVacancy_whenPublished_thenEveryActiveEmployeeIsToldOnce() {
    constituted("LEADERSHIP").announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("Încurajăm atât femeile, cât și bărbații să candideze.", true, true));

    publishAsHr();

    assertThat(contest.instance).isWaitingAt(Elements.REGISTER_FILE);
    RecruitmentRecords.Measures measures = recruitment.of(contest.contestId);
    assertThat(measures.internalNoticeSentOn()).isEqualTo(POLICY_DAY);
    // Active with an address: the six members, the secretary, the nurse and the teacher. Not
    // the retired nor the not-yet-hired; the one without an address is counted apart.
    assertThat(measures.internalNoticeRecipients()).isEqualTo(9);
    assertThat(measures.internalNoticeUnreached()).isEqualTo(1);
    List<OutboxMail> notices = outbox.ofContest(contest.contestId).stream()
        .filter(mail -> mail.purpose().equals("INTERNAL_NOTICE")).toList();
    assertThat(notices).extracting(OutboxMail::recipient).containsExactlyInAnyOrder(
        "ra.cc.p@asemt.example", "ra.cc.m1@asemt.example", "ra.cc.m2@asemt.example",
        "ra.csc.p@asemt.example", "ra.csc.m1@asemt.example", "ra.csc.m2@asemt.example",
        "ra.secretary@asemt.example", "ra.nurse@asemt.example", "ra.teacher@asemt.example");
    assertThat(notices.get(0).subject()).contains("post de conducere", "Administrator financiar");
    assertThat(notices.get(0).body()).contains("Încurajăm atât femeile, cât și bărbații");
    JsonNode api = measures();
    assertThat(api.get("internalNoticeSentOn").asText()).isEqualTo("2025-09-01");
    assertThat(api.get("internalNoticeRecipients").asInt()).isEqualTo(9);
  }

  @Test
  void givenAnExecutionPost_whenPublished_thenNoInternalNotice() {
    constituted("EXECUTION").announce(POLICY_DAY, FIRST_TEST, FIRST_TEST,
        plan("Încurajăm atât femeile, cât și bărbații să candideze.", true, true));

    publishAsHr();

    assertThat(contest.instance).isWaitingAt(Elements.REGISTER_FILE);
    RecruitmentRecords.Measures measures = recruitment.of(contest.contestId);
    assertThat(measures.internalNoticeSentOn()).isNull();
    assertThat(measures.internalNoticeRecipients()).isNull();
    assertThat(outbox.ofContest(contest.contestId))
        .noneMatch(mail -> mail.purpose().equals("INTERNAL_NOTICE"));
    assertThat(measures().get("internalNoticeRecipients").isNull()).isTrue();
  }
}
