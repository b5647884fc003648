package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.security.DemoWork.selectionForm;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.support.Http;

/**
 * Who may do what with a commission member's task through the engine REST API, as a table:
 * the demo's roles (columns) × the engine REST operations on membru1's selection task in the demo
 * contest and on its contest (rows). {@code A} = allowed (2xx, with data for a read), {@code R} =
 * refused (4xx, or a query that answers an empty list); after every refusal the task, its variables,
 * the contest's variables and the recorded opinions are read back unchanged.
 *
 * <p>Roles: membru1 holds the task (CC president); membru2 sits on the same commission; hr;
 * secretar (commission secretary and HR); rector (follows every contest, read-only here);
 * juridic (legal adviser); sef (head of the structure that proposes); egalitate (Equality
 * Officer); registratura (Registry); salariat (no group); mf.politica (the Moldovan ministry,
 * another institution); anonymous (no credentials). Rows cover the task's paths, its variables,
 * its identity links, messages and signals, its process instance and its history.
 * HR supervises the contests read-only (issue 17): it reads their open tasks and what their forms
 * show (READ_TASK on the definition), and changes nothing. Run on H2 ({@link EngineRestMatrixTest})
 * and on PostgreSQL ({@link EngineRestMatrixOnPostgresTest}). The same operations, requests and
 * answers ({@link #cells}, {@link Target}, {@link #call}, {@link #answers}) serve the matrices of
 * the other procedures' tasks ({@link ProcedureTaskMatrix}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineRestMatrix {

  static final String MATRIX = """
      operation                      membru1 membru2 hr secretar rector juridic sef egalitate registratura salariat mf.politica anonymous
      READ_TASK                      A       R       A  A        R      R       R   R         R            R        R           R
      READ_TASK_VARIABLES            A       R       A  A        R      R       R   R         R            R        R           R
      READ_VARIABLE_NOT_IN_FORM      R       R       R  R        R      R       R   R         R            R        R           R
      PUT_TASK_VARIABLE              R       R       R  R        R      R       R   R         R            R        R           R
      PUT_TASK_LOCAL_VARIABLE        R       R       R  R        R      R       R   R         R            R        R           R
      MODIFY_TASK_VARIABLES          R       R       R  R        R      R       R   R         R            R        R           R
      DELETE_TASK_VARIABLE           R       R       R  R        R      R       R   R         R            R        R           R
      ADD_CANDIDATE                  R       R       R  R        R      R       R   R         R            R        R           R
      SET_ASSIGNEE                   R       R       R  R        R      R       R   R         R            R        R           R
      SET_OWNER                      R       R       R  R        R      R       R   R         R            R        R           R
      DELEGATE                       R       R       R  R        R      R       R   R         R            R        R           R
      CLAIM_FOR_OUTSIDER             R       R       R  R        R      R       R   R         R            R        R           R
      CLAIM_FOR_ONESELF              A       R       R  R        R      R       R   R         R            R        R           R
      SUBMIT_FORM_WITH_FOREIGN_FIELD R       R       R  R        R      R       R   R         R            R        R           R
      SUBMIT_FORM                    A       R       R  R        R      R       R   R         R            R        R           R
      COMPLETE                       A       R       R  R        R      R       R   R         R            R        R           R
      CORRELATE_MESSAGE_TO_ALL       R       R       R  R        R      R       R   R         R            R        R           R
      CORRELATE_MESSAGE_BY_KEY       R       R       R  R        R      R       R   R         R            R        R           R
      SIGNAL                         R       R       R  R        R      R       R   R         R            R        R           R
      PUT_INSTANCE_VARIABLE          R       R       R  R        R      R       R   R         R            R        R           R
      PUT_EXECUTION_LOCAL_VARIABLE   R       R       R  R        R      R       R   R         R            R        R           R
      READ_PROCESS_INSTANCE          R       R       A  A        A      R       R   R         R            R        R           R
      SUSPEND_PROCESS_INSTANCE       R       R       R  R        R      R       R   R         R            R        R           R
      DELETE_PROCESS_INSTANCE        R       R       R  R        R      R       R   R         R            R        R           R
      READ_HISTORY_PROCESS_INSTANCE  R       R       A  A        A      R       R   R         R            R        R           R
      READ_HISTORY_VARIABLES         R       R       A  A        A      R       R   R         R            R        R           R
      """;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  MemberOpinionRepository opinions;

  DemoWork demo;

  @BeforeAll
  void demo() {
    demo = new DemoWork(engine);
  }

  static Stream<Arguments> matrix() {
    return cells(MATRIX);
  }

  /**
   * The cells of a table: its first line names the roles (after the word {@code operation}),
   * every further line an {@link Operation} and, per role, {@code A} (allowed), {@code R}
   * (refused) or {@code -} (not tried in this table; its reason is the table's to give).
   */
  static Stream<Arguments> cells(String table) {
    List<String> lines = table.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String[] header = lines.get(0).split("\\s+");
    List<String> roles = Arrays.asList(header).subList(1, header.length);
    List<Arguments> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\\s+");
      assertThat(cells).as(line).hasSize(roles.size() + 1);
      for (int i = 0; i < roles.size(); i++) {
        assertThat(cells[i + 1]).as(line).isIn("A", "R", "-");
        if (!"-".equals(cells[i + 1])) {
          cases.add(Arguments.of(roles.get(i), Operation.valueOf(cells[0]),
              "A".equals(cells[i + 1])));
        }
      }
    }
    return cases.stream();
  }

  /**
   * The task a table's rows work on, and what they send: the variable its form does not show
   * ({@code hiddenVariable}: read, written, deleted, written on the instance, read in the
   * history), a variable written locally on the task, one changed through {@code modifications}
   * (with the value tried), one written locally on the task's execution, the form's fields
   * ({@code submit}), the same with a field the form does not have, a message the process
   * knows (by name, to all, or by the instance's business key with {@code messageVariables}
   * as JSON, or none) and a signal name.
   */
  record Target(String taskId, String instanceId, String executionId, String businessKey,
      String hiddenVariable, String localVariable, String modifiedVariable, String modifiedValue,
      String executionVariable, String submit, String foreignSubmit, String message,
      String messageVariables, String signal) {
  }

  enum Operation {
    READ_TASK, READ_TASK_VARIABLES, READ_VARIABLE_NOT_IN_FORM, PUT_TASK_VARIABLE,
    PUT_TASK_LOCAL_VARIABLE,
    MODIFY_TASK_VARIABLES, DELETE_TASK_VARIABLE, ADD_CANDIDATE, SET_ASSIGNEE, SET_OWNER, DELEGATE,
    CLAIM_FOR_OUTSIDER, CLAIM_FOR_ONESELF, SUBMIT_FORM_WITH_FOREIGN_FIELD, SUBMIT_FORM, COMPLETE,
    CORRELATE_MESSAGE_TO_ALL, CORRELATE_MESSAGE_BY_KEY, SIGNAL, PUT_INSTANCE_VARIABLE,
    PUT_EXECUTION_LOCAL_VARIABLE, READ_PROCESS_INSTANCE, SUSPEND_PROCESS_INSTANCE,
    DELETE_PROCESS_INSTANCE, READ_HISTORY_PROCESS_INSTANCE, READ_HISTORY_VARIABLES;

    boolean completes() {
      return this == SUBMIT_FORM || this == COMPLETE;
    }

    boolean reads() {
      return this == READ_TASK || this == READ_TASK_VARIABLES
          || this == READ_VARIABLE_NOT_IN_FORM || this == READ_HISTORY_VARIABLES
          || this == READ_PROCESS_INSTANCE || this == READ_HISTORY_PROCESS_INSTANCE;
    }
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("matrix")
  void engineRest(String role, Operation operation, boolean allowed) {
    Task task = demo.selectionTasks("membru1").get(0);
    // The contest's instance (the task itself lives in its file's called instance).
    String instance = demo.contestAtSelection().getId();
    long file = demo.fileCode(task);
    DemoWork.TaskState taskBefore = demo.state(task.getId());
    Object secretary = demo.variable(instance, "secretary");
    Object status = demo.variable(instance, "contestStatus");
    Map<String, Boolean> opinionsBefore = opinions.opinions(DemoWork.SELECTION, file);

    HttpResponse<String> response = call(port, role, operation, new Target(task.getId(),
        instance, task.getExecutionId(), demo.contestAtSelection().getBusinessKey(), "secretary",
        "fileCode", "contestStatus", "ANNULLED", "member", selectionForm("ADMIS"),
        "{\"variables\":{\"selectionDecision\":{\"value\":\"ADMIS\"},"
            + "\"noConflictDeclared\":{\"value\":true},\"member\":{\"value\":\"membru2\"}}}",
        "ConflictOfInterestReported", "{\"conflictMember\":{\"value\":\"membru3\"}}",
        "ContestResumed"));

    answers(response, operation, allowed);
    if (allowed && operation.completes()) {
      assertThat(demo.task(task.getId())).isNull();
      assertThat(opinions.opinions(DemoWork.SELECTION, file)).containsEntry(role, true);
      return;
    }
    assertThat(demo.state(task.getId())).isEqualTo(taskBefore);
    assertThat(demo.contestAtSelection().isSuspended()).isFalse();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId(Elements.CONFLICT_REPORTED).count()).isZero();
    assertThat(demo.variable(instance, "secretary")).isEqualTo(secretary);
    assertThat(demo.variable(instance, "contestStatus")).isEqualTo(status);
    assertThat(opinions.opinions(DemoWork.SELECTION, file)).isEqualTo(opinionsBefore);
  }

  /**
   * The cell's answer: allowed, a 2xx (a read with data); refused, a 4xx with a Romanian message
   * that names nothing inside (401 for anonymous), or a query that answers an empty list.
   */
  static void answers(HttpResponse<String> response, Operation operation, boolean allowed) {
    if (!allowed && operation.reads() && response.statusCode() == 200) {
      assertThat(hasData(response)).as("a refused query answers an empty list: "
          + response.body()).isFalse();
    } else if (!allowed) {
      assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
      if (response.statusCode() != 401) {
        DemoWork.message(response);
      }
    } else {
      assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }
    if (operation.reads()) {
      assertThat(hasData(response)).as(response.body()).isEqualTo(allowed);
    }
  }

  /** Sends the row's request about the target as the role (no credentials for anonymous). */
  static HttpResponse<String> call(int port, String role, Operation operation, Target target) {
    Http http = "anonymous".equals(role) ? Http.anonymous(port) : Http.as(port, role, role);
    String path = "/engine-rest/task/" + target.taskId();
    String instance = "/engine-rest/process-instance/" + target.instanceId();
    return switch (operation) {
      case READ_TASK -> http.get(path);
      case READ_TASK_VARIABLES -> http.get(path + "/variables");
      case READ_VARIABLE_NOT_IN_FORM -> http.get(path + "/variables/" + target.hiddenVariable());
      case PUT_TASK_VARIABLE -> http.putJson(path + "/variables/" + target.hiddenVariable(),
          "{\"value\":\"" + role + "\"}");
      case PUT_TASK_LOCAL_VARIABLE -> http.putJson(path + "/localVariables/"
          + target.localVariable(), "{\"value\":\"1\"}");
      case MODIFY_TASK_VARIABLES -> http.postJson(path + "/variables",
          "{\"modifications\":{\"" + target.modifiedVariable() + "\":{\"value\":\""
              + target.modifiedValue() + "\"}}}");
      case DELETE_TASK_VARIABLE -> http.delete(path + "/variables/" + target.hiddenVariable());
      case ADD_CANDIDATE -> http.postJson(path + "/identity-links",
          "{\"userId\":\"salariat\",\"type\":\"candidate\"}");
      case SET_ASSIGNEE -> http.postJson(path + "/assignee", "{\"userId\":\"salariat\"}");
      case SET_OWNER -> http.postJson(path + "/identity-links",
          "{\"userId\":\"salariat\",\"type\":\"owner\"}");
      case DELEGATE -> http.postJson(path + "/delegate", "{\"userId\":\"salariat\"}");
      case CLAIM_FOR_OUTSIDER -> http.postJson(path + "/claim", "{\"userId\":\"salariat\"}");
      case CLAIM_FOR_ONESELF -> http.postJson(path + "/claim",
          "{\"userId\":\"" + role + "\"}");
      case SUBMIT_FORM_WITH_FOREIGN_FIELD -> http.postJson(path + "/submit-form",
          target.foreignSubmit());
      case SUBMIT_FORM -> http.postJson(path + "/submit-form", target.submit());
      case COMPLETE -> http.postJson(path + "/complete", target.submit());
      case CORRELATE_MESSAGE_TO_ALL -> http.postJson("/engine-rest/message",
          "{\"messageName\":\"" + target.message() + "\",\"all\":true}");
      case CORRELATE_MESSAGE_BY_KEY -> http.postJson("/engine-rest/message",
          "{\"messageName\":\"" + target.message() + "\",\"businessKey\":\""
              + target.businessKey() + "\",\"processVariablesLocal\":"
              + target.messageVariables() + "}");
      case SIGNAL -> http.postJson("/engine-rest/signal",
          "{\"name\":\"" + target.signal() + "\"}");
      case READ_PROCESS_INSTANCE -> http.get(instance);
      case SUSPEND_PROCESS_INSTANCE -> http.putJson(instance + "/suspended",
          "{\"suspended\":true}");
      case DELETE_PROCESS_INSTANCE -> http.delete(instance);
      case READ_HISTORY_PROCESS_INSTANCE -> http.get("/engine-rest/history/process-instance?"
          + "processInstanceId=" + target.instanceId());
      case PUT_INSTANCE_VARIABLE -> http.putJson(instance + "/variables/"
          + target.hiddenVariable(), "{\"value\":\"salariat\"}");
      case PUT_EXECUTION_LOCAL_VARIABLE -> http.putJson("/engine-rest/execution/"
          + target.executionId() + "/localVariables/" + target.executionVariable(),
          "{\"value\":\"salariat\"}");
      case READ_HISTORY_VARIABLES -> http.get("/engine-rest/history/variable-instance?"
          + "processInstanceId=" + target.instanceId() + "&variableName="
          + target.hiddenVariable());
    };
  }

  static boolean hasData(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return false;
    }
    JsonNode body = Http.json(response);
    return body.isArray() ? !body.isEmpty() : body.size() > 0;
  }
}
