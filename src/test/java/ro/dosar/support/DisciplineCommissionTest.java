package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link ProcessTest} with the disciplinary commission {@code dsc.*} and the complaint deadlines:
 * one configuration, so the disciplinary case's and the harassment complaint's classes share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessTest
@TestPropertySource(properties = {
    "dosar.equality.complaints.acknowledgement-working-days=3",
    "dosar.equality.complaints.investigation-working-days=20",
    "dosar.equality.complaints.escalation-working-days=2",
    "dosar.equality.complaints.public-requests-per-hour=50",
    "dosar.discipline.president=dsc.p", "dosar.discipline.members=dsc.p,dsc.m1,dsc.m2",
    "dosar.discipline.alternates=dsc.a1,dsc.a2,dsc.a3", "dosar.discipline.secretary=dsc.s"})
public @interface DisciplineCommissionTest {
}
