package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.StaffRepository;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;

/**
 * Commission work reaches only the members of that contest's commission: a member of another
 * contest's commission, asking the REST API as himself, sees none of its tasks or records and
 * cannot complete its tasks. A form re-check refused by the server answers 400 in Romanian.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestAuthorizationTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  MemberOpinionRepository opinions;

  ContestDriver contestA;
  ContestDriver contestB;
  long fileA;
  long fileB;

  /** Once for the class (process coverage records runs per test, so not in a @BeforeAll). */
  @BeforeEach
  void twoContestsAtSelection() {
    if (contestA != null) {
      return;
    }
    ContestDriver.employees(identity, staff, "a.cc.p:Drept:leader", "a.cc.m1:Economic",
        "a.cc.m2:Economic", "a.csc.p:Litere:leader", "a.csc.m1:Juridic", "a.csc.m2:Tehnic",
        "b.cc.p:Fizică:leader", "b.cc.m1:Chimie", "b.cc.m2:Biologie", "b.csc.p:Arte:leader",
        "b.csc.m1:Muzică", "b.csc.m2:Sport", "ab.secretary:HR");
    contestA = atSelection("a", "Ana Pop");
    fileA = contestA.lastCode;
    contestB = atSelection("b", "Bogdan Ionescu");
    fileB = contestB.lastCode;
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ContestDriver atSelection(String prefix, String candidate) {
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal()
        .constitute(List.of(prefix + ".cc.p", prefix + ".cc.m1", prefix + ".cc.m2"),
            List.of(prefix + ".csc.p", prefix + ".csc.m1", prefix + ".csc.m2"), "ab.secretary")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();
    now(LocalDate.of(2025, 9, 10), 12);
    contest.lastCode = contest.registerFile(candidate, LocalDateTime.of(2025, 9, 10, 9, 0),
        "ABDEFGHI");
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    return contest;
  }

  private Http as(String user) {
    return Http.as(port, user, user);
  }

  @Test
  void aMemberSeesOnlyTheTasksOfHisOwnContest() {
    HttpResponse<String> tasks = as("b.cc.m1").get("/engine-rest/task");

    assertThat(tasks.statusCode()).isEqualTo(200);
    // The selection tasks live in each file's own instance, called by its contest.
    assertThat(Http.json(tasks).findValuesAsText("processInstanceId"))
        .isNotEmpty().isSubsetOf(instancesOf(contestB))
        .doesNotContainAnyElementsOf(instancesOf(contestA));
    for (String instance : instancesOf(contestA)) {
      assertThat(Http.json(as("b.cc.m1").get("/engine-rest/task?processInstanceId="
          + instance))).isEmpty();
    }
  }

  /** The contest's instance and the instances it called (a file's selection each). */
  private List<String> instancesOf(ContestDriver contest) {
    List<String> ids = new java.util.ArrayList<>(List.of(contest.instance.getId()));
    engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(contest.instance.getId()).list()
        .forEach(called -> ids.add(called.getId()));
    return ids;
  }

  @Test
  void aMemberCannotReadNorCompleteAnotherContestsTask() {
    Task foreign = contestA.memberTask("selectFile", "a.cc.m1", fileA);

    assertThat(as("b.cc.m1").get("/engine-rest/task/" + foreign.getId()).statusCode())
        .isIn(403, 404);
    HttpResponse<String> completion = as("b.cc.m1").postJson(
        "/engine-rest/task/" + foreign.getId() + "/complete",
        "{\"variables\":{\"selectionDecision\":{\"value\":\"RESPINS\"},"
            + "\"selectionReason\":{\"value\":\"x\"},\"noConflictDeclared\":{\"value\":true}}}");
    assertThat(completion.statusCode()).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(foreign.getId()).count())
        .isEqualTo(1);
    assertThat(opinions.exists("SELECTION", fileA, "b.cc.m1")).isFalse();
  }

  @Test
  void aMemberReadsTheRecordsOfHisOwnContestOnly() {
    assertThat(as("b.cc.m1").get("/api/contests/" + contestB.contestId).statusCode())
        .isEqualTo(200);
    assertThat(as("b.cc.m1").get("/api/contests/" + contestA.contestId).statusCode())
        .isEqualTo(404);
    HttpResponse<String> results =
        as("b.csc.m2").get("/api/contests/" + contestB.contestId + "/selection-results");
    assertThat(results.statusCode()).isEqualTo(200);
    assertThat(results.body()).contains(String.valueOf(fileB)).doesNotContain("Bogdan");
  }

  @Test
  void theMemberCompletesHisOwnTask_andARefusedFormAnswers400InRomanian() {
    Task own = contestB.memberTask("selectFile", "b.cc.m2", fileB);

    HttpResponse<String> refused = as("b.cc.m2").postJson(
        "/engine-rest/task/" + own.getId() + "/submit-form",
        "{\"variables\":{\"selectionDecision\":{\"value\":\"ADMIS\"},"
            + "\"noConflictDeclared\":{\"value\":false}}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Http.json(refused).get("message").asText()).contains("conflict de interese");
    assertThat(opinions.exists("SELECTION", fileB, "b.cc.m2")).isFalse();

    HttpResponse<String> accepted = as("b.cc.m2").postJson(
        "/engine-rest/task/" + own.getId() + "/submit-form",
        "{\"variables\":{\"selectionDecision\":{\"value\":\"ADMIS\"},"
            + "\"noConflictDeclared\":{\"value\":true}}}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(opinions.opinions("SELECTION", fileB)).containsEntry("b.cc.m2", true);
  }

  @Test
  void aHeadOfStructureStartsAContest_anIncompleteProposalAnswers400() {
    if (identity.createUserQuery().userId("t.head").count() == 0) {
      var head = identity.newUser("t.head");
      head.setPassword("t.head");
      identity.saveUser(head);
      identity.createMembership("t.head", "head-of-structure");
    }
    String proposal = "{\"variables\":{\"postName\":{\"value\":\"Secretar\"},"
        + "\"structure\":{\"value\":\"Facultatea de Litere\"},"
        + "\"postCategory\":{\"value\":\"EXECUTION\"},"
        + "\"vacancyType\":{\"value\":\"%s\"},\"postsCount\":{\"value\":1},"
        + "\"writtenTest\":{\"value\":true}}}";

    HttpResponse<String> refused = as("t.head").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form",
        proposal.formatted("SOMETIMES_VACANT"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Http.json(refused).get("message").asText()).contains("temporar vacant");

    HttpResponse<String> started = as("t.head").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form",
        proposal.formatted("VACANT"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(Http.json(started).get("businessKey").asText()).startsWith("CONCURS-");
    assertThat(as("b.cc.m1").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form",
        proposal.formatted("VACANT")).statusCode()).isEqualTo(403);
  }
}
