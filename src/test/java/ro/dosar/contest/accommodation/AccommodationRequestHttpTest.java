package ro.dosar.contest.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.registration.ElectronicSubmissionTest;
import ro.dosar.contest.registration.SubmissionRateLimiter;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * The accommodation request over HTTP, as a candidate makes it (issue 18 item 5, SEL-06): as the
 * optional field of the online application, or later with his follow-up token ({@code POST
 * /api/public/candidates/accommodation}); either reaches HR as a task; HR's decision is shown in
 * his follow-up (API and page) and nowhere public; a wrong token is 404, a bad body 400 naming
 * the field.
 */
@ProcessTest
class AccommodationRequestHttpTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NEED = "Hipoacuzie: am nevoie de interpret în limbaj mimico-gestual la "
      + "interviu.";

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

  ContestDriver contest;

  @BeforeEach
  void publishedContest() {
    BpmnAwareTests.init(engine);
    limiter.reset();
    limits.reset(AccommodationController.BUCKET);
    limits.reset("candidate-follow-up");
    contest = ContestDriver.published(engine, identity, staff, "ah", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset(AccommodationController.BUCKET);
    limits.reset("candidate-follow-up");
  }

  @Test
  void aCandidateAsksOnTheApplicationAndWithHisToken_andReadsHrsDecisionInHisFollowUpOnly()
      throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = apply("Ana Hipo", "ana.hipo@ah.example", NEED);
    JsonNode radu = apply("Radu Fara", "radu.fara@ah.example", null);
    long anaCode = ana.get("code").asLong();
    String anaToken = ana.get("followUpToken").asText();
    String raduToken = radu.get("followUpToken").asText();

    // The application's field became HR's task, showing the request.
    Task task = hrTaskOf(anaCode);
    assertThat(contest.tasks.getVariables(task.getId()))
        .containsEntry(Variables.ACCOMMODATION_REQUEST, NEED);
    assertThat(hrTasks()).hasSize(1);

    // With the token, a second request: 201, a second task.
    ResponseEntity<String> asked = ask(anaToken, Map.of("request",
        "Și o sală separată la proba scrisă."));
    assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(201);
    assertThat(JSON.readTree(asked.getBody()).get("decisionDueAt").asText())
        .isEqualTo("24.11.2025 16:00");
    assertThat(hrTasks()).hasSize(2);

    // Wrong token 404; empty text or an unknown field 400 naming it; nothing filed.
    assertThat(ask(raduToken + "x", Map.of("request", NEED)).getStatusCode().value())
        .isEqualTo(404);
    ResponseEntity<String> empty = ask(raduToken, Map.of("request", " "));
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(empty.getBody()).contains("request");
    ResponseEntity<String> unknown = ask(raduToken, Map.of("request", NEED, "diagnosis", "x"));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).contains("diagnosis");
    assertThat(hrTasks()).hasSize(2);

    // HR grants the first request.
    identity.setAuthentication("ah.hr", List.of("hr"), contest.instance.getTenantId() == null
        ? List.of() : List.of(contest.instance.getTenantId()));
    contest.tasks.complete(task.getId(), Map.of(Variables.ACCOMMODATION_GRANTED, "true",
        Variables.ACCOMMODATION_REASON, "Interpret asigurat de instituție la interviu."));
    identity.clearAuthentication();

    // His follow-up shows his requests and the decision; Radu's shows nothing of them.
    JsonNode followUp = followUp(anaToken);
    JsonNode first = followUp.get("accommodations").get(0);
    assertThat(first.get("text").asText()).isEqualTo(NEED);
    assertThat(first.get("decision").asText()).isEqualTo("GRANTED");
    assertThat(first.get("reason").asText()).isEqualTo("Interpret asigurat de instituție la interviu.");
    assertThat(followUp.get("accommodations").get(1).get("decision").isNull()).isTrue();
    JsonNode mine = JSON.readTree(http.exchange("/api/public/candidates/accommodation",
        HttpMethod.GET, new HttpEntity<>(token(anaToken)), String.class).getBody());
    assertThat(mine.get("requests")).hasSize(2);
    assertThat(mine.get("requests").get(0).get("status").asText()).isEqualTo("aprobată");
    assertThat(followUp(raduToken).get("accommodations")).isEmpty();

    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    body.add("cod", anaToken);
    String page = http.postForEntity("/concursuri/dosarul-meu", new HttpEntity<>(body, form),
        String.class).getBody();
    assertThat(page).contains("Cererile de adaptare rezonabilă", "aprobată",
        "Interpret asigurat de instituție la interviu.", "24.11.2025 16:00");

    // Nowhere public: the contest's pages and results.
    for (String path : List.of("/concursuri/" + contest.contestId + "/anunt",
        "/concursuri/" + contest.contestId, "/concursuri/" + contest.contestId + "/rezultate",
        "/api/public/contests/" + contest.contestId,
        "/api/public/contests/" + contest.contestId + "/results")) {
      ResponseEntity<String> shown = http.getForEntity(path, String.class);
      assertThat(shown.getBody()).as(path).doesNotContain("mimico-gestual", "Hipoacuzie",
          "sală separată", "Interpret asigurat");
    }
  }

  private List<Task> hrTasks() {
    return contest.tasks.createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.DECIDE_ACCOMMODATION).list();
  }

  private Task hrTaskOf(long code) {
    return hrTasks().stream().filter(task -> Long.valueOf(code).equals(
        contest.tasks.getVariable(task.getId(), Variables.ACCOMMODATION_CODE)))
        .findFirst().orElseThrow();
  }

  private ResponseEntity<String> ask(String token, Map<String, Object> request) {
    HttpHeaders headers = token(token);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange("/api/public/candidates/accommodation", HttpMethod.POST,
        new HttpEntity<>(request, headers), String.class);
  }

  private static HttpHeaders token(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Candidate-Token", token);
    return headers;
  }

  private JsonNode followUp(String token) throws IOException {
    ResponseEntity<String> response = http.exchange("/api/public/candidates/follow-up",
        HttpMethod.GET, new HttpEntity<>(token(token)), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }

  private JsonNode apply(String name, String email, String accommodation) throws IOException {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("fullName", name);
    form.add("email", email);
    form.add("consentElectronicFile", "true");
    form.add("declarationNoSanction", "true");
    form.add("declarationTruthful", "true");
    if (accommodation != null) {
      form.add("accommodationRequest", accommodation);
    }
    for (FileDocument document : FileDocument.values()) {
      if (document.required()) {
        form.add(document.formKey(), new ByteArrayResource(ElectronicSubmissionTest.pdf(0)) {
          @Override
          public String getFilename() {
            return document.name() + ".pdf";
          }
        });
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = http.postForEntity("/api/public/contests/"
        + contest.contestId + "/applications", new HttpEntity<>(form, headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return JSON.readTree(response.getBody());
  }
}
