package ro.dosar.equality.complaint;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Elements;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * Issue 17: a harassment complaint on HR's dashboard ({@code /panou}), over HTTP with the
 * Tasklist session. The Equality Officer of the complaint's institution sees its row — the
 * registration number, the stage, the next legal deadline (dd.MM.yyyy) and who holds the open
 * task, by name — and nothing of what the complainant said or who she is; HR, a commission member
 * and another institution's Equality Officer do not see the complaint at all.
 */
@DosarTest
class ComplaintsOnHrDashboardTest {

  /** An Equality Officer of the Moldovan ministry only (tenant MFRM). */
  static final String OTHER_OFFICER = "plg.panou.mf";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ComplaintRepository cases;

  @BeforeEach
  void anotherInstitutionHasAnEqualityOfficer() {
    if (identity.createUserQuery().userId(OTHER_OFFICER).count() == 0) {
      User user = identity.newUser(OTHER_OFFICER);
      user.setFirstName("Lilia");
      user.setLastName("Ceban");
      user.setPassword(OTHER_OFFICER);
      identity.saveUser(user);
      identity.createMembership(OTHER_OFFICER, RoleGroups.EQUALITY_OFFICER);
      identity.createTenantUserMembership("MFRM", OTHER_OFFICER);
    }
  }

  @AfterEach
  void noUserLeftOnTheTestThread() {
    identity.clearAuthentication();
  }

  /** The Officer registers a complaint at UVT for a complainant who came in person. */
  private Registered complaint() {
    String secret = "Descriere-confidentiala-" + System.nanoTime();
    HttpResponse<String> registered = Http.as(port, "egalitate", "egalitate").postJson(
        "/api/equality/complaints", ComplaintClient.json(Map.of("type", "SEXUAL_HARASSMENT",
            "channel", "IN_PERSON", "description", secret,
            "complainantName", "Petenta Ascunsă", "complainantContact", "petenta@exemplu.ro",
            "personsConcerned", "Superiorul Acuzat", "institution", "UVT")));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long id = Http.json(registered).get("id").asLong();
    return new Registered(cases.find(id).orElseThrow(), secret);
  }

  record Registered(ComplaintRepository.ComplaintCase complaint, String secret) {
  }

  @Test
  void theOfficerSeesTheComplaintsNumberStageDeadlineAndHolder_notWhatWasSaid() {
    Registered registered = complaint();
    String reference = registered.complaint().reference();
    String instance = registered.complaint().processInstanceId();
    // The Officer took the acknowledgement task.
    Task acknowledge = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Elements.ACKNOWLEDGE_COMPLAINT).singleResult();
    tasks.setAssignee(acknowledge.getId(), "egalitate");
    Date due = (Date) runtime.getVariable(instance, Variables.ACKNOWLEDGEMENT_DUE_AT);
    String dueDay = DAY.format(due.toInstant().minusMillis(1).atZone(ZONE).toLocalDate());

    HttpResponse<String> page = dashboard("egalitate", "");
    assertThat(page.statusCode()).isEqualTo(200);
    String row = row(page.body(), reference);
    assertThat(row).as("the complaint's row").isNotNull();
    assertThat(text(row, "key")).isEqualTo(reference);
    assertThat(text(row, "stage")).contains("Înregistrată; confirmarea primirii");
    assertThat(row).contains(dueDay).contains("Confirmarea primirii către petent");
    assertThat(text(row, "holder")).isEqualTo("Simona Pop");
    // Nothing of the complaint's content or of the people in it, anywhere on the page.
    assertThat(page.body()).doesNotContain(registered.secret()).doesNotContain("Petenta")
        .doesNotContain("petenta@exemplu.ro").doesNotContain("Superiorul Acuzat")
        .doesNotContain("SEXUAL_HARASSMENT").doesNotContain("sexual");

    // The procedure's filter keeps it.
    assertThat(row(dashboard("egalitate", "?procedura=PLANGERE").body(), reference)).isNotNull();
    assertThat(row(dashboard("egalitate", "?procedura=CONCURS").body(), reference)).isNull();
  }

  @Test
  void hrAMemberAndAnotherInstitutionsOfficerDoNotSeeTheComplaint() {
    String reference = complaint().complaint().reference();
    assertThat(row(dashboard("egalitate", "").body(), reference)).isNotNull();
    for (String user : new String[] {"hr", "membru1", OTHER_OFFICER}) {
      HttpResponse<String> page = dashboard(user, "");
      assertThat(page.statusCode()).as(user).isEqualTo(200);
      assertThat(page.body()).as(user).contains("Proceduri în desfășurare")
          .doesNotContain(reference);
    }
    // HR still sees the contests it supervises on the same page.
    assertThat(row(dashboard("hr", "").body(), "CONCURS-1")).isNotNull();
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** {@code /panou} with a Tasklist session of the user, as after logging into Tasklist. */
  private HttpResponse<String> dashboard(String user, String query) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    send(client, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
    // The webapps' CSRF protection: the session's token, echoed in a header.
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> login = send(client, HttpRequest.newBuilder(
            uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    assertThat(login.statusCode()).as("Tasklist login of " + user).isEqualTo(200);
    return send(client, HttpRequest.newBuilder(uri("/panou" + query)).GET().build());
  }

  /** The table row of the case, or null. */
  private static String row(String page, String businessKey) {
    Matcher row = Pattern.compile("<tr[^>]*data-case=\"" + Pattern.quote(businessKey)
        + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
    return row.find() ? row.group(1) : null;
  }

  /** The text of the first element of the class in the row, tags removed. */
  private static String text(String row, String cssClass) {
    Matcher element = Pattern.compile("class=\"" + cssClass + "\"[^>]*>(.*?)</(td|span|strong)>",
        Pattern.DOTALL).matcher(row);
    assertThat(element.find()).as("." + cssClass + " in " + row).isTrue();
    return element.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
