package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.FileDocument;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * A paper file registered at the Registry gets a follow-up token too (issue 18 item 5): issued
 * when the Registry registers the file, shown once to the clerk on the registration receipt,
 * e-mailed with the code when the candidate gave an address; only its hash is kept. With it the
 * candidate follows his file exactly as an electronic applicant does. A lost token is replaced by
 * the secretary (the old one stops working).
 */
@ProcessTest
class RegistryFollowUpTokenTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  MailOutbox outbox;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RateLimits limits;
  @LocalServerPort
  int port;

  ContestDriver contest;

  @BeforeEach
  void publishedContest() {
    BpmnAwareTests.init(engine);
    limits.reset("candidate-follow-up");
    user("rt.registry", "registry");
    user("rt.outsider", "registry-nu");
    contest = ContestDriver.published(engine, identity, staff, "rt", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset("candidate-follow-up");
  }

  @Test
  void thePaperCandidateGetsHisTokenOnTheReceipt_onceAndByEMail_andFollowsHisFile() {
    now(LocalDate.of(2025, 11, 10), 12);
    long withMail = register("Elena Hârtie", "elena.hartie@rt.example");
    long withoutMail = register("Vasile Ghișeu", null);
    Http registry = Http.as(port, "rt.registry", "rt.registry");

    // The receipt shows the token once; only its hash stays with the file.
    HttpResponse<String> receipt = registry.get(receiptPath(withMail));
    assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
    JsonNode shown = Http.json(receipt);
    String token = shown.get("followUpToken").asText();
    assertThat(token).hasSizeGreaterThanOrEqualTo(32);
    assertThat(shown.get("code").asLong()).isEqualTo(withMail);
    assertThat(shown.get("note").asText()).contains("Dosarul meu", "o singură dată");
    assertThat(jdbc.sql("SELECT follow_up_token_hash FROM candidate WHERE code = ?")
        .param(withMail).query(String.class).single()).isEqualTo(FollowUpTokens.hash(token));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_receipt WHERE candidate_code = ?")
        .param(withMail).query(Long.class).single()).as("nothing readable kept").isZero();
    HttpResponse<String> again = registry.get(receiptPath(withMail));
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("o singură dată").doesNotContain(token);

    // E-mailed with the code when the candidate gave an address; nothing for the one who did not.
    assertThat(outbox.ofContest(contest.contestId)).filteredOn(mail ->
            mail.recipient().equals("elena.hartie@rt.example")).singleElement()
        .satisfies(mail -> {
          assertThat(mail.purpose()).isEqualTo("CODE");
          assertThat(mail.body()).contains(String.valueOf(withMail), token, "Dosarul meu")
              .doesNotContain("originalele");
        });
    assertThat(outbox.ofContest(contest.contestId)).extracting(OutboxMail::purpose)
        .containsExactly("CODE");

    // The paper candidate follows his own file with it, as an electronic applicant does.
    HttpResponse<String> followUp = followUp(token);
    assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(200);
    assertThat(Http.json(followUp).get("code").asLong()).isEqualTo(withMail);
    assertThat(followUp.body()).doesNotContain("Elena", String.valueOf(withoutMail));

    // The candidate without an address gets his on the receipt too.
    String second = Http.json(registry.get(receiptPath(withoutMail))).get("followUpToken")
        .asText();
    assertThat(Http.json(followUp(second)).get("code").asLong()).isEqualTo(withoutMail);

    // Nobody else reads a receipt: a user outside the Registry, another contest's path.
    assertThat(Http.as(port, "rt.outsider", "rt.outsider").get(receiptPath(withoutMail))
        .statusCode()).isEqualTo(404);
    assertThat(registry.get("/api/contests/" + (contest.contestId + 100000)
        + "/candidates/" + withMail + "/follow-up-receipt").statusCode()).isEqualTo(404);
  }

  @Test
  void aLostTokenIsReplacedByTheSecretary_theOldOneStopsWorking() {
    now(LocalDate.of(2025, 11, 11), 12);
    long code = register("Ion Pierdut", "ion.pierdut@rt.example");
    Http registry = Http.as(port, "rt.registry", "rt.registry");
    String first = Http.json(registry.get(receiptPath(code))).get("followUpToken").asText();

    HttpResponse<String> reissued = registry.postJson("/api/contests/" + contest.contestId
        + "/candidates/" + code + "/follow-up-token", "");
    assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(201);
    String second = Http.json(reissued).get("followUpToken").asText();
    assertThat(second).isNotEqualTo(first);
    assertThat(followUp(first).statusCode()).isEqualTo(404);
    assertThat(Http.json(followUp(second)).get("code").asLong()).isEqualTo(code);
    assertThat(outbox.ofContest(contest.contestId)).filteredOn(mail ->
            mail.recipient().equals("ion.pierdut@rt.example")).extracting(OutboxMail::body)
        .hasSize(2).last().asString().contains(second);
  }

  private long register(String name, String email) {
    Map<String, Object> file = new HashMap<>();
    file.put("candidateName", name);
    if (email != null) {
      file.put("candidateEmail", email);
    }
    file.put("channel", "REGISTRY");
    file.put("submittedAt", LocalDateTime.of(2025, 11, 10, 9, 0).toString());
    for (FileDocument document : FileDocument.values()) {
      file.put(document.formKey(), true);
    }
    contest.complete("registerFile", file);
    return ((Number) contest.variable("lastRegisteredCode")).longValue();
  }

  private String receiptPath(long code) {
    return "/api/contests/" + contest.contestId + "/candidates/" + code + "/follow-up-receipt";
  }

  private HttpResponse<String> followUp(String token) {
    return new CandidateApi(port).get("/api/public/candidates/follow-up", token);
  }

  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(id);
      identity.saveUser(user);
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(id, group);
    }
  }
}
