package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.support.Browser;
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
  private static final By FOOTER_TIME_ZONE = By.id("footer-timezone");
  private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");

  @RegisterExtension
  static final Browser browser = Browser.chromium(BROWSER_LANGUAGE, BROWSER_TIME_ZONE);

  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;

  private final TasklistPage tasklist = new TasklistPage(browser);

  @Test
  void aCommissionMemberWorksInRomanianTasklist() throws IOException {
    Task task = taskService.createTaskQuery().taskAssignee("membru1")
        .taskDefinitionKey(Elements.SELECT_FILE).list().stream()
        .min(Comparator.comparing(Task::getName)).orElseThrow();
    // The login page speaks Romanian to an English browser.
    browser.openLoginPage(browser.url(Browser.Webapp.TASKLIST));
    browser.waitUntil("the Romanian login button",
        driver -> "Autentificare".equals(driver.findElement(Browser.LOG_IN).getText()));
    assertNoEnglish("the Tasklist login page");

    browser.logIn(Browser.Webapp.TASKLIST, "membru1");
    tasklist.openFilter("Sarcinile mele");
    tasklist.openTask(task.getName());
    browser.waitUntil("the form's heading", driver -> browser.bodyText().contains("Codul candidatului"));
    browser.screenshot("tasklist-selectie-dosar");

    // Tasklist's own buttons and form-js's messages are Romanian.
    assertThat(browser.visible(TasklistPage.COMPLETE).getText()).isEqualTo("Finalizează");
    browser.click(TasklistPage.COMPLETE);
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
        .processDefinitionKey(ContestHiringProcess.KEY).latestVersion().singleResult();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionId(contest.getId()).unfinished().orderByProcessInstanceStartTime().asc()
        .list().get(0);
    String startedInBucharest =
        DATE_TIME.format(instance.getStartTime().toInstant().atZone(BUCHAREST));
    browser.logIn(Browser.Webapp.COCKPIT, "demo");
    browser.waitUntil("Cockpit's dashboard", driver -> browser.bodyText().contains("Instanțe de proces"));
    assertBucharestFooterAndNoBanner();
    assertNoEnglish("Cockpit's dashboard");
    browser.screenshot("cockpit-panou");

    // The contest's instances list their start time as dd.MM.yyyy HH:mm on Bucharest's clock,
    // although the browser lives in New York.
    browser.open(browser.url(Browser.Webapp.COCKPIT) + "#/process-definition/" + contest.getId() + "/runtime");
    // The instances' list comes from the history, the slowest of Cockpit's requests: two steps.
    try {
      browser.waitUntil("the contest's start time " + startedInBucharest,
          driver -> browser.bodyText().contains(startedInBucharest));
    } catch (TimeoutException slowHistory) {
      browser.waitUntil("the contest's start time " + startedInBucharest,
          driver -> browser.bodyText().contains(startedInBucharest));
    }
    assertNoEnglish("the contest's page in Cockpit");
    browser.screenshot("cockpit-concurs");
  }

  @Test
  void theAdministratorManagesUsersInRomanianAdmin() throws IOException {
    browser.logIn(Browser.Webapp.ADMIN, "demo");
    browser.open(browser.url(Browser.Webapp.ADMIN) + "#/users");
    browser.waitUntil("the list of users", driver -> browser.bodyText().contains("Lista utilizatorilor")
        && browser.bodyText().contains("Popescu"));
    assertBucharestFooterAndNoBanner();
    assertNoEnglish("the users' list in Admin");
    browser.screenshot("admin-utilizatori");
  }

  @Test
  void englishRemainsAvailableAndRomanianComesBack() throws IOException {
    browser.openLoginPage(browser.url(Browser.Webapp.TASKLIST) + "?lang=en");
    browser.waitUntil("the English login button",
        driver -> "Log in".equals(driver.findElement(Browser.LOG_IN).getText()));

    browser.open(browser.url(Browser.Webapp.TASKLIST));
    browser.waitUntil("English is remembered",
        driver -> "Log in".equals(driver.findElement(Browser.LOG_IN).getText()));

    browser.open(browser.url(Browser.Webapp.TASKLIST) + "?lang=ro");
    browser.waitUntil("the Romanian login button",
        driver -> "Autentificare".equals(driver.findElement(Browser.LOG_IN).getText()));
  }

  @Test
  void aRefusedStartFormShowsOnlyDosarsRomanianMessage() throws IOException {
    long contestsBefore = contestInstances();
    browser.logIn(Browser.Webapp.TASKLIST, "sef");
    browser.click(By.xpath("//a[contains(normalize-space(.),'Pornește procesul')]"));
    browser.click(By.xpath("//ul[@class='processes']//a[contains(normalize-space(.),"
        + "'Concurs de ocupare')]"));
    browser.visible(TasklistPage.CAMUNDA_FORM);

    // A complete proposal, except that it chooses neither a written nor a practical test: the
    // form allows it, the server refuses it (§8.2(1)).
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("Denumirea postului", "Inspector de specialitate");
    typed.put("Structura (facultate / departament / serviciu)", "Direcția Resurse Umane");
    typed.put("Nivelul studiilor", "superioare");
    typed.put("Durata angajării (nedeterminată / determinată, perioada)", "nedeterminată");
    typed.put("Atribuțiile principale (din fișa postului)", "Gestionează dosarele.");
    typed.put("Condiții specifice (studii, vechime, competențe)", "Studii superioare.");
    typed.put("Bibliografia și, după caz, tematica (§8.1.2(2)(c))", "Codul muncii.");
    typed.put("Componența propusă a comisiilor (§8.1.2(2)(d))", "membru1, membru2, membru3");
    typed.forEach(this::type);
    // "Norma de lucru" has a default (8 ore/zi); the two selects without one show Romanian.
    for (String select : List.of("Categoria postului", "Tipul postului")) {
      By display = By.xpath("//label[normalize-space(text())='" + select
          + "']/following-sibling::div//div[contains(@class,'fjs-select-display')]");
      assertThat(browser.visible(display).getText()).as(select).isEqualTo("Alegeți");
      browser.click(display);
      browser.click(By.cssSelector(".fjs-dropdownlist-item"));
    }
    // form-js may re-render once more after the first fields were typed, emptying them: every
    // field is checked again (and typed again where it lost its text) before starting.
    typed.forEach(this::type);
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()="
        + "'Pornește']"));

    By notice = By.cssSelector(".modal [notifications-panel] .alert");
    browser.waitUntil("the refusal", driver -> !driver.findElements(notice).isEmpty());
    assertThat(browser.find(notice).getText().replace("×", "").replaceAll("\\s+", " ").trim())
        .isEqualTo("Procesul nu a putut fi pornit. : Concursul are o probă scrisă și/sau o probă "
            + "practică, apoi interviul (§8.2(1)); alegeți cel puțin una dintre primele două.");
    assertThat(contestInstances()).as("no contest started").isEqualTo(contestsBefore);
    assertNoEnglish("Tasklist's start form with a refusal");
  }

  @Test
  void formJsMessagesAndEngineRefusalsReadAsRomanian() throws IOException {
    browser.openLoginPage(browser.url(Browser.Webapp.TASKLIST));

    assertThat(workplace("romanianFormMessage",
        "Field must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$."))
        .isEqualTo("Introduceți ora în formatul HH:mm, de exemplu 09:30.");
    assertThat(workplace("romanianFormMessage", "Field is required."))
        .isEqualTo("Câmpul este obligatoriu.");
    assertThat(workplace("romanianFormMessage", "Field must have maximum length of 2000."))
        .isEqualTo("Textul poate avea cel mult 2000 caractere.");
    assertThat(workplace("romanianFormMessage", "Termenul nu este respectat."))
        .as("Dosar's own messages are left alone").isNull();
    assertThat(workplace("withoutEnginePrefix", "Cannot submit task form "
        + "c4550a56-d2a1-11f1-9d2c-02fc00000001: Cea mai devreme dată legală este 29.12.2026."))
        .isEqualTo("Cea mai devreme dată legală este 29.12.2026.");
    assertThat(workplace("withoutEnginePrefix", "Cannot instantiate process definition "
        + "contestHiring:1:3a3d199a-f1c5-11f1-9249-02fc00000001: Alegeți cel puțin o probă."))
        .isEqualTo("Alegeți cel puțin o probă.");
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  private void type(String label, String text) {
    browser.visible(TasklistPage.label(label));
    // The fields start empty; form-js re-renders as it loads and validates and may drop what
    // was typed meanwhile, so the value is checked and typed again until it holds.
    browser.waitUntil(label + " = " + text, driver -> {
      WebElement field = tasklist.fieldLabelled(label);
      if (!text.equals(field.getDomProperty("value"))) {
        field.clear();
        field.sendKeys(text);
      }
      return text.equals(tasklist.fieldLabelled(label).getDomProperty("value"));
    });
  }

  private long contestInstances() {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY).count();
  }

  /** Calls a function exported by the webapps' workplace.js, in the browser. */
  private String workplace(String function, String argument) {
    Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "import('/camunda/app/dosar/workplace.js')"
            + ".then(m => done(m[arguments[0]](arguments[1])), e => done('error: ' + e));",
        function, argument);
    return (String) result;
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
    String text = browser.bodyText();
    List<String> found = ENGLISH.stream()
        .filter(english -> Pattern.compile("\\b" + Pattern.quote(english) + "\\b",
            Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find())
        .collect(Collectors.toList());
    assertThat(found).as("English UI strings on " + page + ":\n" + text).isEmpty();
    assertThat(text).as(page).doesNotContainPattern("[şţŞŢ]");
  }
}
