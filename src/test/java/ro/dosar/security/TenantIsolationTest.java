package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;
import ro.dosar.support.TasklistSession;

/**
 * Issue 15: institutions are isolated on the engine's own surfaces too (the engine REST API,
 * Tasklist's and Cockpit's API), not only on Dosar's {@code /api}. UVT's HR ({@code hr}) and
 * MFRM's HR ({@code mf.hr}, created here: tenant MFRM, the same role group {@code hr}) hold the
 * same rights; a contest proposed at UVT is UVT's alone: MFRM's HR finds no task, instance,
 * history or variable of it, and cannot claim its task (read back), while UVT's HR and the
 * administrator still see it.
 */
@DosarTest
class TenantIsolationTest {

  static final String MF_HR = "mf.hr.tenant";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void mfrmHasAnHrOfficer() {
    if (identity.createUserQuery().userId(MF_HR).count() == 0) {
      User user = identity.newUser(MF_HR);
      user.setFirstName("Doina");
      user.setLastName("Ursu");
      user.setPassword(MF_HR);
      identity.saveUser(user);
      identity.createMembership(MF_HR, RoleGroups.HR);
      identity.createTenantUserMembership("MFRM", MF_HR);
    }
  }

  @AfterEach
  void noUserLeftOnTheTestThread() {
    engine.getIdentityService().clearAuthentication();
  }

  private Http as(String user) {
    return Http.as(port, user, user);
  }

  /** A contest proposed by UVT's head of structure: an HR group task (review) waits. */
  private ProcessInstance uvtContest() {
    String proposal = "{\"variables\":{\"postName\":{\"value\":\"Secretar izolare "
        + System.nanoTime() + "\"},\"structure\":{\"value\":\"Facultatea de Litere\"},"
        + "\"postCategory\":{\"value\":\"EXECUTION\"},\"vacancyType\":{\"value\":\"VACANT\"},"
        + "\"postsCount\":{\"value\":1},\"writtenTest\":{\"value\":true}}}";
    HttpResponse<String> started = as("sef").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form", proposal);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(Http.json(started).path("id").asText()).singleResult();
  }

  @Test
  void anotherInstitutionsHrSeesNothingOfUvtsContest_throughTheEngineRestApi() {
    ProcessInstance contest = uvtContest();
    Task review = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.getId()).singleResult();
    String id = contest.getId();

    for (String path : List.of("/engine-rest/task?processInstanceId=" + id,
        "/engine-rest/task?candidateGroup=hr&processInstanceId=" + id,
        "/engine-rest/process-instance?processInstanceIds=" + id,
        "/engine-rest/history/process-instance?processInstanceId=" + id,
        "/engine-rest/history/task?processInstanceId=" + id,
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/activity-instance?processInstanceId=" + id,
        "/engine-rest/variable-instance?processInstanceIdIn=" + id)) {
      assertThat(ids(as(MF_HR).get(path))).as("mf.hr: " + path).isEmpty();
      assertThat(ids(as("hr").get(path))).as("hr: " + path).isNotEmpty();
      assertThat(ids(as("demo").get(path))).as("demo: " + path).isNotEmpty();
    }
    assertThat(count(as(MF_HR).get("/engine-rest/task/count?processInstanceId=" + id))).isZero();
    assertThat(as(MF_HR).get("/engine-rest/task/" + review.getId()).statusCode())
        .isEqualTo(404);
    assertThat(as(MF_HR).get("/engine-rest/process-instance/" + id).statusCode())
        .isEqualTo(404);
    assertThat(as(MF_HR).get("/engine-rest/process-instance/" + id + "/variables")
        .statusCode()).isEqualTo(404);
    assertThat(as(MF_HR).get("/engine-rest/task/" + review.getId() + "/form-variables")
        .statusCode()).isEqualTo(404);

    HttpResponse<String> claim = as(MF_HR).postJson("/engine-rest/task/" + review.getId()
        + "/claim", "{\"userId\":\"" + MF_HR + "\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult()
        .getAssignee()).isNull();
    assertThat(as("hr").get("/engine-rest/task/" + review.getId()).statusCode()).isEqualTo(200);
    assertThat(contest.getTenantId()).as("the contest runs in UVT's tenant").isEqualTo("UVT");
  }

  @Test
  void anotherInstitutionsHrSeesNothingOfUvtsContest_throughTasklistsApi() {
    ProcessInstance contest = uvtContest();
    String id = contest.getId();
    TasklistSession mfrm = TasklistSession.login(port, MF_HR);
    TasklistSession uvt = TasklistSession.login(port, "hr");

    assertThat(ids(mfrm.get("/task?processInstanceId=" + id))).isEmpty();
    assertThat(ids(uvt.get("/task?processInstanceId=" + id))).hasSize(1);
    assertThat(ids(mfrm.json("POST", "/task", "{\"processInstanceId\":\"" + id + "\"}")))
        .isEmpty();
    assertThat(ids(mfrm.get("/process-instance?processInstanceIds=" + id))).isEmpty();
    assertThat(ids(uvt.get("/process-instance?processInstanceIds=" + id))).hasSize(1);
    assertThat(ids(mfrm.get("/history/process-instance?processInstanceId=" + id))).isEmpty();
    assertThat(ids(uvt.get("/history/process-instance?processInstanceId=" + id))).hasSize(1);
  }

  /** Instances the demo starts without a user belong to UVT, the demo's institution, too. */
  @Test
  void theDemoContestStartedWithoutAUser_isUvtsAlone() {
    ProcessInstance demo = new DemoWork(engine).contestAtSelection();

    String path = "/engine-rest/process-instance?processInstanceIds=" + demo.getId();
    assertThat(ids(as(MF_HR).get(path))).isEmpty();
    assertThat(ids(as("hr").get(path))).containsExactly(demo.getId());
    // The contest's tasks, its files' selection tasks (called instances) among them, share its
    // business key.
    String tasks = "/engine-rest/task?processInstanceBusinessKey=" + demo.getBusinessKey();
    assertThat(ids(as("mf.politica").get(tasks))).isEmpty();
    assertThat(ids(as("membru1").get(tasks))).isNotEmpty();
    assertThat(demo.getTenantId()).isEqualTo("UVT");
  }

  private static List<String> ids(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = Http.json(response);
    assertThat(list.isArray()).as(response.body()).isTrue();
    List<String> ids = new ArrayList<>();
    list.forEach(element -> ids.add(element.path("id").asText()));
    return ids;
  }

  private static long count(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).path("count").asLong();
  }
}
