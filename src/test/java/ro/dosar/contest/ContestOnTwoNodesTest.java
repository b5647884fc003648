package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.registration.SubmissionRateLimiter;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.documents.DocumentGenerationProcess;
import ro.dosar.mail.Mailer;
import ro.dosar.support.ClusterNode;

/**
 * Dosar as a two-node cluster on one PostgreSQL database (issue 20): two application contexts,
 * each with its own engine, job executor, connection pool and web server, started together.
 * Steps of a contest are completed on one node and then on the other, the job executors of both
 * run the timers and the e-mail deliveries, and afterwards nothing is missing or doubled: one
 * opinion per member per file, one document per kind, every job executed once, every e-mail
 * received once by the SMTP server. A webapp session opened on one node works on the other, and
 * the submission limit counts the attempts made on both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContestOnTwoNodesTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static GreenMail smtp;
  static List<ClusterNode> nodes;
  static JdbcClient jdbc;

  @BeforeAll
  static void startTwoNodes() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    // Both job executors on; a job taken by a node that stops is taken by the other after 20 s.
    Map<String, Object> properties = new LinkedHashMap<>(
        ClusterNode.workingNode(smtp.getSmtp().getPort(), 20000));
    properties.put("dosar.submission.per-address-per-hour", "3");
    nodes = ClusterNode.startTogether(2, ClusterNode.newDatabase(), properties);
    jdbc = nodes.get(0).bean(JdbcClient.class);
  }

  @AfterAll
  static void stopNodes() {
    ClockUtil.reset();
    if (nodes != null) {
      nodes.forEach(ClusterNode::close);
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void aWebappSessionOpenedOnOneNode_isKnownToTheOther() throws Exception {
    String cookies = tasklistLogin(nodes.get(0), "demo", "demo");

    HttpResponse<String> onOther = get(nodes.get(1), "/camunda/api/admin/auth/user/default",
        cookies);
    HttpResponse<String> withoutSession = get(nodes.get(1),
        "/camunda/api/admin/auth/user/default", null);

    assertThat(onOther.statusCode()).isEqualTo(200);
    assertThat(onOther.body()).contains("\"userId\":\"demo\"");
    assertThat(withoutSession.statusCode()).isNotEqualTo(200);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single())
        .isPositive();
  }

  @Test
  @Order(2)
  void theSubmissionLimit_countsTheAttemptsMadeOnEveryNode() {
    SubmissionRateLimiter first = nodes.get(0).bean(SubmissionRateLimiter.class);
    SubmissionRateLimiter second = nodes.get(1).bean(SubmissionRateLimiter.class);
    String address = "192.0.2.20";

    List<Boolean> answers = List.of(first.allow(address), second.allow(address),
        first.allow(address), second.allow(address), first.allow(address));

    assertThat(answers).containsExactly(true, true, true, false, false);
    assertThat(second.allow("192.0.2.21")).isTrue();
  }

  @Test
  @Order(3)
  void aContestWorkedOnBothNodes_withBothJobExecutors_losesAndDoublesNothing() {
    ClusterNode one = nodes.get(0);
    ClusterNode two = nodes.get(1);
    List<String> cc = List.of("n.cc.p", "n.cc.m1", "n.cc.m2");
    List<String> csc = List.of("n.csc.p", "n.csc.m1", "n.csc.m2");
    ContestDriver.employees(one.engine().getIdentityService(), one.bean(StaffRepository.class),
        "n.cc.p:Drept:leader", "n.cc.m1:Economic", "n.cc.m2:Economic", "n.csc.p:Litere:leader",
        "n.csc.m1:Juridic", "n.csc.m2:Tehnic", "n.secretary:HR");

    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver onOne = new ContestDriver(one.engine()).propose("VACANT", "EXECUTION");
    ContestDriver onTwo = sameContest(onOne, two);
    onTwo.approveProposal();
    onOne.constitute(cc, csc, "n.secretary");
    onTwo.announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
        LocalDate.of(2025, 9, 29));
    now(LocalDate.of(2025, 9, 1), 9);
    onOne.publish();
    now(LocalDate.of(2025, 9, 10), 12);
    List<Long> codes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ContestDriver on = i % 2 == 0 ? onOne : onTwo;
      codes.add(on.registerFile("Candidat " + i, LocalDateTime.of(2025, 9, 10, 9, i),
          "ABDEFGHI"));
    }
    // The submission window closes by its timer, fired by whichever job executor takes it.
    now(LocalDate.of(2025, 9, 15), 17);
    await("the submission deadline timer", () -> onOne.selectionTasks()
        .taskDefinitionKey(Elements.SELECT_FILE).count()
        == (long) cc.size() * codes.size());
    int turn = 0;
    for (String member : cc) {
      for (long code : codes) {
        (turn++ % 2 == 0 ? onOne : onTwo).select(member, code, true, null);
      }
    }
    now(LocalDate.of(2025, 9, 18), 9);
    onTwo.displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    await("the contestation deadline timer", () -> onOne.testStage() != null);

    // A burst of e-mails queued on both nodes, delivered by both job executors.
    for (int i = 0; i < 20; i++) {
      nodes.get(i % 2).bean(Mailer.class).queue(onOne.contestId, "CONCURS-" + onOne.contestId,
          "TEST", "destinatar" + i + "@example.org", "Mesajul " + i, "Textul mesajului " + i);
    }
    await("every e-mail delivered", () -> jdbc.sql("SELECT COUNT(*) FROM mail_outbox "
        + "WHERE status IN ('QUEUED', 'SENDING')").query(Long.class).single() == 0);
    await("every document generated", () -> one.engine().getManagementService()
        .createJobQuery().processDefinitionKey(DocumentGenerationProcess.KEY).count() == 0);

    assertThat(duplicates("SELECT subject_id, member_id FROM member_opinion "
        + "WHERE subject = 'SELECTION'")).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM member_opinion WHERE subject = 'SELECTION'")
        .query(Long.class).single()).isEqualTo((long) cc.size() * codes.size());
    assertThat(duplicates("SELECT contest_id, kind, title FROM contest_document")).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM contest_document WHERE contest_id = ? "
        + "AND kind = 'pv-selectie'").param(onOne.contestId).query(Long.class).single())
        .isEqualTo(1);
    assertThat(duplicates("SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"))
        .isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2")
        .query(Long.class).single()).isGreaterThanOrEqualTo(22);
    Map<String, Integer> received = received();
    long sent = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")
        .query(Long.class).single();
    assertThat(received.values()).allMatch(times -> times == 1);
    assertThat(received).hasSize((int) sent).containsKey("destinatar19@example.org Mesajul 19");

    // What the operators see, the same on either node.
    String metrics = asAdministrator(two, "/actuator/prometheus").body();
    assertThat(metrics).contains("dosar_tasks_open{procedure=\"testStage\"}",
        "dosar_mails{status=\"sent\"} " + sent + ".0", "dosar_incidents{type=\"failedJob\"} 0.0",
        "dosar_deadlines_overdue");
    HttpResponse<String> health = asAdministrator(one, "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"jobs\":{\"status\":\"UP\"",
        "\"smtp\":{\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"");
  }

  private static HttpResponse<String> asAdministrator(ClusterNode node, String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder()
              .encodeToString("demo:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A node stops while its job executor delivers a burst of e-mails it queued: the other node
   * takes the jobs the first had locked once their lock expires, and every e-mail arrives once.
   * (In one JVM the node is stopped by closing its context: its running jobs end or roll back,
   * the jobs it had taken stay locked — what a killed process leaves behind.)
   */
  @Test
  @Order(4)
  void aNodeStoppedDuringAMailBurst_theOtherDeliversTheRest_once() {
    long before = smtp.getReceivedMessages().length;
    for (int i = 0; i < 20; i++) {
      nodes.get(0).bean(Mailer.class).queue(null, "OPRIRE", "TEST",
          "oprire" + i + "@example.org", "Oprire " + i, "Text " + i);
    }

    nodes.get(0).close();

    await("every e-mail delivered by the remaining node", () -> jdbc().sql(
        "SELECT COUNT(*) FROM mail_outbox WHERE status IN ('QUEUED', 'SENDING')")
        .query(Long.class).single() == 0);
    Map<String, Integer> received = received();
    assertThat(received.values()).allMatch(times -> times == 1);
    assertThat(received.keySet().stream().filter(key -> key.contains(" Oprire "))).hasSize(20);
    assertThat(smtp.getReceivedMessages().length - before).isEqualTo(20);
  }

  private static JdbcClient jdbc() {
    return nodes.get(1).bean(JdbcClient.class);
  }

  private static ContestDriver sameContest(ContestDriver driver, ClusterNode node) {
    ContestDriver other = new ContestDriver(node.engine());
    other.instance = driver.instance;
    other.contestId = driver.contestId;
    return other;
  }

  private static long duplicates(String select) {
    return jdbc.sql("SELECT COUNT(*) FROM (" + select.replace("SELECT ", "SELECT COUNT(*) AS n, ")
        + " GROUP BY " + select.substring("SELECT ".length(), select.indexOf(" FROM "))
        + ") AS grouped WHERE n > 1").query(Long.class).single();
  }

  /** Every e-mail the SMTP server received: recipient and subject, with how many times. */
  private static Map<String, Integer> received() {
    Map<String, Integer> received = new HashMap<>();
    try {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        received.merge(message.getAllRecipients()[0] + " " + message.getSubject(), 1,
            Integer::sum);
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return received;
  }

  /** Waits until the condition holds (the job executors work in their own threads). */
  static void await(String what, BooleanSupplier condition) {
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

  /** Logs into Tasklist as a browser does; returns the cookies of the session. */
  static String tasklistLogin(ClusterNode node, String user, String password) throws Exception {
    HttpResponse<String> page = get(node, "/camunda/app/tasklist/default/", null);
    Map<String, String> cookies = new LinkedHashMap<>();
    collect(page, cookies);
    HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port()
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", header(cookies))
        .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
        .build();
    HttpResponse<String> answer = HTTP.send(login, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("login: " + answer.body()).isEqualTo(200);
    collect(answer, cookies);
    return header(cookies);
  }

  static HttpResponse<String> get(ClusterNode node, String path, String cookies)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + node.port() + path)).GET();
    if (cookies != null) {
      request.header("Cookie", cookies);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void collect(HttpResponse<?> response, Map<String, String> cookies) {
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
  }

  private static String header(Map<String, String> cookies) {
    return String.join("; ", cookies.entrySet().stream()
        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
  }
}
