package ro.dosar.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * The engine REST matrix of issue 15 against the demo application on a real PostgreSQL server
 * (the production profile with the demo's people and contests), as {@link EngineRestMatrixTest}
 * on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generic-properties.properties.enable-password-policy=false",
        // Plain HTTP in the test: the production profile's HTTPS-only cookies would never be
        // sent back, and Tasklist's login (CSRF cookie) and session would fail for that reason.
        "camunda.bpm.webapp.csrf.enable-secure-cookie=false",
        "camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
        "server.servlet.session.cookie.secure=false"})
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext
class EngineRestMatrixOnPostgresTest extends EngineRestMatrix {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> "demo");
    registry.add("DOSAR_ADMIN_PASSWORD", () -> "demo");
  }
}
