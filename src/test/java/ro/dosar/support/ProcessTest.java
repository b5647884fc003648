package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application without demo data, on an in-memory H2 database and a random port, with
 * process coverage recorded per test class (target/process-test-coverage/). Scenario tests create
 * the people and contests they need.
 * Test classes with the same configuration share one application context and its database (see
 * {@link OneLiveContext}, {@link ContextOrder}): a test creates the people, contests and cases it
 * needs under ids of its own, queries by those ids, and resets what it changes globally (the
 * engine clock, settings). A class that adds properties, profiles or mock beans gets a context of
 * its own, started when it runs and closed before the next configuration starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"dosar.institutions[0].code=UVT",
        "dosar.institutions[0].name=Universitatea de Vest din Timișoara",
        "dosar.institutions[0].country=RO",
        // Scenario tests exercise the gender equality plan's checks: their UVT has a plan.
        "dosar.institutions[0].equality-plan.from=2000-01-01"},
    classes = ro.dosar.DosarApplication.class)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public @interface ProcessTest {
}
