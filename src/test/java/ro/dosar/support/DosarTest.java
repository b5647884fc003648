package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application as it runs by default (demo profile, demo contest included) on an
 * in-memory H2 database, on a random port.
 * Test classes with the same configuration share one application context and its database (see
 * {@link OneLiveContext}, {@link ContextOrder}): a test creates the people, contests and cases it
 * needs under ids of its own, queries by those ids, and resets what it changes globally (the
 * engine clock, settings). A class that adds properties, profiles or mock beans gets a context of
 * its own, started when it runs and closed before the next configuration starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles({"demo", "test"})
public @interface DosarTest {
}
