package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application as it runs by default (demo profile, demo contest included) on an
 * in-memory H2 database, on a random port.
 * Each test class starts it anew and closes it after its last test (@DirtiesContext): the
 * Camunda REST API, the webapps and camunda-bpm-assert find the engine statically by name, so
 * two live application contexts would answer each other's requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles({"demo", "test"})
@DirtiesContext
public @interface DosarTest {
}
