package ro.dosar.cluster;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * Points where a test can hold a node in the middle of a transaction, to kill it there: when the
 * node named {@code dosar.test.node-name} reaches the armed activity (a service task starting,
 * a timer firing), the engine's thread waits inside the transaction of that step (a user's task
 * completion, an asynchronous job, a timer job) until the test lets it go. Added to a
 * {@code ClusterNode} as a source of its application (not a {@code @Configuration}: the other
 * tests' component scan must not find it); nothing of it exists in the application.
 */
public class CrashPoints {

  private static final Map<String, Point> ARMED = new ConcurrentHashMap<>();

  /** One armed point: reached once, then held until released. */
  public static final class Point {
    private final String activityId;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private Point(String activityId) {
      this.activityId = activityId;
    }

    /** Waits until a thread of the node holds at the point; false if none came in time. */
    public boolean awaitReached(long seconds) throws InterruptedException {
      return reached.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets the held thread go on (after the kill: into a dead connection). */
    public void release() {
      released.countDown();
    }
  }

  /** Arms the point of that node at that activity. */
  public static Point arm(String node, String activityId) {
    Point point = new Point(activityId);
    ARMED.put(node, point);
    return point;
  }

  /** Disarms the node's point and lets whatever it holds go on. */
  public static void disarm(String node) {
    Point point = ARMED.remove(node);
    if (point != null) {
      point.release();
    }
  }

  static void reach(String node, String activityId) {
    Point point = ARMED.get(node);
    if (point == null || !point.activityId.equals(activityId)) {
      return;
    }
    ARMED.remove(node, point);
    point.reached.countDown();
    try {
      point.released.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Bean
  ProcessEnginePlugin crashPointsPlugin(@Value("${dosar.test.node-name}") String node) {
    ExecutionListener listener = execution -> reach(node, execution.getCurrentActivityId());
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
          configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseServiceTask(Element element, ScopeImpl scope,
              ActivityImpl activity) {
            activity.addListener(ExecutionListener.EVENTNAME_START, listener);
          }

          @Override
          public void parseIntermediateTimerEventDefinition(Element definition,
              ActivityImpl activity) {
            activity.addListener(ExecutionListener.EVENTNAME_END, listener);
          }
        });
      }
    };
  }
}
