package ro.dosar.equality.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * The demo gives a meaningful monitoring report of the current year for ASEMT, the institution
 * whose gender equality plan is in force: the demo staff with their genders and leadership
 * levels, three training sessions, at least 10 indicators; the demo Equality Officer reads it, a
 * commission member does not. UVT's report says plainly that it has no plan in force.
 */
@DosarTest
class DemoEqualityTest {

  @LocalServerPort
  int port;
  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void theDemoReportOfTheCurrentYear() {
    String path = "/api/equality/report?year=" + calendar.today().getYear();
    HttpResponse<String> answer = Http.as(port, "egalitate", "egalitate")
        .get(path + "&institution=ASEMT");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = Http.json(answer);
    // The demo's equality records belong to ASEMT, whose plan is in force (2026–2029).
    assertThat(report.at("/institution").asText()).isEqualTo("ASEMT");
    assertThat(report.at("/equalityPlan").asText())
        .isEqualTo("Planul pentru egalitate de gen al instituției este în vigoare din "
            + "01.01.2026 până la 31.12.2029.");
    assertThat(report.at("/staff/overall/female").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(report.at("/staff/overall/male").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(report.at("/staff/leadership/0/split/male").asInt()
        + report.at("/staff/leadership/0/split/female").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(report.at("/training/sessionsByType/GENERAL_EQUALITY").asInt()).isEqualTo(1);
    assertThat(report.at("/training/professionalDevelopment/result").asText())
        .isNotEqualTo("NOT_APPLICABLE");
    assertThat(report.at("/indicators/monitored").asInt()).isGreaterThanOrEqualTo(10);
    // UVT, the contest's university, has no plan: its report says so plainly.
    HttpResponse<String> uvt = Http.as(port, "rector", "rector").get(path);
    assertThat(uvt.statusCode()).isEqualTo(200);
    JsonNode uvtReport = Http.json(uvt);
    assertThat(uvtReport.at("/institution").asText()).isEqualTo("UVT");
    assertThat(uvtReport.at("/equalityPlan").asText())
        .startsWith("Instituția nu are un plan pentru egalitate de gen în vigoare");
    assertThat(Http.as(port, "membru1", "membru1").get(path).statusCode()).isEqualTo(403);
  }
}
