package ro.dosar.contest.registration;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.FileDocument;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * Candidate self-service, first slice (issue 18 item 5): an electronic application answers its
 * code with a personal follow-up token, shown once and e-mailed, of which only the hash is kept;
 * with it, the API and the page „Dosarul meu” show the candidate his own file — the selection
 * result and its reason once displayed, the dates ahead — and never another candidate's; a wrong
 * or missing token is a 404; attempts are limited per address in the database.
 */
@ProcessTest
@TestPropertySource(properties = "dosar.contest.follow-up-per-address-per-hour=40")
class CandidateFollowUpTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String BUCKET = "candidate-follow-up";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  MailOutbox outbox;
  @Autowired
  TestRestTemplate http;
  @Autowired
  SubmissionRateLimiter limiter;
  @Autowired
  RateLimits limits;
  @Autowired
  JdbcClient jdbc;

  ContestDriver contest;

  @BeforeEach
  void publishedContest() {
    BpmnAwareTests.init(engine);
    limiter.reset();
    limits.reset(BUCKET);
    contest = ContestDriver.published(engine, identity, staff, "fu", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset(BUCKET);
  }

  @Test
  void eachCandidateFollowsHisOwnFile_fromApplicationToTheDisplayedSelection() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode first = apply("Ana Vlad", "ana.vlad@fu.example");
    JsonNode second = apply("Radu Pop", "radu.pop@fu.example");
    long anaCode = first.get("code").asLong();
    long raduCode = second.get("code").asLong();
    String anaToken = first.get("followUpToken").asText();
    String raduToken = second.get("followUpToken").asText();
    assertThat(anaToken).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(raduToken);

    // Only the hash is stored; the token reaches the candidate by e-mail as well.
    assertThat(jdbc.sql("SELECT follow_up_token_hash FROM candidate WHERE code = ?")
        .param(anaCode).query(String.class).single())
        .isEqualTo(FollowUpTokens.hash(anaToken)).isNotEqualTo(anaToken);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM candidate WHERE follow_up_token_hash = ?")
        .param(anaToken).query(Long.class).single()).isZero();
    assertThat(outbox.ofContest(contest.contestId)).filteredOn(mail ->
            mail.recipient().equals("ana.vlad@fu.example")).extracting(OutboxMail::purpose)
        .containsExactly("CODE");
    assertThat(outbox.ofContest(contest.contestId)).filteredOn(mail ->
            mail.recipient().equals("ana.vlad@fu.example")).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains(anaToken, "Dosarul meu"));

    JsonNode ana = followUp(anaToken);
    assertThat(ana.get("code").asLong()).isEqualTo(anaCode);
    assertThat(ana.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(ana.get("selection").isNull()).isTrue();
    assertThat(ana.get("ahead").get(0).get("date").asText()).isNotEmpty();
    assertThat(ana.toString()).doesNotContain(String.valueOf(raduCode), "Radu", "radu.pop")
        .doesNotContain("ana.vlad");

    // Wrong or missing token: 404, as any unknown record.
    assertThat(followUpStatus(raduToken + "x")).isEqualTo(404);
    assertThat(followUpStatus(null)).isEqualTo(404);

    // The selection displayed: each sees his own result, the rejected one its reason.
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 18), 10);
    for (String member : List.of("fu.cc.p", "fu.cc.m1", "fu.cc.m2")) {
      contest.select(member, anaCode, true, null);
      contest.select(member, raduCode, false, "Lipsește adeverința medicală.");
    }
    JsonNode beforeDisplay = followUp(anaToken);
    assertThat(beforeDisplay.get("selection").isNull()).as("not displayed yet").isTrue();
    now(LocalDate.of(2025, 11, 20), 9);
    contest.displaySelection();

    JsonNode anaAfter = followUp(anaToken);
    assertThat(anaAfter.get("selection").get("result").asText()).isEqualTo("ADMIS");
    assertThat(anaAfter.toString()).doesNotContain(String.valueOf(raduCode))
        .doesNotContain("adeverința medicală");
    JsonNode raduAfter = followUp(raduToken);
    assertThat(raduAfter.get("code").asLong()).isEqualTo(raduCode);
    assertThat(raduAfter.get("selection").get("result").asText()).isEqualTo("RESPINS");
    assertThat(raduAfter.get("selection").get("reason").asText())
        .isEqualTo("Lipsește adeverința medicală.");
    assertThat(raduAfter.toString()).doesNotContain(String.valueOf(anaCode));

    // The page: the token posted in a form, never in the address.
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    body.add("cod", raduToken);
    ResponseEntity<String> page = http.postForEntity("/concursuri/dosarul-meu",
        new HttpEntity<>(body, form), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("Dosarul cu codul " + raduCode)
        .contains("respins: Lipsește adeverința medicală.")
        .doesNotContain(String.valueOf(anaCode)).doesNotContain("Radu Pop");
    body.set("cod", "nu-exista");
    ResponseEntity<String> unknown = http.postForEntity("/concursuri/dosarul-meu",
        new HttpEntity<>(body, form), String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).contains("Nu există un dosar cu acest cod de urmărire.");
    assertThat(http.getForEntity("/concursuri/dosarul-meu", String.class).getBody())
        .contains("Codul de urmărire", "lang=\"ro\"");
  }

  @Test
  void tryingTokensIsStoppedPerAddress() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    String token = apply("Ioana Dan", "ioana.dan@fu.example").get("followUpToken").asText();
    int tried = 0;
    while (tried < 40 && followUpStatus("ghicit-" + tried) == 404) {
      tried++;
    }
    assertThat(tried).as("the 40 attempts allowed per hour").isEqualTo(40);
    assertThat(followUpStatus(token)).as("even the right token, once the limit is reached")
        .isEqualTo(429);
    limits.reset(BUCKET);
    assertThat(followUpStatus(token)).isEqualTo(200);
  }

  private JsonNode apply(String name, String email) throws IOException {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("fullName", name);
    form.add("email", email);
    form.add("consentElectronicFile", "true");
    form.add("declarationNoSanction", "true");
    form.add("declarationTruthful", "true");
    for (FileDocument document : FileDocument.values()) {
      if (document.required()) {
        byte[] content = ElectronicSubmissionTest.pdf(0);
        form.add(document.formKey(), new ByteArrayResource(content) {
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

  private JsonNode followUp(String token) throws IOException {
    ResponseEntity<String> response = exchange(token);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }

  private int followUpStatus(String token) {
    return exchange(token).getStatusCode().value();
  }

  private ResponseEntity<String> exchange(String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.set("X-Candidate-Token", token);
    }
    return http.exchange("/api/public/candidates/follow-up", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
  }
}
