package ro.dosar.contest;

import java.io.IOException;
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
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, for tests that click through the Camunda webapps.
 * Only Debian's {@code chromium} and {@code chromium-driver} packages are used: the driver's path
 * is given, so Selenium Manager never runs and nothing is downloaded. Each session has a fresh
 * profile directory, deleted on {@link #close()}.
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The longest a single step (a page, a request, an Angular digest) may take. */
  static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final Path profile;

  private BrowserSession(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static BrowserSession start() throws IOException {
    return start(Map.of(), List.of());
  }

  /**
   * A browser in the given language and time zone (an English browser far from Bucharest), for
   * tests of what the webapps show whatever the browser's settings.
   */
  static BrowserSession start(String language, String timeZone) throws IOException {
    return start(Map.of("TZ", timeZone, "LANGUAGE", language),
        List.of("--lang=" + language, "--accept-lang=" + language));
  }

  private static BrowserSession start(Map<String, String> environment, List<String> arguments)
      throws IOException {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("dosar-chromium-");
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
      return new BrowserSession(new ChromeDriver(service, options), profile);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  /** The driver itself, for what the methods here do not offer (scripts in the page). */
  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits until the element is visible, then returns it. */
  WebElement visible(By locator) {
    return waiting("visible: " + locator)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until no element matches (or none is displayed). */
  void gone(By locator) {
    waiting("gone: " + locator).until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  WebElement find(By locator) {
    return driver.findElement(locator);
  }

  /**
   * Clicks the element once it is visible and enabled. It is first scrolled to the middle of its
   * scrolling pane: Selenium would scroll it just into view, where the webapps' fixed footer
   * covers it. Angular re-renders lists while they refresh, so a click that lands on a replaced
   * or covered element is simply tried again.
   */
  void click(By locator) {
    waiting("clickable: " + locator)
        .ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
          if (element == null) {
            return false;
          }
          ((JavascriptExecutor) d).executeScript(
              "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
          element.click();
          return true;
        });
  }

  void type(By locator, String text) {
    WebElement field = visible(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** Waits until the condition holds (returns true or a non-null value), up to one step. */
  <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    return waiting(what).until(condition);
  }

  /** What the page logged to the browser console (warnings and errors). */
  List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .collect(Collectors.toList());
  }

  /** Saves a screenshot of the window as a PNG file. */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(screenshot, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Saves a screenshot, the page source and the console log as {@code dir/name.png|html|log}. */
  void saveEvidence(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(screenshot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    Files.write(dir.resolve(name + ".log"), console());
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  private WebDriverWait waiting(String what) {
    WebDriverWait wait = new WebDriverWait(driver, STEP_TIMEOUT);
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
