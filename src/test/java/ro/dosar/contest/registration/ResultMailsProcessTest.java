package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.WholeContest;
import ro.dosar.contest.contestation.ContestationRoundRepository;
import ro.dosar.contest.publicpages.ResultMails;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.ProcessTest;
import ro.dosar.web.RateLimits;

/**
 * At each published result every candidate with an address gets one e-mail (issue 18 item 5):
 * his code, his result as displayed, the next date, the page „Dosarul meu” — through the outbox,
 * to a real SMTP server (GreenMail); never another candidate's code; once per candidate and
 * publication, however often the publishing step runs.
 */
@ProcessTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class ResultMailsProcessTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

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
  MailOutbox outbox;
  @Autowired
  ResultMails resultMails;
  @Autowired
  ContestationRoundRepository rounds;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  TestRepository tests;
  @Autowired
  JdbcClient jdbc;
  @LocalServerPort
  int port;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
    limits.reset("candidate-follow-up");
  }

  @Test
  void selectionAndContestationResults_reachEachCandidateOnce() throws Exception {
    BpmnAwareTests.init(engine);
    limiter.reset();
    limits.reset("candidate-follow-up");
    List<String> cc = List.of("rm.cc.p", "rm.cc.m1", "rm.cc.m2");
    List<String> csc = List.of("rm.csc.p", "rm.csc.m1", "rm.csc.m2");
    ContestDriver contest = ContestDriver.published(engine, identity, staff, "rm", Map.of());
    now(LocalDate.of(2025, 11, 10), 10);
    JsonNode ana = Applications.apply(http, contest.contestId, "Ana Rezultat", "ana@rm.example");
    JsonNode radu = Applications.apply(http, contest.contestId, "Radu Rezultat",
        "radu@rm.example");
    long anaCode = ana.get("code").asLong();
    long raduCode = radu.get("code").asLong();
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 18), 10);
    for (String member : cc) {
      contest.select(member, anaCode, true, null);
      contest.select(member, raduCode, false, "Lipsește adeverința medicală.");
    }
    now(LocalDate.of(2025, 11, 20), 9);
    contest.displaySelection();
    deliverAll();

    String anaMail = onlyMail("ana@rm.example", "selecția dosarelor");
    assertThat(anaMail).contains("Dosarul cu codul " + anaCode + ": admis.",
        "21.11.2025 16:00", "/concursuri/dosarul-meu").doesNotContain(String.valueOf(raduCode))
        .doesNotContain("Ana Rezultat");
    String raduMail = onlyMail("radu@rm.example", "selecția dosarelor");
    assertThat(raduMail).contains("Dosarul cu codul " + raduCode
        + ": respins (Lipsește adeverința medicală.)", "contestație până la 21.11.2025 16:00")
        .doesNotContain(String.valueOf(anaCode));

    // The publishing step run again: nothing sent twice.
    ContestationRoundRepository.Round round = rounds.latest(contest.contestId, "SELECTION")
        .orElseThrow();
    resultMails.stageResults(contest.contestId, "SELECTION", String.valueOf(round.id()),
        round.contestationDeadline().atTime(16, 0));
    assertThat(resultMailsTo(contest.contestId, "ana@rm.example")).hasSize(1);

    // Radu contests online; the commission admits it: only he is told the decision.
    now(LocalDate.of(2025, 11, 21), 10);
    assertThat(new CandidateApi(port).post("/api/public/candidates/contestations",
        radu.get("followUpToken").asText(), "{\"stage\":\"SELECTION\",\"grounds\":\""
            + "Adeverința medicală a fost depusă odată cu dosarul.\"}").statusCode())
        .isEqualTo(201);
    now(LocalDate.of(2025, 11, 21), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 11, 24), 10);
    for (String member : csc) {
      contest.decideContestation(member, raduCode, true);
    }
    deliverAll();
    assertThat(resultMailsTo(contest.contestId, "radu@rm.example")).hasSize(2);
    assertThat(resultMailsTo(contest.contestId, "ana@rm.example")).hasSize(1);
    String decision = onlyMail("radu@rm.example", "contestația la selecția dosarelor");
    assertThat(decision).contains("Dosarul cu codul " + raduCode + ": contestație admisă.",
        "/concursuri/dosarul-meu");
  }

  @Test
  void finalResults_eachCandidateHisRank_once() {
    BpmnAwareTests.init(engine);
    long contestId = WholeContest.walk(engine, identity, staff, tests, "rmf", 2).contestId;
    List<Candidate> files = candidates.ofContest(contestId);
    for (Candidate file : files) {
      jdbc.sql("UPDATE candidate SET email = ? WHERE code = ?")
          .params("c" + file.code() + "@rmf.example", file.code()).update();
    }
    resultMails.finalResults(contestId);
    resultMails.finalResults(contestId);

    long winner = files.get(0).code();
    long second = files.get(1).code();
    assertThat(resultMailsTo(contestId, "c" + winner + "@rmf.example")).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains("Dosarul cu codul " + winner
            + ": ", "admis, locul 1", "prezentare la post").doesNotContain(
                String.valueOf(second)));
    assertThat(resultMailsTo(contestId, "c" + second + "@rmf.example")).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains("Dosarul cu codul " + second
            + ": ", "respins, locul 2"));
  }

  private List<OutboxMail> resultMailsTo(long contestId, String recipient) {
    return outbox.ofContest(contestId).stream()
        .filter(mail -> mail.purpose().equals("RESULT") && mail.recipient().equals(recipient))
        .toList();
  }

  /** The one message delivered to the address whose subject names what was published. */
  private String onlyMail(String address, String what) throws Exception {
    List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return message.getAllRecipients()[0].toString().equals(address)
            && message.getSubject().startsWith("Rezultat afișat: " + what + " —");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(received).hasSize(1);
    return received.get(0).getContent().toString();
  }

  private void deliverAll() {
    for (Job job : engine.getManagementService().createJobQuery().messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }
}
