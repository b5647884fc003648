package ro.dosar.contest.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.accommodation.AccommodationRequests.Request;
import ro.dosar.mail.MailDeliveryProcess;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.ProcessTest;

/**
 * HR's decision on a request for reasonable accommodation reaches the candidate by e-mail (issue
 * 18 item 5), when he gave an address: one Romanian message with his code, granted or refused,
 * the reason and the dates (dd.MM.yyyy), through the outbox to a real SMTP server (GreenMail);
 * once, however often the decision is recorded; nothing to a candidate without an address.
 */
@ProcessTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class AccommodationDecisionMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  AccommodationRequests requests;
  @Autowired
  MailOutbox outbox;
  @Autowired
  JdbcClient jdbc;

  ContestDriver contest;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theDecisionIsMailedToTheCandidateOnce_grantedOrRefused_withItsReason() throws Exception {
    BpmnAwareTests.init(engine);
    contest = ContestDriver.published(engine, identity, staff, "am", Map.of());
    now(LocalDate.of(2025, 11, 10), 10);
    long ana = contest.registerFile("Ana Mail", LocalDateTime.of(2025, 11, 10, 9, 0), "ABDEFGHI");
    long dan = contest.registerFile("Dan Mail", LocalDateTime.of(2025, 11, 10, 9, 5), "ABDEFGHI");
    long ion = contest.registerFile("Ion Fără", LocalDateTime.of(2025, 11, 10, 9, 10),
        "ABDEFGHI");
    jdbc.sql("UPDATE candidate SET email = ? WHERE code = ?").params("ana@am.example", ana)
        .update();
    jdbc.sql("UPDATE candidate SET email = ? WHERE code = ?").params("dan@am.example", dan)
        .update();
    Request anaRequest = requests.file(ana, "Deficiență de vedere: materiale cu caractere "
        + "mărite.", "FOLLOW_UP");
    requests.file(dan, "Interpret mimico-gestual la interviu.", "FOLLOW_UP");
    requests.file(ion, "Sală la parter, fără trepte.", "FOLLOW_UP");
    assertThat(mailsOfContest()).isEmpty();

    now(LocalDate.of(2025, 11, 12), 11);
    decide(ana, true, "Subiecte tipărite cu corp 20 (§8.4(6) lit. a)).");
    decide(dan, false, "Proba de interviu se susține în scris pentru toți candidații.");
    decide(ion, true, "Proba se desfășoară în sala P01, la parter.");
    deliverContestMails();

    String anaMail = onlyMail("ana@am.example");
    assertThat(anaMail).contains("dosarul cu codul " + ana, "APROBATĂ",
        "Motivarea: Subiecte tipărite cu corp 20 (§8.4(6) lit. a)).", "depusă la 10.11.2025",
        "la 12.11.2025", "Prima probă are loc la 25.11.2025", "/concursuri/dosarul-meu")
        .doesNotContain("Ana Mail", String.valueOf(dan), "2025-11");
    assertThat(subjectOf("ana@am.example")).contains("aprobată", "codul " + ana);
    String danMail = onlyMail("dan@am.example");
    assertThat(danMail).contains("dosarul cu codul " + dan, "RESPINSĂ",
        "Motivarea: Proba de interviu se susține în scris pentru toți candidații.")
        .doesNotContain(String.valueOf(ana));
    // Ion gave no address: no e-mail, his decision is recorded all the same.
    assertThat(requests.ofCandidate(ion)).singleElement()
        .satisfies(request -> assertThat(request.decision()).isEqualTo("GRANTED"));
    assertThat(mailsOfContest()).extracting(OutboxMail::recipient)
        .containsExactlyInAnyOrder("ana@am.example", "dan@am.example");

    // The decision recorded again: nothing sent twice.
    requests.decide(anaRequest.id(), true, "Subiecte tipărite cu corp 20 (§8.4(6) lit. a)).",
        "am.hr");
    assertThat(mailsOfContest()).filteredOn(mail -> mail.recipient().equals("ana@am.example"))
        .hasSize(1);
  }

  /** HR completes the decision task of that file's request. */
  private void decide(long code, boolean granted, String reason) {
    Task task = contest.tasks.createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.DECIDE_ACCOMMODATION).list().stream()
        .filter(t -> Long.valueOf(code).equals(
            contest.tasks.getVariable(t.getId(), Variables.ACCOMMODATION_CODE)))
        .findFirst().orElseThrow();
    identity.setAuthentication("am.hr", List.of("hr"),
        contest.instance.getTenantId() == null ? List.of()
            : List.of(contest.instance.getTenantId()));
    contest.tasks.complete(task.getId(), Map.of(Variables.ACCOMMODATION_GRANTED,
        String.valueOf(granted), Variables.ACCOMMODATION_REASON, reason));
    identity.clearAuthentication();
  }

  private List<OutboxMail> mailsOfContest() {
    return outbox.ofContest(contest.contestId).stream()
        .filter(mail -> mail.purpose().equals("ACCOMMODATION")).toList();
  }

  /** Runs the delivery of this contest's e-mails (the job executor's work). */
  private void deliverContestMails() {
    for (ProcessInstance delivery : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MailDeliveryProcess.KEY)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId).list()) {
      engine.getManagementService().createJobQuery().processInstanceId(delivery.getId()).list()
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private List<MimeMessage> received(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return message.getAllRecipients()[0].toString().equals(address);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private String onlyMail(String address) throws Exception {
    List<MimeMessage> messages = received(address);
    assertThat(messages).hasSize(1);
    return messages.get(0).getContent().toString();
  }

  private String subjectOf(String address) throws Exception {
    return received(address).get(0).getSubject();
  }
}
