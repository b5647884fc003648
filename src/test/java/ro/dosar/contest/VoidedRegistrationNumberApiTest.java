package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * A registration number the Registry was shown but never gave is voided when the submission
 * window ends (spec contest §8.1.4, the register of numbers), seen as the Registry and HR see it
 * through the engine REST API (Tasklist's own calls) and the contest API: the open registration
 * task shows the reserved number; once the window has ended the task is gone, the number is
 * voided with its reason, and no candidate holds it.
 */
@DosarTest
class VoidedRegistrationNumberApiTest {

  private static final List<String> CC = List.of("membru1", "membru2", "membru3");
  private static final List<String> CSC = List.of("membru4", "membru5", "membru6");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theNumberShownOnTheOpenRegistrationTaskIsVoidedWhenTheWindowEnds() {
    LocalDate today = calendar.today();
    LocalDate firstTest = calendar.addWorkingDays(today, 25);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, CSC, "secretar")
        .announce(today, firstTest, calendar.addWorkingDays(firstTest, 1)).publish();
    Http registry = Http.as(port, "registratura", "registratura");
    String openTasks = "/engine-rest/task?processInstanceId=" + contest.instance.getId()
        + "&taskDefinitionKey=registerFile";

    // The Registry's open registration task shows the number it will give.
    JsonNode tasks = Http.json(registry.get(openTasks));
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    JsonNode form = Http.json(registry.get("/engine-rest/task/" + taskId + "/form-variables"));
    long shown = Long.parseLong(form.at("/reservedCode/value").asText());
    assertThat(status(shown)).isEqualTo(RegistrationNumbers.RESERVED);

    // The window ends with no file registered on it.
    contest.closeWindow();

    assertThat(Http.json(registry.get(openTasks))).isEmpty();
    assertThat(registry.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(404);
    assertThat(status(shown)).isEqualTo(RegistrationNumbers.VOIDED);
    assertThat(jdbc.sql("SELECT note FROM registration_number WHERE code = ?").param(shown)
        .query(String.class).single()).contains("neatribuit");
    assertThat(Http.as(port, "hr", "hr").get("/api/contests/" + contest.contestId
        + "/candidates/" + shown + "/files").statusCode()).isEqualTo(404);
  }

  private String status(long code) {
    return jdbc.sql("SELECT status FROM registration_number WHERE code = ?").param(code)
        .query(String.class).single();
  }
}
