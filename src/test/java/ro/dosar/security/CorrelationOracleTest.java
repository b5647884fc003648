package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;
import ro.dosar.support.TasklistSession;

/**
 * Issue 15: the engine REST API is no guessing oracle. A user who is not an administrator gets
 * the same answer (status and body) whether what he names — a message's business key, its
 * correlation keys, an instance id — matches an instance he may not touch, or matches nothing;
 * and nothing changes. Before, a message answered 403 on a match and 400 on none, and an
 * instance he may not read answered 403 where an unknown one answered 404.
 *
 * <p>The contest is proposed here by UVT's head of structure ({@code sef}): it waits for HR's
 * review and already listens for the messages of its event subprocesses. {@code membru1} (a
 * commission member), {@code hr} (who may read it, not change it) and {@code mf.politica}
 * (another institution) guess.
 */
@DosarTest
class CorrelationOracleTest {

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

  private ProcessInstance proposedContest() {
    HttpResponse<String> started = as("sef").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form",
        "{\"variables\":{\"postName\":{\"value\":\"Referent oracol " + System.nanoTime() + "\"},"
            + "\"structure\":{\"value\":\"Facultatea de Litere\"},"
            + "\"postCategory\":{\"value\":\"EXECUTION\"},\"vacancyType\":{\"value\":\"VACANT\"},"
            + "\"postsCount\":{\"value\":1},\"writtenTest\":{\"value\":true}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(Http.json(started).path("id").asText()).singleResult();
  }

  /** A message the contest waits for now (the start of one of its event subprocesses). */
  private String awaitedMessage(ProcessInstance contest) {
    List<EventSubscription> subscriptions = engine.getRuntimeService()
        .createEventSubscriptionQuery().processInstanceId(contest.getId()).eventType("message")
        .list();
    assertThat(subscriptions).as("the contest listens for a message").isNotEmpty();
    return subscriptions.get(0).getEventName();
  }

  /** What a refused guess must leave as it was. */
  private record State(long subscriptions, long activities, Map<String, Object> variables,
      boolean suspended) {
  }

  private State state(ProcessInstance contest) {
    ProcessInstance now = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.getId()).singleResult();
    assertThat(now).as("the contest still runs").isNotNull();
    return new State(engine.getRuntimeService().createEventSubscriptionQuery()
        .processInstanceId(contest.getId()).count(),
        engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(contest.getId()).count(),
        engine.getRuntimeService().getVariables(contest.getId()), now.isSuspended());
  }

  @Test
  void aMessageIsAnsweredAlike_whetherItsKeysMatchAContestTheCallerMayNotTouchOrNothing() {
    ProcessInstance contest = proposedContest();
    String message = awaitedMessage(contest);
    long contestId = ((Number) engine.getRuntimeService().getVariable(contest.getId(),
        Variables.CONTEST_ID)).longValue();
    State before = state(contest);
    String right = "CONCURS-" + contestId;
    String wrong = "CONCURS-" + (contestId + 100_000);
    // Each pair: keys that match the contest, and the same kind of keys that match nothing.
    List<String[]> guesses = List.of(
        new String[] {"{\"messageName\":\"" + message + "\",\"businessKey\":\"" + right + "\"}",
            "{\"messageName\":\"" + message + "\",\"businessKey\":\"" + wrong + "\"}"},
        new String[] {correlation(message, "correlationKeys", contestId),
            correlation(message, "correlationKeys", contestId + 100_000)},
        new String[] {correlation(message, "localCorrelationKeys", contestId),
            correlation(message, "localCorrelationKeys", contestId + 100_000)},
        new String[] {"{\"messageName\":\"" + message + "\",\"processInstanceId\":\""
            + contest.getId() + "\"}", "{\"messageName\":\"" + message
            + "\",\"processInstanceId\":\"" + UUID.randomUUID() + "\"}"},
        new String[] {"{\"messageName\":\"" + message + "\",\"businessKey\":\"" + right
            + "\",\"tenantId\":\"UVT\"}", "{\"messageName\":\"" + message
            + "\",\"businessKey\":\"" + right + "\",\"tenantId\":\"MFRM\"}"},
        new String[] {"{\"messageName\":\"" + message + "\",\"businessKey\":\"" + right
            + "\",\"resultEnabled\":true,\"variablesInResultEnabled\":true}",
            "{\"messageName\":\"" + message + "\",\"businessKey\":\"" + wrong
                + "\",\"resultEnabled\":true,\"variablesInResultEnabled\":true}"});

    List<String> answers = new ArrayList<>();
    for (String user : List.of("membru1", "hr", "mf.politica")) {
      for (String[] pair : guesses) {
        HttpResponse<String> onMatch = as(user).postJson("/engine-rest/message", pair[0]);
        HttpResponse<String> onNothing = as(user).postJson("/engine-rest/message", pair[1]);
        assertThat(onMatch.statusCode()).as(user + " " + pair[0] + ": " + onMatch.body())
            .isEqualTo(onNothing.statusCode());
        assertThat(onMatch.body()).as(user + " " + pair[0]).isEqualTo(onNothing.body());
        assertThat(onMatch.statusCode()).isBetween(400, 499);
        assertThat(DemoWork.message(onMatch)).doesNotContain(contest.getId(), right);
        answers.add(onMatch.statusCode() + " " + onMatch.body());
      }
      // Tasklist's own engine API answers the same.
      TasklistSession tasklist = TasklistSession.login(port, user);
      HttpResponse<String> onMatch = tasklist.json("POST", "/message", guesses.get(0)[0]);
      HttpResponse<String> onNothing = tasklist.json("POST", "/message", guesses.get(0)[1]);
      assertThat(onMatch.statusCode()).as(onMatch.body()).isEqualTo(onNothing.statusCode());
      assertThat(onMatch.body()).isEqualTo(onNothing.body());
    }
    assertThat(answers).as("one answer for every guess").hasSize(guesses.size() * 3)
        .containsOnly(answers.get(0));
    assertThat(state(contest)).isEqualTo(before);

    // An administrator keeps the engine's answers: a message that fits nothing is a 400.
    HttpResponse<String> administrator = as("demo").postJson("/engine-rest/message",
        guesses.get(0)[1]);
    assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(400);
    assertThat(Http.json(administrator).path("type").asText())
        .isEqualTo("MismatchingMessageCorrelationException");
  }

  private static String correlation(String message, String field, long contestId) {
    return "{\"messageName\":\"" + message + "\",\"" + field + "\":{\"contestId\":{\"value\":"
        + contestId + ",\"type\":\"Long\"}}}";
  }

  /** A signal reaches every instance waiting for it: like a message to all, administrators only. */
  @Test
  void signalsAndConditionalStarts_areForAdministratorsOnly_whateverTheyName() {
    ProcessInstance contest = proposedContest();
    State before = state(contest);
    String execution = contest.getId();
    List<String> answers = new ArrayList<>();
    for (String body : List.of("{\"name\":\"ContestResumed\"}",
        "{\"name\":\"ContestResumed\",\"executionId\":\"" + execution + "\"}",
        "{\"name\":\"ContestResumed\",\"executionId\":\"" + UUID.randomUUID() + "\"}",
        "{\"name\":\"ContestResumed\",\"tenantId\":\"UVT\"}")) {
      HttpResponse<String> signal = as("membru1").postJson("/engine-rest/signal", body);
      assertThat(signal.statusCode()).as(body + ": " + signal.body()).isEqualTo(403);
      answers.add(DemoWork.message(signal));
    }
    for (String body : List.of("{\"variables\":{\"contestStatus\":{\"value\":\"ANNULLED\"}}}",
        "{\"variables\":{\"x\":{\"value\":1}},\"tenantId\":\"UVT\"}")) {
      HttpResponse<String> condition = as("hr").postJson("/engine-rest/condition", body);
      assertThat(condition.statusCode()).as(body + ": " + condition.body()).isEqualTo(403);
      DemoWork.message(condition);
    }
    assertThat(answers).containsOnly(answers.get(0));
    assertThat(state(contest)).isEqualTo(before);
  }

  /**
   * An instance the caller may not see answers as one that does not exist, on every path under
   * {@code /process-instance/{id}}: 403 would tell him that it exists.
   */
  @Test
  void anInstanceTheCallerMayNotSee_isAnsweredAsOneThatDoesNotExist() {
    ProcessInstance contest = proposedContest();
    State before = state(contest);
    String unknown = UUID.randomUUID().toString();
    List<String[]> requests = List.of(
        new String[] {"GET", "", null},
        new String[] {"GET", "/variables", null},
        new String[] {"GET", "/variables/postName", null},
        new String[] {"GET", "/activity-instances", null},
        new String[] {"GET", "/comment", null},
        new String[] {"DELETE", "", null},
        new String[] {"PUT", "/suspended", "{\"suspended\":true}"},
        new String[] {"POST", "/modification", "{\"instructions\":[{\"type\":"
            + "\"cancel\",\"activityId\":\"reviewProposal\"}]}"},
        new String[] {"POST", "/modification-async", "{\"instructions\":[{\"type\":"
            + "\"cancel\",\"activityId\":\"reviewProposal\"}]}"});
    for (String user : List.of("membru1", "mf.politica")) {
      for (String[] request : requests) {
        HttpResponse<String> existing = send(user, request[0],
            "/engine-rest/process-instance/" + contest.getId() + request[1], request[2]);
        HttpResponse<String> missing = send(user, request[0],
            "/engine-rest/process-instance/" + unknown + request[1], request[2]);
        String what = user + " " + request[0] + " " + request[1];
        assertThat(existing.statusCode()).as(what + ": " + existing.body())
            .isEqualTo(missing.statusCode());
        assertThat(existing.body()).as(what).isEqualTo(missing.body());
        assertThat(existing.statusCode()).as(what).isBetween(400, 499);
      }
    }
    assertThat(state(contest)).isEqualTo(before);
    // Who may read the contest is still told what he may not do with it.
    HttpResponse<String> hr = as("hr").putJson("/engine-rest/process-instance/"
        + contest.getId() + "/suspended", "{\"suspended\":true}");
    assertThat(hr.statusCode()).as(hr.body()).isEqualTo(403);
    assertThat(state(contest)).isEqualTo(before);
  }

  private HttpResponse<String> send(String user, String method, String path, String body) {
    return switch (method) {
      case "GET" -> as(user).get(path);
      case "DELETE" -> as(user).delete(path);
      case "PUT" -> as(user).putJson(path, body);
      default -> as(user).postJson(path, body);
    };
  }
}
