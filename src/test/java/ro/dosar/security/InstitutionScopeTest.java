package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.evaluation.PerformanceEvaluationCampaignProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * Issue 15, observed items 6, 7 and 10, replayed over HTTP against the demo: UVT's users
 * ({@code hr}, {@code rector}, {@code egalitate}) against the Moldovan Ministry of Finance
 * (MFRM, tenant MFRM) and back. Another institution's record is answered 404, as if it did not
 * exist, and nothing changes (read back after every refused write).
 *
 * <p>{@code mf.hr} is MFRM's HR officer and Equality Officer, created here: the demo's MFRM users
 * hold only the pay-policy roles.
 */
@DosarTest
class InstitutionScopeTest {

  static final String MF_HR = "mf.hr";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  WorkingDayCalendar calendar;

  @BeforeEach
  void mfrmHasItsOwnHrAndEqualityOfficer() {
    if (identity.createUserQuery().userId(MF_HR).count() == 0) {
      User user = identity.newUser(MF_HR);
      user.setFirstName("Doina");
      user.setLastName("Ursu");
      user.setPassword(MF_HR);
      identity.saveUser(user);
      identity.createMembership(MF_HR, RoleGroups.HR);
      identity.createMembership(MF_HR, RoleGroups.EQUALITY_OFFICER);
      identity.createTenantUserMembership("MFRM", MF_HR);
    }
  }

  private Http as(String user) {
    return Http.as(port, user, user);
  }

  private static int thisYear() {
    return LocalDate.now(ZoneId.of("Europe/Bucharest")).getYear();
  }

  // ---- Item 6: equality data crosses institutions ---------------------------------------------

  @Test
  void uvtReadersDoNotGetMfrmsMonitoringReport_butTheirOwn() {
    String mfrm = "/api/equality/report?year=" + thisYear() + "&institution=MFRM";
    for (String reader : List.of("hr", "rector", "egalitate")) {
      HttpResponse<String> refused = as(reader).get(mfrm);
      assertThat(refused.statusCode()).as(reader).isEqualTo(404);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.body()).as(reader).doesNotContain("complaints")
          .contains("nu aparține instituției dumneavoastră");
      assertThat(as(reader).get("/api/equality/report/document?year=" + thisYear()
          + "&institution=MFRM").statusCode()).as(reader).isEqualTo(404);
      HttpResponse<String> own = as(reader).get("/api/equality/report?year=" + thisYear());
      assertThat(own.statusCode()).as(reader).isEqualTo(200);
      assertThat(Http.json(own).toString()).contains("UVT");
    }
    // MFRM's own reader gets MFRM's report by default, and not UVT's.
    assertThat(Http.json(as(MF_HR).get("/api/equality/report?year=" + thisYear())).toString())
        .contains("MFRM").doesNotContain("\"UVT\"");
    assertThat(as(MF_HR).get("/api/equality/report?year=" + thisYear() + "&institution=UVT")
        .statusCode()).isEqualTo(404);
  }

  @Test
  void uvtsEqualityOfficerCannotRegisterAComplaintForMfrm_andMfrmsComplaintRunsInItsTenant() {
    long before = complaints("MFRM");
    HttpResponse<String> refused = as("egalitate").postJson("/api/equality/complaints",
        complaint("MFRM"));
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(as("incredere").postJson("/api/equality/complaints", """
        {"type":"MORAL_HARASSMENT","channel":"TRUSTED_PERSON","institution":"MFRM",
         "description":"Colegul meu este umilit zilnic în ședințe."}""").statusCode())
        .isEqualTo(404);
    assertThat(complaints("MFRM")).as("nothing registered for MFRM").isEqualTo(before);

    // MFRM's own officer registers it: the case is MFRM's and its instance runs in tenant MFRM.
    HttpResponse<String> registered = as(MF_HR).postJson("/api/equality/complaints",
        complaint(null));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long id = Http.json(registered).get("id").asLong();
    assertThat(complaints("MFRM")).isEqualTo(before + 1);
    String instanceId = jdbc.sql("SELECT process_instance_id FROM complaint_case WHERE id = ?")
        .param(id).query(String.class).single();
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    assertThat(instance.getTenantId()).isEqualTo("MFRM");

    // UVT's officer and Director General see nothing of it, through either API.
    for (String uvt : List.of("egalitate", "rector")) {
      assertThat(as(uvt).get("/api/equality/complaints/" + id).statusCode()).as(uvt)
          .isEqualTo(404);
      assertThat(ids(as(uvt).get("/api/equality/complaints"))).as(uvt).doesNotContain(id);
      assertThat(as(uvt).postJson("/api/equality/complaints/" + id + "/notes",
          "{\"kind\":\"NOTE\",\"text\":\"x\"}").statusCode()).as(uvt).isEqualTo(404);
      assertThat(as(uvt).postJson("/api/equality/complaints/" + id + "/investigators",
          "{\"userId\":\"" + uvt + "\"}").statusCode()).as(uvt).isEqualTo(404);
      assertThat(as(uvt).get("/engine-rest/process-instance?processInstanceIds=" + instanceId)
          .body()).as(uvt).isEqualTo("[]");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint_note WHERE case_id = ? AND kind = 'NOTE'")
        .param(id).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM complaint_investigator WHERE case_id = ?")
        .param(id).query(Long.class).single()).isZero();
    assertThat(ids(as(MF_HR).get("/api/equality/complaints"))).contains(id);
  }

  @Test
  void uvtCannotRecordTrainingsForMfrm_norAttendeesOfAnMfrmSession() {
    String session = """
        {"type":"ANTI_HARASSMENT","title":"Prevenirea hărțuirii","heldOn":"%s",
         "format":"ONLINE","trainerType":"LOCAL_TRAINER"%s}""";
    String yesterday = LocalDate.now(ZoneId.of("Europe/Bucharest")).minusDays(1).toString();
    long before = sessions("MFRM");
    for (String recorder : List.of("hr", "egalitate")) {
      assertThat(as(recorder).postJson("/api/equality/trainings",
          session.formatted(yesterday, ",\"institution\":\"MFRM\"")).statusCode()).as(recorder)
          .isEqualTo(404);
    }
    assertThat(sessions("MFRM")).isEqualTo(before);

    HttpResponse<String> mfrmSession = as(MF_HR).postJson("/api/equality/trainings",
        session.formatted(yesterday, ""));
    assertThat(mfrmSession.statusCode()).as(mfrmSession.body()).isEqualTo(201);
    long id = Http.json(mfrmSession).get("id").asLong();
    assertThat(Http.json(mfrmSession).get("institutionCode").asText()).isEqualTo("MFRM");
    assertThat(as("hr").postJson("/api/equality/trainings/" + id + "/attendees",
        "{\"userIds\":[\"hr\"]}").statusCode()).isEqualTo(404);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = ?")
        .param(id).query(Long.class).single()).isZero();
    assertThat(as("hr").get("/api/equality/trainings?year=" + thisYear() + "&institution=MFRM")
        .statusCode()).isEqualTo(404);
    assertThat(as("hr").get("/api/equality/trainings?year=" + thisYear()).body())
        .doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void staffContestsCyclesAndInstitutionsStayWithinTheCallersInstitution() {
    // HR of MFRM does not read or write UVT's staff register, nor UVT's contests; UVT's HR not
    // MFRM's pay-grade cycle.
    assertThat(as(MF_HR).get("/api/staff/salariat").statusCode()).isEqualTo(404);
    String salariat = as("hr").get("/api/staff/salariat").body();
    assertThat(as(MF_HR).putJson("/api/staff/salariat", """
        {"fullName":"Altcineva","department":"X","gender":"MALE"}""").statusCode())
        .isEqualTo(404);
    assertThat(as("hr").get("/api/staff/salariat").body()).isEqualTo(salariat);
    assertThat(as(MF_HR).putJson("/api/staff/membru9", """
        {"fullName":"Nou Venit","department":"X"}""").statusCode()).isEqualTo(404);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_member WHERE user_id = 'membru9'")
        .query(Long.class).single()).isZero();
    assertThat(as(MF_HR).get("/api/staff").body()).doesNotContain("\"salariat\"");
    assertThat(as("hr").get("/api/staff").body()).contains("\"salariat\"");

    long contest = jdbc.sql("SELECT MIN(id) FROM contest WHERE institution_code = 'UVT'")
        .query(Long.class).single();
    assertThat(as("hr").get("/api/contests/" + contest).statusCode()).isEqualTo(200);
    assertThat(as(MF_HR).get("/api/contests/" + contest).statusCode()).isEqualTo(404);
    assertThat(as(MF_HR).get("/api/contests/" + contest + "/documents").statusCode())
        .isEqualTo(404);
    String events = as("hr").get("/api/contests/" + contest).body();
    assertThat(as(MF_HR).postJson("/api/contests/" + contest + "/messages/ContestSuspended",
        "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
    assertThat(as("hr").get("/api/contests/" + contest).body()).isEqualTo(events);

    long cycle = jdbc.sql("SELECT MIN(id) FROM function_evaluation_cycle")
        .query(Long.class).single();
    assertThat(as("mf.politica").get("/api/paygrade/cycles/" + cycle).statusCode())
        .isEqualTo(200);
    assertThat(as("hr").get("/api/paygrade/cycles/" + cycle).statusCode()).isEqualTo(404);
    assertThat(as("demo").get("/api/paygrade/cycles/" + cycle).statusCode())
        .as("administrators see every institution").isEqualTo(200);

    assertThat(codes(as("hr").get("/api/institutions"))).containsExactly("UVT");
    assertThat(codes(as("mf.politica").get("/api/institutions"))).containsExactly("MFRM");
    assertThat(codes(as("demo").get("/api/institutions"))).containsExactlyInAnyOrder("UVT",
        "MFRM", "ASEMT");
  }

  /** The staff register's e-mail change answered for a user of any institution. */
  @Test
  void hrChangesTheEmailOfItsOwnInstitutionsUsersOnly() {
    String salariat = email("salariat");
    String politica = email("mf.politica");

    HttpResponse<String> fromMfrm = as(MF_HR).putJson("/api/staff/salariat/email",
        "{\"email\":\"altcineva@exemplu.ro\"}");
    HttpResponse<String> fromUvt = as("hr").putJson("/api/staff/mf.politica/email",
        "{\"email\":\"altcineva@exemplu.ro\"}");

    for (HttpResponse<String> refused : List.of(fromMfrm, fromUvt)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Http.json(refused).get("detail").asText()).contains("instituția dumneavoastră");
    }
    assertThat(email("salariat")).isEqualTo(salariat);
    assertThat(email("mf.politica")).isEqualTo(politica);

    HttpResponse<String> own = as(MF_HR).putJson("/api/staff/mf.politica/email",
        "{\"email\":\"politica@mf.gov.md\"}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(email("mf.politica")).isEqualTo("politica@mf.gov.md");
    assertThat(as("demo").putJson("/api/staff/salariat/email",
        "{\"email\":\"salariat@uvt.ro\"}").statusCode())
        .as("administrators serve every institution").isEqualTo(200);
    assertThat(email("salariat")).isEqualTo("salariat@uvt.ro");
  }

  private String email(String userId) {
    return identity.createUserQuery().userId(userId).singleResult().getEmail();
  }

  // ---- Item 7: investigator assignment ---------------------------------------------------------

  @Test
  void theOfficerNamesAnotherUserInvestigator_choosingFromTheActiveUsersOfTheInstitution() {
    HttpResponse<String> registered = as("egalitate").postJson("/api/equality/complaints",
        complaint(null));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long id = Http.json(registered).get("id").asLong();
    String base = "/api/equality/complaints/" + id;

    HttpResponse<String> candidates = as("egalitate").get(base + "/investigator-candidates");
    assertThat(candidates.statusCode()).isEqualTo(200);
    List<String> nameable = new ArrayList<>();
    Http.json(candidates).forEach(user -> nameable.add(user.get("userId").asText()));
    assertThat(nameable).contains("membru5", "egalitate", "juridic")
        .doesNotContain("mf.politica", MF_HR);
    assertThat(Http.json(candidates).toString())
        .contains("{\"userId\":\"membru5\",\"name\":\"Sorin Vasilescu\",\"assigned\":false}");
    assertThat(as("membru1").get(base + "/investigator-candidates").statusCode())
        .isEqualTo(404);

    HttpResponse<String> assigned = as("egalitate").postJson(base + "/investigators",
        "{\"userId\":\"membru5\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(Http.json(assigned).get("investigators").toString()).contains("membru5");
    assertThat(jdbc.sql("SELECT assigned_by FROM complaint_investigator WHERE case_id = ? AND "
        + "user_id = 'membru5'").param(id).query(String.class).single()).isEqualTo("egalitate");
    // The investigator now reads the case; the list shows him as assigned.
    assertThat(as("membru5").get(base).statusCode()).isEqualTo(200);
    assertThat(as("egalitate").get(base + "/investigator-candidates").body())
        .contains("{\"userId\":\"membru5\",\"name\":\"Sorin Vasilescu\",\"assigned\":true}");

    // Another institution's user, or nobody, cannot be named: 400 naming the field, nothing kept.
    for (String wrong : List.of("mf.politica", "nimeni")) {
      HttpResponse<String> refused = as("egalitate").postJson(base + "/investigators",
          "{\"userId\":\"" + wrong + "\"}");
      assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
      assertThat(Http.json(refused).get("field").asText()).isEqualTo("userId");
    }
    assertThat(jdbc.sql("SELECT user_id FROM complaint_investigator WHERE case_id = ?")
        .param(id).query(String.class).list()).containsExactly("membru5");
  }

  // ---- Item 10: duplicates ---------------------------------------------------------------------

  @Test
  void aSecondEvaluationCampaignForTheYear_isRefused409_andOnlyOneExists() {
    // The demo opened last year's campaign at start.
    long year = LocalDate.now(ZoneId.of("Europe/Bucharest")).getYear() - 1L;
    assertThat(campaigns()).isEqualTo(1);
    HttpResponse<String> again = as("hr").postJson(
        "/engine-rest/process-definition/key/performanceEvaluationCampaign/submit-form",
        "{\"variables\":{\"evaluatedYear\":{\"value\":" + year + ",\"type\":\"Long\"}}}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).get("message").asText())
        .contains("pentru anul " + year + " a fost deja deschisă");
    assertThat(campaigns()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey("EVALUARE-salariat-" + year).count()).isEqualTo(1);
  }

  @Test
  void aSecondFunctionEvaluationCycleWhileOneRuns_isRefused409() {
    // Other classes sharing this context may have cycles of their own: compare with before.
    long running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).count();
    assertThat(running).isPositive();
    long recorded = jdbc.sql("SELECT COUNT(*) FROM function_evaluation_cycle")
        .query(Long.class).single();
    LocalDate deadline = calendar.addWorkingDays(calendar.today(), 10, Country.MD);
    HttpResponse<String> again = as("mf.politica").postJson(
        "/engine-rest/process-definition/key/functionEvaluationCycle/submit-form",
        "{\"variables\":{\"cycleTitle\":{\"value\":\"Al doilea ciclu\"},"
            + "\"proposalDeadline\":{\"value\":\"" + deadline + "\"}}}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).get("message").asText()).contains("ciclu de evaluare a "
        + "funcțiilor în desfășurare");
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).count()).isEqualTo(running);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM function_evaluation_cycle")
        .query(Long.class).single()).isEqualTo(recorded);
  }

  private long campaigns() {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PerformanceEvaluationCampaignProcess.KEY).count();
  }

  private long complaints(String institution) {
    return jdbc.sql("SELECT COUNT(*) FROM complaint_case WHERE institution_code = ?")
        .param(institution).query(Long.class).single();
  }

  private long sessions(String institution) {
    return jdbc.sql("SELECT COUNT(*) FROM training_session WHERE institution_code = ?")
        .param(institution).query(Long.class).single();
  }

  private static String complaint(String institution) {
    return """
        {"type":"MORAL_HARASSMENT","channel":"EMAIL",%s
         "description":"Colegul meu este umilit zilnic în ședințe."}"""
        .formatted(institution == null ? "" : "\"institution\":\"" + institution + "\",");
  }

  private static List<Long> ids(HttpResponse<String> response) {
    List<Long> ids = new ArrayList<>();
    Http.json(response).forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  private static List<String> codes(HttpResponse<String> response) {
    List<String> codes = new ArrayList<>();
    for (JsonNode institution : Http.json(response)) {
      codes.add(institution.get("code").asText());
    }
    return codes;
  }
}
