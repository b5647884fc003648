package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.security.DemoWork.message;
import static ro.dosar.security.DemoWork.selectionForm;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.teststage.TestStageProcess.Elements;
import ro.dosar.equality.complaint.HarassmentComplaintProcess;
import ro.dosar.security.DemoWork.TaskState;
import ro.dosar.support.Http;
import ro.dosar.support.TasklistSession;

/**
 * The attacks of issue 15 on the engine REST API, each as it was observed, against the demo
 * profile's running application over HTTP: the attempt is refused, and the state read back is
 * what it was. Run on H2 ({@link EngineRestAttacksTest}) and on PostgreSQL
 * ({@link EngineRestAttacksOnPostgresTest}).
 */
abstract class EngineRestAttacks {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  MemberOpinionRepository opinions;

  /** A head of structure's proposal, as the contest's start form sends it. */
  static final String PROPOSAL = "{\"variables\":{\"postName\":{\"value\":\"Secretar\"},"
      + "\"structure\":{\"value\":\"Facultatea de Litere\"},"
      + "\"postCategory\":{\"value\":\"EXECUTION\"},\"vacancyType\":{\"value\":\"VACANT\"},"
      + "\"postsCount\":{\"value\":1},\"writtenTest\":{\"value\":true}}}";

  DemoWork demo() {
    return new DemoWork(engine);
  }

  Http as(String user) {
    return Http.as(port, user, user);
  }

  @AfterEach
  void noUserLeftOnTheTestThread() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Observed 1: PUT/POST/DELETE on the task's variables rewrote the contest (204 each). */
  @Test
  void attack1_aMemberCannotRewriteTheContestThroughTheVariablesOfHisTask() {
    ProcessInstance contest = demo().contestAtSelection();
    Task own = demo().selectionTasks("membru1").get(0);
    Object status = demo().variable(contest.getId(), "contestStatus");
    TaskState before = demo().state(own.getId());
    String task = "/engine-rest/task/" + own.getId();

    List<HttpResponse<String>> attempts = List.of(
        as("membru1").putJson(task + "/variables/secretary", "{\"value\":\"membru1\"}"),
        as("membru1").postJson(task + "/variables",
            "{\"modifications\":{\"contestStatus\":{\"value\":\"ANNULLED\"}}}"),
        as("membru1").delete(task + "/variables/secretary"),
        as("membru1").putJson(task + "/localVariables/fileCode", "{\"value\":\"1\"}"),
        as("membru1").postJson(task + "/localVariables",
            "{\"deletions\":[\"fileCode\"]}"),
        as("membru1").putJson("/engine-rest/process-instance/" + contest.getId()
            + "/variables/secretary", "{\"value\":\"membru1\"}"),
        as("membru1").putJson("/engine-rest/execution/" + own.getExecutionId()
            + "/localVariables/member", "{\"value\":\"membru2\"}"));

    assertThat(attempts).allSatisfy(response -> {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
      assertThat(message(response)).contains("formularul");
    });
    HttpResponse<String> smuggled = as("membru1").postJson(task + "/submit-form",
        "{\"variables\":{\"selectionDecision\":{\"value\":\"ADMIS\"},"
            + "\"noConflictDeclared\":{\"value\":true},\"secretary\":{\"value\":\"membru1\"},"
            + "\"contestStatus\":{\"value\":\"ANNULLED\"}}}");
    assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
    assertThat(message(smuggled)).contains("„secretary”", "„contestStatus”");

    assertThat(demo().variable(contest.getId(), "secretary")).isEqualTo("secretar");
    assertThat(demo().variable(contest.getId(), "contestStatus")).isEqualTo(status);
    assertThat(demo().state(own.getId())).isEqualTo(before);
    assertThat(opinions.exists(DemoWork.SELECTION, demo().fileCode(own), "membru1")).isFalse();
  }

  /** The same attempts through Tasklist's own API, with a Tasklist session: refused alike. */
  @Test
  void attack1and3_tasklistsOwnApiRefusesThemToo() {
    ProcessInstance contest = demo().contestAtSelection();
    Task own = demo().selectionTasks("membru1").get(1);
    TaskState before = demo().state(own.getId());
    TasklistSession tasklist = TasklistSession.login(port, "membru1");
    String task = "/task/" + own.getId();

    assertThat(tasklist.json("PUT", task + "/variables/secretary", "{\"value\":\"membru1\"}")
        .statusCode()).isEqualTo(403);
    assertThat(tasklist.json("POST", task + "/assignee", "{\"userId\":\"salariat\"}")
        .statusCode()).isEqualTo(403);
    HttpResponse<String> smuggled = tasklist.json("POST", task + "/submit-form",
        "{\"variables\":{\"selectionDecision\":{\"value\":\"ADMIS\"},"
            + "\"noConflictDeclared\":{\"value\":true},\"member\":{\"value\":\"membru2\"}}}");
    assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(400);
    assertThat(message(smuggled)).contains("„member”");

    assertThat(demo().variable(contest.getId(), "secretary")).isEqualTo("secretar");
    assertThat(demo().state(own.getId())).isEqualTo(before);
  }

  /**
   * Observed 2: membru1 sent {@code "member":{"value":"membru2"}} with his decision; the opinion
   * was stored under membru2, whose own submission then failed with a 500 showing SQL.
   */
  @Test
  void attack2_aMemberCannotRecordHisOpinionUnderAnotherMembersName() {
    long file = demo().fileCodes().get(1);
    Task first = demo().selectionTask("membru1", file);
    Task second = demo().selectionTask("membru2", file);

    HttpResponse<String> forged = as("membru1").postJson(
        "/engine-rest/task/" + first.getId() + "/submit-form",
        "{\"variables\":{\"selectionDecision\":{\"value\":\"RESPINS\"},"
            + "\"selectionReason\":{\"value\":\"Dosar incomplet.\"},"
            + "\"noConflictDeclared\":{\"value\":true},\"member\":{\"value\":\"membru2\"}}}");

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(message(forged)).contains("„member”");
    assertThat(opinions.opinions(DemoWork.SELECTION, file)).isEmpty();
    assertThat(demo().task(first.getId())).isNotNull();

    HttpResponse<String> own = as("membru1").postJson(
        "/engine-rest/task/" + first.getId() + "/submit-form", selectionForm("ADMIS"));
    HttpResponse<String> other = as("membru2").postJson(
        "/engine-rest/task/" + second.getId() + "/submit-form", selectionForm("ADMIS"));

    assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(204);
    assertThat(opinions.opinions(DemoWork.SELECTION, file))
        .containsExactlyInAnyOrderEntriesOf(Map.of("membru1", true, "membru2", true));
  }

  /**
   * Who decided is the user who completes the task: even a {@code member} variable rewritten
   * behind the form's back (here by the Java API) does not move the opinion to another name.
   */
  @Test
  void attack2_theOpinionIsRecordedUnderTheAuthenticatedMemberWhateverTheVariablesSay() {
    long file = demo().fileCodes().get(2);
    Task task = demo().selectionTask("membru3", file);
    engine.getRuntimeService().setVariableLocal(task.getExecutionId(),
        ContestHiringProcess.Variables.MEMBER, "membru2");

    HttpResponse<String> completed = as("membru3").postJson(
        "/engine-rest/task/" + task.getId() + "/complete", selectionForm("ADMIS"));

    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(opinions.opinions(DemoWork.SELECTION, file))
        .containsExactlyEntriesOf(Map.of("membru3", true));
  }

  /** Observed 2, its second half: a duplicate opinion answered 500 with SQL and index names. */
  @Test
  void attack2_aSecondOpinionOnTheSameFileIsAConflictNotAServerError() {
    long file = demo().fileCodes().get(3);
    Task task = demo().selectionTask("membru2", file);
    opinions.record(DemoWork.SELECTION, file, "membru2", false, "înregistrată deja");

    HttpResponse<String> again = as("membru2").postJson(
        "/engine-rest/task/" + task.getId() + "/submit-form", selectionForm("ADMIS"));

    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(message(again)).doesNotContainIgnoringCase("member_opinion")
        .doesNotContainIgnoringCase("duplicate");
    assertThat(opinions.opinions(DemoWork.SELECTION, file)).containsEntry("membru2", false);
    assertThat(demo().task(task.getId())).isNotNull();
  }

  /**
   * Observed 3: a member added a candidate, set the assignee, the owner, delegated his task to a
   * user on no commission (204 each); that user read its variables and completed it.
   */
  @Test
  void attack3_aMemberCannotHandHisTaskToAnOutsider() {
    Task own = demo().selectionTasks("membru3").get(0);
    TaskState before = demo().state(own.getId());
    String task = "/engine-rest/task/" + own.getId();

    List<HttpResponse<String>> attempts = List.of(
        as("membru3").postJson(task + "/identity-links",
            "{\"userId\":\"salariat\",\"type\":\"candidate\"}"),
        as("membru3").postJson(task + "/assignee", "{\"userId\":\"salariat\"}"),
        as("membru3").postJson(task + "/identity-links",
            "{\"userId\":\"salariat\",\"type\":\"owner\"}"),
        as("membru3").putJson(task, "{\"name\":\"Selecția dosarului\",\"assignee\":\"membru3\","
            + "\"owner\":\"salariat\"}"),
        as("membru3").postJson(task + "/delegate", "{\"userId\":\"salariat\"}"),
        as("membru3").postJson(task + "/claim", "{\"userId\":\"salariat\"}"),
        as("membru3").postJson(task + "/unclaim", ""));

    assertThat(attempts).allSatisfy(response -> {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
      message(response);
    });
    assertThat(as("salariat").get(task + "/variables").statusCode()).isIn(403, 404);
    HttpResponse<String> outsider = as("salariat").postJson(task + "/complete",
        selectionForm("RESPINS"));
    assertThat(outsider.statusCode()).as(outsider.body()).isIn(403, 404);
    assertThat(demo().state(own.getId())).isEqualTo(before);
    assertThat(before.assignee()).isEqualTo("membru3");
    assertThat(opinions.exists(DemoWork.SELECTION, demo().fileCode(own), "membru3")).isFalse();

    // The engine itself refuses too (the same rule for Tasklist's own API and the Java API).
    engine.getIdentityService().setAuthentication("membru3", List.of("commission"),
        List.of("UVT"));
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(own.getId(), "salariat"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> engine.getTaskService().setVariable(own.getId(),
        ContestHiringProcess.Variables.SECRETARY,
        "membru3")).isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(demo().state(own.getId())).isEqualTo(before);
  }

  /** Group tasks: claimed by a member of the group for himself, released by him only. */
  @Test
  void attack3_aGroupTaskIsClaimedAndReleasedByItsGroupOnly() {
    HttpResponse<String> proposed = as("sef").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form", PROPOSAL);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    Task groupTask = engine.getTaskService().createTaskQuery()
        .processInstanceId(Http.json(proposed).path("id").asText()).singleResult();
    assertThat(demo().candidates(groupTask.getId())).containsExactly("group:hr");
    assertThat(groupTask.getAssignee()).isNull();
    String task = "/engine-rest/task/" + groupTask.getId();

    assertThat(as("membru1").postJson(task + "/claim", "{\"userId\":\"membru1\"}").statusCode())
        .isIn(403, 404);
    assertThat(as("hr").postJson(task + "/claim", "{\"userId\":\"salariat\"}").statusCode())
        .isEqualTo(403);
    assertThat(demo().task(groupTask.getId()).getAssignee()).isNull();

    assertThat(as("hr").postJson(task + "/claim", "{\"userId\":\"hr\"}").statusCode())
        .isEqualTo(204);
    assertThat(demo().task(groupTask.getId()).getAssignee()).isEqualTo("hr");
    assertThat(as("membru1").postJson(task + "/unclaim", "").statusCode()).isIn(403, 404);
    assertThat(as("secretar").postJson(task + "/unclaim", "").statusCode()).isEqualTo(403);
    assertThat(demo().task(groupTask.getId()).getAssignee()).isEqualTo("hr");

    HttpResponse<String> released = as("hr").postJson(task + "/unclaim", "");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(204);
    assertThat(demo().task(groupTask.getId()).getAssignee()).isNull();
  }

  /**
   * Observed 4: an Object variable ({@code java.io.File}, JSON format) was accepted (204) and
   * deserialised on read.
   */
  @Test
  void attack4_objectVariablesAreRefusedAndNeverDeserialisedIntoUnlistedTypes() {
    Task own = demo().selectionTasks("membru1").get(0);
    String object = "{\"value\":\"\\\"/etc/passwd\\\"\",\"type\":\"Object\",\"valueInfo\":"
        + "{\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}";

    for (String user : List.of("membru1", "demo")) {
      HttpResponse<String> refused = Http.as(port, user, user).putJson(
          "/engine-rest/task/" + own.getId() + "/localVariables/x", object);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(message(refused)).contains("Object");
    }
    assertThat(engine.getTaskService().getVariableLocal(own.getId(), "x")).isNull();

    // Stored behind the API's back, such a value is still never turned into a java.io.File.
    engine.getTaskService().setVariableLocal(own.getId(), "x",
        Variables.serializedObjectValue("\"/etc/passwd\"").objectTypeName("java.io.File")
            .serializationDataFormat("application/json").create());
    try {
      assertThatThrownBy(() -> engine.getTaskService().getVariableLocal(own.getId(), "x"))
          .isInstanceOf(ProcessEngineException.class);
      HttpResponse<String> read = Http.as(port, "demo", "demo")
          .get("/engine-rest/task/" + own.getId() + "/localVariables/x");
      assertThat(read.statusCode()).as(read.body()).isNotEqualTo(200);
      assertThat(read.statusCode()).isLessThan(500);
    } finally {
      engine.getTaskService().removeVariableLocal(own.getId(), "x");
    }
  }

  /**
   * Observed 8, engine REST: client errors answered with 500 and raw ENGINE-codes, authorization
   * failures naming harassment-complaint instances.
   */
  @Test
  void item8_engineRestAnswersClientErrorsAsClientErrors() {
    HttpResponse<String> unknownTask = as("membru1").postJson(
        "/engine-rest/task/no-such-task/complete", selectionForm("ADMIS"));
    assertThat(unknownTask.statusCode()).as(unknownTask.body()).isEqualTo(404);
    message(unknownTask);
    HttpResponse<String> unknownInstance = as("hr").get(
        "/engine-rest/process-instance/no-such-instance/variables");
    assertThat(unknownInstance.statusCode()).as(unknownInstance.body()).isEqualTo(404);
    message(unknownInstance);
    HttpResponse<String> unknownDefinition = as("sef").postJson(
        "/engine-rest/process-definition/no-such-definition/submit-form", "{}");
    assertThat(unknownDefinition.statusCode()).as(unknownDefinition.body()).isEqualTo(404);
    message(unknownDefinition);

    long started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY).count();
    HttpResponse<String> emptyProposal = as("sef").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form", "{}");
    assertThat(emptyProposal.statusCode()).as(emptyProposal.body()).isEqualTo(400);
    assertThat(message(emptyProposal)).contains("obligatoriu");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY).count()).isEqualTo(started);
  }

  @Test
  void item8_aSuspendedTaskIsAConflict() {
    Task scoring = engine.getTaskService().createTaskQuery().taskAssignee("membru2")
        .taskDefinitionKey(Elements.SCORE_PAPER).list().stream().findFirst()
        .orElseThrow(() -> new AssertionError("The demo has no score sheet of membru2"));
    engine.getRuntimeService().suspendProcessInstanceById(scoring.getProcessInstanceId());
    try {
      HttpResponse<String> suspended = as("membru2").postJson(
          "/engine-rest/task/" + scoring.getId() + "/submit-form", "{\"variables\":{}}");
      assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(409);
      assertThat(message(suspended)).contains("suspendat");
      assertThat(demo().task(scoring.getId())).isNotNull();
    } finally {
      engine.getRuntimeService().activateProcessInstanceById(scoring.getProcessInstanceId());
    }
  }

  @Test
  void item8_aRefusedMessageNamesNoInstanceTheCallerCannotSee() {
    HttpResponse<String> registered = as("egalitate").postJson("/api/equality/complaints",
        "{\"type\":\"MORAL_HARASSMENT\",\"channel\":\"EMAIL\",\"description\":\"Descriere.\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    List<String> complaints = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(HarassmentComplaintProcess.KEY).list().stream()
        .map(ProcessInstance::getId).toList();
    assertThat(complaints).isNotEmpty();

    HttpResponse<String> refused = as("membru1").postJson("/engine-rest/message",
        "{\"messageName\":\"RetaliationReported\",\"all\":true}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    String message = message(refused);
    assertThat(refused.body()).doesNotContain(complaints.toArray(String[]::new));
    assertThat(message).doesNotContain("harassmentComplaint");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(HarassmentComplaintProcess.Elements.RETALIATION_REPORTED).count()).isZero();
  }
  /**
   * What the file-selection form shows: its fields and the variables its texts name (the
   * candidate's name where the selection is not anonymous, the links to his PDFs, the post's
   * conditions).
   */
  static final Set<String> SELECTION_FORM_SHOWS = Set.of("fileCode", "missingDocuments", "docA",
      "docB", "docC", "docD", "docE", "docF", "docG", "docH", "docI", "docJ", "docK",
      "selectionDecision", "selectionReason", "noConflictDeclared", "selectionDeadline",
      "candidateName", "fileDocumentsLinks", "postName", "specificConditions", "studyLevel");

  /**
   * Reading through a task is limited to what its form shows: the holder read every variable of
   * the contest through his task (the secretary, the contest's status, the member variable).
   */
  @Test
  void reads_theHolderReadsThroughHisTaskOnlyWhatItsFormShows() {
    Task own = demo().selectionTasks("membru1").get(0);
    String task = "/engine-rest/task/" + own.getId();
    engine.getTaskService().setVariableLocal(own.getId(), "hiddenNote", "nu se arată");
    try {
      for (String path : List.of("/variables", "/localVariables", "/form-variables",
          "/form-variables?variableNames=secretary,contestStatus,fileCode",
          "/variables?deserializeValues=false")) {
        HttpResponse<String> read = as("membru1").get(task + path);
        assertThat(read.statusCode()).as(path + " " + read.body()).isEqualTo(200);
        assertThat(names(Http.json(read))).as(path).isSubsetOf(SELECTION_FORM_SHOWS);
      }
      assertThat(names(Http.json(as("membru1").get(task + "/variables"))))
          .contains("fileCode", "selectionDeadline");
      assertThat(names(Http.json(as("membru1").get(task + "/form-variables"))))
          .contains("fileCode", "selectionDeadline");
      for (String path : List.of("/variables/secretary", "/variables/contestStatus/data",
          "/localVariables/hiddenNote", "/variables/member")) {
        HttpResponse<String> refused = as("membru1").get(task + path);
        assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(403);
        assertThat(message(refused)).contains("formular");
      }
      assertThat(as("membru1").get(task + "/variables/fileCode").statusCode()).isEqualTo(200);

      // Tasklist asks as it renders the Camunda Form: the form's data, nothing else.
      TasklistSession tasklist = TasklistSession.login(port, "membru1");
      HttpResponse<String> rendered = tasklist.get("/task/" + own.getId()
          + "/form-variables?deserializeValues=false");
      assertThat(rendered.statusCode()).as(rendered.body()).isEqualTo(200);
      assertThat(names(Http.json(rendered))).isSubsetOf(SELECTION_FORM_SHOWS)
          .contains("fileCode", "selectionDeadline");
      assertThat(tasklist.get("/task/" + own.getId() + "/deployed-form").statusCode())
          .isEqualTo(200);

      // An administrator still reads everything of the task's instance (the file's own, called
      // by the contest): the variables the form does not show too.
      assertThat(names(Http.json(as("demo").get(task + "/variables"))))
          .contains("ccMembers", "contestId", "hiddenNote");
    } finally {
      engine.getTaskService().removeVariableLocal(own.getId(), "hiddenNote");
    }
  }

  /** The other variable-reading surfaces show a member nothing his form does not show. */
  @Test
  void reads_aMemberReadsNoContestVariableThroughTheOtherSurfaces() {
    Task own = demo().selectionTasks("membru2").get(0);
    engine.getTaskService().setVariableLocal(own.getId(), "hiddenNote", "nu se arată");
    try {
      // The contest's instance, and the file's own instance the task lives in (called by it).
      for (String instance : List.of(demo().contestAtSelection().getId(),
          own.getProcessInstanceId())) {
        for (String path : List.of(
            "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
            "/engine-rest/variable-instance?taskIdIn=" + own.getId(),
            "/engine-rest/variable-instance?variableName=secretary",
            "/engine-rest/variable-instance",
            "/engine-rest/process-instance/" + instance + "/variables",
            "/engine-rest/process-instance/" + instance + "/variables/secretary",
            "/engine-rest/execution/" + own.getExecutionId() + "/localVariables",
            "/engine-rest/execution/" + own.getExecutionId() + "/localVariables/member",
            "/engine-rest/history/variable-instance?processInstanceId=" + instance,
            "/engine-rest/history/variable-instance?taskIdIn=" + own.getId(),
            "/engine-rest/history/variable-instance",
            "/engine-rest/history/detail?processInstanceId=" + instance,
            "/engine-rest/history/detail")) {
          HttpResponse<String> read = as("membru2").get(path);
          assertThat(read.statusCode()).as(path + " " + read.body()).isIn(200, 403, 404);
          if (read.statusCode() == 200) {
            assertThat(names(Http.json(read))).as(path).isSubsetOf(SELECTION_FORM_SHOWS);
          } else {
            message(read);
          }
        }
        HttpResponse<String> queried = as("membru2").postJson("/engine-rest/variable-instance",
            "{\"processInstanceIdIn\":[\"" + instance + "\"]}");
        assertThat(queried.statusCode()).as(queried.body()).isIn(200, 403);
        if (queried.statusCode() == 200) {
          assertThat(names(Http.json(queried))).isSubsetOf(SELECTION_FORM_SHOWS);
        }
      }
    } finally {
      engine.getTaskService().removeVariableLocal(own.getId(), "hiddenNote");
    }
  }

  /** Tasklist's own API answered errors with Camunda's English bodies and ENGINE-codes. */
  @Test
  void errors_tasklistsOwnApiAnswersInRomanianProblemJson() {
    TasklistSession tasklist = TasklistSession.login(port, "membru1");

    HttpResponse<String> unknown = tasklist.json("POST", "/task/no-such-task/complete",
        selectionForm("ADMIS"));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(message(unknown)).contains("nu există");
    assertThat(Http.json(unknown).path("title").asText()).isEqualTo("Resursă inexistentă");

    HttpResponse<String> missing = tasklist.get("/process-instance/no-such-instance");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
    message(missing);

    Task other = demo().selectionTasks("membru2").get(0);
    HttpResponse<String> foreign = tasklist.json("POST", "/task/" + other.getId() + "/complete",
        selectionForm("ADMIS"));
    assertThat(foreign.statusCode()).as(foreign.body()).isIn(403, 404);
    assertThat(foreign.body()).doesNotContain(other.getId());
    message(foreign);
    assertThat(demo().task(other.getId())).isNotNull();
  }

  /** The variable names of a variables map, or of a list of variable instances. */
  static Set<String> names(JsonNode body) {
    Set<String> names = new java.util.TreeSet<>();
    if (body.isArray()) {
      body.forEach(v -> names.add(v.has("name") ? v.path("name").asText()
          : v.path("variableName").asText()));
    } else {
      body.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }
}
