package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ro.dosar.contest.TasklistPage.label;
import static ro.dosar.contest.TasklistPage.taskLink;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.contest.teststage.TestStageProcess.Elements;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * A commission member scores a sealed paper of the written test in Camunda Tasklist, as a person
 * would: logs in, opens his score sheet for "lucrarea nr. 1" from "Sarcinile mele", reads it (the
 * paper's number, never the candidate's code; the criteria with their maxima; one score field per
 * criterion), gives more points than a criterion allows and is refused by the server with its
 * Romanian message, corrects the score and completes the sheet. Only the accepted sheet is
 * recorded in {@code score_sheet}.
 *
 * <p>The form's own validation allows up to 100 points on every criterion (it does not know the
 * plan); the maximum of each criterion is enforced by the engine when the task completes
 * ({@code TestStageSteps.recordScoreSheet}), whose refusal Tasklist must show to the member.
 *
 * <p>Runs against the demo's second contest, which waits at the scoring of its written test
 * (subject 1 up to 60 points, subject 2 up to 40) when the application starts with the
 * {@code demo} profile. Skipped where Chromium is not installed.
 */
@DosarTest
class TasklistScoreSheetBrowserTest {

  private static final String MEMBER = "membru1";
  private static final String MY_TASKS_FILTER = "Sarcinile mele";
  private static final String PAPER_LABEL = "lucrarea nr. 1";
  private static final String CRITERIA_LABEL = "Criteriile și punctajele maxime";
  private static final String SCORE_LABEL = "Punctaj criteriul ";
  private static final String REFUSAL =
      "Punctajul pentru „Subiectul 1” trebuie să fie între 0 și 60.";

  /** The form's first text: "### Borderou individual de notare: {{paperLabel}}" is an h3. */
  private static final By FORM_HEADING =
      By.cssSelector("form.fjs-form .fjs-form-field-text h3");
  /** Every score field's label that form-js rendered (the hidden ones are not in the DOM). */
  private static final By SCORE_LABELS = By.xpath("//form[contains(@class,'fjs-form')]"
      + "//div[contains(@class,'fjs-form-field-number')]/label[contains(@class,"
      + "'fjs-form-field-label')][starts-with(normalize-space(text()),'" + SCORE_LABEL + "')]");
  /** The notification's own ×: its other close button is hidden (ng-hide). */
  private static final By CLOSE_ERROR_NOTIFICATION = By.cssSelector(
      ".page-notifications .alert.alert-danger button.close[ng-click^='removeNotification']");

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;

  private final TasklistPage tasklist = new TasklistPage(browser);

  @Test
  void aScoreAboveTheCriterionsMaximumIsRefusedInTasklistThenTheCorrectedSheetIsRecorded() {
    Task task = scoreSheetOf(MEMBER, PAPER_LABEL);
    long paperId = paperIdOf(((Number) taskService.getVariable(task.getId(), Variables.TEST_ID))
        .longValue(), ((Number) taskService.getVariable(task.getId(),
            Variables.PAPER_NUMBER)).intValue());
    long candidateCode = candidateCodeOf(paperId);

    tasklist.logIn(MEMBER);
    tasklist.openFilter(MY_TASKS_FILTER);
    tasklist.openTask(task.getName());

    // The sheet names the sealed paper by its number; the candidate's code is nowhere.
    browser.waitUntil("the heading names " + PAPER_LABEL,
        driver -> ("Borderou individual de notare: " + PAPER_LABEL)
            .equals(driver.findElement(FORM_HEADING).getText()));
    String criteria = readonlyValue(CRITERIA_LABEL);
    assertThat(criteria).contains("Subiectul 1: maximum 60 puncte")
        .contains("Subiectul 2: maximum 40 puncte");
    // One score field per criterion of the plan: two; the third to ninth are not rendered.
    browser.waitUntil("two score fields",
        driver -> labelsOf(SCORE_LABELS).equals(List.of(SCORE_LABEL + 1, SCORE_LABEL + 2)));
    assertThat(browser.all(label(SCORE_LABEL + 3))).isEmpty();
    assertCodeNowhereOnThePage(candidateCode);

    // 61 passes the form's own check (0 to 100) but not the plan's maximum of 60.
    browser.type(scoreField(1), "61");
    browser.type(scoreField(2), "10");
    browser.click(TasklistPage.COMPLETE);

    WebElement refusal = browser.visible(TasklistPage.ERROR_NOTIFICATION);
    assertThat(refusal.findElement(TasklistPage.NOTIFICATION_STATUS).getText())
        .isEqualTo("Formularul sarcinii nu a fost acceptat");
    assertThat(refusal.findElement(TasklistPage.NOTIFICATION_MESSAGE).getText())
        .isEqualTo(REFUSAL)
        .contains("între 0 și 60");
    // Nothing happened: the task waits, no score recorded, the member's input still there.
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(scoresOf(paperId, MEMBER)).isEmpty();
    assertThat(browser.find(scoreField(1)).getDomProperty("value")).isEqualTo("61");
    assertThat(browser.find(scoreField(2)).getDomProperty("value")).isEqualTo("10");

    // The member closes the message, gives 55 for subject 1 and completes.
    browser.click(CLOSE_ERROR_NOTIFICATION);
    browser.gone(TasklistPage.ERROR_NOTIFICATION);
    browser.type(scoreField(1), "55");
    browser.click(TasklistPage.COMPLETE);

    browser.waitUntil("the engine completed task " + task.getId(),
        driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    browser.gone(taskLink(task.getName()));
    assertThat(browser.all(TasklistPage.ERROR_NOTIFICATION)).isEmpty();
    List<Score> scores = scoresOf(paperId, MEMBER);
    assertThat(scores).extracting(Score::round, Score::criterion)
        .containsExactly(tuple(1, 1), tuple(1, 2));
    assertThat(scores.get(0).points()).isEqualByComparingTo("55");
    assertThat(scores.get(1).points()).isEqualByComparingTo("10");
  }

  // ---- What the member sees ---------------------------------------------------------------------

  /**
   * A read-only field's value: the form fills it from the process variables after it is
   * rendered, so this waits until it is not empty.
   */
  private String readonlyValue(String fieldLabel) {
    String value = browser.waitUntil(fieldLabel + " filled", driver -> {
      String text = tasklist.fieldLabelled(fieldLabel).getDomProperty("value");
      return text == null || text.isEmpty() ? null : text;
    });
    assertThat(tasklist.fieldLabelled(fieldLabel).getDomProperty("readOnly")).as(fieldLabel)
        .isEqualTo("true");
    return value;
  }

  /**
   * The candidate's code appears neither in the page's markup (the heading, the task list, the
   * task's header) nor in a field's value (values are DOM properties, not in the markup).
   */
  private void assertCodeNowhereOnThePage(long code) {
    // Alone, not inside an id: the engine's ids are hexadecimal UUIDs.
    Pattern alone = Pattern.compile("(?<![0-9A-Za-z])" + code + "(?![0-9A-Za-z])");
    String page = browser.find(By.tagName("html")).getDomProperty("outerHTML");
    assertThat(alone.matcher(page).find()).as("code " + code + " in the page's markup")
        .isFalse();
    for (WebElement field : browser.all(By.cssSelector("form.fjs-form input, "
        + "form.fjs-form textarea"))) {
      assertThat(field.getDomProperty("value")).as("a field of the form")
          .doesNotContain(String.valueOf(code));
    }
  }

  private List<String> labelsOf(By labels) {
    return browser.all(labels).stream().map(WebElement::getText)
        .map(text -> text.replace("*", "").strip()).toList();
  }

  // ---- Selectors --------------------------------------------------------------------------------

  /** The input of criterion n's score: form-js renders a number field as a text input. */
  private static By scoreField(int criterion) {
    return By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,"
        + "'fjs-form-field-number')][label[normalize-space(text())='" + SCORE_LABEL + criterion
        + "']]//input[contains(@class,'fjs-input')]");
  }

  // ---- The engine's side ------------------------------------------------------------------------

  /** The member's score sheet for the paper with this label (one per member and paper). */
  private Task scoreSheetOf(String member, String paperLabel) {
    List<Task> sheets = taskService.createTaskQuery().taskAssignee(member)
        .taskDefinitionKey(Elements.SCORE_PAPER).list().stream()
        .filter(task -> paperLabel.equals(taskService.getVariable(task.getId(),
            ContestHiringProcess.Variables.PAPER_LABEL)))
        .toList();
    assertThat(sheets).as("the demo's second contest waits at scoring for " + member)
        .hasSize(1);
    return sheets.get(0);
  }

  /** The sheet knows its paper by number only; the application's table links it to its id. */
  private long paperIdOf(long testId, int paperNumber) {
    return jdbc.sql("SELECT id FROM test_paper WHERE test_id = ? AND paper_number = ?")
        .params(testId, paperNumber).query(Long.class).single();
  }

  private long candidateCodeOf(long paperId) {
    return jdbc.sql("SELECT candidate_code FROM test_paper WHERE id = ?").param(paperId)
        .query(Long.class).single();
  }

  private record Score(int round, int criterion, BigDecimal points) {
  }

  private List<Score> scoresOf(long paperId, String member) {
    return jdbc.sql("SELECT round, criterion, points FROM score_sheet "
            + "WHERE paper_id = ? AND member_id = ? ORDER BY round, criterion")
        .params(paperId, member)
        .query((row, rowNumber) -> new Score(row.getInt("round"), row.getInt("criterion"),
            row.getBigDecimal("points")))
        .list();
  }
}
