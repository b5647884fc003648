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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * The candidate withdraws his file himself with his follow-up token (issue 18 item 5), before the
 * final results: the withdrawal is recorded, the commission's open work on his file is withdrawn
 * from the members (whether other files are still being selected or his was the last), the
 * contest goes on for the others, and his follow-up shows „Retras la dd.MM.yyyy”. After the final
 * results, or a second time: 409; without the confirmation words: 400.
 */
@ProcessTest
class WithdrawalTest {

  static final List<String> CC = List.of("wd.cc.p", "wd.cc.m1", "wd.cc.m2");

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
  CandidateRepository candidates;
  @Autowired
  ContestRepository contests;
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
    contest = ContestDriver.published(engine, identity, staff, "wd", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset("candidate-follow-up");
  }

  @Test
  void withdrawingDuringTheSelection_dropsHisFileFromTheMembers_andTheContestGoesOn()
      throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = Applications.apply(http, contest.contestId, "Ana Rămâne", "ana@wd.example");
    JsonNode radu = Applications.apply(http, contest.contestId, "Radu Pleacă", "radu@wd.example");
    JsonNode ioana = Applications.apply(http, contest.contestId, "Ioana Rămâne",
        "ioana@wd.example");
    long anaCode = ana.get("code").asLong();
    long raduCode = radu.get("code").asLong();
    long ioanaCode = ioana.get("code").asLong();
    String raduToken = radu.get("followUpToken").asText();
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 18), 10);
    for (String member : CC) {
      contest.select(member, anaCode, true, null);
    }
    assertThat(selectionTasks(raduCode)).hasSize(3);

    // Without the confirmation words: 400 naming the field, nothing changed.
    HttpResponse<String> unconfirmed = withdraw(raduToken, "da");
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("confirmation", "Îmi retrag dosarul");
    assertThat(candidates.find(raduCode).orElseThrow().withdrawnOn()).isNull();
    assertThat(withdraw("necunoscut", "Îmi retrag dosarul").statusCode()).isEqualTo(404);

    HttpResponse<String> withdrawn = withdraw(raduToken, "  îmi retrag   dosarul ");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(Http.json(withdrawn).get("withdrawnOn").asText()).isEqualTo("18.11.2025");
    assertThat(candidates.find(raduCode).orElseThrow().withdrawnOn())
        .isEqualTo(LocalDate.of(2025, 11, 18));
    // No member has his file any more; Ioana's is still with every member.
    assertThat(selectionTasks(raduCode)).isEmpty();
    assertThat(selectionTasks(ioanaCode)).hasSize(3);

    // A second time: 409.
    HttpResponse<String> again = withdraw(raduToken, "Îmi retrag dosarul");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("18.11.2025");

    // The selection ends with the remaining files.
    for (String member : CC) {
      contest.select(member, ioanaCode, true, null);
    }
    assertThat(contest.task("displaySelectionResults")).isNotNull();

    // His follow-up says it.
    JsonNode followUp = Http.json(api.get("/api/public/candidates/follow-up", raduToken));
    assertThat(followUp.get("withdrawnOn").asText()).isEqualTo("2025-11-18");
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    body.add("cod", raduToken);
    ResponseEntity<String> page = http.postForEntity("/concursuri/dosarul-meu",
        new HttpEntity<>(body, form), String.class);
    assertThat(page.getBody()).contains("Retras la 18.11.2025");
  }

  @Test
  void withdrawingTheLastFileStillToSelect_letsTheSelectionEnd() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = Applications.apply(http, contest.contestId, "Ana Prima", "ana2@wd.example");
    JsonNode dan = Applications.apply(http, contest.contestId, "Dan Ultimul", "dan@wd.example");
    long anaCode = ana.get("code").asLong();
    long danCode = dan.get("code").asLong();
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 18), 10);
    for (String member : CC) {
      contest.select(member, anaCode, true, null);
    }
    // One member already gave his opinion on Dan's file; two have not.
    contest.select("wd.cc.p", danCode, true, null);
    assertThat(selectionTasks(danCode)).hasSize(2);

    HttpResponse<String> withdrawn = withdraw(dan.get("followUpToken").asText(),
        "Îmi retrag dosarul");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

    assertThat(selectionTasks(danCode)).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contestInstance()).count())
        .as("the contest still runs").isEqualTo(1);
    assertThat(contest.task("displaySelectionResults")).isNotNull();
  }

  @Test
  void afterTheFinalResults_theFileCannotBeWithdrawn() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = Applications.apply(http, contest.contestId, "Ana Finală", "ana3@wd.example");
    contests.setStatus(contest.contestId, ContestStatus.FINAL_RESULTS_DISPLAYED, null);

    HttpResponse<String> refused = withdraw(ana.get("followUpToken").asText(),
        "Îmi retrag dosarul");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("Rezultatele finale");
    assertThat(candidates.find(ana.get("code").asLong()).orElseThrow().withdrawnOn()).isNull();
  }

  @Test
  void withdrawingOnThePageBeforeTheSelection_theFileReachesNoMember() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = Applications.apply(http, contest.contestId, "Ana Pagina", "ana4@wd.example");
    JsonNode vlad = Applications.apply(http, contest.contestId, "Vlad Pagina", "vlad@wd.example");
    now(LocalDate.of(2025, 11, 12), 11);
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    body.add("cod", vlad.get("followUpToken").asText());
    ResponseEntity<String> shown = http.postForEntity("/concursuri/dosarul-meu",
        new HttpEntity<>(body, form), String.class);
    assertThat(shown.getBody()).contains("id=\"retragere\"", "Îmi retrag dosarul");
    body.add("confirmare", "Îmi retrag dosarul");
    ResponseEntity<String> page = http.postForEntity("/concursuri/dosarul-meu/retragere",
        new HttpEntity<>(body, form), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("Dosarul a fost retras la 12.11.2025.",
        "Retras la 12.11.2025").doesNotContain("id=\"retragere\"");

    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    assertThat(selectionTasks(vlad.get("code").asLong())).isEmpty();
    assertThat(selectionTasks(ana.get("code").asLong())).hasSize(3);
  }

  private List<Task> selectionTasks(long code) {
    return contest.selectionTasks().taskDefinitionKey(Elements.SELECT_FILE).list().stream()
        .filter(task -> String.valueOf(code).equals(
            engine.getTaskService().getVariable(task.getId(), Variables.FILE_CODE)))
        .toList();
  }

  private String contestInstance() {
    return contests.get(contest.contestId).processInstanceId();
  }

  private HttpResponse<String> withdraw(String token, String confirmation) {
    return api.post("/api/public/candidates/withdrawal", token,
        "{\"confirmation\":\"" + confirmation + "\"}");
  }
}
