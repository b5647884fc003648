package ro.dosar.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for the browser tests, one per test class, on the application the class's
 * Spring context runs. Register it as a static field:
 * <pre>{@code @RegisterExtension static final Browser browser = Browser.chromium();}</pre>
 * <ul>
 *   <li>Only Debian's {@code chromium} and {@code chromium-driver} packages are used: the driver's
 *       path is given, so Selenium Manager never runs and nothing is downloaded. The class is
 *       skipped with a clear message where they are missing ({@code .ci/run} installs them).</li>
 *   <li>The browser starts once for the class (a fresh profile directory, deleted at the end);
 *       before each test it forgets the previous test's session: cookies, local and session
 *       storage, extra tabs. Its HTTP cache stays, so the webapps' scripts load once.</li>
 *   <li>A failed test leaves its screenshot, page and console log in
 *       {@code target/browser-failure-<test>.png|html|log}.</li>
 *   <li>Log-in to Tasklist, Cockpit and Admin, and the waits every test needs: each step waits at
 *       most {@link #STEP_TIMEOUT}, checking every {@link #POLL}.</li>
 * </ul>
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback,
    AfterTestExecutionCallback, AfterAllCallback {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The longest a single step (a page, a request, an Angular digest) may take. */
  public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
  /** How often a wait looks again (Selenium's default is 500 ms, most steps take less). */
  public static final Duration POLL = Duration.ofMillis(100);
  /** Where screenshots for the documentation go (docs/tasklist.md shows them). */
  public static final Path SCREENSHOTS = Path.of("docs/screenshots");

  /** The login form of the Camunda webapps: its inputs have neither id nor name. */
  public static final By USERNAME =
      By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  public static final By PASSWORD =
      By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  public static final By LOG_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");

  /** The Camunda webapps, by the path segment of their address. */
  public enum Webapp {
    TASKLIST("tasklist"), COCKPIT("cockpit"), ADMIN("admin");

    private final String path;

    Webapp(String path) {
      this.path = path;
    }
  }

  private final Map<String, String> environment;
  private final List<String> arguments;
  private WebDriver driver;
  private Path profile;
  private String base;

  private Browser(Map<String, String> environment, List<String> arguments) {
    this.environment = environment;
    this.arguments = arguments;
  }

  /** A browser with the machine's language and time zone. */
  public static Browser chromium() {
    return new Browser(Map.of(), List.of());
  }

  /**
   * A browser in the given language and time zone (an English browser far from Bucharest), for
   * tests of what the webapps show whatever the browser's settings.
   */
  public static Browser chromium(String language, String timeZone) {
    return new Browser(Map.of("TZ", timeZone, "LANGUAGE", language),
        List.of("--lang=" + language, "--accept-lang=" + language));
  }

  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  // ---- Lifecycle (JUnit) ----------------------------------------------------------------------

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    assumeTrue(available(), "Browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver "
        + "missing; the Debian packages chromium and chromium-driver are not installed; "
        + ".ci/run installs them");
    base = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port");
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("dosar-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Root, no network, no display: no sandbox, no GPU, nothing that phones home.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    options.addArguments(arguments);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(environment)
        .usingAnyFreePort()
        .build();
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  /**
   * What the previous test left: its tabs, its page, its session (every cookie, whatever its
   * path) and what the webapps stored for the application's origin. The HTTP cache stays.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    List<String> windows = List.copyOf(driver.getWindowHandles());
    for (String extra : windows.subList(1, windows.size())) {
      driver.switchTo().window(extra).close();
    }
    driver.switchTo().window(windows.get(0));
    driver.get("about:blank");
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base,
        "storageTypes", "cookies,local_storage,session_storage,indexeddb"));
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws IOException {
    if (driver != null && context.getExecutionException().isPresent()) {
      saveEvidence(Path.of("target"),
          "browser-failure-" + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        deleteRecursively(profile);
      }
    }
  }

  // ---- Pages ----------------------------------------------------------------------------------

  /** The driver itself, for what the methods here do not offer (windows, cookies). */
  public WebDriver driver() {
    return driver;
  }

  /** The application's address, {@code http://localhost:<port>}. */
  public String base() {
    return base;
  }

  /** The address of a Camunda webapp's start page. */
  public String url(Webapp app) {
    return base + "/camunda/app/" + app.path + "/default/";
  }

  /** Opens an address; a path ("/panou") is taken on the application. */
  public void open(String address) {
    driver.get(address.startsWith("/") ? base + address : address);
  }

  /**
   * Opens a webapp's login page. On a loaded machine the webapps' module loader (RequireJS, 7
   * seconds per plugin) may give up on a plugin the first time the server serves it; the page is
   * then loaded once more, as a person would press F5.
   */
  public void openLoginPage(String address) {
    open(address);
    try {
      visible(USERNAME);
    } catch (TimeoutException firstLoadGaveUp) {
      open(address);
      visible(USERNAME);
    }
  }

  /** Logs in to the webapp as a demo user, whose password is his user name. */
  public void logIn(Webapp app, String user) {
    logIn(app, user, user);
  }

  /**
   * Logs in. The login page may re-render once more after it shows (its first check of the
   * session answers 401), emptying what was typed; a log-in the page did not take is typed and
   * sent again, three times at most.
   */
  public void logIn(Webapp app, String user, String password) {
    openLoginPage(url(app));
    for (int attempt = 1; ; attempt++) {
      type(USERNAME, user);
      type(PASSWORD, password);
      click(LOG_IN);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10), POLL)
            .until(ExpectedConditions.invisibilityOfElementLocated(LOG_IN));
        return;
      } catch (TimeoutException notTaken) {
        if (attempt == 3) {
          gone(LOG_IN);
          return;
        }
      }
    }
  }

  // ---- Elements and waits ---------------------------------------------------------------------

  /** Waits until the element is visible, then returns it. */
  public WebElement visible(By locator) {
    return waiting("visible: " + locator)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until no element matches (or none is displayed). */
  public void gone(By locator) {
    waiting("gone: " + locator).until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  public WebElement find(By locator) {
    return driver.findElement(locator);
  }

  /**
   * Clicks the element once it is visible and enabled. It is first scrolled to the middle of its
   * scrolling pane: Selenium would scroll it just into view, where the webapps' fixed footer
   * covers it. Angular re-renders lists while they refresh, so a click that lands on a replaced
   * or covered element is simply tried again.
   */
  public void click(By locator) {
    waiting("clickable: " + locator)
        .ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
          if (element == null) {
            return false;
          }
          scrollTo(element);
          element.click();
          return true;
        });
  }

  /**
   * Types the text and waits until the field holds exactly it: the webapps' pages re-render
   * while they load and may drop or double what was typed meanwhile, so it is typed again.
   */
  public void type(By locator, String text) {
    visible(locator);
    waitUntil(locator + " = " + text, d -> {
      WebElement field = d.findElement(locator);
      if (!text.equals(field.getDomProperty("value"))) {
        field.clear();
        field.sendKeys(text);
      }
      return text.equals(d.findElement(locator).getDomProperty("value"));
    });
  }

  /** Waits until the condition holds (returns true or a non-null value), up to one step. */
  public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    return waiting(what).until(condition);
  }

  /** The page's visible text. */
  public String bodyText() {
    return find(By.tagName("body")).getText();
  }

  public void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
  }

  // ---- Requests with the browser's session ----------------------------------------------------

  /**
   * What the browser gets for the address with the page's own cookies (its webapp session): the
   * status, the content type and disposition, and the body's first five characters.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> fetch(String href) {
    return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
            + ".then(b => done({status: r.status, type: r.headers.get('Content-Type'),"
            + " disposition: r.headers.get('Content-Disposition'),"
            + " magic: String.fromCharCode(...new Uint8Array(b.slice(0, 5)))})))"
            + ".catch(e => done({error: String(e)}));", href);
  }

  /** A JSON request with the browser's session cookie and CSRF token, as the webapps send it. */
  public HttpResponse<String> request(String method, String path, String body)
      throws IOException, InterruptedException {
    String cookies = driver.manage().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
    String csrf = driver.manage().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(c -> c.getValue())
        .findFirst().orElse("");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Cookie", cookies).header("X-XSRF-TOKEN", csrf)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // ---- Evidence -------------------------------------------------------------------------------

  /** What the page logged to the browser console (warnings and errors). */
  public List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .collect(Collectors.toList());
  }

  /** Saves a screenshot of the window as {@code docs/screenshots/<name>.png}. */
  public void screenshot(String name) throws IOException {
    screenshot(SCREENSHOTS.resolve(name + ".png"));
  }

  /** Saves a screenshot of the window as a PNG file. */
  public void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(screenshot, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Saves a screenshot, the page source and the console log as {@code dir/name.png|html|log}. */
  public void saveEvidence(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    screenshot(dir.resolve(name + ".png"));
    Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    Files.write(dir.resolve(name + ".log"), console());
  }

  private WebDriverWait waiting(String what) {
    WebDriverWait wait = new WebDriverWait(driver, STEP_TIMEOUT, POLL);
    wait.withMessage(what);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
