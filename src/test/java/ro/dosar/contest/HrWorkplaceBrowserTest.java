package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.support.DosarTest;

/**
 * HR, the Registry and a supervisor at work in the browser (headless Chromium, demo data):
 * <ul>
 *   <li>an HR officer's announcement refused by the check after it comes back to her, assigned,
 *       with the violations at the top of the form; she fixes it and it goes on;</li>
 *   <li>the Registry reads the registration number on the form before registering the file;</li>
 *   <li>HR opens {@code /panou} with the Tasklist session and reads each contest's stage, next
 *       legal deadline and who holds its tasks;</li>
 *   <li>Cockpit as {@code hr}: the Human Tasks page works, a variable cannot be changed.</li>
 * </ul>
 * Screenshots go to {@code docs/screenshots/} for docs/tasklist.md. Skipped without Chromium.
 */
@DosarTest
class HrWorkplaceBrowserTest {

  private static final Path SCREENSHOTS = Path.of("docs/screenshots");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final By COMPLETE =
      By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']");
  private static final By CLAIM = By.xpath("//button[normalize-space()='Revendică']");
  private static final List<String> CC = List.of("membru1", "membru2", "membru3");
  private static final List<String> CSC = List.of("membru4", "membru5", "membru6");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  ContestRepository contests;
  @Autowired
  ContestProgress progress;
  @Autowired
  JdbcClient jdbc;

  private BrowserSession browser;

  @RegisterExtension
  final AfterTestExecutionCallback evidenceOnFailure = context -> {
    if (browser != null && context.getExecutionException().isPresent()) {
      browser.saveEvidence(Path.of("target"),
          "browser-failure-" + context.getRequiredTestMethod().getName());
    }
  };

  private void startBrowser() throws IOException {
    assumeTrue(BrowserSession.available(), "Browser test skipped: /usr/bin/chromium or "
        + "/usr/bin/chromedriver missing; the Debian packages chromium and chromium-driver are "
        + "not installed; .ci/run installs them");
    browser = BrowserSession.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aRefusedAnnouncementStaysWithTheHrOfficerWhoFixesIt() throws IOException {
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, CSC, "secretar");
    // Her draft so far: a fixed-term contract whose period she forgot (ANN-a).
    Map<String, Object> draft = announcement();
    draft.put("contractType", "DETERMINATA");
    runtimeService.setVariables(contest.instance.getId(), draft);
    Task task = contest.task("prepareAnnouncement");
    assertThat(task.getName()).startsWith("CONCURS-" + contest.contestId + " · ");
    startBrowser();

    TasklistPage tasklist = new TasklistPage(browser, port);
    tasklist.logIn("hr", "hr");
    tasklist.openFilter("Sarcinile grupurilor mele");
    tasklist.openTask(task.getName());
    browser.click(CLAIM);
    browser.waitUntil("claimed", driver -> "hr".equals(assignee(task.getId())));
    browser.click(COMPLETE);

    // The check after the task refuses it: the task comes back, assigned to her.
    Task returned = browser.waitUntil("the announcement back with hr", driver ->
        taskService.createTaskQuery().processInstanceId(contest.instance.getId())
            .taskDefinitionKey("prepareAnnouncement").taskAssignee("hr").list().stream()
            .filter(again -> !again.getId().equals(task.getId())).findFirst().orElse(null));
    tasklist.openFilter("Sarcinile mele");
    tasklist.openTask(returned.getName());
    WebElement violations = tasklist.fieldLabelled("Neconformități la verificarea anterioară");
    browser.waitUntil("the violations at the top of the form", driver -> String.valueOf(
        violations.getDomProperty("value")).contains("perioada contractului pe durată"));
    screenshot("tasklist-anunt-returnat");

    // She adds the period and completes: the announcement goes to publication.
    tasklist.fieldLabelled("(a) Perioada contractului pe durată determinată")
        .sendKeys("12 luni");
    browser.click(COMPLETE);
    browser.waitUntil("the announcement accepted", driver -> taskService.createTaskQuery()
        .processInstanceId(contest.instance.getId()).taskDefinitionKey("publishAnnouncement")
        .count() == 1);
    assertThat(runtimeService.getVariable(contest.instance.getId(), "contractPeriod"))
        .isEqualTo("12 luni");
  }

  @Test
  void theRegistrySeesTheCodeOnTheFormBeforeRegisteringTheFile() throws IOException {
    LocalDate today = calendar.today();
    LocalDate firstTest = calendar.addWorkingDays(today, 25);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(CC, CSC, "secretar")
        .announce(today, firstTest, calendar.addWorkingDays(firstTest, 1)).publish();
    Task task = contest.task("registerFile");
    String reserved = (String) taskService.getVariableLocal(task.getId(), "reservedCode");
    assertThat(reserved).isNotBlank();
    startBrowser();

    TasklistPage tasklist = new TasklistPage(browser, port);
    tasklist.logIn("registratura", "registratura");
    tasklist.openFilter("Sarcinile grupurilor mele");
    tasklist.openTask(task.getName());
    String codeLabel = "Codul dosarului (numărul de înregistrare rezervat)";
    browser.waitUntil("the reserved code on the form", driver ->
        reserved.equals(tasklist.fieldLabelled(codeLabel).getDomProperty("value")));
    assertThat(tasklist.fieldLabelled(codeLabel).getDomProperty("readOnly")).isEqualTo("true");
    browser.click(CLAIM);
    browser.waitUntil("claimed", driver -> "registratura".equals(assignee(task.getId())));
    tasklist.fieldLabelled("Numele și prenumele candidatului").sendKeys("Ioana Vlad");
    browser.click(By.xpath("//label[normalize-space(text())='Modalitatea de depunere']"
        + "/following-sibling::div//div[contains(@class,'fjs-select-display')]"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space()='Registratura U.V.T.']"));
    browser.click(By.xpath("//form[contains(@class,'fjs-form')]//label[normalize-space()="
        + "'Nedeclarat']/input[@type='radio']"));
    ZonedDateTime now = ZonedDateTime.now(calendar.zone());
    LocalDateTime stamped = now.toLocalDate().atStartOfDay().plusMinutes(1);
    setDate("Data depunerii (ștampila Registraturii)", stamped.toLocalDate());
    WebElement hour = tasklist.fieldLabelled("Ora");
    hour.sendKeys("00:01", Keys.TAB);
    screenshot("tasklist-inregistrare-cod");
    browser.click(COMPLETE);

    browser.waitUntil("the file registered under " + reserved, driver -> jdbc.sql(
            "SELECT COUNT(*) FROM candidate WHERE code = ? AND full_name = 'Ioana Vlad'")
        .param(Long.parseLong(reserved)).query(Long.class).single() == 1);
  }

  @Test
  void hrOpensThePanelWithHerTasklistSessionAndReadsEachContestsStageAndDeadline()
      throws IOException, InterruptedException {
    HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base() + "/panou")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Autentificare necesară");
    startBrowser();

    new TasklistPage(browser, port).logIn("hr", "hr");
    browser.open(base() + "/panou");
    browser.visible(By.cssSelector("table.cases"));
    for (String key : List.of("CONCURS-1", "CONCURS-2")) {
      Contest contest = contests.get(Long.parseLong(key.substring("CONCURS-".length())));
      WebElement row = browser.visible(By.cssSelector("tr[data-case='" + key + "']"));
      assertThat(row.findElement(By.cssSelector(".title")).getText())
          .isEqualTo(contest.postName());
      // The first step of the contest's legal calendar not done yet and not past.
      ContestProgress.Step next = progress.calendar(contest).stream()
          .filter(step -> step.actual() == null && step.inForce() != null
              && !step.inForce().isBefore(calendar.today())).findFirst()
          .orElseThrow();
      assertThat(row.findElement(By.cssSelector(".deadline")).getText())
          .contains(DAY.format(next.inForce())).contains(next.label());
      assertThat(row.findElement(By.cssSelector(".stage")).getText())
          .isNotBlank().doesNotContain("_");
    }
    WebElement first = browser.find(By.cssSelector("tr[data-case='CONCURS-1']"));
    assertThat(first.findElement(By.cssSelector(".stage")).getText())
        .startsWith("Selecția dosarelor");
    // The members' selection tasks, by the members' names.
    assertThat(first.findElement(By.cssSelector(".tasks")).getText())
        .contains("Adrian Georgescu").doesNotContain("membru1");
    screenshot("panou-hr");

    // The filters: contests at file selection only.
    browser.open(base() + "/panou?procedura=CONCURS&stare=SELECTION");
    browser.visible(By.cssSelector("tr[data-case='CONCURS-1']"));
    assertThat(browser.all(By.cssSelector("tr[data-case='CONCURS-2']"))).isEmpty();
  }

  @Test
  void cockpitShowsHrTheOpenHumanTasksAndRefusesToChangeAVariable()
      throws IOException, InterruptedException {
    String contestInstance = contests.get(1).processInstanceId();
    Object statusBefore = runtimeService.getVariable(contestInstance, "contestStatus");
    startBrowser();

    String cockpit = base() + "/camunda/app/cockpit/default/";
    browser.open(cockpit);
    try {
      browser.visible(TasklistPage.USERNAME);
    } catch (TimeoutException firstLoadGaveUp) {
      browser.open(cockpit);
      browser.visible(TasklistPage.USERNAME);
    }
    browser.type(TasklistPage.USERNAME, "hr");
    browser.type(TasklistPage.PASSWORD, "hr");
    browser.click(TasklistPage.LOG_IN);
    browser.gone(TasklistPage.LOG_IN);

    // Camunda's report would need READ on every task; hr gets it counted from what she reads.
    browser.open(cockpit + "#/tasks");
    By total = By.xpath("//tfoot//th[normalize-space()='Total']/preceding-sibling::th");
    browser.waitUntil("the tasks by type and group", driver ->
        bodyText().contains("Atribuiri pe grupuri") && !driver.findElements(total).isEmpty()
            && driver.findElement(total).getText().trim().matches("[1-9][0-9]*"));
    assertThat(bodyText()).doesNotContain("nu au putut fi preluate")
        .doesNotContain("permisiun");
    screenshot("cockpit-sarcini-hr");

    // The contest's instance: its business key shown, its variables not writable.
    browser.open(cockpit + "#/process-instance/" + contestInstance + "/runtime");
    browser.waitUntil("the business key", driver -> bodyText().contains("CONCURS-1"));
    HttpResponse<String> write = asBrowser("PUT", "/camunda/api/engine/engine/default/"
        + "process-instance/" + contestInstance + "/variables/contestStatus",
        "{\"value\":\"FILLED\",\"type\":\"String\"}");
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(runtimeService.getVariable(contestInstance, "contestStatus"))
        .isEqualTo(statusBefore);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String base() {
    return "http://localhost:" + port;
  }

  private String assignee(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? null : task.getAssignee();
  }

  /** Chooses a day in a form-js date field through its calendar (flatpickr). */
  private void setDate(String label, LocalDate day) {
    WebElement input = new TasklistPage(browser, port).fieldLabelled(label);
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0]._flatpickr.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]),"
            + " true);", input, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /** A request with the browser's session cookie and CSRF token, as the webapps send it. */
  private HttpResponse<String> asBrowser(String method, String path, String body)
      throws IOException, InterruptedException {
    String cookies = browser.driver().manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
    String csrf = browser.driver().manage().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(c -> c.getValue())
        .findFirst().orElse("");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
        .header("Cookie", cookies).header("X-XSRF-TOKEN", csrf)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String bodyText() {
    return browser.find(By.tagName("body")).getText();
  }

  private void screenshot(String name) throws IOException {
    browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
  }

  private Map<String, Object> announcement() {
    LocalDate today = calendar.today();
    LocalDate firstTest = calendar.addWorkingDays(today, 25);
    Map<String, Object> announcement = new HashMap<>();
    announcement.put("announcementNumber", "200/" + today.getYear());
    announcement.put("workingTime", "8 ore/zi");
    announcement.put("requiredDocuments", "Documentele prevăzute la §8.1.4(1).");
    announcement.put("submissionPlace", "Registratura U.V.T.");
    announcement.put("secretaryContact", "Ioana Marin, 0256/592159");
    announcement.put("generalConditionsIncluded", true);
    announcement.put("specificConditions", "Studii superioare");
    announcement.put("administrativeCodeIncluded", true);
    announcement.put("testPlace", "Sala 045");
    announcement.put("publicationDate", today.toString());
    announcement.put("submissionHour", "16:00");
    announcement.put("firstTestDate", firstTest.toString());
    announcement.put("firstTestHour", "10:00");
    announcement.put("interviewDate", calendar.addWorkingDays(firstTest, 1).toString());
    announcement.put("interviewHour", "10:00");
    announcement.put("bibliography", "Legea nr. 53/2003 — Codul muncii.");
    announcement.put("neutralLanguageConfirmed", true);
    announcement.put("meritBasedCriteriaConfirmed", true);
    return announcement;
  }
}
