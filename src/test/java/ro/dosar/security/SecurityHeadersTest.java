package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.DosarTest;

/**
 * Issue 15, item 9: the public pages sent no CSP, X-Frame-Options or nosniff and could be
 * framed. Every kind of page and answer now carries them: public pages, the API, the engine
 * REST, the Camunda webapps (with their own policy) and error answers. No HSTS in the demo
 * profile (plain HTTP on a laptop); the postgres profile's is in {@link ProductionProfileTest}.
 */
@DosarTest
class SecurityHeadersTest {

  @LocalServerPort
  int port;

  @Test
  void everyKindOfPage_cannotBeFramed_norSniffed_andLeaksNoReferrer() {
    Wire anonymous = Wire.to(port);
    Wire hr = Wire.to(port).as("hr", "hr");
    Map<String, Wire.Answer> pages = Map.of(
        "contest list", anonymous.get("/concursuri"),
        "unknown contest", anonymous.get("/concursuri/999999"),
        "complaint page", anonymous.get("/plangeri"),
        "public api", anonymous.get("/api/public/contests"),
        "api", hr.get("/api/calendar/non-working-days?year=2026"),
        "api refusal", anonymous.get("/api/staff"),
        "engine rest", hr.get("/engine-rest/version"),
        "tasklist", anonymous.get("/camunda/app/tasklist/default/"),
        "webapp api", anonymous.get("/camunda/api/admin/auth/user/default"),
        "unknown page", anonymous.get("/nu-exista"));

    pages.forEach((page, answer) -> {
      assertThat(answer.status()).as(page).isLessThan(500);
      assertThat(answer.header("x-frame-options")).as(page).isEqualTo("DENY");
      assertThat(answer.header("x-content-type-options")).as(page).isEqualTo("nosniff");
      assertThat(answer.header("referrer-policy")).as(page)
          .isEqualTo("strict-origin-when-cross-origin");
      assertThat(answer.header("content-security-policy")).as(page)
          .contains("frame-ancestors 'none'").doesNotContain("\n");
      assertThat(answer.header("strict-transport-security")).as(page).isNull();
    });
  }

  @Test
  void publicPages_runOnlyDosarsOwnScripts() {
    Wire.Answer page = Wire.to(port).get("/plangeri");

    assertThat(page.header("content-security-policy")).contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.body()).contains("<script src=\"/js/plangeri.js\"></script>")
        .doesNotContain("<script>");
    assertThat(Wire.to(port).get("/js/plangeri.js").body()).contains("/api/public/complaints");
  }

  @Test
  void theCamundaWebapps_keepTheirOwnPolicy_withTheNonceOfTheirScripts() {
    Wire.Answer tasklist = Wire.to(port).get("/camunda/app/tasklist/default/");

    assertThat(tasklist.header("content-security-policy")).contains("'nonce-")
        .contains("frame-ancestors 'none'");
  }
}
