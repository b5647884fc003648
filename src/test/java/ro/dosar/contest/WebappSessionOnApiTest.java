package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * One login (issue 17): a user logged into Tasklist opens Dosar's {@code /api} with the same
 * session, no second password, and gets exactly what HTTP Basic gets him; a state-changing request
 * on the session needs the session's CSRF token; a logged-out session opens nothing.
 */
@DosarTest
class WebappSessionOnApiTest {

  private static final String SALARIED = "salariat";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  private String originalEmail;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterEach
  void restoreEmail() {
    if (originalEmail != null) {
      User user = identityService.createUserQuery().userId(SALARIED).singleResult();
      user.setEmail(originalEmail);
      identityService.saveUser(user);
    }
  }

  @Test
  void aMemberLoggedIntoTasklistOpensTheCandidatesPdfWithTheSameSession() {
    DemoFile file = demoFileOf("membru2");
    String pdf = "/api/contests/" + file.contestId() + "/documents/registration-form/"
        + file.code();

    HttpResponse<byte[]> withSession = Session.login(port, "membru2").getBytes(pdf);
    HttpResponse<byte[]> withoutLogin = Session.anonymous(port).getBytes(pdf);

    assertThat(withSession.statusCode()).isEqualTo(200);
    assertThat(withSession.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(withSession.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");
    assertThat(new String(withSession.body(), 0, 5, StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(withoutLogin.statusCode()).isEqualTo(401);
  }

  @Test
  void theSessionGetsWhatHttpBasicGetsTheSameUser() {
    DemoFile file = demoFileOf("membru3");
    List<String> paths = List.of("/api/contests/" + file.contestId(),
        "/api/contests/" + file.contestId() + "/documents",
        "/api/contests/" + file.contestId() + "/documents/registration-form/" + file.code());
    for (String user : List.of("membru3", "egalitate", "mf.politica")) {
      Session session = Session.login(port, user);
      for (String path : paths) {
        HttpResponse<String> basic = Http.as(port, user, user).get(path);
        HttpResponse<byte[]> sessionAnswer = session.getBytes(path);
        assertThat(sessionAnswer.statusCode()).as(user + " " + path)
            .isEqualTo(basic.statusCode());
      }
    }
    // The member reads the contest; another institution's user finds nothing (404).
    assertThat(Session.login(port, "membru3").getBytes(paths.get(0)).statusCode()).isEqualTo(200);
    assertThat(Session.login(port, "mf.politica").getBytes(paths.get(0)).statusCode())
        .isEqualTo(404);
    assertThat(Session.login(port, "mf.politica").getBytes(paths.get(2)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aWriteOnTheSessionNeedsTheSessionsCsrfToken() {
    originalEmail = identityService.createUserQuery().userId(SALARIED).singleResult().getEmail();
    Session hr = Session.login(port, "hr");
    String path = "/api/staff/" + SALARIED + "/email";

    HttpResponse<String> forged = hr.putJson(path, "{\"email\":\"falsificat@exemplu.ro\"}",
        false);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("X-XSRF-TOKEN");
    assertThat(emailOf(SALARIED)).isEqualTo(originalEmail);

    HttpResponse<String> fromTheApp = hr.putJson(path, "{\"email\":\"salariat.nou@exemplu.ro\"}",
        true);

    assertThat(fromTheApp.statusCode()).isEqualTo(200);
    assertThat(emailOf(SALARIED)).isEqualTo("salariat.nou@exemplu.ro");
  }

  @Test
  void afterLoggingOutTheSessionOpensNothing() {
    DemoFile file = demoFileOf("membru2");
    Session session = Session.login(port, "membru2");
    String path = "/api/contests/" + file.contestId();
    assertThat(session.getBytes(path).statusCode()).isEqualTo(200);

    session.logOut();

    assertThat(session.getBytes(path).statusCode()).isEqualTo(401);
  }

  @Test
  void tasklistKeepsItsSessionAfterTheApiUsedIt() {
    DemoFile file = demoFileOf("membru2");
    Session session = Session.login(port, "membru2");
    String engine = "/camunda/api/engine/engine/default/task/count";
    assertThat(session.getBytes(engine).statusCode()).isEqualTo(200);

    assertThat(session.getBytes("/api/contests/" + file.contestId()).statusCode())
        .isEqualTo(200);

    assertThat(session.getBytes(engine).statusCode()).isEqualTo(200);
  }

  @Test
  void tasklistKeepsItsSessionWhenItsLoginIsRevalidatedAfterAPdf() {
    // Given a member logged into Tasklist who opened the candidate's PDF with that session
    DemoFile file = demoFileOf("membru2");
    Session session = Session.login(port, "membru2");
    String engine = "/camunda/api/engine/engine/default/task/count";
    assertThat(session.getBytes(engine).statusCode()).isEqualTo(200);
    assertThat(session.getBytes("/api/contests/" + file.contestId()
        + "/documents/registration-form/" + file.code()).statusCode()).isEqualTo(200);

    // When the webapps' login cache has expired (5 minutes by default, on the engine's clock)
    ClockUtil.setCurrentTime(
        new Date(System.currentTimeMillis() + Duration.ofMinutes(6).toMillis()));

    // Then Tasklist's next call re-validates the login and keeps the session
    assertThat(session.getBytes(engine).statusCode()).isEqualTo(200);
    assertThat(session.getBytes(engine).statusCode()).isEqualTo(200);
  }

  /**
   * Tasklist sends its requests in parallel, and a PDF opens beside it in a tab of its own: a
   * request that left with the session cookie before the PDF's answer came back must still find
   * the session. The {@code /api} answer leaves the webapps' session as it is (same id, no
   * cookie); a new id there left every request still holding the old one without a login (401
   * on Tasklist's next call, which then shows its login page).
   */
  @Test
  void aPdfOpenedWithTheSessionLeavesTheSessionIdToTasklist() {
    // Given a member logged into Tasklist, and a Tasklist request holding his cookie
    DemoFile file = demoFileOf("membru3");
    Session tasklist = Session.login(port, "membru3");
    Session inFlight = tasklist.sameCookies();
    String engine = "/camunda/api/engine/engine/default/task/count";

    // When he opens the candidate's PDF with the session
    HttpResponse<byte[]> pdf = tasklist.getBytes("/api/contests/" + file.contestId()
        + "/documents/registration-form/" + file.code());

    // Then Tasklist's request with the cookie it had is still his, as is the next one
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(inFlight.getBytes(engine).statusCode()).isEqualTo(200);
    assertThat(tasklist.getBytes(engine).statusCode()).isEqualTo(200);
    // and the PDF came without a new session cookie
    assertThat(pdf.headers().allValues("Set-Cookie")).noneMatch(cookie ->
        cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
  }

  private String emailOf(String userId) {
    return identityService.createUserQuery().userId(userId).singleResult().getEmail();
  }

  record DemoFile(long contestId, long code) {
  }

  /** A file of the demo contest that waits for the member's selection. */
  private DemoFile demoFileOf(String member) {
    Task task = taskService.createTaskQuery().taskAssignee(member)
        .taskDefinitionKey(Elements.SELECT_FILE).list().stream()
        .max(Comparator.comparing(Task::getCreateTime)).orElseThrow(() ->
            new AssertionError("the demo contest waits at file selection for " + member));
    return new DemoFile(((Number) taskService.getVariable(task.getId(),
        Variables.CONTEST_ID)).longValue(),
        Long.parseLong((String) taskService.getVariable(task.getId(), Variables.FILE_CODE)));
  }

  /** A browser's session: Tasklist's login form, its cookies, its CSRF token when asked. */
  static final class Session {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private Session(int port) {
      this.port = port;
      this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    static Session anonymous(int port) {
      return new Session(port);
    }

    static Session login(int port, String user) {
      Session session = new Session(port);
      session.send(session.request("/camunda/app/tasklist/default/").GET(),
          HttpResponse.BodyHandlers.discarding());
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
      HttpResponse<String> login = session.send(
          session.request("/camunda/api/admin/auth/user/default/login/tasklist")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", session.csrfToken())
              .POST(HttpRequest.BodyPublishers.ofString(form)),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as("Tasklist login of " + user).isEqualTo(200);
      // A new session after the login: its CSRF token comes with the next page.
      session.send(session.request("/camunda/app/tasklist/default/").GET(),
          HttpResponse.BodyHandlers.discarding());
      return session;
    }

    /** Another tab of the same browser, or a request already sent: the cookies as they are now. */
    Session sameCookies() {
      Session other = new Session(port);
      cookies.getCookieStore().getCookies().forEach(cookie -> other.cookies.getCookieStore()
          .add(URI.create("http://localhost:" + port + "/"), (HttpCookie) cookie.clone()));
      return other;
    }

    HttpResponse<byte[]> getBytes(String path) {
      return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> putJson(String path, String json, boolean withCsrfToken) {
      HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(json));
      if (withCsrfToken) {
        request.header("X-XSRF-TOKEN", csrfToken());
      }
      return send(request, HttpResponse.BodyHandlers.ofString());
    }

    void logOut() {
      HttpResponse<String> logout = send(
          request("/camunda/api/admin/auth/user/default/logout")
              .header("X-XSRF-TOKEN", csrfToken())
              .POST(HttpRequest.BodyPublishers.noBody()),
          HttpResponse.BodyHandlers.ofString());
      assertThat(logout.statusCode()).as("logout").isBetween(200, 299);
    }

    private String csrfToken() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .findFirst().orElse("");
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request,
        HttpResponse.BodyHandler<T> body) {
      try {
        return client.send(request.build(), body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
