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
 * The demo gives a meaningful monitoring report of the current year: the demo staff with their
 * genders and leadership levels, three training sessions, at least 10 indicators; the demo
 * Equality Officer and Director read it, a commission member does not.
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
    HttpResponse<String> answer = Http.as(port, "egalitate", "egalitate").get(path);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = Http.json(answer);
    assertThat(report.at("/institution").asText()).isEqualTo("UVT");
    assertThat(report.at("/staff/overall/female").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(report.at("/staff/overall/male").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(report.at("/staff/leadership/0/split/male").asInt()
        + report.at("/staff/leadership/0/split/female").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(report.at("/training/sessionsByType/GENERAL_EQUALITY").asInt()).isEqualTo(1);
    assertThat(report.at("/training/professionalDevelopment/result").asText())
        .isNotEqualTo("NOT_APPLICABLE");
    assertThat(report.at("/indicators/monitored").asInt()).isGreaterThanOrEqualTo(10);
    assertThat(Http.as(port, "rector", "rector").get(path).statusCode()).isEqualTo(200);
    assertThat(Http.as(port, "membru1", "membru1").get(path).statusCode()).isEqualTo(403);
  }
}
