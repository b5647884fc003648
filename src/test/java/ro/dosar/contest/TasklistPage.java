package ro.dosar.contest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ro.dosar.support.Browser;

/**
 * Camunda Tasklist (AngularJS) and the Camunda Forms it renders with form-js, as the browser
 * tests drive them. form-js ids carry a random prefix, so fields are found through their labels.
 */
final class TasklistPage {

  static final By CAMUNDA_FORM = By.cssSelector("form.fjs-form");
  /** Tasklist's own button under the form ("Complete" in the English UI). */
  static final By COMPLETE =
      By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']");
  static final By CLAIM = By.cssSelector("button.claim[ng-click='claim()']");
  /**
   * Tasklist's answer to a refused submission: a red notification at the bottom right of the
   * page, outside the form, "Formularul sarcinii nu a fost acceptat : {Dosar's message}".
   */
  static final By ERROR_NOTIFICATION =
      By.cssSelector(".page-notifications .notifications .alert.alert-danger");
  static final By NOTIFICATION_STATUS = By.cssSelector("strong.status");
  static final By NOTIFICATION_MESSAGE = By.cssSelector("span.message");

  private final Browser browser;

  TasklistPage(Browser browser) {
    this.browser = browser;
  }

  /** Logs in to Tasklist as a demo user (password = user name). */
  void logIn(String user) {
    browser.logIn(Browser.Webapp.TASKLIST, user);
  }

  /** Clicks a saved filter in the left column and waits until Tasklist marks it as active. */
  void openFilter(String name) {
    browser.click(filterLink(name, ""));
    browser.visible(filterLink(name, " and contains(@class,'active')"));
  }

  /** Clicks the task in the list; its form opens on the right. */
  void openTask(String name) {
    browser.click(taskLink(name));
    browser.visible(CAMUNDA_FORM);
  }

  /** Opens the task by its id, as a link to it does, and waits for its form. */
  void openTaskById(String taskId) {
    browser.open(browser.url(Browser.Webapp.TASKLIST) + "#/?task=" + taskId);
    browser.visible(CAMUNDA_FORM);
  }

  /** The input or textarea a form-js label belongs to. */
  WebElement fieldLabelled(String text) {
    return browser.find(By.id(browser.find(label(text)).getDomAttribute("for")));
  }

  /** The form's visible text. */
  String formText() {
    return browser.find(CAMUNDA_FORM).getText();
  }

  /** A Tasklist filter by name; its link also holds the task counter, hence text(). */
  static By filterLink(String name, String extraCondition) {
    return By.xpath("//div[contains(@class,'task-filter')" + extraCondition
        + "]//h4[contains(@class,'name')]/a[normalize-space(text())='" + name + "']");
  }

  static By taskLink(String name) {
    return By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "//h4/a[normalize-space()='" + name + "']");
  }

  /** A form-js field label; text() skips the required asterisk and a nested checkbox. */
  static By label(String text) {
    return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,"
        + "'fjs-form-field-label')][normalize-space(text())='" + text + "']");
  }

  /** The option of a form-js radio group. */
  static By radio(String group, String option) {
    return By.xpath(field("radio", group) + "//label[normalize-space(text())='" + option
        + "']/input[@type='radio']");
  }

  /** A form-js checkbox by its label. */
  static By checkbox(String label) {
    return By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,"
        + "'fjs-form-field-checkbox')]//label[normalize-space(text())='" + label
        + "']/input[@type='checkbox']");
  }

  /** The XPath of a form-js field of the type ("radio", "select", …) with the label. */
  static String field(String type, String label) {
    return "//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field-" + type
        + "')][label[normalize-space(text())='" + label + "']]";
  }
}
