package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.mail.MailDeliveryProcess;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;
import ro.dosar.support.TasklistSession;

/**
 * Tasklist's own API ({@code /camunda/api/engine}) answers the errors a Tasklist user meets in
 * Romanian, each saying what happened: a task another officer claimed first (409, by name), a task
 * that no longer exists (404), a form asked of a task or a definition that has none (400), a change
 * made concurrently (409); never the engine's English message or its ENGINE-code.
 */
@DosarTest
class TasklistApiErrorsTest {

  static final String OTHER_HR = "tae.hr";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void secondHrOfficer() {
    if (identity.createUserQuery().userId(OTHER_HR).count() == 0) {
      User user = identity.newUser(OTHER_HR);
      user.setFirstName("Sorina");
      user.setLastName("Tănase");
      user.setPassword(OTHER_HR);
      identity.saveUser(user);
      identity.createMembership(OTHER_HR, RoleGroups.HR);
      identity.createTenantUserMembership("UVT", OTHER_HR);
    }
  }

  @AfterEach
  void noUserLeftOnTheTestThread() {
    engine.getIdentityService().clearAuthentication();
  }

  /** A contest proposed by UVT's head of structure: an HR group task (review) waits. */
  private Task reviewTask() {
    String proposal = "{\"variables\":{\"postName\":{\"value\":\"Referent erori "
        + System.nanoTime() + "\"},\"structure\":{\"value\":\"Facultatea de Litere\"},"
        + "\"postCategory\":{\"value\":\"EXECUTION\"},\"vacancyType\":{\"value\":\"VACANT\"},"
        + "\"postsCount\":{\"value\":1},\"writtenTest\":{\"value\":true}}}";
    HttpResponse<String> started = Http.as(port, "sef", "sef").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form", proposal);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(Http.json(started).path("id").asText()).singleResult();
  }

  @Test
  void aTaskClaimedFirstByAnotherOfficerIsA409NamingHer() {
    // Given a review task that one HR officer claimed in Tasklist
    Task review = reviewTask();
    TasklistSession first = TasklistSession.login(port, OTHER_HR);
    HttpResponse<String> claimed = first.json("POST", "/task/" + review.getId() + "/claim",
        "{\"userId\":\"" + OTHER_HR + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);

    // When the other officer, whose list still showed it unclaimed, claims it too
    TasklistSession second = TasklistSession.login(port, "hr");
    HttpResponse<String> late = second.json("POST", "/task/" + review.getId() + "/claim",
        "{\"userId\":\"hr\"}");

    // Then a Romanian conflict naming who holds it, and the task stays with her
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(Http.json(late).path("message").asText())
        .isEqualTo("Sarcina a fost deja revendicată de Sorina Tănase; reîncărcați lista de "
            + "sarcini.");
    assertRomanianOnly(late);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult()
        .getAssignee()).isEqualTo(OTHER_HR);
  }

  @Test
  void aTaskThatNoLongerExistsIsA404InRomanian() {
    TasklistSession hr = TasklistSession.login(port, "hr");
    for (String path : new String[] {"/task/0000-missing/form", "/task/0000-missing",
        "/task/0000-missing/deployed-form", "/task/0000-missing/form-variables"}) {
      HttpResponse<String> missing = hr.get(path);
      assertThat(missing.statusCode()).as(path + ": " + missing.body()).isEqualTo(404);
      assertThat(Http.json(missing).path("message").asText()).as(path)
          .startsWith("Resursa cerută");
      assertRomanianOnly(missing);
    }
    HttpResponse<String> claim = hr.json("POST", "/task/0000-missing/claim",
        "{\"userId\":\"hr\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(404);
    assertRomanianOnly(claim);
  }

  @Test
  void aFormAskedOfADefinitionWithoutOneIsA400SayingSo() {
    // The mail delivery process has no start form: Tasklist asks for it when listing starts
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(MailDeliveryProcess.KEY).latestVersion().list().get(0).getId();
    TasklistSession admin = TasklistSession.login(port, "demo");
    HttpResponse<String> form = admin.get("/process-definition/" + definition
        + "/deployed-start-form");

    assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
    assertThat(Http.json(form).path("message").asText())
        .isEqualTo("Procedura sau sarcina nu are un formular în Tasklist: o procedură fără "
            + "formular de pornire se pornește automat sau prin API.");
    assertRomanianOnly(form);
  }

  private static void assertRomanianOnly(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("ENGINE-", "Cannot", "task is", "No matching",
        "does not", "already claimed", "Exception:");
  }
}
