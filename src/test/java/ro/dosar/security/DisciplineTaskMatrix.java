package ro.dosar.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.IdentityService;
import ro.dosar.discipline.DisciplinaryCaseProcess;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.security.EngineRestMatrix.Target;
import ro.dosar.support.TestLogin;

/**
 * Who may do what with a disciplinary case's task through the engine REST API (issue 15): the
 * case's actors and the rest of the demo (columns) × the operations of {@link EngineRestMatrix}
 * (rows). The case is registered here, as in the demo, by the commission's secretary against
 * {@code salariat} on the referral of his head of unit {@code sef}; the secretary has presented
 * it, so the task is the commission president's ({@code disciplina1}) scheduling of the hearing.
 * {@code disciplina2} sits on the same commission; {@code secretar} is its secretary and HR;
 * {@code hr} and {@code rector} follow every case (HR also reads its open tasks, read-only);
 * {@code membru1} (a contest's commission) is an outsider; {@code mf.politica} is another
 * institution's user. {@code A} = allowed, {@code R} = refused and nothing changed.
 * Run on H2 ({@link DisciplineTaskMatrixTest}) and on PostgreSQL
 * ({@link DisciplineTaskMatrixOnPostgresTest}).
 */
abstract class DisciplineTaskMatrix extends ProcedureTaskMatrix {

  static final String MATRIX = """
      operation                      disciplina1 disciplina2 secretar hr rector sef salariat membru1 mf.politica anonymous
      READ_TASK                      A           R           A        A  R      R   R        R       R           R
      READ_TASK_VARIABLES            A           R           A        A  R      R   R        R       R           R
      READ_VARIABLE_NOT_IN_FORM      R           R           R        R  R      R   R        R       R           R
      PUT_TASK_VARIABLE              R           R           R        R  R      R   R        R       R           R
      PUT_TASK_LOCAL_VARIABLE        R           R           R        R  R      R   R        R       R           R
      MODIFY_TASK_VARIABLES          R           R           R        R  R      R   R        R       R           R
      DELETE_TASK_VARIABLE           R           R           R        R  R      R   R        R       R           R
      ADD_CANDIDATE                  R           R           R        R  R      R   R        R       R           R
      SET_ASSIGNEE                   R           R           R        R  R      R   R        R       R           R
      SET_OWNER                      R           R           R        R  R      R   R        R       R           R
      DELEGATE                       R           R           R        R  R      R   R        R       R           R
      CLAIM_FOR_OUTSIDER             R           R           R        R  R      R   R        R       R           R
      CLAIM_FOR_ONESELF              A           R           R        R  R      R   R        R       R           R
      SUBMIT_FORM_WITH_FOREIGN_FIELD R           R           R        R  R      R   R        R       R           R
      SUBMIT_FORM                    A           R           R        R  R      R   R        R       R           R
      COMPLETE                       A           R           R        R  R      R   R        R       R           R
      CORRELATE_MESSAGE_TO_ALL       R           R           R        R  R      R   R        R       R           R
      CORRELATE_MESSAGE_BY_KEY       R           R           R        R  R      R   R        R       R           R
      SIGNAL                         R           R           R        R  R      R   R        R       R           R
      PUT_INSTANCE_VARIABLE          R           R           R        R  R      R   R        R       R           R
      PUT_EXECUTION_LOCAL_VARIABLE   R           R           R        R  R      R   R        R       R           R
      READ_PROCESS_INSTANCE          R           R           A        A  A      R   R        R       R           R
      SUSPEND_PROCESS_INSTANCE       R           R           R        R  R      R   R        R       R           R
      DELETE_PROCESS_INSTANCE        R           R           R        R  R      R   R        R       R           R
      READ_HISTORY_PROCESS_INSTANCE  R           R           A        A  A      R   R        R       R           R
      READ_HISTORY_VARIABLES         R           R           A        A  A      R   R        R       R           R
      """;

  @Autowired
  IdentityService identity;

  @Override
  String table() {
    return MATRIX;
  }

  @Override
  Target open() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Bucharest"));
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Radu Dumitrescu, șeful Serviciului Financiar-Contabil");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("referrerUser", "sef");
    referral.put("accusedUser", "salariat");
    referral.put("accusedName", "Ionuț Răducanu, Serviciul Financiar-Contabil");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", today.minusDays(7).toString());
    referral.put("offenceDescription", "Întârzieri repetate (matricea de acces " + System.nanoTime()
        + ").");
    referral.put("evidence", "Foaia colectivă de prezență.");
    ProcessInstance disciplinaryCase = TestLogin.asUser(identity, "secretar",
        List.of("hr", "commission-secretary"), () -> engine.getRuntimeService()
            .startProcessInstanceByKey(DisciplinaryCaseProcess.KEY, referral));
    engine.getTaskService().complete(task(disciplinaryCase, "presentToPresident").getId(),
        Map.of("presentedToPresident", true));
    Task schedule = task(disciplinaryCase, "scheduleHearing");
    // The usual place, prefilled: the form then shows a value (its fields are all empty at first).
    engine.getRuntimeService().setVariable(disciplinaryCase.getId(), Variables.HEARING_PLACE,
        "Sala de consiliu");
    String submit = "{\"variables\":{\"hearingDate\":{\"value\":\"" + today.plusDays(10)
        + "\"},\"hearingPlace\":{\"value\":\"Sala 101, ora 10:00\"},"
        + "\"summonsDeliveredDate\":{\"value\":\"" + today + "\"}}}";
    return new Target(schedule.getId(), disciplinaryCase.getId(), schedule.getExecutionId(),
        engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(disciplinaryCase.getId()).singleResult().getBusinessKey(),
        "accusedUser", "hearingPlace", "employeeCategory", "CIVIL_SERVANT", "dcPresident",
        submit, submit.replace("}}}", "},\"dcPresident\":{\"value\":\"disciplina2\"}}}"),
        "ContestationFiled", "{}", "ContestationFiled");
  }

  private Task task(ProcessInstance instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw new AssertionError("The case " + instance.getId() + " does not wait at " + key);
    }
    return task;
  }
}
