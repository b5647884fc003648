package ro.dosar.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * At most one live application context, and so one process engine, per test JVM, while test
 * classes of the same configuration share theirs.
 * <p>
 * Spring's context cache would keep every configuration's context open until the JVM ends. The
 * Camunda REST API, the webapps and camunda-bpm-assert find the engine statically by its name
 * ({@code default}), so two live contexts would answer each other's requests, and closing one
 * unregisters the name the other one took. Before a test class whose context is not in the cache
 * loads its own, this closes the one that the previous class used; a class of the same
 * configuration finds it still open and uses it. {@link ContextOrder} runs the classes of one
 * configuration one after another, so each configuration starts once.
 * <p>
 * After each class the engine clock is set back to the real time, so a class that forgot to reset
 * it does not move the next class's deadlines.
 * Registered in {@code META-INF/spring.factories}, ahead of every other listener, so that no
 * listener loads the new context while the old one is open.
 */
public class OneLiveContext implements TestExecutionListener, Ordered {

  private static TestContext live;

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    closePreviousUnlessShared(testContext);
  }

  /** Also here: a class with a per-class test instance is prepared before its beforeAll. */
  @Override
  public void prepareTestInstance(TestContext testContext) {
    closePreviousUnlessShared(testContext);
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    ClockUtil.reset();
  }

  private static synchronized void closePreviousUnlessShared(TestContext testContext) {
    if (live != null && live != testContext && !testContext.hasApplicationContext()
        && live.hasApplicationContext()) {
      live.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
    }
    live = testContext;
  }
}
