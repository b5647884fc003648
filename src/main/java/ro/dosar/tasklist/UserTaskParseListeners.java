package ro.dosar.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The one way Dosar's engine plugins reach every user task of every model: a parse listener,
 * added after the models' own, that hands each user task's XML element and definition to the
 * plugin (which adds its task listeners there).
 */
public final class UserTaskParseListeners {

  /** What a plugin does with each user task as its model is parsed. */
  @FunctionalInterface
  public interface OnUserTask {
    void parsed(Element element, TaskDefinition task);
  }

  private UserTaskParseListeners() {
  }

  /** Adds {@code onUserTask} to the engine's post-parse listeners; call it from {@code preInit}. */
  public static void add(ProcessEngineConfigurationImpl configuration, OnUserTask onUserTask) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          onUserTask.parsed(element, behavior.getTaskDefinition());
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
