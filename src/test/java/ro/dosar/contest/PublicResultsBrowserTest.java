package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * The public results page of the second demo contest (its selection displayed) renders in
 * headless Chromium, shows the candidates' codes with their results, no name; a screenshot is
 * kept as the test's artifact: {@code target/public-results/rezultate.png}. Skipped where
 * Chromium is not installed.
 */
@DosarTest
class PublicResultsBrowserTest {

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestRepository contests;

  @Test
  void theResultsPageShowsCodesAndResults_noNames() throws IOException {
    long contestId = 2;
    List<Candidate> files = candidates.ofContest(contestId);
    assertThat(files).isNotEmpty();

    browser.open("/concursuri/" + contestId + "/rezultate");

    WebElement heading = browser.visible(By.tagName("h1"));
    assertThat(heading.getText()).contains(contests.get(contestId).postName());
    String page = browser.find(By.tagName("main")).getText();
    for (Candidate candidate : files) {
      assertThat(page).contains(String.valueOf(candidate.code()))
          .doesNotContain(candidate.fullName());
    }
    assertThat(browser.all(By.cssSelector("table caption"))).isNotEmpty();
    assertThat(page).contains("admis");

    Path artifacts = Path.of("target", "public-results");
    browser.saveEvidence(artifacts, "rezultate");
    assertThat(Files.size(artifacts.resolve("rezultate.png"))).isGreaterThan(1000);
  }

  /**
   * The announcement page, reached from the list of contests: each test with its day (dd.MM.yyyy)
   * and hour (HH:mm), the submission window, no candidate; screenshot
   * {@code target/public-results/anunt.png}.
   */
  @Test
  void theAnnouncementPageIsReachedFromTheListAndShowsEachTestsHour() throws IOException {
    long contestId = 1;
    Contest contest = contests.get(contestId);
    browser.open("/concursuri");
    browser.click(By.cssSelector("a[href='/concursuri/" + contestId + "/anunt']"));

    assertThat(browser.visible(By.tagName("h1")).getText())
        .isEqualTo("Anunț privind organizarea concursului pentru ocuparea postului "
            + contest.postName());
    String day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
        .format(contest.firstTestDate());
    List<String> rows = browser.all(By.cssSelector("table tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Proba scrisă " + day
        + " 10:00"));
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Interviul").contains("10:00"));
    assertThat(browser.find(By.id("depunere")).getText()).contains(", ora 16:00");
    String page = browser.find(By.tagName("main")).getText();
    assertThat(page).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    for (Candidate candidate : candidates.ofContest(contestId)) {
      assertThat(page).doesNotContain(candidate.fullName());
    }

    Path artifacts = Path.of("target", "public-results");
    browser.saveEvidence(artifacts, "anunt");
    assertThat(Files.size(artifacts.resolve("anunt.png"))).isGreaterThan(1000);
  }

  @Test
  void theCalendarCheckerShowsEveryBrokenRule_orCalendarConform() throws IOException {
    String page = "/concursuri/verificare-calendar";
    browser.open(page);
    assertThat(browser.visible(By.tagName("h1")).getText())
        .isEqualTo("Verificarea calendarului unui concurs");
    assertThat(browser.find(By.cssSelector("button[type=submit]")).getText())
        .isEqualTo("Verifică calendarul");

    // As the form submits it (GET): a window closed a day past the term and an interview five
    // working days after the written test.
    browser.open(page + "?tip=VACANT&publicare=2025-09-01&depunereDe=2025-09-01"
        + "&depunerePana=2025-09-16&scrisa=2025-09-23&scrisaOra=10:00&interviu=2025-09-30");
    String result = browser.visible(By.id("rezultatVerificare")).getText();
    assertThat(result).contains("Calendarul încalcă 2 reguli", "SUB-02", "15.09.2025",
        "INT-05", "29.09.2025", "8.2.4 alin. (5)");
    Path artifacts = Path.of("target", "public-results");
    browser.saveEvidence(artifacts, "verificare-calendar");

    browser.open(page + "?tip=VACANT&publicare=2025-09-01&scrisa=2025-09-23"
        + "&interviu=2025-09-29");
    assertThat(browser.visible(By.id("rezultatVerificare")).getText())
        .contains("Calendar conform", "23.09.2025").doesNotContain("2025-09");

    browser.open(page + "?tip=VACANT&publicare=2025-09-01");
    assertThat(browser.visible(By.id("eroare")).getText()).startsWith("Probele:");
  }
}
