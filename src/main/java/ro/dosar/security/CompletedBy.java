package ro.dosar.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ro.dosar.tasklist.UserTaskParseListeners;

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
    UserTaskParseListeners.add(configuration, (element, task) ->
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, CompletedBy::assignToTheCaller));
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
