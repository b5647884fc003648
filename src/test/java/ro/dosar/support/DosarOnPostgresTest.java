package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as {@link DosarTest} runs it (demo profile: the demo's people, contests,
 * cases and cycles), on a real PostgreSQL server under the production profile ({@code postgres}),
 * on a random port: a fresh database of {@link EmbeddedPostgresServer} per context start.
 * <p>
 * Every class with this annotation and nothing else added has the same configuration, so the
 * PostgreSQL classes share ONE application context ({@link OneLiveContext}, {@link ContextOrder}),
 * started once for all of them: the database comes from an initializer named here
 * ({@link EmbeddedPostgresServer.FreshDatabase}), not from a {@code @DynamicPropertySource} method
 * of each class (a method of its own would make each class a configuration of its own). As on
 * H2, a class creates what it needs under keys of its own and queries by them.
 * <p>
 * The job executor is off: the tests run the jobs they need themselves. The password policy is
 * off for the demo's passwords (equal to the user ids). Plain HTTP: the production profile's
 * HTTPS-only cookies would never be sent back, and Tasklist's login (CSRF cookie) and session
 * would fail for that reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generic-properties.properties.enable-password-policy=false",
    "camunda.bpm.webapp.csrf.enable-secure-cookie=false",
    "camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
    "server.servlet.session.cookie.secure=false",
    "DOSAR_ADMIN_USER=demo",
    "DOSAR_ADMIN_PASSWORD=demo"})
@ActiveProfiles({"demo", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresServer.FreshDatabase.class)
public @interface DosarOnPostgresTest {
}
