package ro.dosar.paygrade;

import static ro.dosar.tasklist.FormDates.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import ro.dosar.domain.InvalidInputException;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.institution.ProcedureStarts;
import ro.dosar.paygrade.EvaluationForm.Cells;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;
import ro.dosar.paygrade.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.SimplifiedEvaluation.Scores;
import ro.dosar.paygrade.SimplifiedEvaluation.Suggestion;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of a function evaluation cycle (process {@code functionEvaluationCycle}, GD
 * 1231/2018 Annex 9, spec function-evaluation-pay §3.13 P1), called as
 * {@code ${functionCycle.<step>(execution)}}; the form re-checks are listener beans
 * ({@link FunctionCycleFormChecks}). The scores and grades come from the simplified-evaluation
 * tables ({@link SimplifiedEvaluation}) and the detailed point matrix ({@link
 * DetailedPointsMatrix}); nothing is computed here that those do.
 *
 * <p>Who scores never sees the holder of a function, his salary or gender, nor the function's
 * current grade (Reg. pt. 35–36): those are not in any variable of the process.
 */
@Component("functionCycle")
public class FunctionCycleSteps {

  static final String PROCESS_KEY = "functionEvaluationCycle";
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
  private final SimplifiedEvaluation simplified;
  private final DetailedPointsMatrix matrix;
  private final EvaluationFormValidation validation;
  private final WorkingDayCalendar calendar;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final RoleGroups roleGroups;
  private final FunctionCycleAccess access;
  private final InstitutionScope scope;
  private final ProcedureStarts starts;

  public FunctionCycleSteps(FunctionCycleRepository cycles, SimplifiedEvaluation simplified,
      DetailedPointsMatrix matrix, EvaluationFormValidation validation,
      WorkingDayCalendar calendar, IdentityService identity, RuntimeService runtime,
      RoleGroups roleGroups, FunctionCycleAccess access, InstitutionScope scope,
      ProcedureStarts starts) {
    this.access = access;
    this.scope = scope;
    this.starts = starts;
    this.cycles = cycles;
    this.simplified = simplified;
    this.matrix = matrix;
    this.validation = validation;
    this.calendar = calendar;
    this.identity = identity;
    this.runtime = runtime;
    this.roleGroups = roleGroups;
  }

  // ---- 1 Start, Working Group, announcement (Reg. pt. 4–8) --------------------------------------

  /** The start form: a title and the deadline for proposals, a Moldovan working day ahead. */
  public void checkStart(DelegateExecution execution) {
    FormRejection.text(execution.getVariable("cycleTitle"), "cycleTitle",
        "Denumirea ciclului de evaluare");
    LocalDate deadline = date(execution, "proposalDeadline", "Termenul de depunere a propunerilor");
    FormRejection.require(deadline.isAfter(calendar.today()), "proposalDeadline",
        "Termenul de depunere a propunerilor este după data de azi.");
    FormRejection.require(calendar.isWorkingDay(deadline, Country.MD), "proposalDeadline",
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
    LocalDate deadline = date(execution, "proposalDeadline", "Termenul de depunere a propunerilor");
    long id = cycles.insertCycle(tenant, execution.getVariable("cycleTitle").toString().strip(),
        today, deadline, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(FunctionCycleRepository.businessKey(id));
    execution.setVariable("cycleId", id);
    execution.setVariable("proposalDeadlineAt", calendar.endOfDay(deadline));
    execution.setVariable("proposalDeadlineText", deadline.format(DisplayDates.DAY));
    runtime.createMessageCorrelation("FunctionEvaluationCycleStarted").tenantId(tenant)
        .correlateAllWithResult();
    LocalDate due = today.plusYears(CYCLE_YEARS);
    runtime.createProcessInstanceByKey("functionEvaluationReminder")
        .businessKey("URMATORUL-CICLU-" + id)
        .setVariable(MoldovanTenancy.TENANT_VARIABLE, tenant)
        .setVariable("nextCycleDue", due.format(DisplayDates.DAY))
        .setVariable("reminderAt", calendar.startOfDay(due.minusMonths(REMINDER_MONTHS_BEFORE)))
        .execute();
  }

  public void checkWorkingGroupAct(DelegateExecution task) {
    FormRejection.text(task.getVariable("wgActReference"), "wgActReference",
        "Actul intern de constituire a grupului de lucru");
  }

  /**
   * The Minister's order: the members and the head, who must be the State Secretary for pay
   * policy (Reg. pt. 6); all of them users of the institution. They become the cycle's group.
   */
  public void checkAppointment(DelegateExecution task) {
    FormRejection.text(task.getVariable("appointmentOrderRef"), "appointmentOrderRef",
        "Ordinul ministrului de numire a membrilor");
    String tenant = task.getTenantId();
    String head = FormRejection.text(task.getVariable("wgHead"), "wgHead",
        "Conducătorul grupului de lucru (utilizator)");
    FormRejection.require(inTenant(head, tenant), "wgHead",
        "Utilizatorul „" + head + "” nu este al instituției.");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable("wgHeadIsStateSecretary"))
        || "true".equals(String.valueOf(task.getVariable("wgHeadIsStateSecretary"))),
        "wgHeadIsStateSecretary", "Grupul de lucru este condus de Secretarul de stat "
            + "responsabil de politica salarială în sectorul bugetar (pct. 6 din Regulament).");
    Set<String> members = new LinkedHashSet<>();
    for (String id : FormRejection.text(task.getVariable("wgMembers"), "wgMembers",
        "Membrii grupului de lucru").split("[,;\\s]+")) {
      if (!id.isBlank()) {
        FormRejection.require(inTenant(id, tenant), "wgMembers",
            "Utilizatorul „" + id + "” nu este al instituției.");
        members.add(id);
      }
    }
    members.remove(head);
    FormRejection.require(members.size() >= 2, "wgMembers",
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
    task.getProcessInstance().setVariable("wgHeadUser", head);
    task.getProcessInstance().setVariable("wgGroup", group);
    task.getProcessInstance().setVariable("wgMemberList", String.join(", ", all));
  }

  public void checkAnnouncement(DelegateExecution task) {
    FormRejection.require(yes(task, "announcementSent"), "announcementSent",
        "Anunțul se transmite tuturor unităților bugetare (pct. 8).");
    FormRejection.require(yes(task, "announcementPublished"), "announcementPublished",
        "Anunțul se publică pe pagina web www.mf.gov.md (pct. 8).");
    FormRejection.text(task.getVariable("announcementReference"), "announcementReference",
        "Numărul anunțului / adresa paginii");
  }

  // ---- 2 Proposals and their examination (Reg. pt. 9–10) ---------------------------------------

  /** After the deadline: what was proposed, for the Working Group's examination. */
  public void summariseProposals(DelegateExecution execution) {
    List<EvaluatedFunction> functions = cycles.functions(cycleId(execution));
    execution.setVariable("proposalCount", functions.size());
    execution.setVariable("proposalsSummary", functions.isEmpty()
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
    Map<Long, String> rejected = lines(task.getVariable("rejectedFunctions"),
        "rejectedFunctions", cycleId, false);
    List<EvaluatedFunction> functions = cycles.functions(cycleId);
    FormRejection.require(functions.size() > rejected.size(), "rejectedFunctions",
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
    Object method = task.getVariable("evaluationMethod");
    FormRejection.require(method != null && METHODS.contains(method.toString()),
        "evaluationMethod", "Alegeți metoda de evaluare (pct. 15).");
    long cycleId = cycleId(task);
    List<Long> accepted = cycles.functions(cycleId).stream()
        .filter(f -> "ACCEPTED".equals(f.status())).map(EvaluatedFunction::id).toList();
    List<Long> toScore = accepted;
    if ("DETAILED".equals(method)) {
      FormRejection.require(matrix.complete(), "evaluationMethod",
          matrix.problem().orElse(""));
    } else {
      Object selected = task.getVariable("selectedFunctions");
      if (selected != null && !selected.toString().isBlank()) {
        toScore = ids(selected, "selectedFunctions", accepted);
      }
    }
    cycles.setMethod(cycleId, method.toString());
    task.getProcessInstance().setVariable("evaluationMethod", method.toString());
    task.getProcessInstance().setVariable("functionsToScore", new ArrayList<>(toScore));
  }

  // ---- 3 Scoring (Reg. pt. 16–36) --------------------------------------------------------------

  /** The function as the scorers see it: name, group, unit, job description; no holder. */
  public String functionText(Object functionId) {
    EvaluatedFunction function = function(functionId);
    EvaluationForm form = cycles.form(function);
    return function.label() + "\nUnitatea: " + function.unitName() + "\nFișa postului: "
        + form.jobDescriptionRef();
  }

  /** A cell of the function's Annex 2 form, to fill the detailed scoring form. */
  public Object formCell(Object functionId, String variable) {
    return cycles.form(function(functionId)).toVariables().get(variable);
  }

  /** Simplified evaluation: the five scores against benchmark functions (Reg. pt. 30–34). */
  public void checkSimplified(DelegateExecution task) {
    long functionId = number(task.getVariable("functionId"));
    String benchmarks = FormRejection.text(task.getVariable("benchmarkFunctions"),
        "benchmarkFunctions", "Funcțiile de referință din Registru cu care s-a comparat");
    Scores scores = new Scores(score(task, "edu"), score(task, "ccd"), score(task, "dec"),
        score(task, "work"), score(task, "impact"));
    Suggestion suggestion;
    try {
      suggestion = simplified.suggest(scores);
    } catch (InvalidInputException e) {
      throw FormRejection.reject(e.getField(), e.getMessage());
    }
    cycles.setSimplified(functionId, benchmarks, scores.byCriterion().toString(), suggestion);
  }

  /** What the tables suggest for a function, for the Working Group's confirmation. */
  public String suggestionText(Object functionId) {
    EvaluatedFunction function = function(functionId);
    if (function.suggestedGrade() == null) {
      return "";
    }
    SimplifiedEvaluation.BenchmarkProfile profile =
        simplified.benchmark(function.suggestedGrade());
    return "Punctaj total: " + function.simplifiedTotal().stripTrailingZeros().toPlainString()
        + "\nGradul de salarizare sugerat: " + function.suggestedGrade()
        + (function.rangeFlag() == null || function.rangeFlag().isBlank() ? ""
            : " (" + function.rangeFlag() + ": în afara punctajelor indicative ale tabelului 2)")
        + "\nProfilul indicativ al gradului " + profile.grade() + ": " + profile.description()
        + " (punctaj indicativ " + profile.indicativeTotal().toPlainString() + ")";
  }

  /** The Working Group confirms the suggested grade or sets another one with its reasons. */
  public void checkGrade(DelegateExecution task) {
    long functionId = number(task.getVariable("functionId"));
    Object decision = task.getVariable("gradeDecision");
    FormRejection.require("CONFIRM".equals(decision) || "OVERRIDE".equals(decision),
        "gradeDecision", "Confirmați gradul sugerat sau stabiliți alt grad.");
    EvaluatedFunction function = function(functionId);
    if ("CONFIRM".equals(decision)) {
      cycles.setGrade(functionId, function.suggestedGrade(), null);
      return;
    }
    Object grade = task.getVariable("overrideGrade");
    int value = grade instanceof Number n ? n.intValue() : -1;
    FormRejection.require(value >= 1 && value <= MAX_GRADES, "overrideGrade",
        "Gradul de salarizare este de la 1 la " + MAX_GRADES + " (pct. 42).");
    cycles.setGrade(functionId, value, FormRejection.text(task.getVariable(
        "overrideJustification"), "overrideJustification", "Motivarea altui grad decât cel sugerat"));
  }

  /**
   * Detailed evaluation: the depth and scope of each criterion (Annex 1 levels), checked as an
   * Annex 2 form, then the points of the configured matrix (Reg. pt. 27–29, INT-09).
   */
  public void checkDetailed(DelegateExecution task) {
    long functionId = number(task.getVariable("functionId"));
    EvaluationForm proposed = cycles.form(function(functionId));
    Map<Criterion, Cells> grid = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      grid.put(criterion, new Cells(integer(task.getVariable(criterion.depthVariable())),
          text(task.getVariable(criterion.scopeVariable())),
          integer(task.getVariable(criterion.physicalVariable())),
          text(task.getVariable(criterion.mentalVariable()))));
    }
    EvaluationForm form = new EvaluationForm(grid, proposed.jobDescriptionRef(),
        proposed.headSignedBy(), proposed.executorSignedBy());
    List<FormError> errors = validation.validate(form);
    FormRejection.require(errors.isEmpty(), errors.isEmpty() ? "eduDepth" : errors.get(0).field(),
        errors.stream().map(FormError::message).collect(Collectors.joining(" ")));
    try {
      cycles.setDetailed(functionId, form, matrix.total(form));
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw FormRejection.reject("eduDepth", e.getMessage());
    }
  }

  // ---- 4 Hierarchy, re-evaluation, grades, classes (Reg. pt. 37–44) ---------------------------

  /**
   * The hierarchy of the evaluated functions, by total, highest first (Reg. pt. 37, 40); equal
   * totals share a rank, the next rank skipping as many (1, 1, 3: INT-15).
   */
  public void buildHierarchy(DelegateExecution execution) {
    List<EvaluatedFunction> ranked = scored(cycleId(execution));
    StringBuilder text = new StringBuilder();
    int rank = 0;
    for (int i = 0; i < ranked.size(); i++) {
      EvaluatedFunction f = ranked.get(i);
      if (i == 0 || f.total().compareTo(ranked.get(i - 1).total()) != 0) {
        rank = i + 1;
      }
      text.append(rank).append(". ").append(f.label()).append(": ")
          .append(f.total().stripTrailingZeros().toPlainString())
          .append(f.grade() == null ? "" : ", gradul " + f.grade()).append('\n');
    }
    execution.setVariable("hierarchyText", text.toString().strip());
  }

  /** Functions to re-evaluate (Reg. pt. 38): recalculation and/or comparison; none ends it. */
  public void checkReview(DelegateExecution task) {
    long cycleId = cycleId(task);
    Object listed = task.getVariable("functionsToReevaluate");
    List<Long> again = listed == null || listed.toString().isBlank() ? List.of()
        : ids(listed, "functionsToReevaluate",
            scored(cycleId).stream().map(EvaluatedFunction::id).toList());
    if (!again.isEmpty()) {
      Object how = task.getVariable("reevaluationMethod");
      FormRejection.require("RECALCULATION".equals(how) || "COMPARISON".equals(how)
          || "BOTH".equals(how), "reevaluationMethod",
          "Alegeți modul reevaluării: recalcularea punctajelor și/sau analiza comparativă "
              + "(pct. 38).");
      task.getProcessInstance().setVariable("functionsToScore", new ArrayList<>(again));
    }
    task.getProcessInstance().setVariable("reevaluate", !again.isEmpty());
  }

  /**
   * Separation thresholds between clusters of the hierarchy (Reg. pt. 41–42): ascending totals;
   * the grades are one more than the thresholds and at most 15. In a detailed evaluation they
   * give each function its grade; in a simplified one each function keeps the grade confirmed.
   */
  public void checkThresholds(DelegateExecution task) {
    String text = FormRejection.text(task.getVariable("thresholds"), "thresholds",
        "Pragurile de separare");
    List<BigDecimal> thresholds = new ArrayList<>();
    for (String part : text.split("[;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      BigDecimal value;
      try {
        value = new BigDecimal(part.replace(',', '.'));
      } catch (NumberFormatException e) {
        throw FormRejection.reject("thresholds", "„" + part + "” nu este un punctaj.");
      }
      FormRejection.require(value.signum() > 0 && (thresholds.isEmpty()
          || value.compareTo(thresholds.get(thresholds.size() - 1)) > 0), "thresholds",
          "Pragurile sunt punctaje pozitive, în ordine crescătoare.");
      thresholds.add(value);
    }
    int grades = thresholds.size() + 1;
    FormRejection.require(grades <= MAX_GRADES, "thresholds", thresholds.size()
        + " praguri dau " + grades + " grade de salarizare; numărul gradelor nu poate depăși "
        + MAX_GRADES + " (pct. 42 din Regulament).");
    long cycleId = cycleId(task);
    cycles.setThresholds(cycleId, thresholds.stream().map(BigDecimal::toPlainString)
        .collect(Collectors.joining("; ")));
    task.getProcessInstance().setVariable("gradeCount", grades);
    if ("DETAILED".equals(task.getVariable("evaluationMethod"))) {
      for (EvaluatedFunction function : scored(cycleId)) {
        int grade = 1 + (int) thresholds.stream()
            .filter(t -> function.total().compareTo(t) >= 0).count();
        cycles.setGrade(function.id(), grade, "pragurile de separare");
      }
    }
  }

  /** Each graded function gets its salary class within its grade (Reg. pt. 42–44). */
  public void checkClasses(DelegateExecution task) {
    long cycleId = cycleId(task);
    Map<Long, String> classes = lines(task.getVariable("gridPositions"), "gridPositions",
        cycleId, true);
    List<EvaluatedFunction> graded = scored(cycleId);
    for (EvaluatedFunction function : graded) {
      String value = classes.get(function.id());
      FormRejection.require(value != null, "gridPositions",
          "Lipsește clasa de salarizare a funcției " + function.label() + ".");
      int salaryClass;
      try {
        salaryClass = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw FormRejection.reject("gridPositions", "Clasa funcției nr. " + function.id()
            + " este un număr întreg.");
      }
      FormRejection.require(salaryClass >= 1, "gridPositions", "Clasa funcției nr. "
          + function.id() + " este cel puțin 1.");
      cycles.setSalaryClass(function.id(), salaryClass);
    }
  }

  // ---- 5 Financial impact, minutes (Reg. pt. 45–46) --------------------------------------------

  public void checkImpact(DelegateExecution task) {
    FormRejection.text(task.getVariable("impactScenarios"), "impactScenarios",
        "Scenariile analizate și impactul financiar");
    FormRejection.require(task.getVariable("annualImpact") instanceof Number, "annualImpact",
        "Impactul financiar anual estimat (lei).");
  }

  public void checkMinutes(DelegateExecution task) {
    FormRejection.text(task.getVariable("minutesNumber"), "minutesNumber",
        "Numărul procesului-verbal");
    FormRejection.require(yes(task, "minutesApproved"), "minutesApproved",
        "Procesul-verbal se aprobă de conducătorul grupului de lucru.");
  }

  /** The results are recorded: the basis for amending Law 270/2018 (Reg. pt. 46). */
  public void recordResults(DelegateExecution execution) {
    cycles.setCycleStatus(cycleId(execution), "COMPLETED");
  }

  public void closeWithoutProposals(DelegateExecution execution) {
    cycles.setCycleStatus(cycleId(execution), "NO_PROPOSALS");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private List<EvaluatedFunction> scored(long cycleId) {
    return cycles.functions(cycleId).stream()
        .filter(f -> "ACCEPTED".equals(f.status()) && f.total() != null)
        .sorted(Comparator.comparing(EvaluatedFunction::total).reversed()
            .thenComparing(EvaluatedFunction::id))
        .toList();
  }

  private boolean inTenant(String user, String tenant) {
    return identity.createUserQuery().userId(user).memberOfTenant(tenant).count() == 1;
  }

  private EvaluatedFunction function(Object functionId) {
    return cycles.function(number(functionId)).orElseThrow(() -> new IllegalStateException(
        "No function " + functionId));
  }

  /** "nr: text" per line, for functions of the cycle; {@code all} = every line needs a text. */
  private Map<Long, String> lines(Object value, String field, long cycleId, boolean all) {
    Map<Long, String> result = new LinkedHashMap<>();
    if (value == null || value.toString().isBlank()) {
      return result;
    }
    Set<Long> known = cycles.functions(cycleId).stream().map(EvaluatedFunction::id)
        .collect(Collectors.toSet());
    for (String line : value.toString().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(":", 2);
      long id;
      try {
        id = Long.parseLong(parts[0].replace("nr.", "").strip());
      } catch (NumberFormatException e) {
        throw FormRejection.reject(field, "Fiecare rând începe cu numărul funcției: „"
            + line.strip() + "”.");
      }
      FormRejection.require(known.contains(id), field, "Funcția nr. " + id
          + " nu este propusă în acest ciclu.");
      FormRejection.require(parts.length == 2 && !parts[1].isBlank(), field,
          "După numărul funcției " + id + " urmează „:” și " + (all ? "valoarea." : "motivul."));
      result.put(id, parts[1].strip());
    }
    return result;
  }

  private static List<Long> ids(Object value, String field, List<Long> allowed) {
    List<Long> ids = new ArrayList<>();
    for (String part : value.toString().split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      long id;
      try {
        id = Long.parseLong(part.strip());
      } catch (NumberFormatException e) {
        throw FormRejection.reject(field, "„" + part + "” nu este numărul unei funcții.");
      }
      FormRejection.require(allowed.contains(id), field, "Funcția nr. " + id
          + " nu este printre cele evaluate în acest ciclu.");
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static BigDecimal score(DelegateExecution task, String name) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw FormRejection.reject(name, "„" + value + "” nu este un punctaj.");
    }
  }

  private static boolean yes(DelegateExecution task, String name) {
    Object value = task.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }

  private static Integer integer(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().strip());
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
  }

  private static long cycleId(DelegateExecution execution) {
    return number(execution.getVariable("cycleId"));
  }

}
