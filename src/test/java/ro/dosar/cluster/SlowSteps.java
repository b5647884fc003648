package ro.dosar.cluster;

import java.util.ArrayList;
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
 * A slow step, for a node in a process of its own that a test kills while it works: every
 * service task {@code dosar.test.slow-activity} waits {@code dosar.test.slow-seconds} when it
 * starts, inside its job's transaction, so that the node holds the locks of the jobs it took.
 * Added with {@code spring.main.sources} (not a {@code @Configuration}: the other tests'
 * component scan must not find it); nothing of it exists in the application.
 */
public class SlowSteps {

  @Bean
  ProcessEnginePlugin slowStepsPlugin(@Value("${dosar.test.slow-activity}") String activityId,
      @Value("${dosar.test.slow-seconds}") long seconds) {
    ExecutionListener slow = execution -> Thread.sleep(seconds * 1000);
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
            if (activity.getId().equals(activityId)) {
              activity.addListener(ExecutionListener.EVENTNAME_START, slow);
            }
          }
        });
      }
    };
  }
}
