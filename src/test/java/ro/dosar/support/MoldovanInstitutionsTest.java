package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link ProcessTest} with two Moldovan institutions, MFRM and MECC, beside UVT: one
 * configuration, so the Moldovan procedures' classes share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessTest
@TestPropertySource(properties = {
    "dosar.institutions[1].code=MFRM",
    "dosar.institutions[1].name=Ministerul Finanțelor al Republicii Moldova",
    "dosar.institutions[1].country=MD",
    "dosar.institutions[2].code=MECC",
    "dosar.institutions[2].name=Ministerul Educației și Cercetării",
    "dosar.institutions[2].country=MD"})
public @interface MoldovanInstitutionsTest {
}
