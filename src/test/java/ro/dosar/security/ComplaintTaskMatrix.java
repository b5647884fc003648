package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import ro.dosar.equality.complaint.HarassmentComplaintProcess;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Elements;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.support.Http;

/**
 * Who may do what with a harassment complaint's task through the engine REST API (issue 15):
 * the complaint's actors and the rest of the institution (columns) × the task, message, signal,
 * process-instance and history paths (rows). The complaint is registered here by UVT's Equality
 * Officer; its first task (acknowledging it) waits for the group {@code equality-officer}.
 * {@code A} = allowed; {@code R} = refused (4xx, or an empty list), the task, its instance and
 * variables read back unchanged. Complaints are confidential: HR, a commission member, the
 * trusted person who may register one, another institution's user see nothing of it; the
 * Director (rector) follows it read-only.
 * Run on H2 ({@link ComplaintTaskMatrixTest}) and on PostgreSQL
 * ({@link ComplaintTaskMatrixOnPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComplaintTaskMatrix {

  static final String MATRIX = """
      operation                      egalitate rector hr membru1 incredere mf.politica anonymous
      READ_TASK                      A         R      R  R       R         R           R
      PUT_TASK_VARIABLE              R         R      R  R       R         R           R
      SET_ASSIGNEE                   R         R      R  R       R         R           R
      CLAIM_FOR_OUTSIDER             R         R      R  R       R         R           R
      CLAIM_FOR_ONESELF              A         R      R  R       R         R           R
      SUBMIT_FORM_WITH_FOREIGN_FIELD R         R      R  R       R         R           R
      CORRELATE_MESSAGE              R         R      R  R       R         R           R
      SIGNAL                         R         R      R  R       R         R           R
      READ_PROCESS_INSTANCE          A         A      R  R       R         R           R
      SUSPEND_PROCESS_INSTANCE       R         R      R  R       R         R           R
      READ_HISTORY_PROCESS_INSTANCE  A         A      R  R       R         R           R
      """;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private String taskId;
  private String instanceId;

  @BeforeAll
  void aComplaintWaitsForItsAcknowledgement() {
    HttpResponse<String> registered = Http.as(port, "egalitate", "egalitate").postJson(
        "/api/equality/complaints", "{\"type\":\"MORAL_HARASSMENT\",\"channel\":\"EMAIL\","
            + "\"description\":\"Plângere pentru matricea de acces " + System.nanoTime() + "\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long id = Http.json(registered).path("id").asLong();
    Task task = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(HarassmentComplaintProcess.KEY)
        .taskDefinitionKey(Elements.ACKNOWLEDGE_COMPLAINT)
        .list().stream()
        .filter(t -> Long.valueOf(id).equals(number(engine.getRuntimeService()
            .getVariable(t.getProcessInstanceId(), Variables.COMPLAINT_ID))))
        .findFirst().orElseThrow(() -> new AssertionError("No acknowledgement task of " + id));
    taskId = task.getId();
    instanceId = task.getProcessInstanceId();
  }

  private static Long number(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  static Stream<Arguments> matrix() {
    List<String> lines = MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String[] header = lines.get(0).split("\\s+");
    List<String> roles = Arrays.asList(header).subList(1, header.length);
    List<Arguments> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\\s+");
      for (int i = 0; i < roles.size(); i++) {
        cases.add(Arguments.of(roles.get(i), cells[0], "A".equals(cells[i + 1])));
      }
    }
    return cases.stream();
  }

  /** What a refused attempt must leave as it was. */
  private record State(String assignee, Object variables, boolean suspended, long activities) {
  }

  private State state() {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as("the acknowledgement is still open").isNotNull();
    return new State(task.getAssignee(), engine.getRuntimeService().getVariables(instanceId),
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
            .singleResult().isSuspended(),
        engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(instanceId).count());
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("matrix")
  void engineRest(String role, String operation, boolean allowed) {
    State before = state();
    Http http = "anonymous".equals(role) ? Http.anonymous(port) : Http.as(port, role, role);

    HttpResponse<String> response = call(http, role, operation);

    boolean read = operation.startsWith("READ_");
    if (allowed) {
      assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    } else if (!(read && response.statusCode() == 200)) {
      assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
      if (response.statusCode() != 401) {
        DemoWork.message(response);
      }
    }
    if (read) {
      assertThat(hasData(response)).as(response.body()).isEqualTo(allowed);
      assertThat(response.body()).doesNotContain("Plângere pentru matricea");
    }
    if (allowed && operation.equals("CLAIM_FOR_ONESELF")) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()
          .getAssignee()).isEqualTo(role);
      engine.getTaskService().setAssignee(taskId, null);
    }
    assertThat(state()).isEqualTo(before);
  }

  private HttpResponse<String> call(Http http, String role, String operation) {
    String task = "/engine-rest/task/" + taskId;
    String instance = "/engine-rest/process-instance/" + instanceId;
    return switch (operation) {
      case "READ_TASK" -> http.get(task);
      case "PUT_TASK_VARIABLE" -> http.putJson(task + "/variables/complaintStatus",
          "{\"value\":\"CLOSED\"}");
      case "SET_ASSIGNEE" -> http.postJson(task + "/assignee", "{\"userId\":\"salariat\"}");
      case "CLAIM_FOR_OUTSIDER" -> http.postJson(task + "/claim", "{\"userId\":\"salariat\"}");
      case "CLAIM_FOR_ONESELF" -> http.postJson(task + "/claim",
          "{\"userId\":\"" + role + "\"}");
      case "SUBMIT_FORM_WITH_FOREIGN_FIELD" -> http.postJson(task + "/submit-form",
          "{\"variables\":{\"acknowledged\":{\"value\":true},"
              + "\"complaintStatus\":{\"value\":\"CLOSED\"}}}");
      case "CORRELATE_MESSAGE" -> http.postJson("/engine-rest/message",
          "{\"messageName\":\"RetaliationReported\",\"processInstanceId\":\"" + instanceId
              + "\"}");
      case "SIGNAL" -> http.postJson("/engine-rest/signal", "{\"name\":\"RetaliationReported\"}");
      case "READ_PROCESS_INSTANCE" -> http.get(instance);
      case "SUSPEND_PROCESS_INSTANCE" -> http.putJson(instance + "/suspended",
          "{\"suspended\":true}");
      case "READ_HISTORY_PROCESS_INSTANCE" -> http.get(
          "/engine-rest/history/process-instance?processInstanceId=" + instanceId);
      default -> throw new IllegalArgumentException(operation);
    };
  }

  private static boolean hasData(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return false;
    }
    JsonNode body = Http.json(response);
    return body.isArray() ? !body.isEmpty() : body.size() > 0;
  }
}
