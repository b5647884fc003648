package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.security.DemoWork.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;
import ro.dosar.support.TasklistSession;

/**
 * Issue 15: a member cannot learn a variable his forms do not show by trying values in a query's
 * filter, and {@code /variable-instance/count} counts what {@code /variable-instance} lists. The
 * demo contest's {@code secretary} is "secretar"; membru1's selection forms do not show it.
 */
@DosarTest
class VariableGuessingTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void noUserLeftOnTheTestThread() {
    engine.getIdentityService().clearAuthentication();
  }

  private Http as(String user) {
    return Http.as(port, user, user);
  }

  private static String filter(String name, String value) {
    return "{\"name\":\"" + name + "\",\"operator\":\"eq\",\"value\":\"" + value + "\"}";
  }

  @Test
  void filteringTasksByAHiddenVariable_isRefused_whateverTheValue() {
    List<HttpResponse<String>> guesses = new ArrayList<>();
    for (String value : List.of("secretar", "altcineva")) {
      guesses.add(as("membru1").get("/engine-rest/task?processVariables=secretary_eq_" + value));
      guesses.add(as("membru1").get("/engine-rest/task/count?processVariables=secretary_eq_"
          + value));
      guesses.add(as("membru1").get("/engine-rest/task?taskVariables=secretary_eq_" + value));
      guesses.add(as("membru1").postJson("/engine-rest/task",
          "{\"processVariables\":[" + filter("secretary", value) + "]}"));
      guesses.add(as("membru1").postJson("/engine-rest/task/count",
          "{\"processVariables\":[" + filter("secretary", value) + "]}"));
      guesses.add(as("membru1").postJson("/engine-rest/task", "{\"orQueries\":[{"
          + "\"processVariables\":[" + filter("secretary", value) + "]}]}"));
    }
    guesses.add(as("membru1").postJson("/engine-rest/task", "{\"sorting\":[{\"sortBy\":"
        + "\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"secretary\","
        + "\"type\":\"String\"}}]}"));

    assertThat(guesses).allSatisfy(answer -> {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
      assertThat(message(answer)).contains("„secretary”");
    });
  }

  @Test
  void tasklistsSearchByAHiddenVariable_isRefusedToo_itsListsAnswerAsBefore() {
    Filter myTasks = engine.getFilterService().createFilterQuery().filterName("Sarcinile mele")
        .singleResult();
    TasklistSession tasklist = TasklistSession.login(port, "membru1");

    HttpResponse<String> byQuery = tasklist.get("/task?processVariables=secretary_eq_secretar");
    HttpResponse<String> byFilter = tasklist.json("POST", "/filter/" + myTasks.getId()
        + "/list", "{\"processVariables\":[" + filter("secretary", "secretar") + "]}");
    for (HttpResponse<String> answer : List.of(byQuery, byFilter)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
      assertThat(message(answer)).contains("„secretary”");
    }

    // Tasklist's own lists (no variable filter) answer as before; an administrator may filter.
    Task own = new DemoWork(engine).selectionTasks("membru1").get(0);
    HttpResponse<String> plain = tasklist.json("POST", "/filter/" + myTasks.getId()
        + "/list?maxResults=10000", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":"
        + "\"desc\"}]}");
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    assertThat(plain.body()).contains(own.getId());
    HttpResponse<String> administrator = as("demo").postJson("/engine-rest/filter/"
        + myTasks.getId() + "/list", "{\"processVariables\":["
        + filter("secretary", "secretar") + "]}");
    assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(200);
  }

  /** Where the engine shows a member no instance, every guess is answered alike: nothing. */
  @Test
  void instanceAndHistoryQueriesByVariable_answerAMemberTheSame_rightOrWrongValue() {
    String right = "secretary_eq_secretar";
    String wrong = "secretary_eq_altcineva";
    for (String path : List.of("/engine-rest/process-instance?variables=",
        "/engine-rest/execution?processVariables=",
        "/engine-rest/history/process-instance?variables=",
        "/engine-rest/history/task?processVariables=")) {
      HttpResponse<String> onRight = as("membru1").get(path + right);
      HttpResponse<String> onWrong = as("membru1").get(path + wrong);
      assertThat(onRight.statusCode()).as(path).isEqualTo(onWrong.statusCode());
      assertThat(onRight.body()).as(path).isEqualTo(onWrong.body());
      assertThat(onRight.body()).as(path).isEqualTo("[]");
    }
    HttpResponse<String> posted = as("membru1").postJson("/engine-rest/process-instance",
        "{\"variables\":[" + filter("secretary", "secretar") + "]}");
    assertThat(posted.body()).isEqualTo("[]");
    // HR may read the contest's variables in Cockpit: it finds the contest by them.
    String contest = new DemoWork(engine).contestAtSelection().getId();
    assertThat(as("hr").get("/engine-rest/process-instance?variables=" + right).body())
        .contains(contest);
  }

  @Test
  void theCountOfVariableInstances_agreesWithTheirList() {
    Task own = new DemoWork(engine).selectionTasks("membru1").get(0);
    engine.getTaskService().setVariableLocal(own.getId(), "hiddenNote", "nu se arată");
    try {
      engine.getIdentityService().setAuthentication("membru1", List.of("commission"),
          List.of("UVT"));
      long engineCount = engine.getRuntimeService().createVariableInstanceQuery()
          .taskIdIn(own.getId()).count();
      engine.getIdentityService().clearAuthentication();

      long listed = Http.json(as("membru1").get("/engine-rest/variable-instance?taskIdIn="
          + own.getId())).size();
      long counted = count(as("membru1").get("/engine-rest/variable-instance/count?taskIdIn="
          + own.getId()));
      long posted = count(as("membru1").postJson("/engine-rest/variable-instance/count",
          "{\"taskIdIn\":[\"" + own.getId() + "\"]}"));

      assertThat(engineCount).as("the engine itself counts the hidden variable")
          .isGreaterThan(listed);
      assertThat(counted).isEqualTo(listed);
      assertThat(posted).isEqualTo(listed);
      assertThat(count(as("membru1").get("/engine-rest/variable-instance/count?variableName="
          + "hiddenNote"))).isZero();
      assertThat(count(as("membru1").get("/engine-rest/variable-instance/count")))
          .isEqualTo(Http.json(as("membru1").get("/engine-rest/variable-instance")).size());
      assertThat(count(as("demo").get("/engine-rest/variable-instance/count?variableName="
          + "hiddenNote"))).as("the administrator counts everything").isEqualTo(1);
    } finally {
      engine.getTaskService().removeVariableLocal(own.getId(), "hiddenNote");
    }
  }

  private static long count(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode count = Http.json(response).path("count");
    assertThat(count.isNumber()).as(response.body()).isTrue();
    return count.asLong();
  }
}
