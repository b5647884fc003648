package ro.dosar.contest.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;
import ro.dosar.web.RateLimits;

/**
 * The public pages and their JSON, without login, over the two demo contests: CONCURS-1 at file
 * selection, CONCURS-2 with its selection displayed and its written test being scored.
 */
@DosarTest
class PublicContestPagesTest {

  /** Every demo candidate's name and e-mail: none may appear on a public page. */
  private static final List<String> PERSONAL_DATA = List.of(
      "Ana Pop", "ana.pop@example.ro", "Bogdan Ionescu", "bogdan.ionescu@example.ro",
      "Carmen Dobre", "carmen.dobre@example.ro", "Dorin Lazăr", "dorin.lazar@example.ro",
      "Elena Rusu", "elena.rusu@example.ro", "Florin Neagu", "florin.neagu@example.ro",
      "Gabriel Tudor", "gabriel.tudor@example.ro");

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RateLimits limits;

  Http http;
  long first;
  long second;

  @BeforeEach
  void setUp() {
    http = Http.anonymous(port);
    first = contestId("CONCURS-1");
    second = contestId("CONCURS-2");
  }

  private long contestId(String businessKey) {
    String instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY).processInstanceBusinessKey(businessKey)
        .singleResult().getId();
    return jdbc.sql("SELECT id FROM contest WHERE process_instance_id = ?").param(instance)
        .query(Long.class).single();
  }

  private HttpResponse<String> ok(String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response;
  }

  @Test
  void theListShowsBothPublishedContests() {
    String html = ok("/concursuri").body();
    assertThat(html).contains("Concursuri de recrutare")
        .contains("href=\"/concursuri/" + first + "\"")
        .contains("href=\"/concursuri/" + second + "\"")
        .contains("Referent de specialitate, Serviciul Resurse Umane")
        .contains("Economist, Serviciul Financiar-Contabil")
        .contains("Universitatea de Vest din Timișoara");

    JsonNode json = Http.json(ok("/api/public/contests"));
    List<Long> ids = new ArrayList<>();
    json.forEach(contest -> ids.add(contest.get("id").asLong()));
    assertThat(ids).contains(first, second);
    List<String> keys = new ArrayList<>();
    json.forEach(contest -> keys.add(contest.get("businessKey").asText()));
    assertThat(keys).contains("CONCURS-1", "CONCURS-2");
  }

  @Test
  void theCalendarPageShowsTheDates() {
    Map<String, Object> contest = jdbc.sql("SELECT publication_date, submission_deadline, "
            + "selection_deadline, first_test_date FROM contest WHERE id = ?").param(first)
        .query().singleRow();
    String html = ok("/concursuri/" + first).body();
    assertThat(html).contains("Calendarul concursului")
        .contains(ro(contest.get("publication_date")))
        .contains(ro(contest.get("submission_deadline")) + ", ora 16:00")
        .contains(ro(contest.get("selection_deadline")))
        .contains(ro(contest.get("first_test_date")));

    JsonNode json = Http.json(ok("/api/public/contests/" + first));
    assertThat(json.get("publicationDate").asText())
        .isEqualTo(iso(contest.get("publication_date")));
    assertThat(json.get("submissionDeadline").asText())
        .isEqualTo(iso(contest.get("submission_deadline")));
    assertThat(json.get("submissionDeadlineHour").asText()).startsWith("16:00");
  }

  @Test
  void theResultsShowTheSelectionByCodeButNotTheWrittenTestNotYetDisplayed() {
    List<Long> codes = jdbc.sql("SELECT code FROM candidate WHERE contest_id = ? ORDER BY code")
        .param(second).query(Long.class).list();
    assertThat(codes).hasSize(3);

    String html = ok("/concursuri/" + second + "/rezultate").body();
    assertThat(html).contains("Rezultatele selecției dosarelor")
        .doesNotContain("Rezultatele la proba scrisă")
        .doesNotContain("Rezultatele finale");
    for (long code : codes) {
      assertThat(html).contains("<td>" + code + "</td>");
    }

    JsonNode json = Http.json(ok("/api/public/contests/" + second + "/results"));
    assertThat(json.get("selection")).hasSize(3);
    json.get("selection").forEach(row -> {
      assertThat(codes).contains(row.get("code").asLong());
      assertThat(row.get("result").asText()).isEqualTo("ADMIS");
    });
    assertThat(json.get("tests")).isEmpty();
    assertThat(json.get("finalResults").isNull()).isTrue();

    // CONCURS-1 is still at file selection: nothing displayed yet.
    JsonNode firstResults = Http.json(ok("/api/public/contests/" + first + "/results"));
    assertThat(firstResults.get("selection").isNull()).isTrue();
    assertThat(ok("/concursuri/" + first + "/rezultate").body())
        .contains("Nu au fost afișate încă rezultate");
  }

  @Test
  void noPublicPageOrJsonShowsAnyCandidateNameOrEmail() {
    List<String> paths = new ArrayList<>(List.of("/concursuri", "/api/public/contests"));
    for (long id : List.of(first, second)) {
      paths.addAll(List.of("/concursuri/" + id, "/concursuri/" + id + "/rezultate",
          "/api/public/contests/" + id, "/api/public/contests/" + id + "/results"));
    }
    // The demo data must hold the names, or this test could not fail.
    assertThat(jdbc.sql("SELECT COUNT(*) FROM candidate WHERE full_name IN "
        + "('Ana Pop', 'Elena Rusu')").query(Long.class).single()).isEqualTo(2);
    for (String path : paths) {
      String body = ok(path).body();
      for (String personal : PERSONAL_DATA) {
        assertThat(body).as(path).doesNotContainIgnoringCase(personal);
      }
      assertThat(body).as(path).doesNotContain("@example.ro");
    }
  }

  @Test
  void aMissingContestIsA404InRomanian() {
    HttpResponse<String> page = http.get("/concursuri/999999");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Concursul nu a fost găsit").contains("lang=\"ro\"")
        .doesNotContain("Exception");
    assertThat(http.get("/concursuri/999999/rezultate").statusCode()).isEqualTo(404);
    assertThat(http.get("/concursuri/abc").statusCode()).isEqualTo(404);

    HttpResponse<String> json = http.get("/api/public/contests/999999/results");
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).contains("nu există");
  }

  @Test
  void aContestNotYetPublishedIsNotPublic() {
    jdbc.sql("UPDATE contest SET status = 'APPROVED' WHERE id = ?").param(first).update();
    try {
      assertThat(http.get("/concursuri/" + first).statusCode()).isEqualTo(404);
      assertThat(http.get("/api/public/contests/" + first + "/results").statusCode())
          .isEqualTo(404);
      assertThat(ok("/concursuri").body()).doesNotContain("href=\"/concursuri/" + first + "\"");
    } finally {
      jdbc.sql("UPDATE contest SET status = 'SELECTION' WHERE id = ?").param(first).update();
    }
  }

  @Test
  void pagesAreRomanianAndFitAPhone() {
    for (String path : List.of("/concursuri", "/concursuri/" + second,
        "/concursuri/" + second + "/rezultate")) {
      HttpResponse<String> response = ok(path);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("text/html");
      assertThat(response.body()).as(path).contains("<html lang=\"ro\">")
          .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .contains("/css/public.css");
    }
    assertThat(ok("/concursuri/" + second + "/rezultate").body())
        .contains("<caption>").contains("<th scope=\"col\">Cod candidat</th>");
    assertThat(ok("/css/public.css").body()).contains("max-width");
  }

  /**
   * Issue 18 item 6: the announcement as an HTML page, linked from the list and the calendar:
   * the post, the conditions, the file, the submission window with its hour, each test with its
   * day, hour and place, the bibliography and the contact; days dd.MM.yyyy, hours HH:mm; no
   * candidate.
   */
  @Test
  void theAnnouncementPageShowsTheAnnouncementWithEachTestsHour() {
    Map<String, Object> contest = jdbc.sql("SELECT publication_date, submission_deadline, "
            + "selection_deadline, first_test_date, post_name FROM contest WHERE id = ?")
        .param(first).query().singleRow();
    String interview = runtimeService.getVariable(jdbc.sql(
            "SELECT process_instance_id FROM contest WHERE id = ?").param(first)
        .query(String.class).single(), "interviewDate").toString();

    assertThat(ok("/concursuri").body()).contains("href=\"/concursuri/" + first + "/anunt\"");
    assertThat(ok("/concursuri/" + first).body())
        .contains("href=\"/concursuri/" + first + "/anunt\"")
        .contains(ro(contest.get("first_test_date")) + ", ora 10:00");

    String html = ok("/concursuri/" + first + "/anunt").body();
    assertThat(html)
        .contains("Anunț privind organizarea concursului pentru ocuparea postului")
        .contains((String) contest.get("post_name"))
        .contains("Universitatea de Vest din Timișoara organizează concurs pentru ocuparea a 1 "
            + "post vacant de execuție")
        .contains("Nr. <span>12345/")
        .contains("Încurajăm atât femeile, cât și bărbații să candideze.")
        .contains("Codul COR</dt><dd>242314")
        .contains("Studii superioare (licență)")
        .contains("Gestionarea dosarelor de personal")
        .contains("cunoaște limba română, scris și vorbit;")
        .contains("Studii superioare; vechime minimum 1 an.")
        .contains("Documentele prevăzute la §8.1.4(1) lit. a)–j).")
        .contains(">" + ro(contest.get("publication_date")) + "</time>\n      până la <time")
        .contains(ro(contest.get("submission_deadline")) + ", ora 16:00")
        .contains("Biroul Personal, etaj 1, camera 151, sediul U.V.T.")
        .contains("Legea nr. 53/2003 — Codul muncii; HG nr. 1336/2022.")
        .contains("Ioana Marin, tel. 0256/592159, resurseumane@e-uvt.ro")
        .contains("href=\"/concursuri/" + first + "/rezultate\"");
    assertThat(row(html, "Proba scrisă")).contains(ro(contest.get("first_test_date")))
        .contains("<td>10:00</td>").contains("Sediul U.V.T., Bd. Vasile Pârvan nr. 4, sala 045");
    assertThat(row(html, "Interviul")).contains(ro(java.time.LocalDate.parse(interview)))
        .contains("<td>10:00</td>");
    assertThat(row(html, "Selecția dosarelor")).contains(ro(contest.get("selection_deadline")));
    for (String personal : PERSONAL_DATA) {
      assertThat(html).doesNotContain(personal);
    }

    JsonNode json = Http.json(ok("/api/public/contests/" + first + "/announcement"));
    assertThat(json.get("submission").get("from").asText())
        .isEqualTo(iso(contest.get("publication_date")));
    assertThat(json.get("submission").get("until").asText()).startsWith("16:00");
    JsonNode written = null;
    for (JsonNode step : json.get("steps")) {
      if (step.get("name").asText().equals("Proba scrisă")) {
        written = step;
      }
    }
    assertThat(written).isNotNull();
    assertThat(written.get("date").asText()).isEqualTo(iso(contest.get("first_test_date")));
    assertThat(written.get("hour").asText()).startsWith("10:00");
    assertThat(json.toString()).doesNotContain("candidate").doesNotContain("Ana Pop");

    assertThat(http.get("/concursuri/999999/anunt").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/public/contests/999999/announcement").statusCode()).isEqualTo(404);
  }

  /**
   * The public calendar checker counts checks per network address (120 an hour): the 121st from
   * the same address in the hour is refused with 429 and a Romanian message, nothing checked;
   * the empty form stays available. Every test here calls from 127.0.0.1, so the count is
   * cleared before and after.
   */
  @Test
  void theCalendarCheckerRefusesThe121stCheckOfAnHourFromOneAddressWith429() {
    String check = "/concursuri/verificare-calendar?tip=VACANT&publicare=2025-09-01"
        + "&scrisa=2025-09-23&interviu=2025-09-29";
    limits.reset("calendar-check");
    try {
      for (int i = 1; i <= 120; i++) {
        HttpResponse<String> checked = http.get(check);
        assertThat(checked.statusCode()).as("check " + i).isEqualTo(200);
        assertThat(checked.body()).as("check " + i).contains("Calendar conform");
      }

      HttpResponse<String> refused = http.get(check);

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body()).contains("id=\"eroare\"",
          "Ați trimis prea multe verificări într-o oră. Reîncercați mai târziu.")
          .doesNotContain("Calendar conform");
      assertThat(http.get("/concursuri/verificare-calendar").statusCode()).isEqualTo(200);
    } finally {
      limits.reset("calendar-check");
    }
  }

  /** The table row whose first cell is {@code name}. */
  private static String row(String html, String name) {
    int start = html.indexOf("<td>" + name + "</td>");
    assertThat(start).as("row " + name).isGreaterThanOrEqualTo(0);
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private static String ro(Object day) {
    return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(localDate(day));
  }

  private static String iso(Object day) {
    return localDate(day).toString();
  }

  private static java.time.LocalDate localDate(Object day) {
    return day instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) day;
  }
}
