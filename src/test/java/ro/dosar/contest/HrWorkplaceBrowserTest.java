package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.support.Browser;
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

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final List<String> CC = List.of("membru1", "membru2", "membru3");
  private static final List<String> CSC = List.of("membru4", "membru5", "membru6");

  @RegisterExtension
  static final Browser browser = Browser.chromium();

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

  private final TasklistPage tasklist = new TasklistPage(browser);

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

    tasklist.logIn("hr");
    tasklist.openFilter("Sarcinile grupurilor mele");
    tasklist.openTask(task.getName());
    browser.click(TasklistPage.CLAIM);
    browser.waitUntil("claimed", driver -> "hr".equals(assignee(task.getId())));
    browser.click(TasklistPage.COMPLETE);

    // The check after the task refuses it: the task comes back, assigned to her.
    Task returned = browser.waitUntil("the announcement back with hr", driver ->
        taskService.createTaskQuery().processInstanceId(contest.instance.getId())
            .taskDefinitionKey(Elements.PREPARE_ANNOUNCEMENT).taskAssignee("hr").list().stream()
            .filter(again -> !again.getId().equals(task.getId())).findFirst().orElse(null));
    tasklist.openFilter("Sarcinile mele");
    tasklist.openTask(returned.getName());
    WebElement violations = tasklist.fieldLabelled("Neconformități la verificarea anterioară");
    browser.waitUntil("the violations at the top of the form", driver -> String.valueOf(
        violations.getDomProperty("value")).contains("perioada contractului pe durată"));
    browser.screenshot("tasklist-anunt-returnat");

    // She adds the period and completes: the announcement goes to publication.
    tasklist.fieldLabelled("(a) Perioada contractului pe durată determinată")
        .sendKeys("12 luni");
    browser.click(TasklistPage.COMPLETE);
    browser.waitUntil("the announcement accepted", driver -> taskService.createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.PUBLISH_ANNOUNCEMENT)
        .count() == 1);
    assertThat(runtimeService.getVariable(contest.instance.getId(), Variables.CONTRACT_PERIOD))
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
    String reserved = (String) taskService.getVariableLocal(task.getId(), Variables.RESERVED_CODE);
    assertThat(reserved).isNotBlank();

    tasklist.logIn("registratura");
    tasklist.openFilter("Sarcinile grupurilor mele");
    tasklist.openTask(task.getName());
    String codeLabel = "Codul dosarului (numărul de înregistrare rezervat)";
    browser.waitUntil("the reserved code on the form", driver ->
        reserved.equals(tasklist.fieldLabelled(codeLabel).getDomProperty("value")));
    assertThat(tasklist.fieldLabelled(codeLabel).getDomProperty("readOnly")).isEqualTo("true");
    browser.click(TasklistPage.CLAIM);
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
    browser.screenshot("tasklist-inregistrare-cod");
    browser.click(TasklistPage.COMPLETE);

    browser.waitUntil("the file registered under " + reserved, driver -> jdbc.sql(
            "SELECT COUNT(*) FROM candidate WHERE code = ? AND full_name = 'Ioana Vlad'")
        .param(Long.parseLong(reserved)).query(Long.class).single() == 1);
  }

  @Test
  void hrOpensThePanelWithHerTasklistSessionAndReadsEachContestsStageAndDeadline()
      throws IOException, InterruptedException {
    HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(browser.base() + "/panou")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Autentificare necesară");

    tasklist.logIn("hr");
    browser.open("/panou");
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
    browser.screenshot("panou-hr");

    // The filters: contests at file selection only.
    browser.open("/panou?procedura=CONCURS&stare=SELECTION");
    browser.visible(By.cssSelector("tr[data-case='CONCURS-1']"));
    assertThat(browser.all(By.cssSelector("tr[data-case='CONCURS-2']"))).isEmpty();
  }

  @Test
  void cockpitShowsHrTheOpenHumanTasksAndRefusesToChangeAVariable()
      throws IOException, InterruptedException {
    String contestInstance = contests.get(1).processInstanceId();
    Object statusBefore = runtimeService.getVariable(contestInstance, Variables.CONTEST_STATUS);

    browser.logIn(Browser.Webapp.COCKPIT, "hr");
    String cockpit = browser.url(Browser.Webapp.COCKPIT);

    // Camunda's report would need READ on every task; hr gets it counted from what she reads.
    browser.open(cockpit + "#/tasks");
    By total = By.xpath("//tfoot//th[normalize-space()='Total']/preceding-sibling::th");
    browser.waitUntil("the tasks by type and group", driver ->
        browser.bodyText().contains("Atribuiri pe grupuri") && !driver.findElements(total).isEmpty()
            && driver.findElement(total).getText().trim().matches("[1-9][0-9]*"));
    assertThat(browser.bodyText()).doesNotContain("nu au putut fi preluate")
        .doesNotContain("permisiun");
    browser.screenshot("cockpit-sarcini-hr");

    // The contest's instance: its business key shown, its variables not writable.
    browser.open(cockpit + "#/process-instance/" + contestInstance + "/runtime");
    browser.waitUntil("the business key", driver -> browser.bodyText().contains("CONCURS-1"));
    HttpResponse<String> write = browser.request("PUT", "/camunda/api/engine/engine/default/"
        + "process-instance/" + contestInstance + "/variables/contestStatus",
        "{\"value\":\"FILLED\",\"type\":\"String\"}");
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(runtimeService.getVariable(contestInstance, Variables.CONTEST_STATUS))
        .isEqualTo(statusBefore);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String assignee(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? null : task.getAssignee();
  }

  /** Chooses a day in a form-js date field through its calendar (flatpickr). */
  private void setDate(String label, LocalDate day) {
    WebElement input = tasklist.fieldLabelled(label);
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0]._flatpickr.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]),"
            + " true);", input, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /** HR's draft: the driver's announcement, with the checklist of the equality plan ticked. */
  private Map<String, Object> announcement() {
    LocalDate today = calendar.today();
    LocalDate firstTest = calendar.addWorkingDays(today, 25);
    Map<String, Object> announcement = ContestDriver.announcement(today, firstTest,
        calendar.addWorkingDays(firstTest, 1));
    announcement.put("neutralLanguageConfirmed", true);
    announcement.put("meritBasedCriteriaConfirmed", true);
    return announcement;
  }
}
