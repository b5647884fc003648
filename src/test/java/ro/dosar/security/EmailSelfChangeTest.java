package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.DosarTest;

/**
 * Issue 15, item 5: users changed their own e-mail address, where convocations go. Now only HR
 * (through the staff register) and administrators change it; the user keeps the rest of his
 * profile. Each refusal is read back: the address is what it was.
 */
@DosarTest
class EmailSelfChangeTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  private String email(String user) {
    return identityService.createUserQuery().userId(user).singleResult().getEmail();
  }

  private static String profile(String id, String first, String last, String email) {
    return ApiInputLimitsTest.json(java.util.Map.of("id", id, "firstName", first, "lastName",
        last, "email", email));
  }

  @Test
  void aUserCannotChangeHisOwnEmail_throughTheEngineRest_butKeepsTheRestOfHisProfile() {
    Wire membru1 = Wire.to(port).as("membru1", "membru1");

    Wire.Answer refused = membru1.json("PUT", "/engine-rest/user/membru1/profile",
        profile("membru1", "Adrian", "Georgescu", "atacator@exemplu.ro"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(email("membru1")).isEqualTo("membru1@dosar.example");

    Wire.Answer renamed = membru1.json("PUT", "/engine-rest/user/membru1/profile",
        profile("membru1", "Adrian-Mihai", "Georgescu", "membru1@dosar.example"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(204);
    User user = identityService.createUserQuery().userId("membru1").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Adrian-Mihai");
    assertThat(user.getEmail()).isEqualTo("membru1@dosar.example");
  }

  @Test
  void aUserCannotChangeHisOwnEmail_fromHisProfileInTheWebapps() {
    Wire browser = Wire.to(port);
    Webapp.Visit session = Webapp.session(browser, "membru5", "membru5");

    Wire.Answer refused = session.on(browser).json("PUT",
        "/camunda/api/engine/engine/default/user/membru5/profile",
        profile("membru5", "Sorin", "Vasilescu", "atacator@exemplu.ro"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(email("membru5")).isEqualTo("membru5@dosar.example");
  }

  @Test
  void hrChangesAnEmail_throughTheStaffRegister_andOthersCannot() {
    Wire.Answer byMember = Wire.to(port).as("membru2", "membru2").json("PUT",
        "/api/staff/membru2/email", "{\"email\":\"atacator@exemplu.ro\"}");
    assertThat(byMember.status()).isEqualTo(403);
    assertThat(email("membru2")).isEqualTo("membru2@dosar.example");

    Wire hr = Wire.to(port).as("hr", "hr");
    assertThat(hr.json("PUT", "/api/staff/membru2/email", "{\"email\":\"nu-este-adresa\"}")
        .status()).isEqualTo(400);
    assertThat(hr.json("PUT", "/api/staff/nimeni/email", "{\"email\":\"a@b.ro\"}").status())
        .isEqualTo(404);
    Wire.Answer changed = hr.json("PUT", "/api/staff/membru2/email",
        "{\"email\":\"cristina.munteanu@uvt.ro\"}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(email("membru2")).isEqualTo("cristina.munteanu@uvt.ro");
    assertThat(identityService.checkPassword("membru2", "membru2")).isTrue();
  }

  @Test
  void anAdministratorChangesAnEmail_throughTheEngineRest() {
    Wire.Answer changed = Wire.to(port).as("demo", "demo").json("PUT",
        "/engine-rest/user/membru3/profile",
        profile("membru3", "Dan", "Constantinescu", "dan.constantinescu@uvt.ro"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    assertThat(email("membru3")).isEqualTo("dan.constantinescu@uvt.ro");
  }
}
