package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * Each task shows what its decision needs, and people are chosen by name (issue 17), in Romanian
 * Tasklist, in headless Chromium, as the users work:
 * <ul>
 *   <li>a commission member opens a file's selection task, reads the candidate's name and the
 *       post's conditions, opens the candidate's PDF from the form with his Tasklist session (no
 *       second login; the answer is a PDF, shown inline), declares no conflict of interest under
 *       the text of §8.1.5(14) and completes;</li>
 *   <li>HR composes the commissions by choosing people by name from the staff register;</li>
 *   <li>the Rector signs the decisions seeing the members' names and departments, the legal
 *       adviser's opinion and the draft decision as a PDF.</li>
 * </ul>
 * Screenshots of the three forms go to {@code docs/screenshots/} for docs/tasklist.md.
 */
@DosarTest
class TasklistDecisionsBrowserTest {

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;

  private final TasklistPage tasklist = new TasklistPage(browser);

  @Test
  void aMemberOpensTheCandidatesPdfFromTheFormReadsTheConditionsAndSelects() throws IOException {
    // Given the demo contest's file that waits for membru3 (the newest of his tasks)
    Task task = taskService.createTaskQuery().taskAssignee("membru3")
        .taskDefinitionKey("selectFile").list().stream()
        .max(Comparator.comparing(Task::getCreateTime)).orElseThrow(() ->
            new AssertionError("the demo contest waits at file selection for membru3"));
    long code = Long.parseLong((String) taskService.getVariable(task.getId(), "fileCode"));
    String name = jdbc.sql("SELECT full_name FROM candidate WHERE code = ?").param(code)
        .query(String.class).single();
    String conditions = (String) taskService.getVariable(task.getId(), "specificConditions");

    // When the member opens it in Tasklist
    logIn("membru3");
    openTask(task.getId());

    // Then he reads the candidate's name, the post's conditions and §8.1.5(14)
    browser.waitUntil("the candidate's name", driver -> formText().contains(name));
    assertThat(formText()).contains("Condiții generale (§8.1.1(3))", conditions,
        "Conflictul de interese (§8.1.5(14))", "rudă sau afin până la gradul al IV-lea");

    // and opens the candidate's registration form from the form's link, with the same session
    WebElement link = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//a["
        + "contains(normalize-space(.),'Cererea de înscriere (Anexa 3)')]"));
    String href = link.getDomProperty("href");
    assertThat(href).endsWith("/documents/registration-form/" + code);
    Map<String, Object> answer = browser.fetch(href);
    assertThat(answer).containsEntry("status", 200L)
        .containsEntry("type", "application/pdf").containsEntry("magic", "%PDF-");
    assertThat((String) answer.get("disposition")).startsWith("inline");
    browser.scrollTo(link);
    browser.screenshot("tasklist-selectie-documente-conditii");

    // The link opens in a tab of its own: the form stays where it is.
    String tasklistWindow = browser.driver().getWindowHandle();
    browser.click(By.xpath("//form[contains(@class,'fjs-form')]//a[contains(normalize-space(.),"
        + "'Cererea de înscriere (Anexa 3)')]"));
    browser.waitUntil("a second tab", driver -> driver.getWindowHandles().size() == 2);
    String pdfWindow = browser.driver().getWindowHandles().stream()
        .filter(handle -> !handle.equals(tasklistWindow)).findFirst().orElseThrow();
    browser.driver().switchTo().window(pdfWindow);
    browser.waitUntil("the PDF's address", driver -> href.equals(driver.getCurrentUrl()));
    browser.driver().close();
    browser.driver().switchTo().window(tasklistWindow);

    // When he admits the file, declares no conflict of interest and completes
    browser.click(TasklistPage.radio("Decizia mea", "Admis"));
    browser.click(By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,"
        + "'fjs-form-field-checkbox')]//label[starts-with(normalize-space(text()),'Declar că nu "
        + "mă aflu')]/input[@type='checkbox']"));
    browser.click(TasklistPage.COMPLETE);

    // Then his opinion is recorded
    browser.waitUntil("the engine completed the task",
        driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    assertThat(jdbc.sql("SELECT admits FROM member_opinion WHERE subject = 'SELECTION' "
            + "AND subject_id = ? AND member_id = 'membru3'").param(code)
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void hrComposesTheCommissionsByChoosingPeopleByName() throws IOException {
    // Given a contest whose proposal and methodology are approved
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal();
    Task draft = contest.task("draftCommissionDecisions");

    // When HR claims the drafting task and chooses the people by name
    logIn("hr");
    openTask(draft.getId());
    browser.click(TasklistPage.CLAIM);
    choose("Președinte", 1, "Georgescu", "Adrian Georgescu — Facultatea de Informatică");
    choose("Membru 1", 1, "Munteanu", "Cristina Munteanu — Serviciul Resurse Umane");
    choose("Membru 2", 1, "Constantinescu", "Dan Constantinescu — Direcția Economică");
    choose("Președinte", 2, "Florea", "Gabriela Florea — Facultatea de Drept");
    choose("Membru 1", 2, "Vasilescu", "Sorin Vasilescu — Biroul Juridic");
    choose("Membru 2", 2, "Niculescu", "Laura Niculescu — Direcția Tehnică");
    choose("Secretarul ambelor comisii (angajat D.R.U., nu este membru)", 1, "Marin",
        "Ioana Marin — HR");
    browser.scrollTo(browser.find(By.xpath("(//form[contains(@class,'fjs-form')]//div["
        + "contains(@class,'fjs-form-field-select')])[1]")));
    browser.screenshot("tasklist-comisii-alegere-nume");
    browser.click(TasklistPage.COMPLETE);

    // Then the server checked the user ids behind the names, and the legal adviser has the draft
    browser.waitUntil("the draft went to the legal adviser", driver -> taskService
        .createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey("endorseCommissionDecisions").count() == 1);
    assertThat(contest.variable("ccPresident")).isEqualTo("membru1");
    assertThat(contest.variable("cscMember2")).isEqualTo("membru6");
    assertThat(contest.variable("secretary")).isEqualTo("secretar");
  }

  @Test
  void theRectorSignsSeeingNamesTheLegalOpinionAndTheDraftPdf() throws IOException {
    // Given commissions drafted by HR and endorsed by the legal adviser with a remark
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal()
        .draftCommissions(List.of("membru1", "membru2", "membru3"),
            List.of("membru4", "membru5", "membru6"), "secretar");
    contest.complete("endorseCommissionDecisions", Map.of("legalEndorsed", "true",
        "legalRemarks", "Componența respectă §8.1.5."));
    Task signature = contest.task("signCommissionDecisions");

    // When the Rector opens the signature task
    logIn("rector");
    openTask(signature.getId());
    browser.click(TasklistPage.CLAIM);

    // Then he reads the people by name and department, never by user id, and the legal opinion
    browser.waitUntil("the members by name",
        driver -> formText().contains("Adrian Georgescu — Facultatea de Informatică"));
    assertThat(formText()).contains("Gabriela Florea — Facultatea de Drept",
        "Ioana Marin — HR", "Componența respectă §8.1.5.")
        .doesNotContain("membru1", "membru4");
    // and the draft decision opens as a PDF with his session
    WebElement link = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//a["
        + "contains(normalize-space(.),'Proiectul deciziei')]"));
    Map<String, Object> answer = browser.fetch(link.getDomProperty("href"));
    assertThat(answer).containsEntry("status", 200L)
        .containsEntry("type", "application/pdf").containsEntry("magic", "%PDF-");
    browser.scrollTo(link);
    browser.screenshot("tasklist-semnare-decizii-comisii");

    // When he signs
    browser.click(TasklistPage.radio("Decizia Rectorului", "Semnez deciziile"));
    browser.click(TasklistPage.COMPLETE);

    // Then the commissions are constituted
    browser.waitUntil("the commissions constituted", driver -> taskService.createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey("signCommissionDecisions").count() == 0);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM commission_member WHERE contest_id = ?")
        .param(contest.contestId).query(Long.class).single()).isGreaterThan(0);
  }

  // ---- Tasklist ---------------------------------------------------------------------------------

  private void logIn(String user) {
    tasklist.logIn(user);
  }

  private void openTask(String taskId) {
    tasklist.openTaskById(taskId);
  }

  private String formText() {
    return tasklist.formText();
  }

  /** Picks a person in a form-js select: types part of the name, clicks the matching option. */
  private void choose(String label, int occurrence, String typed, String option) {
    By input = By.xpath("(" + TasklistPage.field("select", label) + ")[" + occurrence
        + "]//input");
    browser.click(input);
    browser.find(input).sendKeys(typed);
    browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')]"
        + "[starts-with(normalize-space(.),'" + option + "')]"));
    browser.waitUntil(label + " = " + option, driver -> driver.findElement(input)
        .getDomProperty("value").startsWith(option));
  }
}
