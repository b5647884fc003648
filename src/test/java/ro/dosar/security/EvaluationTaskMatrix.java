package ro.dosar.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.evaluation.PerformanceEvaluationProcess;
import ro.dosar.evaluation.PerformanceEvaluationProcess.Elements;
import ro.dosar.security.EngineRestMatrix.Target;
import ro.dosar.support.TestLogin;

/**
 * Who may do what with a performance evaluation's task through the engine REST API (issue 15):
 * the evaluation's actors and the rest of the demo (columns) × the operations of
 * {@link EngineRestMatrix} (rows). HR opens here an evaluation of {@code salariat} for a year of
 * its own (business key {@code EVALUARE-salariat-<year>}); the task is his evaluator's
 * ({@code sef}, head of his unit) evaluation report. {@code salariat} is the evaluated employee;
 * {@code hr} (and {@code secretar}, also HR) and {@code rector} follow every evaluation (HR also
 * reads its open tasks, read-only); {@code juridic} and {@code membru1} are outsiders;
 * {@code mf.politica} is another institution's user. {@code A} = allowed, {@code R} = refused and
 * nothing changed.
 * Run on H2 ({@link EvaluationTaskMatrixTest}) and on PostgreSQL
 * ({@link EvaluationTaskMatrixOnPostgresTest}).
 */
abstract class EvaluationTaskMatrix extends ProcedureTaskMatrix {

  static final String MATRIX = """
      operation                      sef salariat hr secretar rector juridic membru1 mf.politica anonymous
      READ_TASK                      A   R        A  A        R      R       R       R           R
      READ_TASK_VARIABLES            A   R        A  A        R      R       R       R           R
      READ_VARIABLE_NOT_IN_FORM      R   R        R  R        R      R       R       R           R
      PUT_TASK_VARIABLE              R   R        R  R        R      R       R       R           R
      PUT_TASK_LOCAL_VARIABLE        R   R        R  R        R      R       R       R           R
      MODIFY_TASK_VARIABLES          R   R        R  R        R      R       R       R           R
      DELETE_TASK_VARIABLE           R   R        R  R        R      R       R       R           R
      ADD_CANDIDATE                  R   R        R  R        R      R       R       R           R
      SET_ASSIGNEE                   R   R        R  R        R      R       R       R           R
      SET_OWNER                      R   R        R  R        R      R       R       R           R
      DELEGATE                       R   R        R  R        R      R       R       R           R
      CLAIM_FOR_OUTSIDER             R   R        R  R        R      R       R       R           R
      CLAIM_FOR_ONESELF              A   R        R  R        R      R       R       R           R
      SUBMIT_FORM_WITH_FOREIGN_FIELD R   R        R  R        R      R       R       R           R
      SUBMIT_FORM                    A   R        R  R        R      R       R       R           R
      COMPLETE                       A   R        R  R        R      R       R       R           R
      CORRELATE_MESSAGE_TO_ALL       R   R        R  R        R      R       R       R           R
      CORRELATE_MESSAGE_BY_KEY       R   R        R  R        R      R       R       R           R
      SIGNAL                         R   R        R  R        R      R       R       R           R
      PUT_INSTANCE_VARIABLE          R   R        R  R        R      R       R       R           R
      PUT_EXECUTION_LOCAL_VARIABLE   R   R        R  R        R      R       R       R           R
      READ_PROCESS_INSTANCE          R   R        A  A        A      R       R       R           R
      SUSPEND_PROCESS_INSTANCE       R   R        R  R        R      R       R       R           R
      DELETE_PROCESS_INSTANCE        R   R        R  R        R      R       R       R           R
      READ_HISTORY_PROCESS_INSTANCE  R   R        A  A        A      R       R       R           R
      READ_HISTORY_VARIABLES         R   R        A  A        A      R       R       R           R
      """;

  /** Notes 1–5 for three objectives and the ten criteria every position has. */
  private static final String REPORT = "{\"variables\":{"
      + "\"objective1\":{\"value\":\"Rapoarte lunare la termen\"},\"objectiveNote1\":{\"value\":5},"
      + "\"objective2\":{\"value\":\"Arhivarea dosarelor\"},\"objectiveNote2\":{\"value\":4},"
      + "\"objective3\":{\"value\":\"Inventarul anual\"},\"objectiveNote3\":{\"value\":4},"
      + "\"criterionNote1\":{\"value\":5},\"criterionNote2\":{\"value\":5},"
      + "\"criterionNote3\":{\"value\":4},\"criterionNote4\":{\"value\":4},"
      + "\"criterionNote5\":{\"value\":4},\"criterionNote6\":{\"value\":5},"
      + "\"criterionNote7\":{\"value\":4},\"criterionNote8\":{\"value\":4},"
      + "\"criterionNote9\":{\"value\":5},\"criterionNote10\":{\"value\":4}}}";

  /** The years this class evaluates: far from the demo's, one per instance. */
  private static int year = 2190;

  @Autowired
  IdentityService identity;

  @Override
  String table() {
    return MATRIX;
  }

  @Override
  Target open() {
    long evaluated = year++;
    ProcessInstance evaluation = TestLogin.asUser(identity, "hr", List.of("hr"),
        () -> engine.getRuntimeService().startProcessInstanceByKey(PerformanceEvaluationProcess.KEY,
            Map.of("employeeUser", "salariat", "evaluatedYear", evaluated)));
    Task report = engine.getTaskService().createTaskQuery()
        .processInstanceId(evaluation.getId()).taskDefinitionKey(Elements.FILL_EVALUATION_FORM)
        .singleResult();
    if (report == null) {
      throw new AssertionError("The evaluation " + evaluation.getId() + " has no report task");
    }
    return new Target(report.getId(), evaluation.getId(), report.getExecutionId(),
        "EVALUARE-salariat-" + evaluated, "evaluatorUser", "objective1", "grade",
        "FOARTE_BINE", "evaluatorUser", REPORT,
        REPORT.replace("}}}", "},\"finalNote\":{\"value\":\"5.00\"}}}"),
        "EvaluationContestFiled", "{}", "EvaluationContestFiled");
  }
}
