package ro.dosar.tasklist;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who decided, for a task that records a person's own decision (a member's opinion, score sheet,
 * separate opinion): the authenticated user who completes the task, never a variable a client
 * could have sent. The process variable that named the member (the multi-instance element, which
 * the process also made the task's assignee, and which only the process and the commission-change
 * procedure set) stands only where no user is authenticated (the engine's own jobs, tests through
 * the Java API) or where an administrator completes the task on the member's behalf.
 */
public final class Decider {

  private Decider() {
  }

  public static String of(DelegateExecution execution, String memberVariable) {
    Authentication user = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of()
        : user.getGroupIds();
    if (user != null && user.getUserId() != null && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      return user.getUserId();
    }
    return (String) execution.getVariable(memberVariable);
  }
}
