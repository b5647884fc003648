package ro.dosar.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Who decided is the user who completed the task: a group task (a Working Group's examination,
 * an Equality Officer's acknowledgement) that a member of its group completes through the engine
 * REST API without claiming it first would otherwise end with no assignee, and its history would
 * not say who decided. At completion, a task without an assignee is assigned to the
 * authenticated user who completes it. Tasklist claims before it completes, so there nothing
 * changes; a completion by the system (no user: timers, the Java API in the procedures' own
 * steps) stays as it is.
 *
 * <p>One complete listener added to every user task of every model when it is parsed, after the
 * model's own listeners.
 */
@Component
public class CompletedBy extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
              CompletedBy::assignToTheCaller);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void assignToTheCaller(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    Authentication caller = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null) {
      task.setAssignee(caller.getUserId());
    }
  }
}
