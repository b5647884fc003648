package ro.dosar.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.gender.Gender;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * The staff register (HR master data): HR records an employee's gender, category, leadership
 * level and period on staff; bad input is refused with a Romanian message and changes nothing;
 * nobody else reads or writes it.
 */
@DosarTest
class StaffRegisterTest {

  @LocalServerPort
  int port;

  @Autowired
  StaffRepository staff;

  private Http hr() {
    return Http.as(port, "hr", "hr");
  }

  @Test
  void hrRecordsTheWholeMasterRecord() {
    HttpResponse<String> saved = hr().putJson("/api/staff/ana.test", """
        {"fullName": "Ana Test", "department": "Direcția Sănătate", "gender": "F",
         "employeeCategory": "contractual", "leadershipLevel": "HEAD_OF_SERVICE",
         "activeFrom": "2024-03-01"}""");

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(Http.json(saved).get("gender").asText()).isEqualTo("FEMALE");
    StaffRecord record = staff.findRecord("ana.test").orElseThrow();
    assertThat(record.gender()).isEqualTo(Gender.FEMALE);
    assertThat(record.employeeCategory()).isEqualTo("CONTRACTUAL");
    assertThat(record.leadershipLevel()).isEqualTo("HEAD_OF_SERVICE");
    assertThat(record.leadershipPost()).as("a head of service holds a leadership post").isTrue();
    assertThat(record.activeTo()).isNull();
    assertThat(staff.find("ana.test").orElseThrow().gender()).isEqualTo(Gender.FEMALE);
    assertThat(Http.json(hr().get("/api/staff/ana.test")).get("department").asText())
        .isEqualTo("Direcția Sănătate");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    hr().putJson("/api/staff/ion.test", """
        {"fullName": "Ion Test", "department": "D.R.U.", "gender": "MALE"}""");

    HttpResponse<String> unknownGender = hr().putJson("/api/staff/ion.test", """
        {"fullName": "Ion Test", "department": "D.R.U.", "gender": "X"}""");
    HttpResponse<String> contradictory = hr().putJson("/api/staff/ion.test", """
        {"fullName": "Ion Test", "department": "D.R.U.", "gender": "FEMALE",
         "leadershipLevel": "EXECUTION", "leadershipPost": true}""");
    HttpResponse<String> endsBeforeStart = hr().putJson("/api/staff/ion.test", """
        {"fullName": "Ion Test", "department": "D.R.U.", "gender": "FEMALE",
         "activeFrom": "2026-05-01", "activeTo": "2026-04-30"}""");
    HttpResponse<String> noName = hr().putJson("/api/staff/ion.test", """
        {"department": "D.R.U.", "gender": "FEMALE"}""");

    assertThat(unknownGender.statusCode()).isEqualTo(400);
    assertThat(unknownGender.body()).contains("Genul „X” nu este cunoscut");
    assertThat(contradictory.statusCode()).isEqualTo(400);
    assertThat(contradictory.body()).contains("nu este o funcție de conducere");
    assertThat(endsBeforeStart.statusCode()).isEqualTo(400);
    assertThat(endsBeforeStart.body()).contains("nu poate fi înaintea datei angajării");
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(noName.body()).contains("Numele complet este obligatoriu");
    assertThat(staff.findRecord("ion.test").orElseThrow().gender()).isEqualTo(Gender.MALE);
  }

  @Test
  void onlyHrKeepsTheRegister() {
    assertThat(Http.as(port, "membru1", "membru1").get("/api/staff").statusCode())
        .isEqualTo(403);
    assertThat(Http.as(port, "rector", "rector").putJson("/api/staff/membru1", """
        {"fullName": "X", "department": "Y", "gender": "FEMALE"}""").statusCode())
        .isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/staff").statusCode()).isEqualTo(401);
    assertThat(hr().get("/api/staff/nobody").statusCode()).isEqualTo(404);
    assertThat(Http.json(hr().get("/api/staff")).size()).isGreaterThan(3);
  }
}
