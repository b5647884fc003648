package ro.dosar.contest.selection;

import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.contest.selection.FileSelectionProcess.Variables;
import ro.dosar.support.ProcessTest;

/**
 * A measurement, not a test (runs only with {@code -Ddosar.bench=true}): what a file's selection
 * job and a member's selection completion cost the database at two contest sizes, counted by H2's
 * query statistics (statements executed, rows they returned or changed). Prints a table per size
 * to standard output (docs/performance.md, "Where the growth of file selection came from"). Each
 * file's work runs in its own called instance ({@link FileSelectionProcess}); the file jobs are
 * the contest's.
 */
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.generic-properties.properties."
    + "execution-tree-prefetch-enabled=${probe.prefetch:true}")
@EnabledIfSystemProperty(named = "dosar.bench", matches = "true")
class FileSelectionCostProbe {

  static final List<String> CC = List.of("fsp.cc.p", "fsp.cc.m1", "fsp.cc.m2", "fsp.cc.m3",
      "fsp.cc.m4");
  static final int MEASURED = 20;

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void costPerFileAtTwoSizes() {
    ContestDriver.employees(identity, staff, "fsp.cc.p:Drept:leader", "fsp.cc.m1:Economic",
        "fsp.cc.m2:Economic", "fsp.cc.m3:Juridic", "fsp.cc.m4:Tehnic", "fsp.csc.p:Litere:leader",
        "fsp.csc.m1:Juridic", "fsp.csc.m2:Tehnic", "fsp.secretary:HR");
    for (String size : System.getProperty("probe.sizes", "100,300").split(",")) {
      measure(Integer.parseInt(size.trim()));
    }
  }

  private void measure(int files) {
    ContestDriver contest = registered(files);
    String instanceId = contest.instance.getId();
    contest.fireWindowTimer();
    List<Job> start = contest.management.createJobQuery().processInstanceId(instanceId)
        .activityId(FileSelectionJobs.START).list();
    start.forEach(job -> contest.management.executeJob(job.getId()));

    List<Job> fileJobs = fileJobs(contest);
    int last = fileJobs.size();
    // Measured: the last MEASURED file jobs, when all other files already have their tasks.
    for (Job job : fileJobs.subList(0, last - MEASURED)) {
      contest.management.executeJob(job.getId());
    }
    long executions = executions(instanceId);
    Map<String, long[]> jobs = measured(() -> {
      for (Job job : fileJobs.subList(last - MEASURED, last)) {
        contest.management.executeJob(job.getId());
      }
    });
    report(files, "file job", executions, jobs, MEASURED);

    List<List<Task>> byFile = firstFiles(contest, MEASURED / CC.size());
    now(LocalDate.of(2025, 9, 16), 10);
    long before = executions(instanceId);
    Map<String, long[]> completions = measured(() -> {
      for (List<Task> file : byFile) {
        for (Task task : file) {
          Map<String, Object> opinion = new LinkedHashMap<>();
          opinion.put("selectionDecision", "ADMIS");
          opinion.put("noConflictDeclared", true);
          contest.tasks.complete(task.getId(), opinion);
        }
      }
    });
    report(files, "member completion", before, completions, byFile.size() * CC.size());
  }

  private List<List<Task>> firstFiles(ContestDriver contest, int count) {
    Map<Object, List<Task>> byFile = new LinkedHashMap<>();
    for (Task task : contest.selectionTasks().taskDefinitionKey(Elements.SELECT_FILE)
        .orderByTaskId()
        .asc().list()) {
      Object code = contest.tasks.getVariable(task.getId(), Variables.FILE_CODE);
      byFile.computeIfAbsent(code, any -> new ArrayList<>()).add(task);
      if (byFile.size() > count) {
        break;
      }
    }
    return byFile.values().stream().filter(tasks -> tasks.size() == CC.size()).limit(count)
        .toList();
  }

  private Map<String, long[]> measured(Runnable work) {
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    long started = System.nanoTime();
    work.run();
    long elapsed = System.nanoTime() - started;
    Map<String, long[]> statements = new LinkedHashMap<>();
    jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_ROW_COUNT "
        + "FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY CUMULATIVE_ROW_COUNT DESC", row -> {
          statements.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
        });
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    statements.put("#elapsed", new long[] {elapsed / 1_000_000, 0});
    return statements;
  }

  private static void report(int files, String what, long executions, Map<String, long[]> stats,
      int count) {
    long elapsed = stats.remove("#elapsed")[0];
    long statements = stats.values().stream().mapToLong(s -> s[0]).sum();
    long rows = stats.values().stream().mapToLong(s -> s[1]).sum();
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nPROBE files=%d %s: executions in instance=%d, per %s: "
            + "statements=%.1f rows=%.1f ms=%.1f%n", files, what, executions, what,
        statements / (double) count, rows / (double) count, elapsed / (double) count));
    stats.entrySet().stream().limit(8).forEach(entry -> out.append(String.format(
        "PROBE   %8.1f rows %6.1f stmts  %s%n", entry.getValue()[1] / (double) count,
        entry.getValue()[0] / (double) count,
        entry.getKey().replaceAll("\\s+", " ").substring(0,
            Math.min(160, entry.getKey().replaceAll("\\s+", " ").length())))));
    System.out.print(out);
  }

  private long executions(String instanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?",
        Long.class, instanceId);
  }

  private static List<Job> fileJobs(ContestDriver contest) {
    return contest.management.createJobQuery().processInstanceId(contest.instance.getId())
        .activityId(ContestHiringProcess.Elements.FILE_SELECTION).list();
  }

  private ContestDriver registered(int files) {
    String prefix = "fsp" + System.nanoTime() % 100_000;
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, List.of("fsp.csc.p", "fsp.csc.m1", "fsp.csc.m2"),
            "fsp.secretary")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
            LocalDate.of(2025, 9, 29));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();
    now(LocalDate.of(2025, 9, 12), 12);
    for (int i = 0; i < files; i++) {
      contest.registerFile(prefix + " Candidat " + i,
          LocalDateTime.of(2025, 9, 10, 8, 0).plusMinutes(i), "ABDEFGHI");
    }
    now(LocalDate.of(2025, 9, 15), 17);
    return contest;
  }
}
