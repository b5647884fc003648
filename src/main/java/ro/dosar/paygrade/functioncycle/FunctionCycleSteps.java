package ro.dosar.paygrade.functioncycle;

import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.cycleId;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.function;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.ids;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.inTenant;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.lines;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.yes;
import static ro.dosar.tasklist.FormDates.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.institution.ProcedureStarts;
import ro.dosar.paygrade.DetailedPointsMatrix;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * A function evaluation cycle (process {@code functionEvaluationCycle}, GD 1231/2018 Annex 9, spec
 * function-evaluation-pay §3.13 P1) from its start to the method chosen: the Working Group and
 * its announcement, the proposals and their examination (Reg. pt. 4–10). Called as
 * {@code ${functionCycleSteps.<step>(execution)}}; the form re-checks are listener beans
 * ({@link FunctionCycleFormChecks}); the scoring is {@link FunctionScoringSteps}, the grades
 * {@link FunctionGradingSteps}.
 *
 * <p>Who scores never sees the holder of a function, his salary or gender, nor the function's
 * current grade (Reg. pt. 35–36): those are not in any variable of the process.
 */
@Component
public class FunctionCycleSteps {

  static final String PROCESS_KEY = FunctionEvaluationCycleProcess.KEY;
  /** The Ministry of Finance's pay-policy staff (spec §3.13 lanes). */
  public static final String PAY_POLICY = "mof-pay-policy";
  /** The Minister of Finance, who appoints the Working Group by order (Reg. pt. 6). */
  public static final String MINISTER = "minister-of-finance";
  /** At most 15 salary grades (Reg. pt. 42). */
  public static final int MAX_GRADES = 15;
  /** A new cycle starts at the latest 5 years after the previous one (Reg. pt. 4, INT-13). */
  public static final int CYCLE_YEARS = 5;
  /** The reminder comes this many months before the 5 years are up. */
  public static final int REMINDER_MONTHS_BEFORE = 6;

  private static final Set<String> METHODS = Set.of("DETAILED", "SIMPLIFIED");

  private final FunctionCycleRepository cycles;
  private final DetailedPointsMatrix matrix;
  private final WorkingDayCalendar calendar;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final RoleGroups roleGroups;
  private final FunctionCycleAccess access;
  private final InstitutionScope scope;
  private final ProcedureStarts starts;

  public FunctionCycleSteps(FunctionCycleRepository cycles,
      DetailedPointsMatrix matrix,
      WorkingDayCalendar calendar,
      IdentityService identity,
      RuntimeService runtime,
      RoleGroups roleGroups,
      FunctionCycleAccess access,
      InstitutionScope scope,
      ProcedureStarts starts) {
    this.cycles = cycles;
    this.matrix = matrix;
    this.calendar = calendar;
    this.identity = identity;
    this.runtime = runtime;
    this.roleGroups = roleGroups;
    this.access = access;
    this.scope = scope;
    this.starts = starts;
  }

  // ---- 1 Start, Working Group, announcement (Reg. pt. 4–8) --------------------------------------

  /** The start form: a title and the deadline for proposals, a Moldovan working day ahead. */
  public void checkStart(DelegateExecution execution) {
    FormRejection.text(execution.getVariable(Variables.CYCLE_TITLE), Variables.CYCLE_TITLE,
        "Denumirea ciclului de evaluare");
    LocalDate deadline = date(execution, Variables.PROPOSAL_DEADLINE,
        "Termenul de depunere a propunerilor");
    FormRejection.require(deadline.isAfter(calendar.today()), Variables.PROPOSAL_DEADLINE,
        "Termenul de depunere a propunerilor este după data de azi.");
    FormRejection.require(calendar.isWorkingDay(deadline, Country.MD), Variables.PROPOSAL_DEADLINE,
        deadline.format(DisplayDates.DAY)
            + " nu este zi lucrătoare în Republica Moldova: alegeți o zi lucrătoare.");
    // One cycle at a time per institution: a second one while the first runs is refused (409).
    starts.claim(PROCESS_KEY, scope.ofStart(execution.getTenantId()), "OPEN",
        execution.getProcessInstanceId(), false, "Instituția are deja un ciclu de evaluare a "
            + "funcțiilor în desfășurare; un ciclu nou începe după încheierea celui curent.");
  }

  /**
   * The cycle is registered in its institution's tenant; any reminder of an earlier cycle is
   * closed and a new one is set for 5 years from now (Reg. pt. 4).
   */
  public void register(DelegateExecution execution) {
    String tenant = execution.getTenantId();
    LocalDate today = calendar.today();
    LocalDate deadline = date(execution, Variables.PROPOSAL_DEADLINE,
        "Termenul de depunere a propunerilor");
    long id = cycles.insertCycle(tenant,
        execution.getVariable(Variables.CYCLE_TITLE).toString().strip(),
        today, deadline, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(FunctionCycleRepository.businessKey(id));
    execution.setVariable(Variables.CYCLE_ID, id);
    execution.setVariable(Variables.PROPOSAL_DEADLINE_AT, calendar.endOfDay(deadline));
    execution.setVariable(Variables.PROPOSAL_DEADLINE_TEXT, deadline.format(DisplayDates.DAY));
    runtime.createMessageCorrelation(
            FunctionEvaluationReminderProcess.Messages.FUNCTION_EVALUATION_CYCLE_STARTED)
        .tenantId(tenant).correlateAllWithResult();
    LocalDate due = today.plusYears(CYCLE_YEARS);
    runtime.createProcessInstanceByKey(FunctionEvaluationReminderProcess.KEY)
        .businessKey("URMATORUL-CICLU-" + id)
        .setVariable(MoldovanTenancy.TENANT_VARIABLE, tenant)
        .setVariable(FunctionEvaluationReminderProcess.Variables.NEXT_CYCLE_DUE,
            due.format(DisplayDates.DAY))
        .setVariable(FunctionEvaluationReminderProcess.Variables.REMINDER_AT,
            calendar.startOfDay(due.minusMonths(REMINDER_MONTHS_BEFORE)))
        .execute();
  }

  public void checkWorkingGroupAct(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.WG_ACT_REFERENCE), Variables.WG_ACT_REFERENCE,
        "Actul intern de constituire a grupului de lucru");
  }

  /**
   * The Minister's order: the members and the head, who must be the State Secretary for pay
   * policy (Reg. pt. 6); all of them users of the institution. They become the cycle's group.
   */
  public void checkAppointment(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.APPOINTMENT_ORDER_REF),
        Variables.APPOINTMENT_ORDER_REF,
        "Ordinul ministrului de numire a membrilor");
    String tenant = task.getTenantId();
    String head = FormRejection.text(task.getVariable(Variables.WG_HEAD), Variables.WG_HEAD,
        "Conducătorul grupului de lucru (utilizator)");
    FormRejection.require(inTenant(identity, head, tenant), Variables.WG_HEAD,
        "Utilizatorul „" + head + "” nu este al instituției.");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.WG_HEAD_IS_STATE_SECRETARY))
        || "true".equals(String.valueOf(task.getVariable(Variables.WG_HEAD_IS_STATE_SECRETARY))),
        Variables.WG_HEAD_IS_STATE_SECRETARY, "Grupul de lucru este condus de Secretarul de stat "
            + "responsabil de politica salarială în sectorul bugetar (pct. 6 din Regulament).");
    Set<String> members = new LinkedHashSet<>();
    for (String id : FormRejection.text(task.getVariable(Variables.WG_MEMBERS),
        Variables.WG_MEMBERS,
        "Membrii grupului de lucru").split("[,;\\s]+")) {
      if (!id.isBlank()) {
        FormRejection.require(inTenant(identity, id, tenant), Variables.WG_MEMBERS,
            "Utilizatorul „" + id + "” nu este al instituției.");
        members.add(id);
      }
    }
    members.remove(head);
    FormRejection.require(members.size() >= 2, Variables.WG_MEMBERS,
        "Numiți cel puțin doi membri în afara conducătorului grupului.");
    long cycleId = cycleId(task);
    String group = FunctionCycleRepository.workingGroup(cycleId);
    roleGroups.ensureGroup(group, "Grupul de lucru pentru evaluarea funcțiilor, ciclul "
        + cycleId);
    access.grantWorkingGroup(group);
    Set<String> all = new LinkedHashSet<>(members);
    all.add(head);
    for (String user : all) {
      if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
        identity.createMembership(user, group);
      }
    }
    task.getProcessInstance().setVariable(Variables.WG_HEAD_USER, head);
    task.getProcessInstance().setVariable(Variables.WG_GROUP, group);
    task.getProcessInstance().setVariable(Variables.WG_MEMBER_LIST, String.join(", ", all));
  }

  public void checkAnnouncement(DelegateExecution task) {
    FormRejection.require(yes(task, Variables.ANNOUNCEMENT_SENT), Variables.ANNOUNCEMENT_SENT,
        "Anunțul se transmite tuturor unităților bugetare (pct. 8).");
    FormRejection.require(yes(task, Variables.ANNOUNCEMENT_PUBLISHED),
        Variables.ANNOUNCEMENT_PUBLISHED,
        "Anunțul se publică pe pagina web www.mf.gov.md (pct. 8).");
    FormRejection.text(task.getVariable(Variables.ANNOUNCEMENT_REFERENCE),
        Variables.ANNOUNCEMENT_REFERENCE,
        "Numărul anunțului / adresa paginii");
  }

  // ---- 2 Proposals and their examination (Reg. pt. 9–10) ---------------------------------------

  /** After the deadline: what was proposed, for the Working Group's examination. */
  public void summariseProposals(DelegateExecution execution) {
    List<EvaluatedFunction> functions = cycles.functions(cycleId(execution));
    execution.setVariable(Variables.PROPOSAL_COUNT, functions.size());
    execution.setVariable(Variables.PROPOSALS_SUMMARY, functions.isEmpty()
        ? "Nicio propunere nu a fost depusă până la termen."
        : functions.stream().map(f -> f.label() + ", " + f.unitName())
            .collect(Collectors.joining("\n")));
  }

  /**
   * The Working Group accepts the proposals, or rejects some with their reason ("nr: motiv" per
   * line); at least one function remains to evaluate.
   */
  public void checkExamination(DelegateExecution task) {
    long cycleId = cycleId(task);
    Map<Long, String> rejected = lines(cycles, task.getVariable(Variables.REJECTED_FUNCTIONS),
        Variables.REJECTED_FUNCTIONS, cycleId, false);
    List<EvaluatedFunction> functions = cycles.functions(cycleId);
    FormRejection.require(functions.size() > rejected.size(), Variables.REJECTED_FUNCTIONS,
        "Rămâne cel puțin o funcție de evaluat.");
    for (EvaluatedFunction function : functions) {
      if (rejected.containsKey(function.id())) {
        cycles.reject(function.id(), rejected.get(function.id()));
      } else {
        cycles.accept(function.id());
      }
    }
  }

  /**
   * The method (Reg. pt. 14–15): detailed for all functions — only when the point matrix is
   * configured — or simplified for the functions selected (blank: all accepted ones).
   */
  public void checkMethod(DelegateExecution task) {
    Object method = task.getVariable(Variables.EVALUATION_METHOD);
    FormRejection.require(method != null && METHODS.contains(method.toString()),
        Variables.EVALUATION_METHOD, "Alegeți metoda de evaluare (pct. 15).");
    long cycleId = cycleId(task);
    List<Long> accepted = cycles.functions(cycleId).stream()
        .filter(f -> "ACCEPTED".equals(f.status())).map(EvaluatedFunction::id).toList();
    List<Long> toScore = accepted;
    if ("DETAILED".equals(method)) {
      FormRejection.require(matrix.complete(), Variables.EVALUATION_METHOD,
          matrix.problem().orElse(""));
    } else {
      Object selected = task.getVariable(Variables.SELECTED_FUNCTIONS);
      if (selected != null && !selected.toString().isBlank()) {
        toScore = ids(selected, Variables.SELECTED_FUNCTIONS, accepted);
      }
    }
    cycles.setMethod(cycleId, method.toString());
    task.getProcessInstance().setVariable(Variables.EVALUATION_METHOD, method.toString());
    task.getProcessInstance().setVariable(Variables.FUNCTIONS_TO_SCORE, new ArrayList<>(toScore));
  }

  public void closeWithoutProposals(DelegateExecution execution) {
    cycles.setCycleStatus(cycleId(execution), "NO_PROPOSALS");
  }
}
