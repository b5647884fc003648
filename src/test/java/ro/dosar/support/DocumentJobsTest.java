package ro.dosar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.documents.PdfRenderer;

/**
 * {@link ProcessTest} with documents made off the user's path by their own asynchronous jobs, as
 * in production, the document store and the PDF renderer spied (so a test can make them fail;
 * {@code @Autowired} gives the spy) and the disciplinary commission {@code djob.*}: one
 * configuration, so the contest's and the disciplinary case's document-job classes share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessTest
@TestPropertySource(properties = {"dosar.documents.asynchronous=true",
    "dosar.discipline.president=djob.p", "dosar.discipline.members=djob.p,djob.m1,djob.m2",
    "dosar.discipline.alternates=djob.a1,djob.a2,djob.a3", "dosar.discipline.secretary=djob.s"})
@MockitoSpyBean(types = {ContestDocuments.class, PdfRenderer.class})
public @interface DocumentJobsTest {
}
