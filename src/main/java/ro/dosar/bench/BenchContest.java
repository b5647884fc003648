package ro.dosar.bench;

import static ro.dosar.gender.Gender.FEMALE;
import static ro.dosar.gender.Gender.MALE;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.calendar.EngineClock;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.DemoContestWalk;
import ro.dosar.contest.selection.FileSelectionJobs;

/**
 * Bench profile only: one contest at Universitatea de Vest din Timișoara with {@code
 * dosar.bench.candidates} registered files, standing at file selection, so that every member
 * of its 5-member competition commission ({@code membru1} president, {@code membru2}–{@code
 * membru5}) has one selection task per file, due. The contest is walked through the real process
 * up to its publication and its submission deadline is reached through the real timer (which
 * creates the selection tasks); only the registration of the files is done in bulk (JDBC batch
 * into the candidate tables, as the registration step writes them, without a registration
 * form per file), because registering thousands of files one task at a time would take minutes.
 *
 * <p>Idempotent and safe under concurrent start of several nodes: the whole generation is one
 * transaction that first inserts the single row of {@code bench_data}; a second node blocks on
 * that row's primary key and then finds it taken, and a second start of the same node finds it.
 */
@Component
@Profile("bench")
@Order(60)
class BenchContest implements ApplicationRunner {

  static final String POST_NAME = "Referent, concurs de performanță";
  static final String KEY = "contest";
  static final List<String> CC = List.of("membru1", "membru2", "membru3", "membru4", "membru5");
  static final List<String> CSC = List.of("membru6", "supleant1", "supleant2");
  /** Every required document of the file (§8.1.4(1)); C, J, K are optional. */
  private static final String DOCUMENTS = "ABDEFGHI";
  /**
   * The first test is 16 working days after the publication and the interview one more; so at
   * 19 both lie at least two working days in the past.
   */
  static final int PUBLISHED_WORKING_DAYS_AGO = 19;
  /** The post, a 5-member competition commission, short announcement texts. */
  static final DemoContestWalk.Post POST = new DemoContestWalk.Post(POST_NAME,
      "Direcția Resurse Umane", "Gestionarea dosarelor de personal.", "Studii superioare.",
      "Legea nr. 53/2003 — Codul muncii.", "CC: membru1 (președinte), membru2–membru5. "
          + "CSC: membru6 (președinte), supleant1, supleant2.",
      "Selecția dosarelor, proba scrisă și interviul.", CC, CSC,
      new DemoContestWalk.Announcement("999", "Registratura U.V.T.",
          "Ioana Marin, tel. 0256/592159", "Studii superioare.",
          "Sediul U.V.T., Bd. Vasile Pârvan nr. 4, Aula Magna",
          "Legea nr. 53/2003 — Codul muncii."));
  private static final Logger log = LoggerFactory.getLogger(BenchContest.class);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final StaffRepository staff;
  private final WorkingDayCalendar calendar;
  private final DemoContestWalk walk;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final int candidates;

  BenchContest(RuntimeService runtime, TaskService tasks, ManagementService management,
      IdentityService identity, StaffRepository staff, WorkingDayCalendar calendar,
      JdbcTemplate jdbc, TransactionTemplate transaction,
      @Value("${dosar.bench.candidates:200}") int candidates) {
    this.runtime = runtime;
    this.management = management;
    this.staff = staff;
    this.calendar = calendar;
    this.walk = new DemoContestWalk(runtime, tasks, identity, calendar);
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.candidates = candidates;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (candidates < 1) {
      throw new IllegalStateException("dosar.bench.candidates must be at least 1");
    }
    if (generated()) {
      log.info("Bench contest already generated");
    } else {
      long started = System.nanoTime();
      try {
        Long contestId = transaction.execute(status -> generate());
        log.info("Bench contest {} with {} candidates registered, generated in {} ms",
            contestId, candidates, (System.nanoTime() - started) / 1_000_000);
      } catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
        log.info("Bench contest generated by another node meanwhile");
      }
    }
    startFileSelection();
  }

  /**
   * The file selection's jobs (one per file, each its own transaction), run here before the job
   * executor starts, so that the contest stands at file selection once the application is up.
   * A start after an interrupted one finishes what is left.
   */
  private void startFileSelection() {
    Long contestId = jdbc.queryForObject("SELECT contest_id FROM bench_data WHERE data_key = ?",
        Long.class, KEY);
    ProcessInstance contest = contestId == null ? null : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY)
        .variableValueEquals(ContestHiringProcess.Variables.CONTEST_ID, contestId)
        .singleResult();
    if (contest == null) {
      return;
    }
    long started = System.nanoTime();
    int executed = FileSelectionJobs.executeAll(management, contest.getId());
    if (executed > 0) {
      log.info("Bench contest {}: file selection started for {} files in {} ms", contestId,
          executed - 1, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private boolean generated() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM bench_data WHERE data_key = ?",
        Integer.class, KEY) > 0;
  }

  private Long generate() {
    // The row lock of the marker: a concurrent node waits here, then fails on the primary key.
    jdbc.update("INSERT INTO bench_data (data_key, candidates, created_at) VALUES (?, ?, ?)",
        KEY, candidates, EngineClock.timestamp());
    recordStaff();
    // Published long enough ago that both tests' dates and hours have passed: the benchmark
    // walks the contest now, and a test stage refuses its roll call before the test's hour.
    LocalDate published = walk.workingDaysAgo(PUBLISHED_WORKING_DAYS_AGO);
    LocalDate firstTest = calendar.addWorkingDays(published, 16);
    try {
      ProcessInstance contest = walk.toPublication(POST, published, firstTest);
      long contestId = ((Number) runtime.getVariable(contest.getId(),
          ContestHiringProcess.Variables.CONTEST_ID)).longValue();
      registerFiles(contestId, calendar.addWorkingDays(published, 3));
      ClockUtil.reset();
      Job deadline = management.createJobQuery().processInstanceId(contest.getId()).timers()
          .activityId(ContestHiringProcess.Elements.SUBMISSION_DEADLINE_REACHED).singleResult();
      management.executeJob(deadline.getId());
      jdbc.update("UPDATE bench_data SET contest_id = ? WHERE data_key = ?", contestId, KEY);
      return contestId;
    } finally {
      ClockUtil.reset();
    }
  }

  /** N complete files registered at the Registry on one day, a minute apart, in one batch. */
  private void registerFiles(long contestId, LocalDate day) {
    LocalDateTime first = day.atTime(8, 0);
    // Codes are registration numbers, taken from the register's counter (V41) as a block.
    long last = jdbc.queryForObject(
        "SELECT last_code FROM registration_counter WHERE id = 1 FOR UPDATE", Long.class);
    long highest = jdbc.queryForObject("SELECT COALESCE(MAX(code), 1000) FROM candidate",
        Long.class);
    long base = Math.max(last, highest) + 1;
    jdbc.update("UPDATE registration_counter SET last_code = ? WHERE id = 1",
        base + candidates - 1);
    List<Object[]> files = new ArrayList<>(candidates);
    List<Object[]> numbers = new ArrayList<>(candidates);
    for (int i = 0; i < candidates; i++) {
      Timestamp at = Timestamp.valueOf(first.plusSeconds(i));
      files.add(new Object[] {base + i, contestId, "Candidat " + (i + 1), "candidat" + (i + 1)
          + "@example.ro", "REGISTRY", at, "secretar"});
      numbers.add(new Object[] {base + i, contestId, at, at});
    }
    jdbc.batchUpdate("INSERT INTO candidate (code, contest_id, full_name, email, channel, "
        + "submitted_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)", files);
    jdbc.batchUpdate("INSERT INTO registration_number (code, contest_id, reserved_at, status, "
        + "closed_at) VALUES (?, ?, ?, 'USED', ?)", numbers);
    List<Long> codes = jdbc.queryForList(
        "SELECT code FROM candidate WHERE contest_id = ? ORDER BY code", Long.class, contestId);
    List<Object[]> documents = new ArrayList<>(codes.size() * DOCUMENTS.length());
    for (long code : codes) {
      for (char document : DOCUMENTS.toCharArray()) {
        documents.add(new Object[] {code, String.valueOf(document)});
      }
    }
    jdbc.batchUpdate("INSERT INTO candidate_document (candidate_code, document) VALUES (?, ?)",
        documents);
  }

  /** The HR records of the commissions' people; their gender follows their first names. */
  private void recordStaff() {
    staff.save(new StaffMember("membru1", "Adrian Georgescu", "Facultatea de Informatică", true,
        false, MALE));
    staff.save(new StaffMember("membru2", "Cristina Munteanu", "Serviciul Resurse Umane", false,
        false, FEMALE));
    staff.save(new StaffMember("membru3", "Dan Constantinescu", "Direcția Economică", false,
        false, MALE));
    staff.save(new StaffMember("membru4", "Gabriela Florea", "Facultatea de Drept", true, false,
        FEMALE));
    staff.save(new StaffMember("membru5", "Sorin Vasilescu", "Biroul Juridic", false, false,
        MALE));
    staff.save(new StaffMember("membru6", "Laura Niculescu", "Direcția Tehnică", true, false,
        FEMALE));
    staff.save(new StaffMember("supleant1", "Irina Moraru", "Facultatea de Litere", false, false,
        FEMALE));
    staff.save(new StaffMember("supleant2", "Bogdan Sava", "Facultatea de Fizică", false, false,
        MALE));
    staff.save(new StaffMember("secretar", "Ioana Marin", "HR", false, false, FEMALE));
  }
}
