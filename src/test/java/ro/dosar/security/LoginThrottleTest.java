package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.support.DosarTest;

/**
 * Issue 15, item 5: ten wrong passwords for a known user id, spaced to outwait the engine's
 * delays, locked the account for good. Now failed logins only delay — per user and per client
 * address, for HTTP Basic, the webapps' login form and the engine REST's password check — and the
 * delay expires by itself. Time moves with the engine clock, which the throttle reads.
 */
@DosarTest
@TestPropertySource(properties = {
    "dosar.security.login.user-free=3",
    "dosar.security.login.address-free=6",
    "dosar.security.login.first-delay=PT10S",
    "dosar.security.login.user-max-delay=PT1M",
    "dosar.security.login.address-max-delay=PT2M",
    "dosar.security.login.forget-after=PT1H"})
class LoginThrottleTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  long now;

  @BeforeEach
  void freezeTheClock() {
    now = System.currentTimeMillis();
    ClockUtil.setCurrentTime(new Date(now));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  private void later(long seconds) {
    now += seconds * 1000;
    ClockUtil.setCurrentTime(new Date(now));
  }

  @Test
  void twelveWrongPasswordsSpacedOut_doNotLockTheAccount_itWorksOnceTheDelayExpires() {
    Wire attacker = Wire.to(port).from("127.0.0.11");
    for (int attempt = 1; attempt <= 12; attempt++) {
      Wire.Answer answer = attacker.as("membru2", "ghicit-" + attempt)
          .get("/engine-rest/task?maxResults=1");
      assertThat(answer.status()).as("attempt " + attempt).isEqualTo(401);
      later(3 * 60); // past the longest delay
    }

    Wire.Answer owner = Wire.to(port).as("membru2", "membru2").get("/engine-rest/task?maxResults=1");

    assertThat(owner.status()).as(owner.body()).isEqualTo(200);
    assertThat(identityService.checkPassword("membru2", "membru2")).isTrue();
  }

  @Test
  void whileAUserWaits_evenTheRightPasswordIs429WithRetryAfter_inRomanian_untilTheDelayEnds() {
    Wire attacker = Wire.to(port).from("127.0.0.12");
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(attacker.as("membru3", "gresit").get("/api/calendar/non-working-days?year=2026")
          .status()).isEqualTo(401);
    }

    Wire owner = Wire.to(port).as("membru3", "membru3");
    for (String path : new String[] {"/api/calendar/non-working-days?year=2026",
        "/engine-rest/task?maxResults=1"}) {
      Wire.Answer refused = owner.get(path);
      assertThat(refused.status()).as(path).isEqualTo(429);
      assertThat(refused.header("content-type")).startsWith("application/problem+json");
      assertThat(refused.json().get("title").asText()).isEqualTo("Prea multe încercări");
      assertThat(Long.parseLong(refused.header("retry-after"))).isBetween(1L, 10L);
    }

    later(11);
    assertThat(owner.get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
  }

  @Test
  void failuresAreCountedPerClientAddress_acrossUsers_andOtherAddressesAreNotDelayed() {
    Wire shared = Wire.to(port).from("127.0.0.13");
    String[] guessed = {"membru4", "membru5", "membru6", "juridic", "sef", "registratura", "x"};
    for (String user : guessed) {
      assertThat(shared.as(user, "gresit").get("/engine-rest/task?maxResults=1").status())
          .isEqualTo(401);
    }

    assertThat(shared.as("rector", "rector").get("/engine-rest/task?maxResults=1").status())
        .as("the address waits, whoever logs in from it").isEqualTo(429);
    assertThat(Wire.to(port).from("127.0.0.14").as("rector", "rector")
        .get("/engine-rest/task?maxResults=1").status())
        .as("another address does not wait").isEqualTo(200);
    later(11);
    assertThat(shared.as("rector", "rector").get("/engine-rest/task?maxResults=1").status())
        .isEqualTo(200);
  }

  @Test
  void failuresForOneUserFromManyAddresses_delayThatUserFromAnyAddress() {
    for (int address = 21; address <= 24; address++) {
      assertThat(Wire.to(port).from("127.0.0." + address).as("supleant1", "gresit")
          .get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
    }

    assertThat(Wire.to(port).from("127.0.0.25").as("supleant1", "supleant1")
        .get("/engine-rest/task?maxResults=1").status()).isEqualTo(429);
    assertThat(Wire.to(port).from("127.0.0.25").as("supleant2", "supleant2")
        .get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
  }

  @Test
  void theWebappsLoginForm_isThrottledToo_andWorksAgainAfterTheDelay() {
    Wire browser = Wire.to(port).from("127.0.0.31");
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(Webapp.login(browser, "disciplina1", "gresit").status()).isEqualTo(401);
    }

    Wire.Answer refused = Webapp.login(browser, "disciplina1", "disciplina1");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("retry-after")).isNotBlank();
    assertThat(refused.json().get("detail").asText()).contains("Încercați din nou");

    later(11);
    assertThat(Webapp.login(browser, "disciplina1", "disciplina1").status()).isEqualTo(200);
  }

  @Test
  void theEngineRestPasswordCheck_isNoUnlimitedOracle() {
    // The check is the administrator's (others get 403 from the engine).
    Wire hr = Wire.to(port).from("127.0.0.41").as("demo", "demo");
    for (int attempt = 1; attempt <= 4; attempt++) {
      Wire.Answer answer = hr.json("POST", "/engine-rest/identity/verify",
          "{\"username\":\"disciplina2\",\"password\":\"gresit" + attempt + "\"}");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("authenticated").asBoolean()).isFalse();
    }

    Wire.Answer refused = hr.json("POST", "/engine-rest/identity/verify",
        "{\"username\":\"disciplina2\",\"password\":\"disciplina2\"}");
    assertThat(refused.status()).isEqualTo(429);

    later(11);
    Wire.Answer verified = hr.json("POST", "/engine-rest/identity/verify",
        "{\"username\":\"disciplina2\",\"password\":\"disciplina2\"}");
    assertThat(verified.json().get("authenticated").asBoolean()).isTrue();
  }
}
