package ro.dosar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import ro.dosar.support.DosarTest;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.Http;

/** The default set-up: demo profile, H2 (in memory here; a file under ./data in real use). */
@DosarTest
class ApplicationOnH2Test extends ApplicationContractTest {

  @Override
  String adminUser() {
    return "demo";
  }

  @Override
  String adminPassword() {
    return "demo";
  }

  @Test
  void theDemoUsersCanLogInAsTheirRoles() {
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN)
        .userId("demo").count()).isEqualTo(1);
    for (String[] userAndGroup : new String[][] {{"hr", RoleGroups.HR},
        {"rector", RoleGroups.RECTOR}, {"juridic", RoleGroups.LEGAL},
        {"secretar", RoleGroups.COMMISSION_SECRETARY}, {"sef", RoleGroups.HEAD_OF_STRUCTURE}}) {
      assertThat(identityService.createUserQuery().userId(userAndGroup[0])
          .memberOfGroup(userAndGroup[1]).count()).as(userAndGroup[0]).isEqualTo(1);
      assertThat(identityService.checkPassword(userAndGroup[0], userAndGroup[0])).isTrue();
    }
    assertThat(identityService.createUserQuery().memberOfGroup(RoleGroups.COMMISSION).count())
        .isEqualTo(6);

    HttpResponse<String> asMember = Http.as(port, "membru1", "membru1").get("/api/institutions");
    assertThat(asMember.statusCode()).isEqualTo(200);
    assertThat(Http.json(asMember).findValuesAsText("code")).contains("UVT");
  }

  @Test
  void theMoldovanDemoTenantHasOneOpenCycle_seenOnlyByItsUsers() {
    String cycles = "/engine-rest/process-instance?processDefinitionKey=functionEvaluationCycle";
    var asPayPolicy = Http.json(Http.as(port, "mf.politica", "mf.politica").get(cycles));
    assertThat(asPayPolicy.size()).isEqualTo(1);
    assertThat(asPayPolicy.get(0).get("tenantId").asText()).isEqualTo("MFRM");
    assertThat(Http.as(port, "hr", "hr").get(cycles).body()).isEqualTo("[]");
  }

  @Test
  void theDatabaseIsH2() {
    assertThat(jdbc.sql("SELECT H2VERSION()").query(String.class).single()).startsWith("2.");
  }
}
