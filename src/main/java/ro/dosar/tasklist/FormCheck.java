package ro.dosar.tasklist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The server-side re-check of a submitted task form, as the "end" execution listener a model
 * names ({@code camunda:delegateExpression="${…Check}"}). It runs only when the user completed
 * the task: when the task is cancelled (an interrupting boundary event, an event subprocess, a
 * cancelled instance) nothing was submitted, so there is nothing to check and nothing to record.
 * A check throws {@link FormRejection} to refuse the submission.
 */
@FunctionalInterface
public interface FormCheck extends ExecutionListener {

  /** Checks (and records) what the user submitted with the completed task. */
  void check(DelegateExecution task) throws Exception;

  @Override
  default void notify(DelegateExecution execution) throws Exception {
    if (!execution.isCanceled()) {
      check(execution);
    }
  }
}
