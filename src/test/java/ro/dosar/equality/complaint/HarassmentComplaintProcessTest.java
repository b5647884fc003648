package ro.dosar.equality.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.equality.complaint.ComplaintClient.json;
import static ro.dosar.equality.complaint.ComplaintClient.read;
import static ro.dosar.equality.complaint.ComplaintClient.withToken;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Elements;
import ro.dosar.gender.Gender;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.support.Http;
import ro.dosar.support.DisciplineCommissionTest;
import ro.dosar.support.TestLogin;

/**
 * A harassment complaint (spec gender-equality-plan §6.7) walked through its channels, its
 * process and the disciplinary call, with the confidentiality the plan asks for proven through
 * the HTTP APIs as each role would use them.
 */
@DisciplineCommissionTest
class HarassmentComplaintProcessTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  static final String SECRET = "SECRET-CONTENT";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  ComplaintRepository cases;
  @Autowired
  ComplaintStatistics statistics;
  @LocalServerPort
  int port;

  /** user → groups. "acc" is the accused person, "inv" the investigator, "tp" a trusted person. */
  static final Map<String, List<String>> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("eo", List.of("equality-officer"));
    PEOPLE.put("dg", List.of("rector"));
    PEOPLE.put("hr1", List.of("hr"));
    PEOPLE.put("cm", List.of("commission"));
    PEOPLE.put("acc", List.of());
    PEOPLE.put("inv", List.of());
    PEOPLE.put("tp", List.of("trusted-person"));
    for (String member : List.of("dsc.p", "dsc.m1", "dsc.m2", "dsc.a1", "dsc.a2", "dsc.a3",
        "dsc.s")) {
      PEOPLE.put(member, List.of());
    }
  }

  @Autowired
  StaffRepository staff;

  @BeforeEach
  void people() {
    // The disciplinary commission is mixed (the plan's gender check runs on every referral).
    List<String> commission = List.of("dsc.p", "dsc.m1", "dsc.m2", "dsc.a1", "dsc.a2", "dsc.a3");
    for (int i = 0; i < commission.size(); i++) {
      staff.save(new StaffMember(commission.get(i), commission.get(i), "Direcția Sănătate",
          false, false, i % 2 == 0 ? Gender.FEMALE : Gender.MALE));
    }
    PEOPLE.forEach((id, groups) -> {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setPassword(id);
        user.setEmail(id + "@asemt.example");
        identity.saveUser(user);
        for (String group : groups) {
          identity.createMembership(id, group);
        }
      }
    });
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  // ---- intake ------------------------------------------------------------------------------------

  @Test
  void anonymousOnlineComplaintIsFollowedUpByItsTokenOnly() {
    HttpResponse<String> page = Http.anonymous(port).get("/plangeri");
    assertThat(page.statusCode()).isEqualTo(200);
    // The page's script is a file of its own (its Content-Security-Policy allows no inline one).
    assertThat(page.body()).contains("Sesizare confidențială", "/js/plangeri.js");
    assertThat(Http.anonymous(port).get("/js/plangeri.js").body())
        .contains("/api/public/complaints", "X-Complaint-Token");

    HttpResponse<String> submitted = Http.anonymous(port).postJson("/api/public/complaints",
        json(Map.of("type", "SEXUAL_HARASSMENT", "description", SECRET + " la birou",
            "personsConcerned", "șeful de serviciu")));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String reference = read(submitted).get("reference").asText();
    String token = read(submitted).get("followUpToken").asText();
    assertThat(reference).startsWith("PLG-");
    assertThat(token).hasSizeGreaterThanOrEqualTo(32);

    ComplaintCase complaint = byReference(reference);
    assertThat(complaint.anonymous()).isTrue();
    assertThat(complaint.channel()).isEqualTo("ONLINE_FORM");
    assertThat(complaint.status()).isEqualTo("REGISTERED");
    assertThat(cases.content(complaint.id()).orElseThrow().complainantName()).isNull();
    // Only the hash of the token is stored.
    assertThat(cases.caseOfTokenHash(token)).isEmpty();
    assertThat(cases.caseOfTokenHash(ComplaintService.hash(token))).contains(complaint.id());

    HttpResponse<String> followUp = withToken(port, "GET", "/api/public/complaints/follow-up",
        token, null);
    assertThat(followUp.statusCode()).isEqualTo(200);
    assertThat(read(followUp).get("reference").asText()).isEqualTo(reference);
    assertThat(read(followUp).get("status").asText()).isEqualTo("Înregistrată");
    assertThat(read(followUp).get("receivedAt").isNull()).isFalse();
    assertThat(followUp.body()).doesNotContain(SECRET);

    assertThat(withToken(port, "GET", "/api/public/complaints/follow-up", token + "x", null)
        .statusCode()).isEqualTo(404);
    assertThat(withToken(port, "GET", "/api/public/complaints/follow-up", null, null)
        .statusCode()).isEqualTo(404);

    Task acknowledgement = task(complaint, Elements.ACKNOWLEDGE_COMPLAINT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(acknowledgement.getId()))
        .extracting(link -> link.getGroupId()).contains("equality-officer");
    assertThat(acknowledgement.getDueDate()).isNotNull();
    assertOnlyAllowedVariables(complaint);
  }

  @Test
  void trustedPersonAndEqualityOfficerRegisterOnTheComplainantsBehalf() {
    HttpResponse<String> byTrusted = Http.as(port, "tp", "tp").postJson(
        "/api/equality/complaints", json(Map.of("type", "MORAL_HARASSMENT", "channel",
            "TRUSTED_PERSON", "description", SECRET + " ședințe", "complainantName",
            "Ana Petrescu", "complainantContact", "ana@asemt.example")));
    assertThat(byTrusted.statusCode()).as(byTrusted.body()).isEqualTo(201);
    long trustedId = read(byTrusted).get("id").asLong();
    assertThat(read(byTrusted).get("followUpToken").asText()).isNotBlank();
    ComplaintCase registered = cases.find(trustedId).orElseThrow();
    assertThat(registered.channel()).isEqualTo("TRUSTED_PERSON");
    assertThat(registered.anonymous()).isFalse();
    assertThat(cases.content(trustedId).orElseThrow().registeredBy()).isEqualTo("tp");
    // After registration the trusted person sees nothing of the case.
    assertThat(Http.as(port, "tp", "tp").get("/api/equality/complaints/" + trustedId)
        .statusCode()).isEqualTo(404);
    // A trusted person registers only on the trusted-person channel; others not at all.
    assertThat(Http.as(port, "tp", "tp").postJson("/api/equality/complaints",
        json(Map.of("type", "MORAL_HARASSMENT", "channel", "EMAIL", "description", "x")))
        .statusCode()).isEqualTo(400);
    assertThat(Http.as(port, "hr1", "hr1").postJson("/api/equality/complaints",
        json(Map.of("type", "MORAL_HARASSMENT", "channel", "EMAIL", "description", "x")))
        .statusCode()).isEqualTo(403);

    HttpResponse<String> byEmail = Http.as(port, "eo", "eo").postJson(
        "/api/equality/complaints", json(Map.of("type", "GENDER_DISCRIMINATION", "channel",
            "EMAIL", "description", SECRET + " promovare", "complainantContact",
            "x@example.org", "receivedAt", "2020-01-06T09:30:00")));
    assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(201);
    long emailId = read(byEmail).get("id").asLong();
    assertThat(cases.find(emailId).orElseThrow().receivedAt().toString())
        .isEqualTo("2020-01-06T09:30");
    HttpResponse<String> seen = Http.as(port, "eo", "eo").get("/api/equality/complaints/"
        + emailId);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(read(seen).at("/content/description").asText()).contains(SECRET);
    assertThat(read(seen).at("/complaint/channel").asText()).isEqualTo("EMAIL");
  }

  // ---- the whole case: investigation, disciplinary call, confidentiality -------------------------

  @Test
  void substantiatedComplaintCallsTheDisciplinaryCaseAndStaysConfidential() {
    ComplaintCase complaint = submitOnline("SEXUAL_HARASSMENT");
    acknowledge(complaint);
    // The triage as Tasklist submits it, through the engine's REST API.
    Map<String, Object> triage = triage("true");
    triage.put("investigators", "inv");
    triage.put("triageNote", SECRET + " triaj");
    submitForm("eo", task(complaint, Elements.TRIAGE_COMPLAINT), triage);
    assertThat(cases.triage(complaint.id()).orElseThrow().handlerGroup())
        .isEqualTo("equality-officer");
    assertThat(cases.investigators(complaint.id())).containsExactly("inv");
    Task investigation = task(complaint, Elements.INVESTIGATE_COMPLAINT);
    assertThat(investigation.getDueDate()).isNotNull();

    // Those who may see the case see it.
    for (String user : List.of("eo", "dg", "inv")) {
      assertThat(Http.as(port, user, user).get("/api/equality/complaints/" + complaint.id())
          .statusCode()).as(user).isEqualTo(200);
      assertThat(read(Http.as(port, user, user).get("/engine-rest/process-instance?"
          + "processInstanceIds=" + complaint.processInstanceId())).size()).as(user)
          .isEqualTo(1);
    }
    assertThat(read(Http.as(port, "inv", "inv").get("/engine-rest/task?processInstanceId="
        + complaint.processInstanceId())).size()).isEqualTo(1);
    for (String user : List.of("eo", "dg")) {
      for (String path : historyPaths(complaint)) {
        assertThat(read(Http.as(port, user, user).get(path)).size()).as(user + " " + path)
            .isGreaterThan(0);
      }
    }
    HttpClient directorInCockpit = ComplaintClient.cockpit(port, "dg", "dg");
    assertThat(directorInCockpit).as("Cockpit login of the Director General").isNotNull();
    assertThat(read(ComplaintClient.get(directorInCockpit, port, cockpitInstances())).size())
        .isGreaterThan(0);

    // Nobody else: HR, a commission member, the accused, the trusted person, not even Cockpit.
    for (String user : List.of("hr1", "cm", "acc", "tp")) {
      Http as = Http.as(port, user, user);
      assertThat(as.get("/api/equality/complaints/" + complaint.id()).statusCode()).as(user)
          .isEqualTo(404);
      assertThat(read(as.get("/api/equality/complaints")).size()).as(user).isZero();
      HttpResponse<String> single = as.get("/engine-rest/process-instance/"
          + complaint.processInstanceId());
      assertThat(single.statusCode()).as(user).isNotEqualTo(200);
      assertThat(single.body()).doesNotContain(complaint.reference());
      assertThat(as.get("/engine-rest/process-instance/" + complaint.processInstanceId()
          + "/variables").statusCode()).as(user).isNotEqualTo(200);
      for (String path : List.of(
          "/engine-rest/process-instance?processDefinitionKey=harassmentComplaint",
          "/engine-rest/task?processInstanceId=" + complaint.processInstanceId(),
          "/engine-rest/task?processDefinitionKey=harassmentComplaint",
          "/engine-rest/history/process-instance?processDefinitionKey=harassmentComplaint")) {
        assertThat(read(as.get(path)).size()).as(user + " " + path).isZero();
      }
      for (String path : historyPaths(complaint)) {
        assertThat(read(as.get(path)).size()).as(user + " " + path).isZero();
      }
    }
    HttpClient hrInCockpit = ComplaintClient.cockpit(port, "hr1", "hr1");
    assertThat(hrInCockpit).as("HR has Cockpit").isNotNull();
    assertThat(read(ComplaintClient.get(hrInCockpit, port, cockpitInstances())).size()).isZero();
    assertThat(read(ComplaintClient.get(hrInCockpit, port,
        "/camunda/api/engine/engine/default/history/process-instance?processDefinitionKey="
            + HarassmentComplaintProcess.KEY)).size()).isZero();
    assertThat(ComplaintClient.cockpit(port, "cm", "cm")).as("no Cockpit for a member").isNull();

    // The investigator records evidence outside the process and concludes.
    assertThat(Http.as(port, "inv", "inv").postJson("/api/equality/complaints/"
        + complaint.id() + "/notes", json(Map.of("kind", "EVIDENCE", "text", SECRET
        + " mesaje"))).statusCode()).isEqualTo(201);
    assertThat(Http.as(port, "hr1", "hr1").postJson("/api/equality/complaints/"
        + complaint.id() + "/notes", json(Map.of("kind", "EVIDENCE", "text", "x")))
        .statusCode()).isEqualTo(404);
    submitForm("inv", investigation, Map.of("conclusion", "SUBSTANTIATED",
        "conclusionReasons", SECRET + " motivare", "recommendedMeasures", SECRET + " măsuri",
        "disciplinaryReferral", "true"));
    runAsyncSteps(complaint);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(complaint.processInstanceId()).count())
        .as("no disciplinary case before the referral is written").isZero();

    // The Equality Officer writes the referral for the disciplinary commission, in the
    // complaint's own process (the task belongs to the complaint, not to the disciplinary case).
    Task referral = task(complaint, Elements.WRITE_COMPLAINT_REFERRAL);
    assertThat(engine.getTaskService().getIdentityLinksForTask(referral.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("equality-officer");
    completeAs("eo", referral, disciplinaryReferral());
    runAsyncSteps(complaint);

    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(complaint.processInstanceId()).singleResult();
    assertThat(called).isNotNull();
    assertThat(called.getProcessDefinitionId()).startsWith("disciplinaryCase:");
    // Only the reference and the written referral (the model's initiator variable,
    // registeredBy, stays empty: the call runs asynchronously, without the officer's identity).
    Map<String, Object> carried = new HashMap<>(engine.getRuntimeService()
        .getVariables(called.getId()));
    carried.values().removeIf(java.util.Objects::isNull);
    Map<String, Object> expected = new HashMap<>(disciplinaryReferral());
    expected.put("complaintReference", complaint.reference());
    assertThat(carried).containsAllEntriesOf(expected);
    assertThat(carried.values().toString()).doesNotContain(SECRET);
    assertThat(cases.find(complaint.id()).orElseThrow().outcome()).isEqualTo("SUBSTANTIATED");

    long disciplinaryCaseId = ((Number) engine.getRuntimeService().getVariable(called.getId(),
        Variables.CASE_ID)).longValue();
    assertThat(cases.find(complaint.id()).orElseThrow().disciplinaryCaseId())
        .isEqualTo(disciplinaryCaseId);
    assertThat(task(complaint, Elements.INFORM_COMPLAINANT)).as("waits for the disciplinary case")
        .isNull();

    // The complaint's content never reached a process variable, nor the history.
    assertOnlyAllowedVariables(complaint);
    assertThat(read(Http.as(port, "eo", "eo").get("/engine-rest/history/variable-instance?"
        + "processInstanceId=" + complaint.processInstanceId())).toString())
        .doesNotContain(SECRET);
    // ... while the restricted store has it all.
    JsonNode seen = read(Http.as(port, "eo", "eo").get("/api/equality/complaints/"
        + complaint.id()));
    assertThat(seen.get("notes").toString()).contains(SECRET + " mesaje", SECRET + " măsuri",
        SECRET + " triaj");
  }

  // ---- retaliation -------------------------------------------------------------------------------

  @Test
  void retaliationOpensALinkedCaseWhileOpenAndAfterClosureWithAMandatoryDisciplinaryCall() {
    int year = LocalDate.now(ZONE).getYear();
    ComplaintStatistics.Counts before = statistics.of(year, null);
    Registered original = submitOnlineWithToken("MORAL_HARASSMENT");
    ComplaintCase complaint = cases.find(original.id()).orElseThrow();
    acknowledge(complaint);
    completeAs("eo", task(complaint, Elements.TRIAGE_COMPLAINT), triage("true"));

    // While the case is open: the event subprocess opens the linked case.
    HttpResponse<String> reported = Http.as(port, "eo", "eo").postJson(
        "/api/equality/complaints/" + complaint.id() + "/retaliation",
        json(Map.of("description", SECRET + " amenințări")));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    ComplaintCase during = cases.find(read(reported).get("id").asLong()).orElseThrow();
    assertThat(during.complaintType()).isEqualTo("RETALIATION");
    assertThat(during.linkedCaseId()).isEqualTo(complaint.id());
    assertThat(during.processInstanceId()).isNotNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(complaint.processInstanceId()).activityId(Elements.OPEN_RETALIATION_CASE)
        .count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(during.processInstanceId(),
        HarassmentComplaintProcess.Variables.LINKED_CASE_ID)).isEqualTo(complaint.id());
    assertThat(Http.as(port, "hr1", "hr1").postJson("/api/equality/complaints/"
        + complaint.id() + "/retaliation", json(Map.of("description", "x"))).statusCode())
        .isEqualTo(404);

    // The original case ends not substantiated and is closed.
    completeAs("eo", task(complaint, Elements.INVESTIGATE_COMPLAINT), Map.of("conclusion",
        "NOT_SUBSTANTIATED", "conclusionReasons", "Nu s-a confirmat."));
    completeAs("eo", task(complaint, Elements.INFORM_COMPLAINANT), Map.of("communication",
        "Cercetarea nu a confirmat faptele sesizate."));
    ComplaintCase closed = cases.find(complaint.id()).orElseThrow();
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.closedAt()).isNotNull();
    HttpResponse<String> followUp = withToken(port, "GET", "/api/public/complaints/follow-up",
        original.token(), null);
    assertThat(read(followUp).get("status").asText()).isEqualTo("Închisă");
    assertThat(read(followUp).get("outcome").asText()).isEqualTo("NOT_SUBSTANTIATED");
    assertThat(read(followUp).get("communication").asText()).contains("nu a confirmat");

    // After closure: the complainant reports retaliation with the token; the case starts directly.
    HttpResponse<String> after = withToken(port, "POST",
        "/api/public/complaints/follow-up/retaliation", original.token(),
        json(Map.of("description", SECRET + " mutare disciplinară")));
    assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
    ComplaintCase afterClosure = byReference(read(after).get("reference").asText());
    assertThat(afterClosure.complaintType()).isEqualTo("RETALIATION");
    assertThat(afterClosure.linkedCaseId()).isEqualTo(complaint.id());
    assertThat(task(afterClosure, Elements.ACKNOWLEDGE_COMPLAINT)).isNotNull();
    assertThat(withToken(port, "POST", "/api/public/complaints/follow-up/retaliation",
        "wrong-token", json(Map.of("description", "x"))).statusCode()).isEqualTo(404);

    // A substantiated retaliation case goes to discipline even if the form says no.
    acknowledge(afterClosure);
    completeAs("eo", task(afterClosure, Elements.TRIAGE_COMPLAINT), triage("true"));
    completeAs("eo", task(afterClosure, Elements.INVESTIGATE_COMPLAINT), Map.of("conclusion",
        "SUBSTANTIATED", "conclusionReasons", "Confirmat.", "recommendedMeasures",
        "Mutarea anulată.", "disciplinaryReferral", "false", "noReferralReason",
        "nu vrem"));
    // The referral is written in the complaint's process before the disciplinary case starts.
    completeAs("eo", task(afterClosure, Elements.WRITE_COMPLAINT_REFERRAL), disciplinaryReferral());
    runAsyncSteps(afterClosure);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(afterClosure.processInstanceId()).count()).isEqualTo(1);
    assertThat(cases.find(afterClosure.id()).orElseThrow().status())
        .isEqualTo("DISCIPLINARY_REFERRAL");

    ComplaintStatistics.Counts counts = statistics.of(year, null);
    assertThat(counts.received() - before.received()).isEqualTo(3);
    assertThat(counts.resolved() - before.resolved()).isEqualTo(1);
    assertThat(counts.retaliation() - before.retaliation()).isEqualTo(2);
    assertThat(counts.openAtYearEnd() - before.openAtYearEnd()).isEqualTo(2);
  }

  @Test
  void anOrdinarySubstantiatedCaseSkipsDisciplineOnlyWithARecordedReason() {
    ComplaintCase complaint = submitOnline("GENDER_DISCRIMINATION");
    acknowledge(complaint);
    completeAs("eo", task(complaint, Elements.TRIAGE_COMPLAINT), triage("true"));
    Task investigation = task(complaint, Elements.INVESTIGATE_COMPLAINT);
    Map<String, Object> noReason = new HashMap<>(Map.of("conclusion", "SUBSTANTIATED",
        "conclusionReasons", "Confirmat.", "recommendedMeasures", "Instruire.",
        "disciplinaryReferral", "false"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeAs("eo", investigation,
        noReason)).hasMessageContaining("nu se sesizează");
    noReason.put("noReferralReason", "Autorul este un furnizor extern, nu un angajat.");
    completeAs("eo", investigation, noReason);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(complaint.processInstanceId()).count()).isZero();
    assertThat(task(complaint, Elements.INFORM_COMPLAINANT)).isNotNull();
  }

  @Test
  void aComplaintAboutTheEqualityOfficerIsInvestigatedByTheDirectorGeneral() {
    ComplaintCase complaint = submitOnline("MORAL_HARASSMENT");
    acknowledge(complaint);
    Map<String, Object> triage = triage("true");
    triage.put("concernsEqualityOfficer", "true");
    completeAs("eo", task(complaint, Elements.TRIAGE_COMPLAINT), triage);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(complaint,
        Elements.INVESTIGATE_COMPLAINT).getId())).extracting(link -> link.getGroupId())
        .containsExactly("rector");
  }

  // ---- deadlines ---------------------------------------------------------------------------------

  @Test
  void overdueAcknowledgementAndInvestigationEscalateToTheDirectorGeneral() {
    // Monday 2 March 2026: acknowledgement due Thursday 5 March, escalated after Monday 9 March.
    now(LocalDate.of(2026, 3, 2), 10);
    ComplaintCase complaint = submitOnline("SEXUAL_HARASSMENT");
    Job acknowledgementTimer = timer(complaint, Elements.ACKNOWLEDGEMENT_OVERDUE);
    assertThat(acknowledgementTimer.getDuedate()).isEqualTo(midnight(LocalDate.of(2026, 3, 10)));
    assertThat(task(complaint, Elements.ACKNOWLEDGE_COMPLAINT).getDueDate())
        .isEqualTo(midnight(LocalDate.of(2026, 3, 6)));
    now(LocalDate.of(2026, 3, 10), 1);
    engine.getManagementService().executeJob(acknowledgementTimer.getId());
    Task escalation = task(complaint, Elements.ESCALATE_ACKNOWLEDGEMENT);
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("rector");
    completeAs("dg", escalation, Map.of("escalationNote", SECRET + " dispoziție"));

    acknowledge(complaint);
    completeAs("eo", task(complaint, Elements.TRIAGE_COMPLAINT), triage("true"));
    // Triage on 10 March: 20 working days → 7 April; escalated after 9 April.
    Job investigationTimer = timer(complaint, Elements.INVESTIGATION_OVERDUE);
    assertThat(investigationTimer.getDuedate()).isEqualTo(midnight(LocalDate.of(2026, 4, 10)));
    now(LocalDate.of(2026, 4, 10), 1);
    engine.getManagementService().executeJob(investigationTimer.getId());
    assertThat(task(complaint, Elements.ESCALATE_INVESTIGATION)).isNotNull();
    assertThat(task(complaint, Elements.INVESTIGATE_COMPLAINT)).as("non-interrupting").isNotNull();
    assertOnlyAllowedVariables(complaint);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  record Registered(long id, String token) {
  }

  private Registered submitOnlineWithToken(String type) {
    HttpResponse<String> submitted = Http.anonymous(port).postJson("/api/public/complaints",
        json(Map.of("type", type, "description", SECRET + " descriere", "name", "Maria Ionescu",
            "contact", "maria@example.org")));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    return new Registered(byReference(read(submitted).get("reference").asText()).id(),
        read(submitted).get("followUpToken").asText());
  }

  private ComplaintCase submitOnline(String type) {
    return cases.find(submitOnlineWithToken(type).id()).orElseThrow();
  }

  private ComplaintCase byReference(String reference) {
    return cases.all().stream().filter(c -> c.reference().equals(reference)).findFirst()
        .orElseThrow();
  }

  private void acknowledge(ComplaintCase complaint) {
    completeAs("eo", task(complaint, Elements.ACKNOWLEDGE_COMPLAINT), Map.of("acknowledged", true));
    assertThat(cases.find(complaint.id()).orElseThrow().acknowledgedAt()).isNotNull();
  }

  private static Map<String, Object> triage(String inScope) {
    Map<String, Object> triage = new HashMap<>();
    triage.put("inScope", inScope);
    for (String flag : List.of("conflictOfInterest", "concernsEqualityOfficer",
        "concernsDirectorGeneral", "urgentProtection", "supportAccepted")) {
      triage.put(flag, "false");
    }
    triage.put("supportOffered", "true");
    return triage;
  }

  private Map<String, Object> disciplinaryReferral() {
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Simona Pop, Responsabil cu egalitatea de șanse");
    referral.put("referrerRole", "DIRECTOR");
    referral.put("accusedUser", "acc");
    referral.put("accusedName", "Acuzat Popa, Serviciul Tehnic");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", LocalDate.now(ZONE).minusDays(10).toString());
    referral.put("offenceDescription", "Comportament de hărțuire constatat de cercetare.");
    referral.put("evidence", "Raportul cercetării plângerii.");
    referral.put("knowledgeDate", LocalDate.now(ZONE).minusDays(5).toString());
    return referral;
  }

  private Task task(ComplaintCase complaint, String key) {
    String instance = cases.find(complaint.id()).orElseThrow().processInstanceId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(key).singleResult();
  }

  private Job timer(ComplaintCase complaint, String activity) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(complaint.processInstanceId()).activityId(activity).singleResult();
  }

  /** The job executor is off in tests: the asynchronous steps run here. */
  private void runAsyncSteps(ComplaintCase complaint) {
    for (Job job : engine.getManagementService().createJobQuery()
        .processInstanceId(complaint.processInstanceId()).messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private void completeAs(String user, Task task, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    TestLogin.asUser(identity, user, PEOPLE.get(user),
        () -> engine.getTaskService().complete(task.getId(), variables));
  }

  /** Submits a task form as Tasklist does: the engine REST API, as the user. */
  private void submitForm(String user, Task task, Map<String, Object> fields) {
    Map<String, Object> variables = new HashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpResponse<String> response = Http.as(port, user, user).postJson("/engine-rest/task/"
        + task.getId() + "/submit-form", json(Map.of("variables", variables)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static List<String> historyPaths(ComplaintCase complaint) {
    String instance = "processInstanceId=" + complaint.processInstanceId();
    return List.of("/engine-rest/history/process-instance?" + instance,
        "/engine-rest/history/variable-instance?" + instance,
        "/engine-rest/history/task?" + instance,
        "/engine-rest/history/activity-instance?" + instance,
        "/engine-rest/history/detail?" + instance);
  }

  private String cockpitInstances() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(HarassmentComplaintProcess.KEY).latestVersion().singleResult().getId();
    return "/camunda/api/cockpit/plugin/base/default/process-instance?processDefinitionId="
        + definition;
  }

  /** Runtime and history (instances and every recorded update) hold only the allowed names. */
  private void assertOnlyAllowedVariables(ComplaintCase complaint) {
    String instance = complaint.processInstanceId();
    Set<String> allowed = ComplaintSteps.PROCESS_VARIABLES;
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .count() == 1) {
      assertThat(engine.getRuntimeService().getVariables(instance).keySet())
          .isSubsetOf(allowed);
    }
    List<HistoricVariableInstance> variables = engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted()
        .list();
    assertThat(variables).isNotEmpty();
    assertThat(variables.stream().map(HistoricVariableInstance::getName)
        .collect(Collectors.toSet())).isSubsetOf(allowed);
    List<String> details = new ArrayList<>();
    for (HistoricDetail detail : engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(instance).list()) {
      if (detail instanceof HistoricVariableUpdate update) {
        details.add(update.getVariableName());
        assertThat(String.valueOf(update.getValue())).doesNotContain(SECRET);
      } else {
        details.add("form field " + detail);
      }
    }
    assertThat(details).isNotEmpty();
    assertThat(details).allMatch(allowed::contains);
  }

  static void now(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant()));
  }

  private static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }
}
