package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.springframework.http.ResponseEntity;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.contest.contestation.ContestationRoundProcess.Elements;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.support.PdfText;
import ro.dosar.support.ProcessTest;

/**
 * What walking whole contests found (issue 21, items 5–8), each walked through the engine and
 * read back through the API and the PDFs: the commission's rejection reason once, each member's
 * reason and the separate opinions in the minutes; a late contestation registered as forfeited;
 * the contest's stage, calendar in force and results through {@code GET /api/contests/{id}} at
 * each stage.
 */
@ProcessTest
class ContestFidelityTest {

  static final ContestWalkDriver WALK = new ContestWalkDriver("fc");
  static final List<String> CC = WALK.cc;
  static final List<String> CSC = WALK.csc;
  static final String STUDIES = "Nu îndeplinește condiția de studii superioare";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestationRepository contestations;
  @Autowired
  ContestDocuments documents;
  @Autowired
  TestRestTemplate http;

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void people() {
    WALK.employ(identity, staff, "fc.hr:HR", "fc.rector:Rectorat", "fc.legal:Juridic",
        "fc.registry:Registratura");
    for (String[] membership : new String[][] {{"fc.hr", "hr"}, {"fc.rector", "rector"},
        {"fc.legal", "legal"}, {"fc.registry", "registry"}}) {
      if (identity.createUserQuery().userId(membership[0]).memberOfGroup(membership[1])
          .count() == 0) {
        identity.createMembership(membership[0], membership[1]);
      }
    }
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // ---- items 5 and 6: reasons once, members' opinions in the minutes, late contestations ------

  @Test
  void aReasonOnce_eachMembersReasonAndTheSeparateOpinionInTheMinutes_lateContestationsForfeited()
      throws Exception {
    ContestDriver contest = WALK.toRegistration(engine);
    long a = contest.registerFile("Ana Admis", LocalDateTime.of(2025, 9, 10, 9, 0), "ABDEFGHI");
    long d = contest.registerFile("Dan Studii", LocalDateTime.of(2025, 9, 10, 9, 5), "ABDEFGHI");
    long e = contest.registerFile("Elena Târziu", LocalDateTime.of(2025, 9, 10, 9, 10), "ABDEF");
    long f = contest.registerFile("Florin Târziu", LocalDateTime.of(2025, 9, 10, 9, 15), "ABD");
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    for (String member : CC) {
      contest.select(member, a, true, null).select(member, f, false, "Dosar incomplet.");
    }
    // Two members give the same reason (one with a full stop, one in lower case), the third
    // admits and writes his separate opinion.
    contest.select("fc.cc.p", d, false, STUDIES + ".")
        .select("fc.cc.m1", d, false, "nu îndeplinește condiția de studii   superioare")
        .select("fc.cc.m2", d, true, null)
        .separateOpinion("fc.cc.m2", d, "Diploma de licență în economie este de studii superioare.");
    contest.select("fc.cc.p", e, false, "Dosar incomplet.")
        .select("fc.cc.m1", e, false, "Dosar incomplet")
        .select("fc.cc.m2", e, false, "Lipsește certificatul medical.");

    // The commission's reason, once; differing reasons each once.
    assertThat(candidates.find(d).orElseThrow().selectionReason()).isEqualTo(STUDIES);
    assertThat(candidates.find(e).orElseThrow().selectionReason())
        .isEqualTo("Dosar incomplet; Lipsește certificatul medical.");

    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    String publicResults = http.getForEntity("/api/public/contests/" + contest.contestId
        + "/results", String.class).getBody();
    assertThat(count(publicResults, "studii superioare")).isEqualTo(1);
    assertThat(publicResults).doesNotContain("Dan Studii");
    String selection = PdfText.of(documents.content(latest(contest, "pv-selectie").id()));
    // The table: the commission's reason once. Below it: each member's own opinion and
    // reason, and the separate opinion.
    assertThat(selection).contains(d + " RESPINS " + STUDIES)
        .doesNotContain("superioare; ")
        .contains("fc.cc.p: respins — " + STUDIES + ".",
            "fc.cc.m1: respins — nu îndeplinește condiția de studii",
            "fc.cc.m2: admis",
            "Opinie separată motivată, fc.cc.m2: Diploma de licență în economie este de studii",
            "fc.cc.m2: respins — Lipsește certificatul medical.")
        .doesNotContain("Dan Studii", "Elena", "Florin");

    // While the window is open, a contestation is registered in the round's task, not as late.
    String late = "/api/contests/" + contest.contestId + "/late-contestations";
    assertThat(http.withBasicAuth("fc.registry", "fc.registry").postForEntity(late,
        Map.of("stage", "SELECTION", "contestedCode", e, "contestationNumber", "R-1",
            "contestationFiledAt", "2025-09-18T08:00"), String.class).getStatusCode().value())
        .isEqualTo(409);

    // D contests in time; E's contestation is stamped 16:30, after the deadline (Fri 19 Sep,
    // 16:00) while the task is still open: registered, forfeited.
    now(LocalDate.of(2025, 9, 19), 10);
    contest.contest(d, "901/19.09.2025", LocalDateTime.of(2025, 9, 19, 10, 0));
    now(LocalDate.of(2025, 9, 19), 16);
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2025, 9, 19, 16, 45)
        .atZone(ContestDriver.ZONE).toInstant()));
    contest.contest(e, "902/19.09.2025", LocalDateTime.of(2025, 9, 19, 16, 30));
    assertThat(contestations.of(e, "SELECTION").orElseThrow().outcome()).isEqualTo("FORFEITED");
    assertThat(contestations.of(d, "SELECTION").orElseThrow().outcome()).isNull();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    // Only D's contestation reaches the contestation commission.
    List<Task> decisions = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.contestationRound().getId())
        .taskDefinitionKey(Elements.DECIDE_CONTESTATION).list();
    assertThat(decisions).hasSize(3).allSatisfy(task -> assertThat(engine.getTaskService()
        .getVariable(task.getId(), Variables.FILE_CODE)).isEqualTo(String.valueOf(d)));
    now(LocalDate.of(2025, 9, 22), 10);
    Map<String, String> reasons = Map.of("fc.csc.p", "Diploma nu este de studii superioare.",
        "fc.csc.m1", "Specializarea nu corespunde fișei postului.");
    for (String member : List.of("fc.csc.p", "fc.csc.m1")) {
      Task task = contest.memberTask("decideContestation", member, d);
      engine.getTaskService().complete(task.getId(), Map.of("contestationDecision", "RESPINS",
          "contestationReason", reasons.get(member), "noConflictDeclared", true));
    }
    contest.decideContestation("fc.csc.m2", d, true);
    Task separate = contest.memberTask("writeContestationSeparateOpinion", "fc.csc.m2", d);
    engine.getTaskService().complete(separate.getId(),
        Map.of("separateOpinion", "Licența în economie satisface condiția de studii."));
    assertThat(contest.instance).isWaitingAt(ContestHiringProcess.Elements.WRITTEN_TEST);
    assertThat(contestations.of(d, "SELECTION").orElseThrow().outcome()).isEqualTo("REJECTED");

    String minutes = PdfText.of(documents.content(latest(contest, "pv-contestatii").id()));
    // (The registry number wraps in its narrow column.)
    assertThat(minutes).contains(d + " — — RESPINSĂ 19.09.2025 10:00",
        e + " — — DECĂZUT DIN DREPT (depusă după termen) 19.09.2025 16:30",
        "fc.csc.p: respins — Diploma nu este de studii superioare.",
        "fc.csc.m1: respins — Specializarea nu corespunde fișei postului.",
        "fc.csc.m2: admis",
        "Opinie separată motivată, fc.csc.m2: Licența în economie satisface condiția de studii.")
        .doesNotContain("Elena", "Dan Studii");

    // F's contestation reaches the Registry on Monday, after the round was decided: the
    // Registry registers it, it is forfeited, no task, and the minutes are drawn up again.
    int before = documents.of(contest.contestId).size();
    ResponseEntity<String> timely = http.withBasicAuth("fc.registry", "fc.registry")
        .postForEntity(late, Map.of("stage", "SELECTION", "contestedCode", f,
            "contestationNumber", "903/22.09.2025", "contestationFiledAt", "2025-09-19T15:00"),
            String.class);
    assertThat(timely.getStatusCode().value()).isEqualTo(400);
    assertThat(timely.getBody()).contains("contestationFiledAt", "în termen");
    assertThat(http.withBasicAuth("fc.cc.m1", "fc.cc.m1").postForEntity(late,
        Map.of("stage", "SELECTION", "contestedCode", f, "contestationNumber", "903/22.09.2025",
            "contestationFiledAt", "2025-09-22T09:00"), String.class).getStatusCode().value())
        .isEqualTo(404);
    ResponseEntity<String> registered = http.withBasicAuth("fc.registry", "fc.registry")
        .postForEntity(late, Map.of("stage", "SELECTION", "contestedCode", f,
            "contestationNumber", "903/22.09.2025", "contestationFiledAt", "2025-09-22T09:00"),
            String.class);
    assertThat(registered.getStatusCode().value()).isEqualTo(201);
    assertThat(json.readTree(registered.getBody()).get("outcome").asText())
        .isEqualTo("FORFEITED");
    assertThat(contestations.of(f, "SELECTION").orElseThrow().outcome()).isEqualTo("FORFEITED");
    assertThat(engine.getTaskService().createTaskQuery().taskAssigneeLike("fc.csc.%").count())
        .isZero();
    assertThat(documents.of(contest.contestId)).hasSize(before + 1);
    String again = PdfText.of(documents.content(latest(contest, "pv-contestatii").id()));
    assertThat(again).contains(f + " — — DECĂZUT DIN DREPT (depusă după termen) 22.09.2025 09:00",
        e + " — — DECĂZUT DIN DREPT (depusă după termen) 19.09.2025 16:30",
        "Contestații depuse după termenul de cel mult o zi lucrătoare de la afișarea "
            + "rezultatelor: 2");
    assertThat(count(again, "DECĂZUT DIN DREPT")).isEqualTo(2);
    // Once only.
    assertThat(http.withBasicAuth("fc.registry", "fc.registry").postForEntity(late,
        Map.of("stage", "SELECTION", "contestedCode", f, "contestationNumber", "904",
            "contestationFiledAt", "2025-09-22T09:30"), String.class).getStatusCode().value())
        .isEqualTo(400);
  }

  // ---- items 7 and 8: the stage, the calendar in force and the results, at each stage ----------

  @Test
  void theStateAtEachStage_theCalendarInForceFollowsTheActualDays_resultsOnlyOnceDisplayed()
      throws Exception {
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, CSC, WALK.secretary)
        .announce(LocalDate.of(2025, 9, 1), ContestWalkDriver.WRITTEN_TEST,
            ContestWalkDriver.INTERVIEW);
    // Planned for Mon 1 Sep, published on Sun 31 Aug: the terms count from Sunday, day 0.
    now(LocalDate.of(2025, 8, 31), 11);
    contest.publish();
    JsonNode state = state(contest, "fc.hr");
    assertThat(state.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(state.at("/stage/current").asText()).isEqualTo("PUBLISHED");
    assertThat(step(state, "PUBLICATION")).isEqualTo(List.of("2025-09-01", "2025-08-31",
        "2025-08-31", "false"));
    assertThat(step(state, "SUBMISSION_DEADLINE")).containsExactly("2025-09-15", "2025-09-12",
        null, null);
    assertThat(step(state, "SELECTION_CONTESTATION_DEADLINE").subList(0, 2))
        .containsExactly("2025-09-19", "2025-09-18");
    assertThat(step(state, "WRITTEN_TEST").subList(0, 2))
        .containsExactly("2025-09-23", "2025-09-23");
    assertThat(state.at("/timeline/submissionDeadline").asText()).isEqualTo("2025-09-12");
    assertThat(state.get("results")).isEmpty();

    now(LocalDate.of(2025, 9, 10), 12);
    long a = contest.registerFile("Ana Popescu", LocalDateTime.of(2025, 9, 10, 9, 0), "ABDEFGHI");
    long b = contest.registerFile("Bogdan Ionescu", LocalDateTime.of(2025, 9, 10, 9, 5),
        "ABDEFGHI");
    now(LocalDate.of(2025, 9, 12), 17);
    contest.closeWindow();
    for (String member : CC) {
      contest.select(member, a, true, null).select(member, b, true, null);
    }
    // The selection results displayed on Mon 15 Sep, before their deadline (Wed 17): the
    // contestation deadline in force is Tue 16 Sep, and so is the one the round enforces.
    now(LocalDate.of(2025, 9, 15), 11);
    contest.displaySelection();
    assertThat(engine.getRuntimeService().getVariable(contest.contestationRound().getId(),
        ContestationRoundProcess.Variables.CONTESTATION_DEADLINE)).isEqualTo("2025-09-16");
    state = state(contest, "fc.hr");
    assertThat(state.get("status").asText()).isEqualTo("SELECTION_CONTESTATIONS");
    assertThat(state.at("/stage/current").asText()).isEqualTo("SELECTION_CONTESTATIONS_OPEN");
    assertThat(step(state, "SELECTION_RESULTS_DISPLAY")).containsExactly("2025-09-18",
        "2025-09-15", "2025-09-15", "true");
    assertThat(step(state, "SELECTION_CONTESTATION_DEADLINE").subList(0, 2))
        .containsExactly("2025-09-19", "2025-09-16");
    assertThat(step(state, "SELECTION_CONTESTATION_RESOLUTION").subList(0, 2))
        .containsExactly("2025-09-22", "2025-09-17");
    assertThat(state.at("/timeline/selectionContestationDeadline").asText())
        .isEqualTo("2025-09-16");
    // HR sees the results so far with names; a commission member by code only; the legal
    // adviser none.
    assertThat(result(state, a).get("selection").asText()).isEqualTo("ADMIS");
    assertThat(result(state, a).get("name").asText()).isEqualTo("Ana Popescu");
    assertThat(result(state, a).get("tests")).isEmpty();
    JsonNode member = state(contest, "fc.cc.m1");
    assertThat(result(member, a).get("selection").asText()).isEqualTo("ADMIS");
    assertThat(result(member, a).get("name").isNull()).isTrue();
    assertThat(member.toString()).doesNotContain("Ana Popescu", "Bogdan");
    JsonNode legal = state(contest, "fc.legal");
    assertThat(legal.get("results").isNull()).isTrue();
    assertThat(legal.toString()).doesNotContain("Ana Popescu");

    now(LocalDate.of(2025, 9, 16), 17);
    contest.closeWindow();
    state = state(contest, "fc.hr");
    assertThat(state.at("/stage/current").asText()).isEqualTo("WRITTEN_PLANNED");
    assertThat(step(state, "SELECTION_CONTESTATION_RESOLUTION").subList(1, 3))
        .containsExactly("2025-09-16", "2025-09-16");

    // The written test, Tue 23 Sep: held, scored (nothing shown yet), displayed.
    now(LocalDate.of(2025, 9, 23), 10);
    TestDriver written = WALK.writtenTest(engine, contest, tests);
    state = state(contest, "fc.hr");
    assertThat(state.get("status").asText()).isEqualTo("TESTS");
    assertThat(state.at("/stage/current").asText()).isEqualTo("WRITTEN_HELD");
    assertThat(step(state, "WRITTEN_TEST").get(2)).isEqualTo("2025-09-23");
    written.scoreAll(a, "80", "80", "80").scoreAll(b, "60", "60", "60");
    state = state(contest, "fc.hr");
    assertThat(state.at("/stage/current").asText()).isEqualTo("WRITTEN_SCORED");
    assertThat(result(state, a).get("tests")).isEmpty();
    assertThat(state.toString()).doesNotContain("80.00");
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    state = state(contest, "fc.hr");
    assertThat(state.get("status").asText()).isEqualTo("TESTS");
    assertThat(state.at("/stage/current").asText()).isEqualTo("WRITTEN_CONTESTATIONS_OPEN");
    JsonNode writtenStage = stage(state, "WRITTEN");
    assertThat(writtenStage.get("state").asText()).isEqualTo("DISPLAYED");
    assertThat(writtenStage.get("contestations").asText()).isEqualTo("OPEN");
    assertThat(writtenStage.get("contestationDeadline").asText()).isEqualTo("2025-09-25");
    assertThat(result(state, a).at("/tests/0/score").asText()).isEqualTo("80.00");
    assertThat(result(state, a).at("/tests/0/status").asText()).isEqualTo("ADMIS");
    assertThat(result(state, a).get("finalScore").isNull()).isTrue();
    assertThat(step(state, "WRITTEN_RESULTS_DISPLAY")).containsExactly("2025-09-24",
        "2025-09-24", "2025-09-24", "true");
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();
    state = state(contest, "fc.hr");
    assertThat(stage(state, "WRITTEN").get("contestations").asText()).isEqualTo("DECIDED");
    assertThat(state.at("/stage/current").asText()).isEqualTo("INTERVIEW_PLANNED");

    // The interview, Mon 29 Sep, then the final results.
    now(LocalDate.of(2025, 9, 29), 14);
    TestDriver interview = WALK.interview(engine, contest, tests);
    interview.scoreAll(a, "70", "70", "70").scoreAll(b, "60", "60", "60");
    now(LocalDate.of(2025, 9, 30), 9);
    interview.display();
    now(LocalDate.of(2025, 10, 1), 17);
    contest.closeWindow();
    state = state(contest, "fc.hr");
    assertThat(state.get("status").asText()).isEqualTo("FINAL_RESULTS");
    assertThat(result(state, a).get("finalScore").isNull()).isTrue();
    assertThat(result(state, a).get("rank").isNull()).isTrue();
    assertThat(step(state, "FINAL_RESULTS_DISPLAY").subList(0, 2))
        .containsExactly("2025-10-03", "2025-10-02");
    now(LocalDate.of(2025, 10, 2), 10);
    contest.complete("displayFinalResults", Map.of("finalMinutesSigned", true,
        "finalResultsShown", true));
    state = state(contest, "fc.hr");
    assertThat(state.get("status").asText()).isEqualTo("PRESENTING");
    assertThat(result(state, a).get("finalScore").asText()).isEqualTo("75.00");
    assertThat(result(state, a).get("rank").asInt()).isEqualTo(1);
    assertThat(result(state, a).get("finalStatus").asText()).isEqualTo("ADMIS");
    assertThat(result(state, a).get("offerStatus").asText()).isEqualTo("OFFERED");
    assertThat(result(state, b).get("finalScore").asText()).isEqualTo("60.00");
    assertThat(result(state, b).get("finalStatus").asText()).isEqualTo("RESPINS");
    assertThat(step(state, "FINAL_RESULTS_DISPLAY").subList(1, 3))
        .containsExactly("2025-10-02", "2025-10-02");
    assertThat(state(contest, "fc.rector").at("/results/0/name").asText())
        .isNotBlank();
    assertThat(state(contest, "fc.cc.p").toString()).doesNotContain("Ana Popescu");
  }

  private JsonNode state(ContestDriver contest, String user) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, user)
        .getForEntity("/api/contests/" + contest.contestId, String.class);
    assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  /** planned, inForce, actual, actualOnWorkingDay of a calendar step (null when absent). */
  private static List<String> step(JsonNode state, String code) {
    for (JsonNode step : state.get("calendar")) {
      if (step.get("step").asText().equals(code)) {
        List<String> values = new ArrayList<>();
        for (String field : List.of("planned", "inForce", "actual", "actualOnWorkingDay")) {
          values.add(step.get(field) == null || step.get(field).isNull() ? null
              : step.get(field).asText());
        }
        return values;
      }
    }
    throw new AssertionError("No calendar step " + code + " in " + state.get("calendar"));
  }

  private static JsonNode stage(JsonNode state, String code) {
    for (JsonNode stage : state.at("/stage/stages")) {
      if (stage.get("stage").asText().equals(code)) {
        return stage;
      }
    }
    throw new AssertionError("No stage " + code);
  }

  private static JsonNode result(JsonNode state, long code) {
    for (JsonNode result : state.get("results")) {
      if (result.get("code").asLong() == code) {
        return result;
      }
    }
    throw new AssertionError("No result for " + code + " in " + state.get("results"));
  }

  private ContestDocument latest(ContestDriver contest, String kind) {
    return documents.of(contest.contestId).stream().filter(d -> d.kind().equals(kind))
        .reduce((first, second) -> second).orElseThrow();
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
