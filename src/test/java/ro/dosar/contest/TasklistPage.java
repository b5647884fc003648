package ro.dosar.contest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist (AngularJS) and the Camunda Forms it renders with form-js, as the browser
 * tests drive them. The login inputs have neither id nor name, only ng-model; form-js ids carry a
 * random prefix, so fields are found through their labels.
 */
final class TasklistPage {

  static final By USERNAME =
      By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  static final By PASSWORD =
      By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  static final By LOG_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  static final By CAMUNDA_FORM = By.cssSelector("form.fjs-form");

  private final BrowserSession browser;
  private final int port;

  TasklistPage(BrowserSession browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  /** Logs in; the page is loaded once more when the webapp's loader gave up (a loaded machine). */
  void logIn(String user, String password) {
    String address = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    browser.open(address);
    try {
      browser.visible(USERNAME);
    } catch (org.openqa.selenium.TimeoutException firstLoadGaveUp) {
      browser.open(address);
    }
    browser.type(USERNAME, user);
    browser.type(PASSWORD, password);
    browser.click(LOG_IN);
    browser.gone(LOG_IN);
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

  /** The input or textarea a form-js label belongs to. */
  WebElement fieldLabelled(String text) {
    return browser.find(By.id(browser.find(label(text)).getDomAttribute("for")));
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
}
