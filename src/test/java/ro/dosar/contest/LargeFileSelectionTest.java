package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.selection.FileSelectionJobs;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.support.ProcessTest;

/**
 * A contest of several hundred candidates reaches its file selection in small transactions: the
 * submission deadline closes the registration only, one job starts the selection and creates
 * one job per file, and each file's job creates that file's tasks for the five members (issue
 * 19: at 2,000 candidates, 10,000 tasks in the deadline's one transaction never finished).
 */
@ProcessTest
class LargeFileSelectionTest {

  static final int FILES = 300;
  static final List<String> CC = List.of("lfs.cc.p", "lfs.cc.m1", "lfs.cc.m2", "lfs.cc.m3",
      "lfs.cc.m4");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void threeHundredFiles_reachFileSelection_oneSmallTransactionPerFile() {
    ContestDriver contest = threeHundredFilesRegistered();
    String instanceId = contest.instance.getId();

    contest.fireWindowTimer();

    assertThat(selectionTasks(contest)).isEmpty();
    assertThat(jobs(contest, "fileSelection#multiInstanceBody")).hasSize(1);
    assertThat(jobs(contest, "fileSelection")).isEmpty();

    contest.management.executeJob(jobs(contest, "fileSelection#multiInstanceBody").get(0).getId());

    assertThat(selectionTasks(contest)).isEmpty();
    assertThat(jobs(contest, "fileSelection")).hasSize(FILES);

    contest.management.executeJob(jobs(contest, "fileSelection").get(0).getId());

    List<Task> first = selectionTasks(contest);
    assertThat(first).hasSize(CC.size());
    assertThat(first).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(CC);
    assertThat(first.stream().map(task -> contest.tasks.getVariable(task.getId(),
            Variables.FILE_CODE))
        .distinct()).hasSize(1);
    assertThat(jobs(contest, "fileSelection")).hasSize(FILES - 1);

    int executed = FileSelectionJobs.executeAll(contest.management, instanceId);

    assertThat(executed).isEqualTo(FILES - 1);
    assertThat(jobs(contest, "fileSelection")).isEmpty();
    List<Task> all = selectionTasks(contest);
    assertThat(all).hasSize(FILES * CC.size());
    Map<String, Long> perMember = all.stream()
        .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
    assertThat(perMember).containsOnlyKeys(CC)
        .allSatisfy((member, count) -> assertThat(count).isEqualTo(FILES));
    assertThat(all).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
    Set<Object> codes = new HashSet<>();
    all.forEach(task -> codes.add(contest.tasks.getVariable(task.getId(), Variables.FILE_CODE)));
    assertThat(codes).hasSize(FILES);

    // A file every member has selected is decided on its own; the others wait.
    now(LocalDate.of(2025, 9, 16), 10);
    long code = Long.parseLong((String) contest.tasks.getVariable(first.get(0).getId(),
        Variables.FILE_CODE));
    for (String member : CC) {
      contest.select(member, code, true, null);
    }

    assertThat(selectionTasks(contest)).hasSize((FILES - 1) * CC.size());
    // The file's decision ran in the file's own instance, called by the contest.
    List<HistoricProcessInstance> decided = engine.getHistoryService()
        .createHistoricProcessInstanceQuery().superProcessInstanceId(instanceId)
        .processDefinitionKey(FileSelectionProcess.KEY).finished().list();
    assertThat(decided).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(decided.get(0).getId()).activityId(Elements.DECIDE_SELECTION).finished()
        .count()).isEqualTo(1);
    assertThat(contest.tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ContestHiringProcess.Elements.DISPLAY_SELECTION_RESULTS)
        .count()).isZero();
  }

  private ContestDriver threeHundredFilesRegistered() {
    String prefix = "lfs" + System.nanoTime() % 100_000;
    ContestDriver.employees(identity, staff, "lfs.cc.p:Drept:leader", "lfs.cc.m1:Economic",
        "lfs.cc.m2:Economic", "lfs.cc.m3:Juridic", "lfs.cc.m4:Tehnic", "lfs.csc.p:Litere:leader",
        "lfs.csc.m1:Juridic", "lfs.csc.m2:Tehnic", "lfs.secretary:HR");
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, List.of("lfs.csc.p", "lfs.csc.m1", "lfs.csc.m2"),
            "lfs.secretary")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
            LocalDate.of(2025, 9, 29));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();
    now(LocalDate.of(2025, 9, 12), 12);
    for (int i = 0; i < FILES; i++) {
      contest.registerFile(prefix + " Candidat " + i,
          LocalDateTime.of(2025, 9, 10, 8, 0).plusMinutes(i), "ABDEFGHI");
    }
    now(LocalDate.of(2025, 9, 15), 17);
    return contest;
  }

  private static List<Task> selectionTasks(ContestDriver contest) {
    return contest.selectionTasks().taskDefinitionKey(Elements.SELECT_FILE).list();
  }

  private static List<Job> jobs(ContestDriver contest, String activityId) {
    return contest.management.createJobQuery().processInstanceId(contest.instance.getId())
        .activityId(activityId).list();
  }
}
