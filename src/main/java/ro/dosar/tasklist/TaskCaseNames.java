package ro.dosar.tasklist;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every task names its case: when a user task is created, its name (the model's element name,
 * which stays as the process designer wrote it) gets the business key of its case and the case's
 * title in front, e.g. „CONCURS-3 · Inspector de specialitate — Înregistrare dosar de concurs”.
 * Tasklist's list, the task's header and Cockpit show that name, so two contests' tasks no longer
 * look the same. A task of a called process (a test stage, a contestation round) names the case of
 * the instance that called it. Sealed papers stay sealed: the title is the post, never a
 * candidate.
 *
 * <p>One create listener added to every user task of every model when it is parsed, so no model
 * has to declare it and a new model gets it too.
 */
@Component
public class TaskCaseNames extends AbstractProcessEnginePlugin {

  /** Between the business key and the case's title. */
  public static final String KEY_SEPARATOR = " · ";
  /** Between the case and the task's own name. */
  public static final String NAME_SEPARATOR = " — ";
  /** The engine's column for a task's name. */
  static final int MAX_NAME = 255;

  private final ObjectProvider<CaseTitle> titles;

  public TaskCaseNames(ObjectProvider<CaseTitle> titles) {
    this.titles = titles;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParseListeners.add(configuration, (element, task) ->
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, this::name));
  }

  /** Puts the case in front of the task's name. */
  void name(DelegateTask task) {
    String own = task.getName() == null ? "" : task.getName();
    if (!(task.getExecution() instanceof ExecutionEntity execution)) {
      return;
    }
    String businessKey = caseKey(execution);
    if (businessKey == null || businessKey.isBlank() || own.startsWith(businessKey)) {
      return;
    }
    task.setName(caseName(businessKey, titleOf(businessKey), own));
  }

  /** „KEY · title — task” (or „KEY — task” without a title), within the engine's 255 characters. */
  public static String caseName(String businessKey, Optional<String> title, String own) {
    String tail = NAME_SEPARATOR + own;
    String head = businessKey;
    if (title.isPresent() && !title.get().isBlank()) {
      String room = title.get().strip();
      int free = MAX_NAME - head.length() - KEY_SEPARATOR.length() - tail.length();
      if (free >= 8) {
        head += KEY_SEPARATOR + (room.length() > free ? room.substring(0, free - 1) + "…" : room);
      }
    }
    String name = head + tail;
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
  }

  private Optional<String> titleOf(String businessKey) {
    return titles.orderedStream().map(title -> title.titleOf(businessKey))
        .flatMap(Optional::stream).findFirst();
  }

  /** The business key of the task's instance, or of the first instance above it that has one. */
  static String caseKey(ExecutionEntity execution) {
    ExecutionEntity instance = execution.getProcessInstance();
    while (instance != null) {
      if (instance.getBusinessKey() != null && !instance.getBusinessKey().isBlank()) {
        return instance.getBusinessKey();
      }
      ExecutionEntity caller = instance.getSuperExecution();
      instance = caller == null ? null : caller.getProcessInstance();
    }
    return null;
  }
}
