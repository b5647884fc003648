package ro.dosar.contest.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.accommodation.AccommodationRequests.NotNowException;
import ro.dosar.contest.accommodation.AccommodationRequests.Request;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.support.ProcessTest;

/**
 * A request for reasonable accommodation of the tests (§8.1.4(9), §8.4; issue 18 item 5) opens
 * an HR task in the contest's event subprocess „Cerere de adaptare rezonabilă”, one per request,
 * due on the last working day before the first test; HR grants or refuses it with a reason, which
 * is recorded with who decided; the request's content stays in that subprocess, so a commission
 * member's task does not show it.
 */
@ProcessTest
class AccommodationRequestProcessTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  static final String NEED = "Deficiență de vedere: cer materiale cu caractere mărite și timp "
      + "suplimentar la proba scrisă.";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  AccommodationRequests requests;
  @Autowired
  JdbcClient jdbc;

  ContestDriver contest;

  @BeforeEach
  void publishedContest() {
    BpmnAwareTests.init(engine);
    contest = ContestDriver.published(engine, identity, staff, "ac", Map.of());
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void eachRequestBecomesAnHrTaskDueBeforeTheFirstTest_andItsContentStaysOutOfTheCommissionsTasks() {
    now(LocalDate.of(2025, 11, 10), 10);
    long ana = contest.registerFile("Ana Acc", LocalDateTime.of(2025, 11, 10, 9, 0), "ABDEFGHIK");
    long dan = contest.registerFile("Dan Acc", LocalDateTime.of(2025, 11, 10, 9, 5), "ABDEFGHI");

    Request anaRequest = requests.file(ana, NEED, "APPLICATION");
    requests.file(dan, "Scaun rulant: acces fără trepte în sala de examen.", "FOLLOW_UP");

    // Two requests, two tasks of HR in the contest, each naming its file only by code.
    List<Task> hrTasks = contest.tasks.createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.DECIDE_ACCOMMODATION).orderByTaskName().asc().list();
    assertThat(hrTasks).hasSize(2);
    Task anaTask = taskOf(ana);
    assertThat(anaTask.getName()).contains("dosarul " + ana).doesNotContain("Ana");
    assertThat(contest.tasks.getIdentityLinksForTask(anaTask.getId()))
        .extracting(IdentityLink::getGroupId).contains("hr");
    // Due on the last working day before the first test (Tue 25.11.2025), at the closing hour.
    assertThat(anaTask.getDueDate().toInstant())
        .isEqualTo(LocalDateTime.of(2025, 11, 24, 16, 0).atZone(ZONE).toInstant());
    assertThat(anaRequest.dueAt()).isEqualTo(LocalDateTime.of(2025, 11, 24, 16, 0));
    assertThat(contest.tasks.getVariables(anaTask.getId()))
        .containsEntry(Variables.ACCOMMODATION_REQUEST, NEED)
        .containsEntry(Variables.ACCOMMODATION_CODE, ana);
    assertThat(contest.runtime.getVariables(contest.instance.getId()))
        .as("nothing of the request at the contest's level")
        .doesNotContainKeys(Variables.ACCOMMODATION_REQUEST, Variables.ACCOMMODATION_CODE,
            Variables.ACCOMMODATION_REQUEST_ID);

    // The selection: a member's task shows nothing of the request.
    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    Task memberTask =
        contest.memberTask(FileSelectionProcess.Elements.SELECT_FILE, "ac.cc.m1", ana);
    Map<String, Object> seen = contest.tasks.getVariables(memberTask.getId());
    assertThat(seen).doesNotContainKeys(Variables.ACCOMMODATION_REQUEST,
        Variables.ACCOMMODATION_GRANTED, Variables.ACCOMMODATION_REASON);
    assertThat(seen.values()).noneMatch(value -> String.valueOf(value).contains("caractere"));

    // HR must choose and give a reason; a refused submission records nothing.
    identity.setAuthentication("ac.hr", List.of("hr"),
        contest.instance.getTenantId() == null ? List.of()
            : List.of(contest.instance.getTenantId()));
    assertThatThrownBy(() -> contest.tasks.complete(anaTask.getId(),
        Map.of(Variables.ACCOMMODATION_GRANTED, "true")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Motivare");
    assertThat(requests.find(anaRequest.id()).orElseThrow().decision()).isNull();

    Map<String, Object> decision = new HashMap<>();
    decision.put(Variables.ACCOMMODATION_GRANTED, "true");
    decision.put(Variables.ACCOMMODATION_REASON, "Subiecte tipărite cu corp 20 și 1 h 30 min în "
        + "plus (§8.4(6) lit. a), §8.4(8) lit. a)).");
    contest.tasks.complete(anaTask.getId(), decision);
    identity.clearAuthentication();

    Request decided = requests.find(anaRequest.id()).orElseThrow();
    assertThat(decided.decision()).isEqualTo("GRANTED");
    assertThat(decided.status()).isEqualTo("aprobată");
    assertThat(decided.reason()).startsWith("Subiecte tipărite cu corp 20");
    assertThat(decided.decidedAt()).isEqualTo(LocalDateTime.of(2025, 11, 17, 17, 0));
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(contest.instance.getId()).activityId(Elements.ACCOMMODATION_DECIDED)
        .finished().count()).isEqualTo(1);
    assertThat(contest.runtime.getVariables(contest.instance.getId()))
        .doesNotContainKeys(Variables.ACCOMMODATION_GRANTED, Variables.ACCOMMODATION_REASON);
    // Dan's request still waits for HR; the contest goes on.
    assertThat(taskOf(dan)).isNotNull();
    assertThat(requests.ofCandidate(dan)).singleElement()
        .satisfies(request -> assertThat(request.status()).isEqualTo("în analiză la Resurse Umane"));
    assertThat(recordedBy(anaRequest.id())).isEqualTo("ac.hr");
  }

  @Test
  void anEmptyRequestOrOneOnTheDayOfTheFirstTestIsRefused_andOpensNoTask() {
    now(LocalDate.of(2025, 11, 10), 10);
    long code = contest.registerFile("Ion Acc", LocalDateTime.of(2025, 11, 10, 9, 0), "ABDEFGHI");
    assertThatThrownBy(() -> requests.file(code, "  ", "FOLLOW_UP"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo("request"));
    assertThatThrownBy(() -> requests.file(code, "x".repeat(2001), "FOLLOW_UP"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2000");

    now(LocalDate.of(2025, 11, 25), 8);
    assertThatThrownBy(() -> requests.file(code, NEED, "FOLLOW_UP"))
        .isInstanceOf(NotNowException.class).hasMessageContaining("25.11.2025");
    assertThat(requests.ofCandidate(code)).isEmpty();
    assertThat(contest.tasks.createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.DECIDE_ACCOMMODATION).count()).isZero();
  }

  private Task taskOf(long code) {
    return contest.tasks.createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.DECIDE_ACCOMMODATION).list().stream()
        .filter(task -> Long.valueOf(code).equals(
            contest.tasks.getVariable(task.getId(), Variables.ACCOMMODATION_CODE)))
        .findFirst().orElseThrow();
  }

  private String recordedBy(long id) {
    return jdbc.sql("SELECT decided_by FROM accommodation_request WHERE id = ?").param(id)
        .query(String.class).single();
  }
}
