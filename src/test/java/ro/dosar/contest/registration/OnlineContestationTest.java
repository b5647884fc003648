package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.contestation.ContestationRoundProcess.Elements;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * A candidate files a contestation himself, with his follow-up token (issue 18 item 5, §8.5C(1),
 * OQ-48): within 1 working day of the display of his result, until the Registry's closing hour,
 * it is registered with a Registry number and enters the round as one the Registry registers —
 * when the window closes, each member of the contestation commission has it to decide. Outside
 * the window: 422 with the legal deadline; a second one against the same result: 409; bad
 * grounds: 400 naming the field; an unknown token: 404.
 */
@ProcessTest
class OnlineContestationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRestTemplate http;
  @Autowired
  SubmissionRateLimiter limiter;
  @Autowired
  RateLimits limits;
  @Autowired
  ContestationRepository contestations;
  @LocalServerPort
  int port;

  ContestDriver contest;
  CandidateApi api;

  @BeforeEach
  void publishedContest() {
    BpmnAwareTests.init(engine);
    limiter.reset();
    limits.reset("candidate-follow-up");
    api = new CandidateApi(port);
    contest = ContestDriver.published(engine, identity, staff, "oc", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset("candidate-follow-up");
  }

  @Test
  void aRejectedCandidateContestsOnlineInTheWindow_andTheCommissionGetsIt() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = Applications.apply(http, contest.contestId, "Ana Admisă", "ana@oc.example");
    JsonNode radu = Applications.apply(http, contest.contestId, "Radu Respins", "radu@oc.example");
    JsonNode mihai = Applications.apply(http, contest.contestId, "Mihai Târziu",
        "mihai@oc.example");
    long anaCode = ana.get("code").asLong();
    long raduCode = radu.get("code").asLong();
    long mihaiCode = mihai.get("code").asLong();
    String anaToken = ana.get("followUpToken").asText();
    String raduToken = radu.get("followUpToken").asText();
    String mihaiToken = mihai.get("followUpToken").asText();

    // Before any display there is nothing to contest.
    HttpResponse<String> early = contest(raduToken, "SELECTION", GROUNDS);
    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(early.body()).contains("nu au fost afișate");

    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 18), 10);
    for (String member : List.of("oc.cc.p", "oc.cc.m1", "oc.cc.m2")) {
      contest.select(member, anaCode, true, null);
      contest.select(member, raduCode, false, "Lipsește adeverința medicală.");
      contest.select(member, mihaiCode, false, "Lipsește cazierul.");
    }
    now(LocalDate.of(2025, 11, 20), 9);
    contest.displaySelection();

    // Bad input: 400 naming the field, nothing stored.
    HttpResponse<String> shortGrounds = contest(raduToken, "SELECTION", "Nu e corect.");
    assertThat(shortGrounds.statusCode()).isEqualTo(400);
    assertThat(shortGrounds.body()).contains("grounds", "cel puțin 20");
    HttpResponse<String> badStage = contest(raduToken, "FINAL", GROUNDS);
    assertThat(badStage.statusCode()).isEqualTo(400);
    assertThat(badStage.body()).contains("stage");
    assertThat(contest("necunoscut", "SELECTION", GROUNDS).statusCode()).isEqualTo(404);
    // The admitted candidate has no unfavourable result to contest: refused by the round's own check.
    HttpResponse<String> admitted = contest(anaToken, "SELECTION", GROUNDS);
    assertThat(admitted.statusCode()).isEqualTo(422);
    assertThat(admitted.body()).contains("doar propriul rezultat nefavorabil");
    assertThat(contestations.of(anaCode, "SELECTION")).isEmpty();

    // In the window (display Thu 20.11 → Fri 21.11, 16:00): registered with a Registry number.
    now(LocalDate.of(2025, 11, 21), 10);
    HttpResponse<String> filed = contest(raduToken, "selection", GROUNDS);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode answer = Http.json(filed);
    assertThat(answer.get("registrationNumber").asText())
        .isEqualTo("PL-" + raduCode + "-SELECTION/21.11.2025");
    assertThat(answer.get("filedAt").asText()).isEqualTo("21.11.2025 10:00");
    Contestation stored = contestations.of(raduCode, "SELECTION").orElseThrow();
    assertThat(stored.grounds()).isEqualTo(GROUNDS);
    assertThat(stored.forfeited()).isFalse();
    // A new registration task stays open for the Registry, as after any registration.
    assertThat(contest.roundTask("registerContestation")).isNotNull();

    // The same result again: 409.
    HttpResponse<String> second = contest(raduToken, "SELECTION", GROUNDS + " Din nou.");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("o singură dată");

    // After the closing hour of the last day: 422 with the legal deadline.
    now(LocalDate.of(2025, 11, 21), 17);
    HttpResponse<String> late = contest(mihaiToken, "SELECTION", GROUNDS);
    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(late.body()).contains("21.11.2025 16:00", "§8.5C(1)", "decădere");
    assertThat(contestations.of(mihaiCode, "SELECTION")).isEmpty();

    // The window closes: each member of the contestation commission decides Radu's contestation.
    contest.closeWindow();
    for (String member : List.of("oc.csc.p", "oc.csc.m1", "oc.csc.m2")) {
      assertThat(contest.memberTask("decideContestation", member, raduCode)).isNotNull();
    }
    assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.contestationRound().getId())
        .taskDefinitionKey(Elements.DECIDE_CONTESTATION).count()).isEqualTo(3);
  }

  static final String GROUNDS = "Am depus adeverința medicală la Registratură odată cu dosarul; "
      + "vă rog să verificați din nou dosarul.";

  private HttpResponse<String> contest(String token, String stage, String grounds) {
    return api.post("/api/public/candidates/contestations", token,
        "{\"stage\":\"" + stage + "\",\"grounds\":\"" + grounds + "\"}");
  }
}
