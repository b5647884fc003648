package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.support.DosarTest;

/**
 * Bad input to Dosar's own API is a client error: a Romanian problem+json 400 naming the field
 * (413, 415, 405, 404 for the other refusals), never a 500, and nothing is changed. Each test is
 * one of the 500s observed in issue 15, sent over HTTP as the user who may call the endpoint.
 */
@DosarTest
@Import(ApiInputLimitsTest.DuplicateEndpoint.class)
class ApiInputLimitsTest {

  static final String LONG = "x".repeat(100_000);
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  Wire hr;

  @BeforeEach
  void client() {
    hr = Wire.to(port).as("hr", "hr");
  }

  @Test
  void disciplineDeadlines_withA100000CharacterSanctionCode_is400NamingIt() {
    Wire.Answer answer = hr.json("POST", "/api/discipline/deadlines", json(Map.of(
        "employeeCategory", "CONTRACTUAL", "offenceDate", "2026-03-02",
        "issueDate", "2026-03-20", "sanctionCode", LONG)));

    assertRefused(answer, 400, "sanctionCode");
  }

  @Test
  void sanctionValidation_withA100000CharacterSanctionCode_is400NamingIt() {
    Wire.Answer answer = hr.json("POST", "/api/discipline/sanctions/validate", json(Map.of(
        "employeeCategory", "CONTRACTUAL", "sanctionCode", LONG)));

    assertRefused(answer, 400, "sanctionCode");
  }

  @Test
  void sanctionValidation_withASanctionCodeLongerThanAnyCode_is400NamingIt() {
    Wire.Answer answer = hr.json("POST", "/api/discipline/sanctions/validate", json(Map.of(
        "employeeCategory", "CONTRACTUAL", "sanctionCode", "C_" + "X".repeat(5000))));

    assertRefused(answer, 400, "sanctionCode");
  }

  @Test
  void paygradeProposal_withOverLongOrNulFields_is400NamingEach_andNothingIsStored() {
    long cycle = jdbc.sql("SELECT MIN(id) FROM function_evaluation_cycle").query(Long.class)
        .single();
    long before = functions();
    Wire unit = Wire.to(port).as("mf.unitate", "mf.unitate");
    String path = "/api/paygrade/cycles/" + cycle + "/proposals";

    assertRefused(unit.json("POST", path, proposal("U".repeat(33), "Unitatea", "Ministerul")),
        400, "unitCode");
    assertRefused(unit.json("POST", path, proposal("UB-01", "U".repeat(301), "Ministerul")),
        400, "unitName");
    assertRefused(unit.json("POST", path, proposal("UB-01", "Unitatea", "M".repeat(301))),
        400, "authorityName");
    assertRefused(unit.json("POST", path, proposal("UB-01", "Unitatea", LONG)),
        400, "authorityName");
    assertRefused(unit.json("POST", path, proposal("UB\u000001", "Unitatea", "Ministerul")),
        400, "unitCode");
    assertRefused(unit.json("POST", path, proposal("UB-01", "Unit\u0000atea", "Ministerul")),
        400, "unitName");
    assertRefused(unit.json("POST", path, proposal("UB-01", "Unitatea", "Minis\u001bterul")),
        400, "authorityName");

    assertThat(functions()).isEqualTo(before);
  }

  @Test
  void complaintNote_withoutKind_orWithTextOver8000Characters_is400_andNoNoteIsStored() {
    Wire officer = Wire.to(port).as("egalitate", "egalitate");
    Wire.Answer registered = officer.json("POST", "/api/equality/complaints", json(Map.of(
        "type", "MORAL_HARASSMENT", "channel", "EMAIL", "description", "Plângere de probă")));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long id = registered.json().get("id").asLong();
    long before = notes(id);

    assertRefused(officer.json("POST", "/api/equality/complaints/" + id + "/notes",
        json(Map.of("text", "Probă"))), 400, "kind");
    assertRefused(officer.json("POST", "/api/equality/complaints/" + id + "/notes",
        json(Map.of("kind", "EVIDENCE", "text", "t".repeat(8001)))), 400, "text");
    assertRefused(officer.json("POST", "/api/equality/complaints/" + id + "/notes",
        json(Map.of("kind", "EVIDENCE", "text", LONG))), 400, "text");

    assertThat(notes(id)).isEqualTo(before);
    Wire.Answer accepted = officer.json("POST", "/api/equality/complaints/" + id + "/notes",
        json(Map.of("kind", "EVIDENCE", "text", "t".repeat(8000))));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    assertThat(notes(id)).isEqualTo(before + 1);
  }

  @Test
  void aFieldOfTheWrongType_is400NamingIt() {
    Wire.Answer answer = hr.json("POST", "/api/discipline/sanctions/validate",
        "{\"employeeCategory\":[\"CONTRACTUAL\"],\"sanctionCode\":\"C_WARNING\"}");

    assertRefused(answer, 400, "employeeCategory");
  }

  @Test
  void malformedJson_is400() {
    assertRefused(hr.json("POST", "/api/discipline/sanctions/validate", "{\"employeeCategory\":"),
        400, "body");
  }

  @Test
  void aControlCharacterOrAnOverLongValueInTheQuery_is400NamingTheParameter() {
    assertRefused(hr.get("/api/calendar/add-working-days?country=ro&days=3&from=2026%00-01-01"), 400,
        "from");
    assertRefused(hr.get("/api/calendar/add-working-days?from=2026-01-05&days=3&country=" + "r".repeat(3000)), 400,
        "country");
  }

  @Test
  void aWrongContentType_is415InRomanian() {
    Wire.Answer answer = hr.send("POST", "/api/discipline/sanctions/validate", "text/plain",
        "employeeCategory=CONTRACTUAL");

    assertRefused(answer, 415, null);
    assertThat(answer.json().get("detail").asText()).contains("nu este acceptat");
  }

  @Test
  void aBodyOverTheLimit_is413InRomanian_declaredOrStreamed() {
    String huge = "{\"employeeCategory\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    assertRefused(hr.json("POST", "/api/discipline/sanctions/validate", huge), 413, null);

    assertRefused(hr.chunked("POST", "/api/discipline/sanctions/validate", "application/json",
        huge), 413, null);
  }

  @Test
  void aWrongMethod_is405InRomanian() {
    assertRefused(hr.send("DELETE", "/api/discipline/sanctions/validate", null, null), 405,
        null);
  }

  @Test
  void anUnknownPath_is404InRomanian() {
    assertRefused(hr.get("/api/nu-exista"), 404, null);
  }

  @Test
  void pathsWithDotDotOrAnEncodedSlash_areRefusedInRomanian() {
    for (String path : List.of("/api/discipline/..%2F..%2Fengine-rest/user",
        "/api/staff/hr%2F..%2Fx", "/api/staff/%2e%2e/hr", "/api/staff/a;b=c",
        "/api/staff//hr")) {
      Wire.Answer answer = hr.get(path);
      assertThat(answer.status()).as(path + " → " + answer.body()).isBetween(400, 404);
      assertThat(answer.header("content-type")).as(path).startsWith("application/problem+json");
      assertThat(answer.json().get("title").asText()).as(path)
          .isIn("Cerere invalidă", "Resursă inexistentă");
    }
  }

  @Test
  void aUniqueKeyViolation_is409WithoutTheDatabasesWords() {
    Wire.Answer answer = hr.json("POST", "/api/test-only/duplicate", "{}");

    assertRefused(answer, 409, null);
    assertThat(answer.body()).doesNotContainIgnoringCase("login_throttle")
        .doesNotContainIgnoringCase("constraint").doesNotContainIgnoringCase("SQL");
  }

  /** Headers over the server's 8 KB limit: Tomcat answered with its own HTML page. */
  @Test
  void headersOverTheLimit_are400InRomanianJson_withoutServerDetails() {
    for (String path : List.of("/api/staff", "/engine-rest/task", "/concursuri")) {
      Wire.Answer answer = hr.header("X-Umplutura", "x".repeat(10 * 1024)).get(path);

      assertRefused(answer, 400, null);
      assertThat(answer.json().get("detail").asText()).as(path).contains("antet");
      assertThat(answer.body()).doesNotContainIgnoringCase("tomcat")
          .doesNotContainIgnoringCase("<html").doesNotContain("at org.");
      assertThat(answer.header("server")).isNull();
    }
  }

  private void assertRefused(Wire.Answer answer, int status, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("content-type")).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.get("title").asText()).isNotBlank()
        .doesNotContain("Bad Request", "Not Found", "Unsupported", "Method Not Allowed",
            "Payload Too Large", "Content Too Large");
    assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
    if (field != null) {
      assertThat(problem.get("field").asText()).isEqualTo(field);
    }
  }

  private long functions() {
    return jdbc.sql("SELECT COUNT(*) FROM evaluated_function").query(Long.class).single();
  }

  private long notes(long complaint) {
    return jdbc.sql("SELECT COUNT(*) FROM complaint_note WHERE case_id = ?").param(complaint)
        .query(Long.class).single();
  }

  private static String proposal(String unitCode, String unitName, String authorityName) {
    return json(Map.of("unitCode", unitCode, "unitName", unitName, "authorityName",
        authorityName, "functions", List.of(Map.of("functionName", "Specialist",
            "occupationalGroup", "Specialiști", "form", Map.of()))));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A real unique-key violation of the database, behind an /api path. */
  @TestConfiguration
  static class DuplicateEndpoint {

    @RestController
    static class Duplicate {

      private final JdbcClient jdbc;

      Duplicate(JdbcClient jdbc) {
        this.jdbc = jdbc;
      }

      @PostMapping("/api/test-only/duplicate")
      void insertTwice() {
        for (int i = 0; i < 2; i++) {
          jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_ms) "
              + "VALUES ('test:duplicate', 1, 0)").update();
        }
      }
    }
  }
}
