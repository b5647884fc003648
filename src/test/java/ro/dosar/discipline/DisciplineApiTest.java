package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.security.Authorizations;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;

/**
 * The disciplinary endpoints in the running application: refused without login, answered for a
 * user in no group (every user may evaluate the deployed catalogue, {@link Authorizations}),
 * with the application's own calendar bean and the deployed decision table.
 */
@ProcessTest
class DisciplineApiTest {

  private static final String USER = "disc.angajat";
  /** Tried with a wrong password: the engine then refuses him for a while (login delay). */
  private static final String LOCKED_OUT_USER = "disc.gresit";
  private static final String PASSWORD = "parola-de-test";
  private static final String DEADLINES = "/api/discipline/deadlines";
  private static final String VALIDATE = "/api/discipline/sanctions/validate";
  private static final String DEADLINES_BODY = """
      {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","knowledgeDate":"2026-03-20",
       "registrationDate":"2026-03-05","communicationDate":"2026-04-02",
       "sanctionCode":"C_WRITTEN_WARNING"}""";
  private static final String VALIDATE_BODY = """
      {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","days":75,
       "hearingHeld":true}""";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  @BeforeEach
  void usersInNoGroup() {
    for (String id : List.of(USER, LOCKED_OUT_USER)) {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
      }
    }
  }

  private Http user() {
    return Http.as(port, USER, PASSWORD);
  }

  @Test
  void givenNoLogin_whenPosting_then401ProblemJson() {
    for (String[] call : List.of(new String[] {DEADLINES, DEADLINES_BODY},
        new String[] {VALIDATE, VALIDATE_BODY})) {
      HttpResponse<String> response = Http.anonymous(port).postJson(call[0], call[1]);

      assertThat(response.statusCode()).as(call[0]).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).as(call[0])
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  @Test
  void givenAWrongPassword_whenPosting_then401() {
    assertThat(Http.as(port, LOCKED_OUT_USER, "parola-gresita")
        .postJson(DEADLINES, DEADLINES_BODY).statusCode()).isEqualTo(401);
  }

  @Test
  void givenAUserInNoGroup_whenAskingTheDeadlines_thenTheyAreCounted() {
    HttpResponse<String> response = user().postJson(DEADLINES, DEADLINES_BODY);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).toString()).isEqualTo("{\"referralDeadline\":\"2026-05-04\","
        + "\"presentToPresidentDue\":\"2026-03-09\",\"hardDeadline\":\"2026-04-20\","
        + "\"hardDeadlineRule\":\"KNOWLEDGE_PLUS_30_DAYS\",\"contestDeadline\":\"2026-05-04\","
        + "\"radiationDate\":\"2027-04-02\"}");
  }

  @Test
  void givenAUserInNoGroup_whenValidatingAnOutOfRangeSanction_then200WithDisc21() {
    HttpResponse<String> response = user().postJson(VALIDATE, VALIDATE_BODY);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Http.json(response).get("valid").asBoolean()).isFalse();
    assertThat(Http.json(response).get("violations").get(0).get("rule").asText())
        .isEqualTo("DISC-21");
  }

  @Test
  void givenAnUnknownSanction_whenAskingTheDeadlines_then400NamingIt() {
    HttpResponse<String> response = user().postJson(DEADLINES,
        DEADLINES_BODY.replace("C_WRITTEN_WARNING", "FINE"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("field").asText()).isEqualTo("sanctionCode");
  }
}
