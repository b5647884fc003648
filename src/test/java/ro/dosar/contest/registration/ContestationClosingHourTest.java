package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.contestation.ContestationRoundProcess.Elements;
import ro.dosar.contest.contestation.ContestationRoundProcess.Variables;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * The contestation window closes at the closing hour of the Registry of the contest's
 * institution (issue 18 item 5, {@code dosar.institutions[…].registry-closing-time}), not at the
 * installation's 16:00: here UVT's Registry closes at 14:00. Online, a contestation at 13:30 on
 * the last day is registered and one at 14:30 is refused naming 14:00; at the Registry, one
 * stamped 14:30 is recorded as forfeited; the window's timer and the registration task's due
 * date are at 14:00.
 */
@ProcessTest
@TestPropertySource(properties = "dosar.institutions[0].registry-closing-time=14:00")
class ContestationClosingHourTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  static final List<String> CC = List.of("ch.cc.p", "ch.cc.m1", "ch.cc.m2");

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

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset("candidate-follow-up");
  }

  @Test
  void theSelectionContestationWindowClosesAtTheInstitutionsRegistryHour() throws Exception {
    BpmnAwareTests.init(engine);
    limiter.reset();
    limits.reset("candidate-follow-up");
    ContestDriver contest = ContestDriver.published(engine, identity, staff, "ch", Map.of("submissionHour", "14:00"));
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ioana = Applications.apply(http, contest.contestId, "Ioana Ora", "ioana@ch.example");
    JsonNode radu = Applications.apply(http, contest.contestId, "Radu Ora", "radu@ch.example");
    JsonNode dan = Applications.apply(http, contest.contestId, "Dan Ora", "dan@ch.example");
    long ioanaCode = ioana.get("code").asLong();
    long raduCode = radu.get("code").asLong();
    long danCode = dan.get("code").asLong();
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 18), 10);
    for (String member : CC) {
      contest.select(member, ioanaCode, false, "Lipsește adeverința medicală.");
      contest.select(member, raduCode, false, "Lipsește cazierul judiciar.");
      contest.select(member, danCode, false, "Lipsește diploma de licență.");
    }
    now(LocalDate.of(2025, 11, 20), 9);
    contest.displaySelection();

    // The Registry's task and the window's timer: Friday 21.11.2025 at 14:00.
    Task registration = contest.roundTask("registerContestation");
    assertThat(registration.getDueDate().toInstant())
        .isEqualTo(LocalDateTime.of(2025, 11, 21, 14, 0).atZone(ZONE).toInstant());
    assertThat(engine.getTaskService().getVariable(registration.getId(),
        Variables.CONTESTATION_DEADLINE_TEXT)).isEqualTo("21.11.2025, ora 14:00");
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(contest.contestationRound().getId())
        .activityId(Elements.CONTESTATION_DEADLINE_REACHED).singleResult();
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(LocalDateTime.of(2025, 11, 21, 14, 0).atZone(ZONE).toInstant());

    // Online at 13:30: registered.
    CandidateApi api = new CandidateApi(port);
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2025, 11, 21, 13, 30)
        .atZone(ZONE).toInstant()));
    HttpResponse<String> inTime = api.post("/api/public/candidates/contestations",
        ioana.get("followUpToken").asText(), "{\"stage\":\"SELECTION\",\"grounds\":\""
            + "Adeverința medicală a fost depusă odată cu dosarul.\"}");
    assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(201);
    assertThat(contestations.of(ioanaCode, "SELECTION")).get()
        .satisfies(filed -> assertThat(filed.forfeited()).isFalse());

    // Online at 14:30, before the installation's 16:00 but after UVT's 14:00: refused.
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2025, 11, 21, 14, 30)
        .atZone(ZONE).toInstant()));
    HttpResponse<String> late = api.post("/api/public/candidates/contestations",
        radu.get("followUpToken").asText(), "{\"stage\":\"SELECTION\",\"grounds\":\""
            + "Cazierul judiciar a fost depus odată cu dosarul.\"}");
    assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
    assertThat(Http.json(late).toString()).contains("21.11.2025 14:00")
        .doesNotContain("16:00");
    assertThat(contestations.of(raduCode, "SELECTION")).isEmpty();

    // At the Registry, stamped 14:30 the same day: registered as forfeited.
    contest.contest(danCode, "910/21.11.2025", LocalDateTime.of(2025, 11, 21, 14, 30));
    Contestation forfeited = contestations.of(danCode, "SELECTION").orElseThrow();
    assertThat(forfeited.forfeited()).isTrue();
    assertThat(forfeited.outcome()).isEqualTo(Contestation.FORFEITED);
  }
}
