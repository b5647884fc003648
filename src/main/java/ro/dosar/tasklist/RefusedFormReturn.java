package ro.dosar.tasklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A form the server's check refused stays with the user who submitted it. Some checks run after
 * the task (a service task checks the commissions or the announcement, a gateway sends the
 * procedure back to the same task with the violations): without this, the new task would land
 * unassigned in the group's list, and the user who pressed „Finalizează” would see his task
 * vanish as if it had been accepted.
 *
 * <p>A model marks such a task with the extension property {@value #PROPERTY}, naming the variable
 * that holds the check's violations (the form shows it at its top). When the task is created
 * again and that variable is not blank, it is assigned to the user who completed it last in the
 * same instance, if he still may work it (candidate user, or member of a candidate group).
 * Otherwise it goes to the group as before. Refusals of the form itself ({@link FormRejection})
 * never leave the task: the submission is refused and the form keeps what the user typed.
 */
@Component
public class RefusedFormReturn extends AbstractProcessEnginePlugin {

  /** The extension property naming the variable with the check's violations. */
  public static final String PROPERTY = "refusalVariable";

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParseListeners.add(configuration, (element, task) -> {
      String variable = property(element);
      if (variable != null) {
        task.addTaskListener(TaskListener.EVENTNAME_CREATE,
            delegate -> returnToSubmitter(delegate, variable));
      }
    });
  }

  /** The value of the task's {@value #PROPERTY} extension property, or null. */
  static String property(Element task) {
    Element extensions = task.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(new org.camunda.bpm.engine.impl.util.xml.Namespace(CAMUNDA_NS),
            "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(
        new org.camunda.bpm.engine.impl.util.xml.Namespace(CAMUNDA_NS), "property")) {
      if (PROPERTY.equals(property.attribute("name"))) {
        String value = property.attribute("value");
        return value == null || value.isBlank() ? null : value.strip();
      }
    }
    return null;
  }

  static void returnToSubmitter(DelegateTask task, String variable) {
    Object violations = task.getVariable(variable);
    if (task.getAssignee() != null || violations == null || violations.toString().isBlank()) {
      return;
    }
    // The engine's own look-ups: the submitter need not be allowed to read history or groups.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      HistoryService history = Context.getProcessEngineConfiguration().getHistoryService();
      List<HistoricTaskInstance> earlier = history.createHistoricTaskInstanceQuery()
          .processInstanceId(task.getProcessInstanceId())
          .taskDefinitionKey(task.getTaskDefinitionKey())
          .orderByHistoricActivityInstanceStartTime().desc().list();
      earlier.stream()
          .filter(previous -> !previous.getId().equals(task.getId()))
          .map(HistoricTaskInstance::getAssignee)
          .filter(assignee -> assignee != null)
          .findFirst()
          .filter(submitter -> mayWork(task, submitter))
          .ifPresent(task::setAssignee);
      return null;
    });
  }

  /** Whether the user is a candidate of the task, himself or through one of his groups. */
  static boolean mayWork(DelegateTask task, String userId) {
    IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (userId.equals(link.getUserId())
          || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }
}
