package ro.dosar.security;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.EngineRestMatrix.Target;
import ro.dosar.support.DosarTest;

/**
 * Who may do what with a Moldovan function evaluation cycle's task through the engine REST API
 * (issue 15): the cycle's actors in the Ministry of Finance (tenant {@code MFRM}) and outsiders
 * (columns) × the operations of {@link EngineRestMatrix} (rows). The task is the Working Group's
 * examination of the units' proposals (candidate group: the demo cycle's Working Group, headed by
 * {@code mf.secretar}, with {@code mf.grup1}); {@code mf.politica} runs the cycle (pay policy:
 * follows its instances and history), {@code mf.ministru} appoints the group, {@code mf.unitate}
 * is a unit that sends proposals through {@code /api}; {@code hr} is another institution's user.
 *
 * <p>Only one cycle runs at a time per institution (a second start is a 409), so the instance is
 * placed at the examination by the engine's Java API (no start listeners: they would claim the
 * period the demo cycle holds), in tenant {@code MFRM}, with its own business key. Completing the
 * examination needs the cycle's records (its proposed functions), so the group's own submission
 * is not tried here ({@code -}; {@code FunctionEvaluationCycleProcessTest} walks it); everyone
 * else's is.
 */
@DosarTest
class FunctionCycleTaskMatrixTest extends ProcedureTaskMatrix {

  static final String MATRIX = """
      operation                      mf.secretar mf.grup1 mf.politica mf.ministru mf.unitate hr anonymous
      READ_TASK                      A           A        R           R           R          R  R
      READ_TASK_VARIABLES            A           A        R           R           R          R  R
      READ_VARIABLE_NOT_IN_FORM      R           R        R           R           R          R  R
      PUT_TASK_VARIABLE              R           R        R           R           R          R  R
      PUT_TASK_LOCAL_VARIABLE        R           R        R           R           R          R  R
      MODIFY_TASK_VARIABLES          R           R        R           R           R          R  R
      DELETE_TASK_VARIABLE           R           R        R           R           R          R  R
      ADD_CANDIDATE                  R           R        R           R           R          R  R
      SET_ASSIGNEE                   R           R        R           R           R          R  R
      SET_OWNER                      R           R        R           R           R          R  R
      DELEGATE                       R           R        R           R           R          R  R
      CLAIM_FOR_OUTSIDER             R           R        R           R           R          R  R
      CLAIM_FOR_ONESELF              A           A        R           R           R          R  R
      SUBMIT_FORM_WITH_FOREIGN_FIELD R           R        R           R           R          R  R
      SUBMIT_FORM                    -           -        R           R           R          R  R
      COMPLETE                       -           -        R           R           R          R  R
      CORRELATE_MESSAGE_TO_ALL       R           R        R           R           R          R  R
      CORRELATE_MESSAGE_BY_KEY       R           R        R           R           R          R  R
      SIGNAL                         R           R        R           R           R          R  R
      PUT_INSTANCE_VARIABLE          R           R        R           R           R          R  R
      PUT_EXECUTION_LOCAL_VARIABLE   R           R        R           R           R          R  R
      READ_PROCESS_INSTANCE          A           A        A           R           R          R  R
      SUSPEND_PROCESS_INSTANCE       R           R        R           R           R          R  R
      DELETE_PROCESS_INSTANCE        R           R        R           R           R          R  R
      READ_HISTORY_PROCESS_INSTANCE  R           R        A           R           R          R  R
      READ_HISTORY_VARIABLES         R           R        A           R           R          R  R
      """;

  @Override
  String table() {
    return MATRIX;
  }

  @Override
  Target open() {
    String workingGroup = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("functionEvaluationCycle").tenantIdIn("MFRM").list().stream()
        .map(cycle -> (String) engine.getRuntimeService().getVariable(cycle.getId(), "wgGroup"))
        .filter(group -> group != null).findFirst()
        .orElseThrow(() -> new AssertionError("The demo cycle has no Working Group"));
    String businessKey = "CICLU-MATRICE-" + System.nanoTime();
    ProcessInstance cycle = engine.getRuntimeService()
        .createProcessInstanceByKey("functionEvaluationCycle").businessKey(businessKey)
        .setVariables(Map.of(InstitutionScope.TENANT_VARIABLE, "MFRM",
            "cycleTitle", "Ciclul matricei de acces",
            "wgGroup", workingGroup, "wgHeadUser", "mf.secretar",
            "proposalsSummary", "Funcția nr. 1: Specialist principal (matricea de acces)"))
        .startBeforeActivity("examineProposals").execute(true, true);
    Task examination = engine.getTaskService().createTaskQuery()
        .processInstanceId(cycle.getId()).taskDefinitionKey("examineProposals").singleResult();
    if (examination == null) {
      throw new AssertionError("The cycle " + cycle.getId() + " does not wait at the examination");
    }
    String submit = "{\"variables\":{\"rejectedFunctions\":{\"value\":\"\"}}}";
    return new Target(examination.getId(), cycle.getId(), examination.getExecutionId(),
        businessKey, "wgGroup", "rejectedFunctions", "wgHeadUser", "mf.grup1", "wgHeadUser",
        submit, submit.replace("}}}", "},\"wgHeadUser\":{\"value\":\"mf.grup1\"}}}"),
        "FunctionEvaluationCycleStarted", "{}", "FunctionEvaluationCycleStarted");
  }
}
