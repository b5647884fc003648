package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * Issue 17: Cockpit for a read-only supervisor (headless Chromium, demo data). On the demo
 * contest's instance page, HR ({@code hr}, no UPDATE on instances) sees no control that changes
 * the instance — suspend, cancel, add a variable, edit or delete a variable, manage a task's
 * candidates — while the administrator ({@code demo}) sees them. The controls are in the page for
 * both (Cockpit renders them); what differs is whether they are displayed.
 */
@DosarTest
class CockpitReadOnlyBrowserTest {

  /** The toolbar's actions: suspend, cancel, add a variable, retries. */
  static final By TOOLBAR_ACTIONS = By.cssSelector(".ctn-toolbar .btn-toolbar");
  /** A variable's edit and delete buttons. */
  static final By VARIABLE_ACTIONS = By.cssSelector("[cam-widget-variables-table] td.actions");
  static final By SUSPEND = By.cssSelector(".ctn-toolbar .btn-suspend-action");
  /** A user task's candidate groups and users. */
  static final By TASK_CANDIDATES = By.cssSelector(".change-group-identity-links");

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  ContestRepository contests;

  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  @Test
  void hrSeesNoControlThatChangesTheContestInstance() {
    openDemoContestAs("hr", "hr");
    assertThat(mayEdit()).isEqualTo("false");
    assertThat(displayed(TOOLBAR_ACTIONS)).isEmpty();
    assertThat(displayed(VARIABLE_ACTIONS)).isEmpty();
    assertThat(browser.all(By.xpath("//button[.//span[contains(@class,'glyphicon-pencil')]]"))
        .stream().filter(WebElement::isDisplayed).toList()).isEmpty();

    openUserTasksOfADemoFile();
    browser.waitUntil("a file's user tasks in the page",
        driver -> !driver.findElements(TASK_CANDIDATES).isEmpty());
    assertThat(displayed(TASK_CANDIDATES)).isEmpty();
  }

  @Test
  void theAdministratorSeesThem() {
    openDemoContestAs("demo", "demo");
    browser.waitUntil("the engine's answer", driver -> "true".equals(mayEdit()));
    assertThat(displayed(SUSPEND)).hasSize(1);
    assertThat(displayed(TOOLBAR_ACTIONS)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(displayed(VARIABLE_ACTIONS)).isNotEmpty();

    openUserTasksOfADemoFile();
    browser.waitUntil("the task candidates' button", driver -> !displayed(TASK_CANDIDATES)
        .isEmpty());
  }

  /** The demo contest's instance page, its variables listed (controls rendered, maybe hidden). */
  private void openDemoContestAs(String user, String password) {
    String instance = contests.get(1).processInstanceId();
    browser.logIn(Browser.Webapp.COCKPIT, user, password);
    browser.open(browser.url(Browser.Webapp.COCKPIT) + "#/process-instance/" + instance
        + "/runtime?tab=variables-tab");
    browser.waitUntil("the business key", driver -> browser.bodyText().contains("CONCURS-1"));
    browser.waitUntil("the toolbar and the variables in the page", driver ->
        !driver.findElements(TOOLBAR_ACTIONS).isEmpty()
            && !driver.findElements(VARIABLE_ACTIONS).isEmpty());
    browser.waitUntil("the engine's answer", driver -> mayEdit() != null);
  }

  /**
   * The user tasks of a file of the demo contest: the members' selection tasks live in each
   * file's own instance, called by the contest.
   */
  private void openUserTasksOfADemoFile() {
    String file = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(contests.get(1).processInstanceId()).list().get(0).getId();
    browser.open(browser.url(Browser.Webapp.COCKPIT) + "#/process-instance/" + file
        + "/runtime?tab=user-tasks-tab");
  }

  /** What Dosar's Cockpit script learned from the engine: "true", "false", or null not yet. */
  private String mayEdit() {
    Object answer = ((JavascriptExecutor) browser.driver())
        .executeScript("return document.body.dataset.dosarMayEdit || null;");
    return answer == null ? null : answer.toString();
  }

  private List<WebElement> displayed(By locator) {
    return browser.all(locator).stream().filter(WebElement::isDisplayed).toList();
  }
}
