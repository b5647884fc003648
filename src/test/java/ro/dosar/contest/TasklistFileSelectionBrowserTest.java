package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.TasklistPage.checkbox;
import static ro.dosar.contest.TasklistPage.label;
import static ro.dosar.contest.TasklistPage.taskLink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * A commission member selects a file in Camunda Tasklist, as a person would: logs in, opens the
 * selection task from "Sarcinile mele", reads the Camunda Form (the code, the document
 * checklist), admits the file, declares no conflict of interest and completes the task. The
 * engine must then have recorded his opinion in {@code member_opinion}.
 *
 * <p>Runs against the demo contest, which waits at file selection when the application starts
 * with the {@code demo} profile. Skipped where Chromium is not installed.
 */
@DosarTest
class TasklistFileSelectionBrowserTest {

  private static final String MEMBER = "membru1";
  private static final String MY_TASKS_FILTER = "Sarcinile mele";
  private static final String FORM = "forms/contest/contest-file-selection.form";
  private static final String CODE_LABEL = "Codul candidatului";
  private static final String DOCUMENTS_CHECK_LABEL = "Verificarea documentelor obligatorii";
  private static final String DECISION_LABEL = "Decizia mea";
  private static final String REJECTION_REASON_LABEL = "Motivul respingerii";
  private static final String DECLARATION_LABEL = "Declar că nu mă aflu în niciuna dintre "
      + "situațiile de la §8.1.5(14) față de acest candidat";

  /** The form's first text: "### Selecția dosarului cu codul {{fileCode}}" is an h3. */
  private static final By FORM_HEADING =
      By.cssSelector("form.fjs-form .fjs-form-field-text h3");

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;

  private final TasklistPage tasklist = new TasklistPage(browser);

  @Test
  void aCommissionMemberAdmitsAFileThroughTheCamundaFormInTasklist() throws IOException {
    Task task = firstSelectionTaskOf(MEMBER);
    Map<String, Object> file = taskService.getVariables(task.getId());
    String code = (String) file.get("fileCode");

    tasklist.logIn(MEMBER);
    tasklist.openFilter(MY_TASKS_FILTER);
    tasklist.openTask(task.getName());

    // The member reads the file: its code, the check of the documents, the checklist.
    assertReadonlyValue(CODE_LABEL, code);
    assertThat(browser.visible(FORM_HEADING).getText())
        .isEqualTo("Selecția dosarului cu codul " + code);
    assertReadonlyValue(DOCUMENTS_CHECK_LABEL, (String) file.get("missingDocuments"));
    assertDocumentChecklist(file);

    // The reason field appears only for a rejection; the member looks, then admits the file.
    assertThat(browser.all(label(REJECTION_REASON_LABEL))).isEmpty();
    choose(DECISION_LABEL, "Respins");
    browser.visible(label(REJECTION_REASON_LABEL));
    choose(DECISION_LABEL, "Admis");
    browser.gone(label(REJECTION_REASON_LABEL));

    // He declares that he has no conflict of interest with the candidate, and completes.
    tick(DECLARATION_LABEL);
    browser.click(TasklistPage.COMPLETE);

    // The engine completes the task and records his opinion; Tasklist drops it from the list.
    browser.waitUntil("the engine completed task " + task.getId(),
        driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    browser.gone(taskLink(task.getName()));
    assertThat(opinionOf(MEMBER, Long.parseLong(code))).containsEntry("admits", true)
        .containsEntry("reason", null);
  }

  // ---- What the member does in Tasklist ---------------------------------------------------------

  private void choose(String group, String option) {
    By radio = TasklistPage.radio(group, option);
    browser.click(radio);
    browser.waitUntil(option + " chosen", driver -> driver.findElement(radio).isSelected());
  }

  private void tick(String checkboxLabel) {
    By checkbox = checkbox(checkboxLabel);
    browser.click(checkbox);
    browser.waitUntil(checkboxLabel + " ticked",
        driver -> driver.findElement(checkbox).isSelected());
  }

  // ---- What the member sees ---------------------------------------------------------------------

  /**
   * The form fills fields from the process variables after it is rendered: waits for the value,
   * then checks that the member cannot change it.
   */
  private void assertReadonlyValue(String fieldLabel, String expected) {
    browser.waitUntil(fieldLabel + " shows " + expected,
        driver -> expected.equals(tasklist.fieldLabelled(fieldLabel).getDomProperty("value")));
    assertThat(tasklist.fieldLabelled(fieldLabel).getDomProperty("readOnly")).as(fieldLabel)
        .isEqualTo("true");
  }

  /** Every document of the form's checklist, ticked exactly when the file contains it. */
  private void assertDocumentChecklist(Map<String, Object> file) throws IOException {
    Map<String, String> labels = documentLabelsOfTheForm();
    assertThat(labels).hasSize(FileDocument.values().length);
    for (FileDocument document : FileDocument.values()) {
      String label = labels.get(document.formKey());
      WebElement checkbox = browser.visible(checkbox(label));
      assertThat(checkbox.isSelected()).as(label).isEqualTo(file.get(document.formKey()));
      assertThat(checkbox.getDomAttribute("readonly")).as(label + " readonly").isNotNull();
    }
  }

  // ---- The engine's side ------------------------------------------------------------------------

  /** The member's selection task with the lowest file code (the demo's first file). */
  private Task firstSelectionTaskOf(String member) {
    List<Task> tasks = taskService.createTaskQuery().taskAssignee(member)
        .taskDefinitionKey(Elements.SELECT_FILE).list();
    assertThat(tasks).as("the demo contest waits at file selection for " + member).isNotEmpty();
    return tasks.stream()
        .min(Comparator.comparingLong(
            task -> Long.parseLong((String) taskService.getVariable(task.getId(),
                Variables.FILE_CODE))))
        .orElseThrow();
  }

  private Map<String, Object> opinionOf(String member, long code) {
    return jdbc.sql("SELECT admits, reason FROM member_opinion "
            + "WHERE subject = 'SELECTION' AND subject_id = ? AND member_id = ?")
        .params(code, member)
        .query((row, rowNumber) -> {
          Map<String, Object> opinion = new HashMap<>();
          opinion.put("admits", row.getBoolean("admits"));
          opinion.put("reason", row.getString("reason"));
          return opinion;
        })
        .single();
  }

  /** The checklist labels as the form defines them, by field key (docA … docK). */
  private static Map<String, String> documentLabelsOfTheForm() throws IOException {
    try (InputStream form = new ClassPathResource(FORM).getInputStream()) {
      Map<String, String> labels = new HashMap<>();
      for (JsonNode component : new ObjectMapper().readTree(form).path("components")) {
        String key = component.path("key").asText();
        if (key.matches("doc[A-Z]")) {
          labels.put(key, component.path("label").asText());
        }
      }
      return labels;
    }
  }
}
