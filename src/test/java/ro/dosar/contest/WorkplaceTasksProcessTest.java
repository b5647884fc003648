package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.support.ProcessTest;

/**
 * Tasklist as a workplace, through the engine: every task names its case (business key and
 * post), a form refused by the check after it comes back to the user who submitted it, and the
 * Registry's task shows the registration number it will give before the file is registered.
 */
@ProcessTest
class WorkplaceTasksProcessTest {

  static final List<String> CC = List.of("w.cc.president", "w.cc.m1", "w.cc.m2");
  static final List<String> CSC = List.of("w.csc.president", "w.csc.m1", "w.csc.m2");
  static final String SECRETARY = "w.secretary";
  static final String HR_OFFICER = "w.hr";
  static final LocalDate PUBLICATION = LocalDate.of(2025, 9, 1);
  static final LocalDate FIRST_TEST = LocalDate.of(2025, 9, 23);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  JdbcClient jdbc;

  ContestDriver contest;
  TaskService tasks;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "w.cc.president:Facultatea de Drept:leader",
        "w.cc.m1:Direcția Economică", "w.cc.m2:Direcția Economică",
        "w.csc.president:Facultatea de Științe:leader", "w.csc.m1:Biroul Juridic",
        "w.csc.m2:Direcția Tehnică", "w.secretary:HR", HR_OFFICER + ":HR");
    if (identity.createUserQuery().memberOfGroup("hr").userId(HR_OFFICER).count() == 0) {
      identity.createMembership(HR_OFFICER, "hr");
    }
    contest = new ContestDriver(engine);
    tasks = engine.getTaskService();
    now(LocalDate.of(2025, 8, 27), 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyTaskNamesItsContestAndPost() {
    contest.propose("VACANT", "EXECUTION");

    assertThat(contest.task("reviewProposal").getName()).isEqualTo("CONCURS-" + contest.contestId
        + " · Administrator financiar — Verificare și avizare propunere (D.R.U.)");
  }

  @Test
  void anAnnouncementRefusedByTheCheckComesBackToTheHrOfficerWhoSubmittedIt() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);
    Map<String, Object> announcement =
        ContestDriver.announcement(PUBLICATION, FIRST_TEST, FIRST_TEST);
    // A fixed-term contract without its period: the check after the task refuses it (ANN-a).
    announcement.put("contractType", "DETERMINATA");
    Task drafted = contest.task("prepareAnnouncement");
    assertThat(drafted.getAssignee()).as("a group task at first").isNull();
    tasks.claim(drafted.getId(), HR_OFFICER);
    tasks.complete(drafted.getId(), announcement);

    Task returned = contest.task("prepareAnnouncement");
    assertThat(returned.getId()).isNotEqualTo(drafted.getId());
    assertThat(returned.getAssignee()).as("back with the officer who submitted it")
        .isEqualTo(HR_OFFICER);
    assertThat((String) contest.variable("announcementViolations"))
        .contains("perioada contractului pe durată determinată");

    // She adds the period: the announcement goes on to publication.
    announcement.put("contractPeriod", "12 luni");
    tasks.complete(returned.getId(), announcement);
    assertThat(contest.task("publishAnnouncement").getAssignee()).isNull();
  }

  @Test
  void theRegistrationTaskShowsTheNumberItWillGiveAndAnUnusedNumberIsVoidedNeverReused() {
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY)
        .announce(PUBLICATION, FIRST_TEST);
    now(PUBLICATION, 9);
    contest.publish();
    now(LocalDate.of(2025, 9, 10), 12);

    Task first = contest.task("registerFile");
    long reserved = reservedCode(first);
    assertThat(status(reserved)).isEqualTo("RESERVED");
    long code = contest.registerFile("Ana Pop", LocalDateTime.of(2025, 9, 10, 9, 30), "ABDEFGHI");
    assertThat(code).as("the file gets the number its form showed").isEqualTo(reserved);
    assertThat(status(reserved)).isEqualTo("USED");

    Task next = contest.task("registerFile");
    long unused = reservedCode(next);
    assertThat(unused).isGreaterThan(code);

    // The window closes with the next task still open: its number is voided, with the reason.
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    assertThat(status(unused)).isEqualTo("VOIDED");
    assertThat(jdbc.sql("SELECT note FROM registration_number WHERE code = ?").param(unused)
        .query(String.class).single()).contains("neatribuit");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM candidate WHERE code = ?").param(unused)
        .query(Long.class).single()).isZero();

    // Another contest's file gets a later number, never the voided one.
    ContestDriver other = new ContestDriver(engine);
    now(LocalDate.of(2025, 8, 27), 9);
    other.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY)
        .announce(PUBLICATION, FIRST_TEST);
    now(PUBLICATION, 9);
    other.publish();
    now(LocalDate.of(2025, 9, 10), 12);
    long later = other.registerFile("Dan Ene", LocalDateTime.of(2025, 9, 10, 10, 0), "ABDEFGHI");
    assertThat(later).isGreaterThan(unused);
  }

  private long reservedCode(Task task) {
    return Long.parseLong((String) tasks.getVariableLocal(task.getId(), Variables.RESERVED_CODE));
  }

  private String status(long code) {
    return jdbc.sql("SELECT status FROM registration_number WHERE code = ?").param(code)
        .query(String.class).single();
  }
}
