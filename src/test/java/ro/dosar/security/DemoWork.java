package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.selection.FileSelectionProcess.Elements;
import ro.dosar.support.Http;

/**
 * The work the demo profile leaves waiting, seen through the engine's Java API (no user, so no
 * authorization applies): the demo contest at file selection, where the competition commission
 * (membru1 president, membru2, membru3) has one selection task per member and file, and what a
 * test reads back after an attempt.
 */
final class DemoWork {

  static final String CONTEST_AT_SELECTION = "Referent de specialitate, Serviciul Resurse Umane";
  static final String CONTEST_AT_SCORING = "Economist, Serviciul Financiar-Contabil";
  static final String SELECTION = "SELECTION";

  private final ProcessEngine engine;

  DemoWork(ProcessEngine engine) {
    this.engine = engine;
  }

  ProcessInstance contest(String postName) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY)
        .variableValueEquals(Variables.POST_NAME, postName)
        .singleResult();
  }

  ProcessInstance contestAtSelection() {
    return contest(CONTEST_AT_SELECTION);
  }

  /** The member's open selection tasks, by file code. */
  List<Task> selectionTasks(String member) {
    return FileSelectionProcess.tasksOf(engine.getTaskService(),
        contestAtSelection().getBusinessKey()).taskDefinitionKey(Elements.SELECT_FILE)
        .taskAssignee(member).list().stream()
        .sorted(Comparator.comparingLong(this::fileCode)).toList();
  }

  /** The member's open selection task on the file with the given code. */
  Task selectionTask(String member, long fileCode) {
    return selectionTasks(member).stream().filter(task -> fileCode(task) == fileCode)
        .findFirst().orElseThrow(() -> new AssertionError(
            "No open selection task of " + member + " on file " + fileCode));
  }

  long fileCode(Task task) {
    return Long.parseLong((String) engine.getTaskService().getVariable(task.getId(),
        Variables.FILE_CODE));
  }

  /** The file codes of the demo contest, ascending. */
  List<Long> fileCodes() {
    return selectionTasks("membru1").stream().map(this::fileCode).toList();
  }

  Task task(String id) {
    return engine.getTaskService().createTaskQuery().taskId(id).singleResult();
  }

  Object variable(String processInstanceId, String name) {
    return engine.getRuntimeService().getVariable(processInstanceId, name);
  }

  List<String> candidates(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(link -> link.getUserId() != null ? link.getUserId() : "group:" + link.getGroupId())
        .toList();
  }

  /** What a refused attempt on a task must leave as it was. */
  record TaskState(String assignee, String owner, Object delegation, List<String> candidates,
      Map<String, Object> variables) {
  }

  TaskState state(String taskId) {
    Task task = task(taskId);
    assertThat(task).as("task " + taskId + " still open").isNotNull();
    return new TaskState(task.getAssignee(), task.getOwner(), task.getDelegationState(),
        candidates(taskId), engine.getTaskService().getVariables(taskId));
  }

  static String selectionForm(String decision) {
    return "{\"variables\":{\"selectionDecision\":{\"value\":\"" + decision + "\"},"
        + "\"noConflictDeclared\":{\"value\":true}}}";
  }

  /** The message of an engine REST refusal: Romanian, no engine code, no SQL. */
  static String message(java.net.http.HttpResponse<String> response) {
    String message = Http.json(response).path("message").asText();
    assertThat(message).as(response.body()).isNotBlank()
        .doesNotContain("ENGINE-", "Exception", "SQL", "Cannot ");
    return message;
  }

  static boolean isCandidateLink(IdentityLink link) {
    return "candidate".equals(link.getType());
  }
}
