package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * The production profile on PostgreSQL: the failed-login counts live in the database (what one
 * node counted, every node honours), passwords follow the policy, and the answers carry HSTS and
 * only {@code Secure} cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("postgres")
@DirtiesContext
class ProductionProfileTest {

  static final String ADMIN = "administrator";
  static final String ADMIN_PASSWORD = "Parola-din-mediu-" + System.nanoTime();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> ADMIN);
    registry.add("DOSAR_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
  }

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcClient jdbc;

  private void user(String id, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Ana");
      user.setLastName("Pop");
      user.setEmail(id + "@uvt.ro");
      user.setPassword(password);
      identityService.saveUser(user);
    }
  }

  @Test
  void failedLoginsAreCountedInTheDatabase_soACountAnotherNodeMadeIsHonoured() {
    user("ana.pop", "Cer-Senin-2026!x");
    Wire attacker = Wire.to(port).from("127.0.0.51");
    for (int attempt = 1; attempt <= 6; attempt++) {
      assertThat(attacker.as("ana.pop", "gresit").get("/engine-rest/task").status())
          .isEqualTo(401);
    }
    assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = 'u:ana.pop'")
        .query(Integer.class).single()).isEqualTo(6);
    Wire.Answer refused = Wire.to(port).as("ana.pop", "Cer-Senin-2026!x").get("/engine-rest/task");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("retry-after")).isNotBlank();

    // Another node recorded failures of a user this node never saw.
    user("ion.rusu", "Nor-Alb-2026!x");
    jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_ms) "
        + "VALUES ('u:ion.rusu', 9, :now)").param("now", System.currentTimeMillis()).update();
    assertThat(Wire.to(port).as("ion.rusu", "Nor-Alb-2026!x").get("/engine-rest/task")
        .status()).isEqualTo(429);
  }

  @Test
  void aWeakPasswordIsRefused_byThePolicy_throughTheEngineRest_andTheIdentityService() {
    user("maria.ene", "Munte-Verde-2026!x");
    Wire admin = Wire.to(port).as(ADMIN, ADMIN_PASSWORD);

    Wire.Answer created = admin.json("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"dan.slab\",\"firstName\":\"Dan\",\"lastName\":\"Slab\","
            + "\"email\":\"dan@uvt.ro\"},\"credentials\":{\"password\":\"a\"}}");
    assertThat(created.status()).as(created.body()).isEqualTo(400);
    assertThat(identityService.createUserQuery().userId("dan.slab").count()).isZero();

    Wire.Answer changed = Wire.to(port).as("maria.ene", "Munte-Verde-2026!x").json("PUT",
        "/engine-rest/user/maria.ene/credentials",
        "{\"password\":\"parola\",\"authenticatedUserPassword\":\"Munte-Verde-2026!x\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(400);
    assertThat(identityService.checkPassword("maria.ene", "Munte-Verde-2026!x")).isTrue();

    User weak = identityService.newUser("radu.slab");
    weak.setPassword("radu.slab");
    assertThatThrownBy(() -> identityService.saveUser(weak))
        .hasMessageContaining("politica de parole");
  }

  @Test
  void everyAnswerCarriesHsts_andEveryCookieIsSecure() {
    for (String path : new String[] {"/concursuri", "/plangeri", "/api/public/contests/1/documents",
        "/camunda/app/tasklist/default/"}) {
      assertThat(Wire.to(port).get(path).header("strict-transport-security")).as(path)
          .startsWith("max-age=31536000");
    }

    Wire browser = Wire.to(port);
    Webapp.Visit visit = Webapp.visit(browser);
    Wire.Answer login = visit.on(browser).form(
        "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + ADMIN + "&password=" + ADMIN_PASSWORD);
    assertThat(login.status()).isEqualTo(200);
    java.util.List<String> cookies = new java.util.ArrayList<>(login.setCookies());
    cookies.addAll(browser.get("/camunda/app/tasklist/default/").setCookies());
    assertThat(cookies).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsPattern("(?i);\\s*Secure"));
  }
}
