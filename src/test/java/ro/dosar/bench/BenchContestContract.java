package ro.dosar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;

/**
 * What the bench profile generates at start-up with {@code dosar.bench.candidates=7}: one contest
 * at file selection with 7 registered files and 5 × 7 selection tasks, due, and nothing more on
 * a second start.
 */
abstract class BenchContestContract {

  static final int CANDIDATES = 7;

  @Autowired
  BenchContest generator;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void oneContestWithItsCandidatesStandsAtFileSelection() {
    long contestId = benchContestId();
    assertThat(jdbc.queryForObject("SELECT status FROM contest WHERE id = ?", String.class,
        contestId)).isEqualTo("SELECTION");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM candidate WHERE contest_id = ?",
        Integer.class, contestId)).isEqualTo(CANDIDATES);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM candidate_document d JOIN candidate c "
        + "ON c.code = d.candidate_code WHERE c.contest_id = ?", Integer.class, contestId))
        .isEqualTo(CANDIDATES * 8);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ContestHiringProcess.KEY)
        .variableValueEquals(Variables.CONTEST_ID, contestId).singleResult()).isNotNull();
  }

  @Test
  void everyMemberHasOneDueSelectionTaskPerFile() {
    List<Task> selection = selectionTasks();
    assertThat(selection).hasSize(5 * CANDIDATES);
    Map<String, Long> perMember = selection.stream()
        .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
    assertThat(perMember).containsOnlyKeys(BenchContest.CC)
        .allSatisfy((member, count) -> assertThat(count).isEqualTo(CANDIDATES));
    assertThat(selection).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
    assertThat(selection.stream().map(task -> tasks.getVariable(task.getId(), Variables.FILE_CODE))
        .distinct()).hasSize(CANDIDATES);
  }

  @Test
  void aSecondStartAddsNothing() throws Exception {
    int contests = jdbc.queryForObject("SELECT COUNT(*) FROM contest", Integer.class);
    long tasksBefore = tasks.createTaskQuery().count();

    generator.run(null);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contest", Integer.class))
        .isEqualTo(contests);
    assertThat(tasks.createTaskQuery().count()).isEqualTo(tasksBefore);
    assertThat(selectionTasks()).hasSize(5 * CANDIDATES);
  }

  long benchContestId() {
    return jdbc.queryForObject("SELECT contest_id FROM bench_data WHERE data_key = ?", Long.class,
        BenchContest.KEY);
  }

  List<Task> selectionTasks() {
    return FileSelectionProcess.tasksOf(tasks, Contest.businessKey(benchContestId()))
        .taskDefinitionKey(Elements.SELECT_FILE).list();
  }
}
