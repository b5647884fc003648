package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.DosarTest;

/**
 * Tasklist, Cockpit and Admin are a Romanian workplace whatever the browser says: an English
 * browser in New York logs in as the demo users and reads Romanian pages, with no English UI
 * string left, dates as dd.MM.yyyy and times on Bucharest's clock, and no "migrate to Camunda 8"
 * banner. English stays one link away (?lang=en).
 *
 * <p>Screenshots of the three apps are written to {@code docs/screenshots/} for docs/tasklist.md.
 * Skipped where Chromium is not installed.
 */
@DosarTest
class CamundaWebappsInRomanianBrowserTest {

  /** The browser is set up as far from a Romanian workplace as it gets. */
  private static final String BROWSER_LANGUAGE = "en-US";
  private static final String BROWSER_TIME_ZONE = "America/New_York";
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final Path SCREENSHOTS = Path.of("docs/screenshots");

  /** English UI strings of the Camunda webapps and form-js, seen before they were translated. */
  private static final List<String> ENGLISH = List.of(
      "Log in", "Please Log in", "Username", "Password", "Claim", "Unclaim", "Complete",
      "Start process", "Due in", "Created", "Follow-up", "Field is required",
      "Field must match pattern", "migrate to Camunda 8", "Date and Time displayed in local timezone",
      "Powered by", "My profile", "Log out", "Filters", "My tasks", "All tasks",
      "Add a simple filter", "Select a task in the list", "Form", "History", "Diagram",
      "Description", "Set follow-up date", "Set due date", "Add groups", "Processes", "Decisions",
      "Human Tasks", "Deployments", "Batches", "Running Process Instances", "Open Incidents",
      "Process Definitions", "Decision Definitions", "Users", "Groups", "Authorizations",
      "Tenants", "System", "List of users", "Create new user", "Welcome to Camunda", "Loading",
      "Instances", "Incidents", "Called Process Definitions", "Job Definitions", "Start Time",
      "Business Key", "Version", "Running");

  private static final By FORM_ERROR = By.cssSelector("form.fjs-form .fjs-form-field-error li");
  private static final By COMPLETE =
      By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']");
  private static final By FOOTER_TIME_ZONE = By.id("footer-timezone");
  private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;

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
    browser = BrowserSession.start(BROWSER_LANGUAGE, BROWSER_TIME_ZONE);
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCommissionMemberWorksInRomanianTasklist() throws IOException {
    Task task = taskService.createTaskQuery().taskAssignee("membru1")
        .taskDefinitionKey("selectFile").list().stream()
        .min(Comparator.comparing(Task::getName)).orElseThrow();
    startBrowser();

    // The login page speaks Romanian to an English browser.
    browser.open(url("tasklist"));
    browser.waitUntil("the Romanian login button",
        driver -> "Autentificare".equals(driver.findElement(TasklistPage.LOG_IN).getText()));
    assertNoEnglish("the Tasklist login page");

    TasklistPage tasklist = new TasklistPage(browser, port);
    tasklist.logIn("membru1", "membru1");
    tasklist.openFilter("Sarcinile mele");
    tasklist.openTask(task.getName());
    browser.waitUntil("the form's heading", driver -> bodyText().contains("Codul candidatului"));
    screenshot("tasklist-selectie-dosar");

    // Tasklist's own buttons and form-js's messages are Romanian.
    assertThat(browser.visible(COMPLETE).getText()).isEqualTo("Finalizează");
    browser.click(COMPLETE);
    browser.waitUntil("form-js's required-field messages",
        driver -> !driver.findElements(FORM_ERROR).isEmpty());
    assertThat(browser.all(FORM_ERROR)).extracting(element -> element.getText())
        .isNotEmpty().containsOnly("Câmpul este obligatoriu.");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
        .as("the incomplete form was not submitted").isOne();

    assertBucharestFooterAndNoBanner();
    assertNoEnglish("a member's selection task in Tasklist");
  }

  @Test
  void hrFollowsTheContestInRomanianCockpitOnBucharestTime() throws IOException {
    ProcessDefinition contest = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("contestHiring").latestVersion().singleResult();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionId(contest.getId()).unfinished().orderByProcessInstanceStartTime().asc()
        .list().get(0);
    String startedInBucharest =
        DATE_TIME.format(instance.getStartTime().toInstant().atZone(BUCHAREST));
    startBrowser();

    logIn("cockpit", "demo");
    browser.waitUntil("Cockpit's dashboard", driver -> bodyText().contains("Instanțe de proces"));
    assertBucharestFooterAndNoBanner();
    assertNoEnglish("Cockpit's dashboard");
    screenshot("cockpit-panou");

    // The contest's instances list their start time as dd.MM.yyyy HH:mm on Bucharest's clock,
    // although the browser lives in New York.
    browser.open(url("cockpit") + "#/process-definition/" + contest.getId() + "/runtime");
    browser.waitUntil("the contest's start time " + startedInBucharest,
        driver -> bodyText().contains(startedInBucharest));
    assertNoEnglish("the contest's page in Cockpit");
    screenshot("cockpit-concurs");
  }

  @Test
  void theAdministratorManagesUsersInRomanianAdmin() throws IOException {
    startBrowser();

    logIn("admin", "demo");
    browser.open(url("admin") + "#/users");
    browser.waitUntil("the list of users", driver -> bodyText().contains("Lista utilizatorilor")
        && bodyText().contains("Popescu"));
    assertBucharestFooterAndNoBanner();
    assertNoEnglish("the users' list in Admin");
    screenshot("admin-utilizatori");
  }

  @Test
  void englishRemainsAvailableAndRomanianComesBack() throws IOException {
    startBrowser();

    browser.open(url("tasklist") + "?lang=en");
    browser.waitUntil("the English login button",
        driver -> "Log in".equals(driver.findElement(TasklistPage.LOG_IN).getText()));

    browser.open(url("tasklist"));
    browser.waitUntil("English is remembered",
        driver -> "Log in".equals(driver.findElement(TasklistPage.LOG_IN).getText()));

    browser.open(url("tasklist") + "?lang=ro");
    browser.waitUntil("the Romanian login button",
        driver -> "Autentificare".equals(driver.findElement(TasklistPage.LOG_IN).getText()));
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  private String url(String app) {
    return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
  }

  /**
   * Logs in on the app's own login page. On a loaded machine the webapps' module loader
   * (RequireJS, 7 seconds per plugin) may give up on a plugin the first time the server serves
   * it; the page is then loaded once more, as a person would press F5.
   */
  private void logIn(String app, String user) {
    browser.open(url(app));
    try {
      browser.visible(TasklistPage.USERNAME);
    } catch (TimeoutException firstLoadGaveUp) {
      browser.open(url(app));
    }
    browser.type(TasklistPage.USERNAME, user);
    browser.type(TasklistPage.PASSWORD, user);
    browser.click(TasklistPage.LOG_IN);
    browser.gone(TasklistPage.LOG_IN);
  }

  private String bodyText() {
    return browser.find(By.tagName("body")).getText();
  }

  /** The footer names Bucharest's zone; the Camunda 8 banner is not shown. */
  private void assertBucharestFooterAndNoBanner() {
    assertThat(browser.visible(FOOTER_TIME_ZONE).getText())
        .isEqualTo("Datele și orele sunt afișate în fusul orar: Europe/Bucharest");
    assertThat(browser.all(EOL_BANNER)).allSatisfy(
        banner -> assertThat(banner.isDisplayed()).as("Camunda 8 banner shown").isFalse());
  }

  /** No English UI string, as a whole word, in the page's visible text. */
  private void assertNoEnglish(String page) {
    String text = bodyText();
    List<String> found = ENGLISH.stream()
        .filter(english -> Pattern.compile("\\b" + Pattern.quote(english) + "\\b",
            Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find())
        .collect(Collectors.toList());
    assertThat(found).as("English UI strings on " + page + ":\n" + text).isEmpty();
    assertThat(text).as(page).doesNotContainPattern("[şţŞŢ]");
  }

  private void screenshot(String name) throws IOException {
    browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
  }
}
