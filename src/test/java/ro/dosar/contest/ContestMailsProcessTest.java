package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.ProcessTest;

/**
 * The contest's e-mails reach a real SMTP server (GreenMail): the code to an electronic
 * submitter, the selection result to each candidate with an address, the convocation of the commission members to the written test, the postponement
 * notice to every registered candidate.
 */
@ProcessTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class ContestMailsProcessTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  MailOutbox outbox;
  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private void deliverAll() {
    for (Job job : engine.getManagementService().createJobQuery().messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private List<String> subjectsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).map(message -> {
      try {
        return message.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void theCodeToAnESubmitter_convocations_postponementNotices() throws Exception {
    BpmnAwareTests.init(engine);
    List<String> cc = List.of("ml.cc.p", "ml.cc.m1", "ml.cc.m2");
    List<String> csc = List.of("ml.csc.p", "ml.csc.m1", "ml.csc.m2");
    ContestDriver.employees(identity, staff, "ml.cc.p:Drept:leader", "ml.cc.m1:Economic",
        "ml.cc.m2:Economic", "ml.csc.p:Litere:leader", "ml.csc.m1:Juridic", "ml.csc.m2:Tehnic",
        "ml.secretary:HR");
    for (String member : cc) {
      User user = identity.createUserQuery().userId(member).singleResult();
      user.setEmail(member + "@uvt.example");
      identity.saveUser(user);
    }
    now(LocalDate.of(2025, 10, 29), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(cc, csc, "ml.secretary")
        .announce(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 25),
            LocalDate.of(2025, 11, 26));
    now(LocalDate.of(2025, 11, 3), 9);
    contest.publish();
    now(LocalDate.of(2025, 11, 10), 12);
    Map<String, Object> file = new HashMap<>();
    file.put("candidateName", "Ioana Electronică");
    file.put("candidateEmail", "ioana@candidat.example");
    file.put("channel", "EMAIL");
    file.put("submittedAt", LocalDateTime.of(2025, 11, 10, 9, 0).toString());
    for (FileDocument document : FileDocument.values()) {
      file.put(document.formKey(), true);
    }
    contest.complete("registerFile", file);
    long electronic = contest.lastRegistered();
    long atRegistry = contest.registerFile("Mihai Ghișeu", LocalDateTime.of(2025, 11, 10, 10, 0),
        "ABDEFGHI");
    deliverAll();

    assertThat(subjectsTo("candidat.example"))
        .containsExactly("Dosarul dumneavoastră a fost înregistrat cu codul " + electronic);
    MimeMessage codeMail = smtp.getReceivedMessagesForDomain("candidat.example")[0];
    assertThat(codeMail.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("ioana@candidat.example");
    assertThat(codeMail.getContent().toString()).contains("codul unic", "originalele");

    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    for (String member : cc) {
      contest.select(member, electronic, true, null);
      contest.select(member, atRegistry, true, null);
    }
    now(LocalDate.of(2025, 11, 19), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 11, 20), 17);
    contest.closeWindow();
    deliverAll();
    assertThat(subjectsTo("uvt.example")).hasSize(3)
        .allMatch(subject -> subject.startsWith("Convocare: proba scrisă")
            && subject.endsWith("25.11.2025"));

    now(LocalDate.of(2025, 11, 21), 10);
    engine.getRuntimeService().createMessageCorrelation(Messages.CONTEST_POSTPONEMENT_REQUESTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .setVariableLocal(Variables.NEW_TEST_DATE, "2025-12-02")
        .setVariableLocal(Variables.POSTPONEMENT_REASON, "Sala este indisponibilă").correlate();
    deliverAll();

    // The code, the selection result (issue 18 item 5: an e-mail at each published result),
    // the postponement.
    assertThat(subjectsTo("candidat.example")).hasSize(3)
        .contains("Rezultat afișat: selecția dosarelor — Administrator financiar (codul "
            + electronic + ")")
        .contains("Amânarea concursului — Administrator financiar");
    // The registry candidate gave no address: his notice is the secretary's provable means.
    assertThat(outbox.ofContest(contest.contestId)).extracting(OutboxMail::purpose)
        .containsExactly("CODE", "RESULT", "CONVOCATION", "CONVOCATION", "CONVOCATION",
            "POSTPONEMENT");
    assertThat(outbox.ofContest(contest.contestId)).extracting(OutboxMail::status)
        .containsOnly("SENT");

    if (identity.createUserQuery().userId("ml.hr").count() == 0) {
      User hr = identity.newUser("ml.hr");
      hr.setPassword("ml.hr");
      identity.saveUser(hr);
      identity.createMembership("ml.hr", "hr");
    }
    var mails = ro.dosar.support.Http.json(ro.dosar.support.Http.as(port, "ml.hr", "ml.hr")
        .get("/api/contests/" + contest.contestId + "/mails"));
    assertThat(mails.size()).isEqualTo(6);
    assertThat(mails.get(5).get("purpose").asText()).isEqualTo("POSTPONEMENT");
    assertThat(ro.dosar.support.Http.as(port, "ml.cc.m1", "ml.cc.m1")
        .get("/api/contests/" + contest.contestId + "/mails").statusCode()).isEqualTo(404);
  }
}
