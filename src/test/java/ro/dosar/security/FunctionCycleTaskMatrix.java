package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Elements;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationReminderProcess;
import ro.dosar.security.EngineRestMatrix.Target;
import ro.dosar.support.Http;

/**
 * Who may do what with a Moldovan function evaluation cycle's task through the engine REST API
 * (issue 15): the cycle's actors in the Ministry of Finance (tenant {@code MFRM}) and outsiders
 * (columns) × the operations of {@link EngineRestMatrix} (rows). The task is the Working Group's
 * examination of the units' proposals (candidate group: the cycle's Working Group, headed by
 * {@code mf.secretar}, with {@code mf.grup1} and {@code mf.grup2}); {@code mf.politica} runs the
 * cycle (pay policy: follows its instances and history), {@code mf.ministru} appoints the group,
 * {@code mf.unitate} is a unit that sends proposals through {@code /api}; {@code hr} is another
 * institution's user. Every cell is tried: the group's own completion too.
 *
 * <p>Only one cycle runs at a time per institution, and the demo cycle holds MFRM's (a second
 * start is a 409), so each instance begins at the cycle's registration (after the start form
 * and its check, by the engine's Java API) and walks the rest as the cycle does: a record and a
 * business key of its own, the Working Group's act, the Minister's order appointing the group,
 * the announcement, a unit's proposal through {@code /api}, the proposals' deadline (its timer
 * job run now), and the examination waits for the group with one proposed function.
 * The registration replaces MFRM's reminder of the next cycle by the new cycle's; the reminders
 * the class starts are deleted after it, with its instances.
 * Run on H2 ({@link FunctionCycleTaskMatrixTest}) and on PostgreSQL
 * ({@link FunctionCycleTaskMatrixOnPostgresTest}).
 */
abstract class FunctionCycleTaskMatrix extends ProcedureTaskMatrix {

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
      SUBMIT_FORM                    A           A        R           R           R          R  R
      COMPLETE                       A           A        R           R           R          R  R
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

  /** A unit's proposal of one function, with its Annex 2 evaluation form. */
  static final String PROPOSAL = """
      {"unitCode":"UB-MATRICE","unitName":"Direcția finanțe Orhei","authorityCode":"MF",
       "authorityName":"Ministerul Finanțelor","functions":[{"occupationalGroup":
       "Funcții de specialitate","functionName":"Specialist principal (matricea de acces)",
       "currentGrade":7,"form":{"eduDepth":"5","eduScope":"M","ccdDepth":"3","ccdScope":"M",
       "decDepth":"3","decScope":"S","leadDepth":"2","leadScope":"S","commDepth":"4",
       "commScope":"M","workDepth":"1","workScope":"S","effPhysical":"1","effMental":"M",
       "jobDescriptionRef":"Fișa postului nr. 12/2026","headSignedBy":"Ion Rusu",
       "executorSignedBy":"Ana Ceban"}}]}""";

  @Autowired
  WorkingDayCalendar calendar;

  private final List<String> reminders = new ArrayList<>();

  @Override
  String table() {
    return MATRIX;
  }

  @Override
  Target open() {
    ProcessInstance cycle = engine.getRuntimeService()
        .createProcessInstanceByKey(FunctionEvaluationCycleProcess.KEY)
        .setVariables(Map.of(InstitutionScope.TENANT_VARIABLE, "MFRM",
            "cycleTitle", "Ciclul matricei de acces",
            "proposalDeadline",
            calendar.addWorkingDays(calendar.today(), 10, Country.MD).toString()))
        .startBeforeActivity("registerCycle").execute();
    long cycleId = ((Number) engine.getRuntimeService().getVariable(cycle.getId(),
        Variables.CYCLE_ID))
        .longValue();
    String businessKey = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(cycle.getId()).singleResult().getBusinessKey();
    assertThat(businessKey).isEqualTo("EVALUARE-FUNCTII-" + cycleId);
    engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationReminderProcess.KEY)
        .processInstanceBusinessKey("URMATORUL-CICLU-" + cycleId).list()
        .forEach(reminder -> reminders.add(reminder.getId()));
    complete(cycle, "establishWorkingGroup", Map.of("wgActReference",
        "Dispoziția nr. " + cycleId + " (matricea de acces)"));
    complete(cycle, "appointWorkingGroup", Map.of("appointmentOrderRef",
        "Ordinul ministrului finanțelor nr. " + cycleId, "wgHead", "mf.secretar",
        "wgHeadIsStateSecretary", true, "wgMembers", "mf.grup1, mf.grup2"));
    complete(cycle, "announceCycle", Map.of("announcementSent", true,
        "announcementPublished", true, "announcementReference",
        "www.mf.gov.md/evaluarea-functiilor-" + cycleId));
    HttpResponse<String> proposed = Http.as(port, "mf.unitate", "mf.unitate")
        .postJson("/api/paygrade/cycles/" + cycleId + "/proposals", PROPOSAL);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    Job deadline = engine.getManagementService().createJobQuery()
        .processInstanceId(cycle.getId()).activityId(Elements.PROPOSAL_DEADLINE_REACHED)
        .singleResult();
    engine.getManagementService().executeJob(deadline.getId());
    Task examination = task(cycle, "examineProposals");
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), Variables.PROPOSAL_COUNT))
        .isEqualTo(1);
    String submit = "{\"variables\":{\"rejectedFunctions\":{\"value\":\"\"}}}";
    return new Target(examination.getId(), cycle.getId(), examination.getExecutionId(),
        businessKey, "wgGroup", "rejectedFunctions", "wgHeadUser", "mf.grup1", "wgHeadUser",
        submit, submit.replace("}}}", "},\"wgHeadUser\":{\"value\":\"mf.grup1\"}}}"),
        "FunctionEvaluationCycleStarted", "{}", "FunctionEvaluationCycleStarted");
  }

  @AfterAll
  void deleteTheReminders() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(reminders,
        "Matricea de acces: memento de test", true, true, false);
  }

  private void complete(ProcessInstance cycle, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(task(cycle, key).getId(), variables);
  }

  private Task task(ProcessInstance cycle, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw new AssertionError("The cycle " + cycle.getId() + " does not wait at " + key);
    }
    return task;
  }
}
