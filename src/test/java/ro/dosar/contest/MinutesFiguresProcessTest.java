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
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.documents.MinutesFigures;
import ro.dosar.support.ProcessTest;

/**
 * The secretary signs minutes knowing what they say: each display task (selection, test, final
 * results) lists the figures being confirmed, per candidate code, computed by the server from
 * the members' own records; the form only shows them.
 */
@ProcessTest
class MinutesFiguresProcessTest {

  static final List<String> CC = List.of("mf.cc.p", "mf.cc.m1", "mf.cc.m2");
  static final List<String> CSC = List.of("mf.csc.p", "mf.csc.m1", "mf.csc.m2");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;

  TaskService tasks;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "mf.cc.p:Drept:leader", "mf.cc.m1:Economic",
        "mf.cc.m2:Economic", "mf.csc.p:Litere:leader", "mf.csc.m1:Juridic", "mf.csc.m2:Tehnic",
        "mf.secretary:HR");
    for (String[] person : new String[][] {{"mf.cc.p", "Petru", "Președescu"},
        {"mf.cc.m1", "Maria", "Unu"}, {"mf.cc.m2", "Mihai", "Doi"}}) {
      var user = identity.createUserQuery().userId(person[0]).singleResult();
      user.setFirstName(person[1]);
      user.setLastName(person[2]);
      identity.saveUser(user);
    }
    tasks = engine.getTaskService();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachDisplayTaskListsPerCodeTheMembersFiguresAndTheResult() {
    // Given a contest with three files: one admitted by all, one rejected 2–1 with a separate
    // opinion, one rejected by all
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, CSC, "mf.secretary")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
            LocalDate.of(2025, 9, 29));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();
    now(LocalDate.of(2025, 9, 10), 12);
    long a = contest.registerFile("Ana", LocalDateTime.of(2025, 9, 10, 9, 0), "ABDEFGHI");
    long b = contest.registerFile("Bogdan", LocalDateTime.of(2025, 9, 10, 9, 5), "ABDEFGHI");
    long c = contest.registerFile("Carmen", LocalDateTime.of(2025, 9, 10, 9, 10), "ABDEF");
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    for (String member : CC) {
      contest.select(member, a, true, null)
          .select(member, c, false, "Lipsește adeverința medicală.");
    }
    contest.select("mf.cc.p", b, false, "Studii necorespunzătoare.")
        .select("mf.cc.m1", b, false, "Studii necorespunzătoare.")
        .select("mf.cc.m2", b, true, null)
        .separateOpinion("mf.cc.m2", b, "Diploma este echivalentă.");

    // When the secretary opens the selection display task
    Task selection = contest.task("displaySelectionResults");

    // Then it lists every code, each member's opinion and reason, the result and its reason
    String figures = figures(selection);
    assertThat(figures).contains("Dosare: 3 · admise: 1 · respinse: 2",
        "**Codul " + a + " — ADMIS**",
        "**Codul " + b + " — RESPINS** (motivul respingerii: ",
        "- Petru Președescu: respins — Studii necorespunzătoare.",
        "- Mihai Doi: admis; opinie separată: Diploma este echivalentă.",
        "- Maria Unu: respins — Lipsește adeverința medicală.");
    assertThat(figures).doesNotContain("mf.cc.", "Ana", "Bogdan", "Carmen");
    assertThat(section(figures, c)).contains("RESPINS").doesNotContain("admis");

    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    // Written test: A 80/80/80, B 40/45/48 (respins below 50)
    now(LocalDate.of(2025, 9, 23), 9);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    written.scoreAll(a, "80", "81", "79");
    Task testDisplay = written.task("displayTestResults");
    String testFigures = figures(testDisplay);
    assertThat(testFigures).contains("punctajul minim pentru promovare: 50 puncte",
        "**Codul " + a + " — ADMIS, punctaj 80.00 (media punctajelor membrilor)**",
        "- Petru Președescu: 80.00", "- Maria Unu: 81.00", "- Mihai Doi: 79.00");
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();

    // Interview: A 70
    now(LocalDate.of(2025, 9, 29), 9);
    TestDriver interview = new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
    interview.scoreAll(a, "70", "70", "70");
    now(LocalDate.of(2025, 9, 30), 9);
    interview.display();
    now(LocalDate.of(2025, 10, 1), 17);
    contest.closeWindow();

    // The final display lists the code with each test's score, the final score and the result
    String finalFigures = figures(contest.task("displayFinalResults"));
    assertThat(finalFigures).contains("**1. Codul " + a + " — ADMIS, punctaj final 75.00**",
        "- proba scrisă: 80.00", "- interviul: 70.00");
  }

  private String figures(Task task) {
    Object figures = tasks.getVariableLocal(task.getId(), MinutesFigures.VARIABLE);
    assertThat(figures).as("figures on " + task.getTaskDefinitionKey())
        .isInstanceOf(SpinJsonNode.class);
    return ((SpinJsonNode) figures).stringValue();
  }

  /** The lines of one code, up to the next code. */
  private static String section(String figures, long code) {
    String from = figures.substring(figures.indexOf("**Codul " + code));
    int next = from.indexOf("**Codul ", 2);
    return next < 0 ? from : from.substring(0, next);
  }
}
