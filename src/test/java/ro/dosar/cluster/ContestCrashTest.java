package ro.dosar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.TestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.documents.DocumentGenerationProcess;
import ro.dosar.mail.Mailer;
import ro.dosar.support.ClusterNode;

/**
 * A node killed in the middle of a contest, at twelve chosen points, on PostgreSQL (issue 20):
 * between task completions, inside a user's task completion, inside a document job, inside an
 * e-mail job, inside a timer's firing. After each kill the node is started again and the contest
 * goes on; at the end a consistency check finds nothing lost and nothing doubled: one opinion per
 * member per file, one score sheet per member per paper, one document per kind, one e-mail per
 * recipient and message, no job left locked or failed, the contest waiting where it should.
 *
 * <p>How a node is killed: the nearest faithful equivalent of SIGKILL inside the test JVM (a
 * separate JVM per restart would take minutes). The victim node logs in as a database role of
 * its own; the kill forbids that role to log in and terminates its every backend
 * ({@code pg_terminate_backend}) while one of its threads is held inside the step's transaction
 * ({@link CrashPoints}). PostgreSQL then rolls back whatever the node had in flight and the node
 * can never write again, exactly as after SIGKILL: no rollback handling of its own, no failure
 * recorded on a job, its job locks left to expire. The dead node's application context is then
 * dropped, and a new node (a new context: new engine, new caches, new job executor) starts under
 * the same role. A second node, up all along, takes the locked jobs when their lock expires.
 */
class ContestCrashTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String VICTIM = "victim";
  private static final String SURVIVOR = "survivor";

  private final List<String> cc = List.of("k.cc.p", "k.cc.m1", "k.cc.m2");
  private final List<String> csc = List.of("k.csc.p", "k.csc.m1", "k.csc.m2");
  private final String role = "dosar_victim_" + UUID.randomUUID().toString().substring(0, 8);
  private final List<String> killedAt = new ArrayList<>();
  private String url;
  private GreenMail smtp;
  private ClusterNode survivor;
  private ClusterNode victim;

  @AfterEach
  void stop() {
    ClockUtil.reset();
    CrashPoints.disarm(VICTIM);
    CrashPoints.disarm(SURVIVOR);
    if (victim != null) {
      victim.close();
    }
    if (survivor != null) {
      survivor.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aNodeKilledAtTwelvePoints_theContestGoesOn_nothingLostNothingDoubled() throws Exception {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    url = ClusterNode.newDatabase();
    sql("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD 'victim'");
    survivor = ClusterNode.start(SURVIVOR, url, properties(SURVIVOR, "postgres", "postgres"),
        List.of(CrashPoints.class));
    victim = startVictim();
    ContestDriver.employees(survivor.engine().getIdentityService(),
        survivor.bean(StaffRepository.class), "k.cc.p:Drept:leader", "k.cc.m1:Economic",
        "k.cc.m2:Economic", "k.csc.p:Litere:leader", "k.csc.m1:Juridic", "k.csc.m2:Tehnic",
        "k.secretary:HR");

    at(LocalDate.of(2025, 8, 27), 9, 0);
    ContestDriver contest = new ContestDriver(victim.engine()).propose("VACANT", "EXECUTION");
    killAndRestart("1: between the proposal and its approval");
    ContestDriver approving = on(contest);
    killDuringJob("2: inside the proposal's document job", "generateDocument",
        approving::approveProposal);
    awaitDocuments();
    on(contest).constitute(cc, csc, "k.secretary");
    killAndRestart("3: between the commissions and the announcement");
    on(contest).announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
        LocalDate.of(2025, 9, 29));
    at(LocalDate.of(2025, 9, 1), 9, 0);
    ContestDriver publishing = on(contest);
    killDuringCompletion("4: inside the publication's completion", "recordPublication",
        publishing::publish);
    assertThat(on(contest).task("publishAnnouncement")).as("rolled back, still open")
        .isNotNull();
    on(contest).publish();

    at(LocalDate.of(2025, 9, 12), 12, 0);
    List<Long> codes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      codes.add(on(contest).registerFile("Candidat " + i,
          LocalDateTime.of(2025, 9, 10, 8, i), "ABDEFGHI"));
    }
    killDuringTimer("5: inside the submission deadline's timer", "submissionDeadlineReached",
        () -> at(LocalDate.of(2025, 9, 15), 17, 0));
    await("the selection tasks", () -> FileSelectionProcess.tasksOf(
        survivor.engine().getTaskService(), Contest.businessKey(contest.contestId))
        .taskDefinitionKey(Elements.SELECT_FILE).count()
        == cc.size() * codes.size());
    List<Runnable> opinions = new ArrayList<>();
    for (String member : cc) {
      for (long code : codes) {
        opinions.add(() -> on(contest).select(member, code, true, null));
      }
    }
    opinions.subList(0, 3).forEach(Runnable::run);
    killAndRestart("6: between two members' opinions");
    opinions.subList(3, 5).forEach(Runnable::run);
    killDuringJob("7: inside the selection minutes' job", "generateDocument",
        opinions.get(5));
    awaitDocuments();
    at(LocalDate.of(2025, 9, 18), 9, 0);
    on(contest).displaySelection();
    // One e-mail: another delivery running beside it could be killed after the SMTP server took
    // it and before its commit, and be sent again (delivery is at least once, operations.md).
    killDuringJob("8: inside an e-mail's delivery", "deliverMail", () -> victim.bean(Mailer.class)
        .queue(contest.contestId, "CONCURS-" + contest.contestId, "TEST", "membru@example.org",
            "Convocare", "Textul convocării"));
    killDuringTimer("9: inside the selection contestation deadline's timer",
        "contestationDeadlineReached", () -> at(LocalDate.of(2025, 9, 19), 17, 0));
    await("the written test", () -> on(contest).testStage() != null);

    at(LocalDate.of(2025, 9, 23), 8, 0);
    ProcessInstance writtenStage = on(contest).testStage();
    new TestDriver(victim.engine(), writtenStage, victim.bean(TestRepository.class), cc)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L));
    Date startsAt = (Date) victim.engine().getRuntimeService().getVariable(writtenStage.getId(),
        Variables.TEST_STARTS_AT);
    killDuringTimer("10: inside the written test's start timer", "testTimeReached",
        () -> at(startsAt.toInstant().plusSeconds(60)));
    await("the roll call", () -> test(writtenStage).task("rollCall") != null);
    victim.engine().getTaskService().complete(test(writtenStage).task("rollCall").getId(),
        Map.of("absentCodes", ""));
    test(writtenStage).scoreAll(codes.get(0), "95", "95", "95");
    killAndRestart("11: between two score sheets");
    test(writtenStage).scoreAll(codes.get(1), "80", "80", "80");
    awaitDocuments();
    at(LocalDate.of(2025, 9, 24), 10, 0);
    test(writtenStage).display();
    at(LocalDate.of(2025, 9, 25), 17, 0);
    await("the interview", () -> on(contest).testStage() != null
        && !on(contest).testStage().getId().equals(writtenStage.getId()));

    at(LocalDate.of(2025, 9, 29), 8, 0);
    ProcessInstance interviewStage = on(contest).testStage();
    test(interviewStage).plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L));
    Date interviewAt = (Date) victim.engine().getRuntimeService()
        .getVariable(interviewStage.getId(), Variables.TEST_STARTS_AT);
    at(interviewAt.toInstant().plusSeconds(60));
    await("the interview's roll call", () -> test(interviewStage).task("rollCall") != null);
    victim.engine().getTaskService().complete(test(interviewStage).task("rollCall").getId(),
        Map.of("absentCodes", ""));
    test(interviewStage).scoreAll(codes.get(0), "90", "90", "90");
    test(interviewStage).scoreAll(codes.get(1), "70", "70", "70");
    awaitDocuments();
    at(LocalDate.of(2025, 9, 30), 10, 0);
    test(interviewStage).display();
    at(LocalDate.of(2025, 10, 1), 17, 0);
    await("the final results' display", () -> survivor.engine().getTaskService()
        .createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(ContestHiringProcess.Elements.DISPLAY_FINAL_RESULTS).count() == 1);
    awaitDocuments();
    ContestDriver displaying = on(contest);
    killDuringJob("12: inside the final report's job", "generateDocument",
        () -> displaying.complete("displayFinalResults", Map.of("finalMinutesSigned", true,
            "finalResultsShown", true)));
    awaitDocuments();
    awaitMails();

    assertThat(killedAt).hasSize(12);
    // Every instance went on: the contest waits for its winner at the post, nothing is stuck.
    assertThat(survivor.engine().getRuntimeService().getActiveActivityIds(
        contest.instance.getId())).as("the contest's wait states")
        .isNotEmpty().doesNotContain("displayFinalResults");
    assertThat(jdbc().sql("SELECT COUNT(*) FROM act_ru_incident").query(Long.class).single())
        .as("incidents").isZero();
    assertThat(jdbc().sql("SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL "
        + "OR (lock_owner_ IS NOT NULL AND lock_owner_ NOT IN (?, ?))")
        .params(jobExecutor(survivor).getLockOwner(), jobExecutor(victim).getLockOwner())
        .query(Long.class).single()).as("jobs failed, or left locked by a killed node").isZero();
    // One opinion per member per file.
    assertThat(groups("SELECT subject_id, member_id FROM member_opinion "
        + "WHERE subject = 'SELECTION'")).containsOnly(1L).hasSize(cc.size() * codes.size());
    // One score sheet per member per paper, each with every criterion once.
    assertThat(groups("SELECT s.paper_id, s.member_id FROM score_sheet s "
        + "JOIN test_paper p ON p.id = s.paper_id JOIN contest_test t ON t.id = p.test_id "
        + "WHERE t.contest_id = " + contest.contestId + " AND s.round = 1"))
        .hasSize(2 * cc.size() * codes.size());
    // One document per kind (and per test, per file: their titles differ).
    assertThat(groups("SELECT kind, title FROM contest_document WHERE contest_id = "
        + contest.contestId)).containsOnly(1L);
    List<String> kinds = jdbc().sql("SELECT kind FROM contest_document WHERE contest_id = ?")
        .param(contest.contestId).query(String.class).list();
    assertThat(kinds).contains("propunere", "decizii-comisii", "anunt", "pv-selectie",
        "pv-rezultate-finale", "centralizator-nominal", "raport-final");
    assertThat(kinds.stream().filter("cerere-inscriere"::equals)).hasSize(codes.size());
    assertThat(kinds.stream().filter("pv-proba"::equals)).hasSize(2);
    assertThat(kinds.stream().filter("fise-individuale"::equals)).hasSize(2);
    assertThat(kinds.stream().filter("raport-final"::equals)).hasSize(1);
    // One e-mail per recipient and message, and every e-mail marked sent was received.
    Map<String, Integer> received = received();
    assertThat(received.values()).allMatch(times -> times == 1);
    assertThat(received).hasSize(jdbc().sql("SELECT COUNT(*) FROM mail_outbox "
        + "WHERE status = 'SENT'").query(Long.class).single().intValue())
        .containsKey("membru@example.org Convocare");
  }

  // ---- the nodes ------------------------------------------------------------------------------

  private Map<String, Object> properties(String node, String user, String password) {
    // A dead node's jobs are taken by the other when their lock expires (default 5 minutes).
    Map<String, Object> properties = new LinkedHashMap<>(
        ClusterNode.workingNode(smtp.getSmtp().getPort(), 8000));
    properties.put("DB_USER", user);
    properties.put("DB_PASSWORD", password);
    properties.put("dosar.test.node-name", node);
    return properties;
  }

  private ClusterNode startVictim() {
    // The embedded server's URL names the user "postgres"; the victim logs in as its own role.
    ClusterNode node = ClusterNode.start(VICTIM, url.replaceFirst("\\?user=[^&]*$", ""),
        properties(VICTIM, role, "victim"), List.of(CrashPoints.class));
    assertThat(node.bean(JdbcClient.class).sql("SELECT current_user").query(String.class)
        .single()).isEqualTo(role);
    return node;
  }

  /**
   * The kill: the victim's role may no longer log in and its every backend is terminated, so
   * PostgreSQL rolls back what it had in flight; whatever it still holds is let go into dead
   * connections, and its context is dropped in the background.
   */
  private void kill(String point) throws SQLException {
    sql("ALTER ROLE " + role + " NOLOGIN");
    sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
    killedAt.add(point);
    ClusterNode dead = victim;
    victim = null;
    CrashPoints.disarm(VICTIM);
    Thread burial = new Thread(dead::close, "closing the killed node");
    burial.setDaemon(true);
    burial.start();
  }

  private void restart() throws SQLException {
    sql("ALTER ROLE " + role + " LOGIN");
    victim = startVictim();
  }

  private void killAndRestart(String point) throws SQLException {
    kill(point);
    restart();
  }

  /** Kills the victim while its job executor runs that activity's job (the survivor's waits). */
  private void killDuringJob(String point, String activityId, Runnable trigger) throws Exception {
    // Nothing else pending: the first such job the victim runs is the one the trigger makes.
    awaitDocuments();
    awaitMails();
    JobExecutor survivorJobs = jobExecutor(survivor);
    survivorJobs.shutdown();
    CrashPoints.Point held = CrashPoints.arm(VICTIM, activityId);
    try {
      trigger.run();
      assertThat(held.awaitReached(PATIENCE.toSeconds())).as(point).isTrue();
      kill(point);
    } finally {
      held.release();
      survivorJobs.start();
    }
    restart();
  }

  /** A timer is a job too: the victim fires it, and is killed while firing it. */
  private void killDuringTimer(String point, String activityId, Runnable moveClock)
      throws Exception {
    killDuringJob(point, activityId, moveClock);
  }

  /** Kills the victim while a user's task completion runs that activity, in its transaction. */
  private void killDuringCompletion(String point, String activityId, Runnable completion)
      throws Exception {
    CrashPoints.Point held = CrashPoints.arm(VICTIM, activityId);
    CompletableFuture<Void> request = CompletableFuture.runAsync(completion);
    assertThat(held.awaitReached(PATIENCE.toSeconds())).as(point).isTrue();
    kill(point);
    held.release();
    assertThat(request).failsWithin(PATIENCE);
    restart();
  }

  private static JobExecutor jobExecutor(ClusterNode node) {
    return ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration())
        .getJobExecutor();
  }

  private ContestDriver on(ContestDriver contest) {
    ContestDriver driver = new ContestDriver(victim.engine());
    driver.instance = contest.instance;
    driver.contestId = contest.contestId;
    return driver;
  }

  private TestDriver test(ProcessInstance stage) {
    return new TestDriver(victim.engine(), stage, victim.bean(TestRepository.class), cc);
  }

  // ---- time, waiting, checking ----------------------------------------------------------------

  /** The engines' clock at that moment, running on from there (job executors see it move). */
  private static void at(LocalDate day, int hour, int minute) {
    at(day.atTime(hour, minute).atZone(ZONE).toInstant());
  }

  private static void at(java.time.Instant moment) {
    ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
  }

  private void awaitDocuments() {
    await("every document generated", () -> survivor.engine().getManagementService()
        .createJobQuery().processDefinitionKey(DocumentGenerationProcess.KEY).count() == 0);
  }

  private void awaitMails() {
    await("every e-mail delivered", () -> jdbc().sql("SELECT COUNT(*) FROM mail_outbox "
        + "WHERE status IN ('QUEUED', 'SENDING')").query(Long.class).single() == 0);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not done within " + PATIENCE + ": " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private JdbcClient jdbc() {
    return survivor.bean(JdbcClient.class);
  }

  /** How many rows each group of the select's columns has, one entry per group. */
  private List<Long> groups(String select) {
    String columns = select.substring("SELECT ".length(), select.indexOf(" FROM "));
    return jdbc().sql(select.replace("SELECT " + columns, "SELECT COUNT(*) AS n")
        + " GROUP BY " + columns).query(Long.class).list();
  }

  private Map<String, Integer> received() throws MessagingException {
    Map<String, Integer> received = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      received.merge(message.getAllRecipients()[0] + " " + message.getSubject(), 1,
          Integer::sum);
    }
    return received;
  }

  private void sql(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
