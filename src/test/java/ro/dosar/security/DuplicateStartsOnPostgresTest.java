package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.equality.report.EqualityMonitoringReportProcess;
import ro.dosar.evaluation.PerformanceEvaluationCampaignProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess;
import ro.dosar.support.EmbeddedPostgresServer;
import ro.dosar.support.Http;

/**
 * Issue 15, observed item 10, on PostgreSQL (the production profile): a periodic procedure starts
 * once per institution and period, through the engine REST API as Tasklist and integrators start
 * it. A second evaluation campaign for a year, a second function evaluation cycle while one
 * runs, a second monitoring report for a year: 409 with the Romanian reason, and only one
 * exists. The table key behind the rule refuses a duplicate by itself (two nodes at once).
 *
 * <p>The production profile has no demo users: the test creates a UVT HR officer and Equality
 * Officer and an MFRM pay-policy officer, with passwords a password policy accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dosar.institutions[0].code=UVT",
    "dosar.institutions[0].name=Universitatea de Vest din Timișoara",
    "dosar.institutions[0].country=RO",
    "dosar.institutions[1].code=MFRM",
    "dosar.institutions[1].name=Ministerul Finanțelor al Republicii Moldova",
    "dosar.institutions[1].country=MD",
    "dosar.equality.report.first-year=2025",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@DirtiesContext
class DuplicateStartsOnPostgresTest {

  static final String PASSWORD = "Dosar-Test-2026!";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> "administrator");
    // The policy refuses a password that contains the user id ("Administrator-…").
    registry.add("DOSAR_ADMIN_PASSWORD", () -> "Tare-Parola-" + System.nanoTime() + "!");
  }

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
  void people() {
    // Every institution has a tenant; a user belongs to an institution by its membership.
    user("uvt.hr", RoleGroups.HR, "UVT");
    user("uvt.egal", RoleGroups.EQUALITY_OFFICER, "UVT");
    user("mf.pol", "mof-pay-policy", "MFRM");
  }

  private void user(String id, String group, String tenant) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    if (tenant != null) {
      identity.createTenantUserMembership(tenant, id);
    }
  }

  private HttpResponse<String> submit(String user, String process, String variables) {
    return Http.as(port, user, PASSWORD).postJson("/engine-rest/process-definition/key/"
        + process + "/submit-form", "{\"variables\":" + variables + "}");
  }

  @Test
  void theEvaluationCampaignOpensOncePerYear() {
    String year2025 = "{\"evaluatedYear\":{\"value\":2025,\"type\":\"Long\"}}";
    assertThat(submit("uvt.hr", "performanceEvaluationCampaign", year2025).statusCode())
        .isEqualTo(200);

    HttpResponse<String> again = submit("uvt.hr", "performanceEvaluationCampaign", year2025);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).get("message").asText()).contains("Campania de evaluare a "
        + "performanțelor pentru anul 2025 a fost deja deschisă");
    assertThat(campaigns()).isEqualTo(1);
    // Another year is another campaign.
    assertThat(submit("uvt.hr", "performanceEvaluationCampaign",
        "{\"evaluatedYear\":{\"value\":2024,\"type\":\"Long\"}}").statusCode()).isEqualTo(200);
    assertThat(campaigns()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT period FROM procedure_start WHERE process_key = "
        + "'performanceEvaluationCampaign' AND institution_code = 'UVT' ORDER BY period")
        .query(String.class).list()).containsExactly("2024", "2025");
  }

  @Test
  void aFunctionEvaluationCycleRunsOneAtATimePerInstitution() {
    String variables = "{\"cycleTitle\":{\"value\":\"Evaluarea funcțiilor\"},"
        + "\"proposalDeadline\":{\"value\":\""
        + calendar.addWorkingDays(calendar.today(), 10, Country.MD) + "\"}}";
    HttpResponse<String> first = submit("mf.pol", "functionEvaluationCycle", variables);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Http.json(first).get("tenantId").asText()).isEqualTo("MFRM");

    HttpResponse<String> again = submit("mf.pol", "functionEvaluationCycle", variables);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).get("message").asText())
        .contains("Instituția are deja un ciclu de evaluare a funcțiilor în desfășurare");
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM function_evaluation_cycle WHERE tenant_id = "
        + "'MFRM'").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void theMonitoringReportOfAYearIsStartedOnce() {
    String year = "{\"reportYear\":{\"value\":2025,\"type\":\"Long\"}}";
    HttpResponse<String> first = submit("uvt.egal", "equalityMonitoringReport", year);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

    HttpResponse<String> again = submit("uvt.egal", "equalityMonitoringReport", year);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Http.json(again).get("message").asText())
        .contains("Raportul pentru anul 2025 există deja (DRAFT)");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM equality_report WHERE institution_code = 'UVT' "
        + "AND report_year = 2025").query(Long.class).single()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(EqualityMonitoringReportProcess.KEY).count()).isEqualTo(1);
    // Another institution's report is not the Officer's to start.
    HttpResponse<String> mfrm = submit("uvt.egal", "equalityMonitoringReport",
        "{\"reportYear\":{\"value\":2025,\"type\":\"Long\"},"
            + "\"institution\":{\"value\":\"MFRM\"}}");
    assertThat(mfrm.statusCode()).as(mfrm.body()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM equality_report WHERE institution_code = 'MFRM'")
        .query(Long.class).single()).isZero();
  }

  @Test
  void theTableKeyRefusesASecondClaimOnItsOwn() {
    String claim = "INSERT INTO procedure_start (process_key, institution_code, period, "
        + "process_instance_id, started_at) VALUES ('tableKeyProbe', 'UVT', "
        + "'1999', ?, ?)";
    jdbc.sql(claim).params("one", Timestamp.from(Instant.now())).update();

    assertThatThrownBy(() -> jdbc.sql(claim).params("two", Timestamp.from(Instant.now()))
        .update()).isInstanceOf(DuplicateKeyException.class);
    assertThat(jdbc.sql("SELECT process_instance_id FROM procedure_start "
        + "WHERE process_key = 'tableKeyProbe'").query(String.class).list())
        .isEqualTo(List.of("one"));
  }

  private long campaigns() {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PerformanceEvaluationCampaignProcess.KEY).count();
  }
}
