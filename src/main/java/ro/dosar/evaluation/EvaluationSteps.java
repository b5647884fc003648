package ro.dosar.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.evaluation.EmployeeRecords.EmployeeRecord;
import ro.dosar.evaluation.PerformanceEvaluationProcess.Variables;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of a professional performance evaluation (process {@code performanceEvaluation},
 * spec internal-regulation §5.2.5–5.2.12), called as
 * {@code ${evaluationSteps.<step>(execution)}}; the form re-checks are listener beans
 * ({@link EvaluationFormChecks}); the campaign that starts them is {@link CampaignSteps}. Notes
 * and grade: {@link EvaluationGrading} (EVAL-01…04, DMN {@code evaluationGrade}).
 */
@Component
public class EvaluationSteps {

  /** Objectives on the form (Forms 1–2 list up to 5 for the next period; as many here). */
  static final int OBJECTIVES = 5;
  /** Execution posts: 10 criteria (Annex Art. 10(1)); management posts: 16 (10(2)). */
  static final int EXECUTION_CRITERIA = 10;
  static final int MANAGEMENT_CRITERIA = 16;

  private final EmployeeRecords employees;
  private final EvaluationGrading grading;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final ro.dosar.documents.ContestDocuments documents;
  private final ro.dosar.documents.DocumentGeneration generation;

  public EvaluationSteps(EmployeeRecords employees,
      EvaluationGrading grading,
      IdentityService identity,
      WorkingDayCalendar calendar,
      ro.dosar.documents.ContestDocuments documents,
      ro.dosar.documents.DocumentGeneration generation) {
    this.generation = generation;
    this.employees = employees;
    this.grading = grading;
    this.identity = identity;
    this.calendar = calendar;
    this.documents = documents;
  }

  // ---- One evaluation (§5.2.5–5.2.12) -----------------------------------------------------------

  /** Who, for which period, by whom, until when (31 January of the next year, Art. 8(2)). */
  public void prepare(DelegateExecution execution) {
    String user = FormRejection.text(execution.getVariable(Variables.EMPLOYEE_USER),
        Variables.EMPLOYEE_USER,
        "Salariatul evaluat");
    EmployeeRecord employee = employees.find(user).orElseThrow(() -> FormRejection.reject(
        Variables.EMPLOYEE_USER, "Pentru „" + user + "” nu există fișa de personal a evaluării."));
    Object named = execution.getVariable(Variables.EVALUATED_YEAR);
    int year = named == null || named.toString().isBlank() ? calendar.today().getYear() - 1
        : Integer.parseInt(named.toString().strip());
    execution.setProcessBusinessKey(PerformanceEvaluationProcess.businessKey(user, year));
    execution.setVariable(Variables.EVALUATED_YEAR, year);
    execution.setVariable(Variables.EMPLOYEE_NAME, employee.fullName());
    execution.setVariable(Variables.POSITION_TYPE, employee.positionType());
    execution.setVariable(Variables.EVALUATOR_USER, employee.evaluatorUser());
    execution.setVariable(Variables.EVALUATOR_IS_DIRECTOR, identity.createUserQuery()
        .userId(employee.evaluatorUser()).memberOfGroup(RoleGroups.RECTOR).count() > 0);
    execution.setVariable(Variables.PERIOD_TEXT, "01.01." + year + " – 31.12." + year);
    execution.setVariable(Variables.EVALUATION_DUE_AT,
        calendar.endOfDay(LocalDate.of(year + 1, 1, 31)));
  }

  /** The evaluator's form: notes 1–5 for the objectives and every applicable criterion. */
  public void checkForm(DelegateExecution task) {
    List<BigDecimal> objectives = new ArrayList<>();
    for (int i = 1; i <= OBJECTIVES; i++) {
      Object text = task.getVariable(Variables.objective(i));
      if (text != null && !text.toString().isBlank()) {
        objectives.add(note(task, Variables.objectiveNote(i)));
      }
    }
    FormRejection.require(!objectives.isEmpty(), "objective1",
        "Stabiliți cel puțin un obiectiv al perioadei evaluate și nota lui (Anexa, art. 11).");
    boolean management = "MANAGEMENT".equals(task.getVariable(Variables.POSITION_TYPE));
    List<BigDecimal> criteria = new ArrayList<>();
    for (int i = 1; i <= (management ? MANAGEMENT_CRITERIA : EXECUTION_CRITERIA); i++) {
      Object value = task.getVariable(Variables.criterionNote(i));
      // Criterion 7 (independent work) is optional for execution posts (Q25).
      if (!management && i == 7 && (value == null || value.toString().isBlank())) {
        continue;
      }
      criteria.add(note(task, Variables.criterionNote(i)));
    }
    EvaluationGrading.Result result;
    try {
      result = grading.grade(objectives, criteria);
    } catch (InvalidInputException e) {
      throw FormRejection.reject(e.getField(), e.getMessage());
    }
    record(task, result);
  }

  /** The interview: the employee's point of view; the evaluator may change the form (Art. 13). */
  public void checkInterview(DelegateExecution task) {
    FormRejection.choice(task, Variables.FORM_TO_BE_MODIFIED);
  }

  /**
   * The Director countersigns; he changes the result only when the appraisal does not match
   * reality or the disagreement could not be settled (Annex Art. 16(1)), with the reason.
   */
  public void checkCountersignature(DelegateExecution task) {
    if (FormRejection.choice(task, Variables.COUNTERSIGN_MODIFIES)) {
      Object reason = task.getVariable(Variables.MODIFICATION_REASON);
      FormRejection.require("NOT_MATCHING_REALITY".equals(reason)
              || "UNRESOLVED_DISAGREEMENT".equals(reason), Variables.MODIFICATION_REASON,
          "Modificarea este permisă numai pentru motivele din Anexa, art. 16 alin. (1).");
      FormRejection.text(task.getVariable(Variables.MODIFICATION_TEXT), Variables.MODIFICATION_TEXT,
          "Motivarea modificării");
      regrade(task, Variables.MODIFIED_FINAL_NOTE);
    }
  }

  /** The employee took note of the report (or HR recorded his refusal): the 5 days start. */
  public void checkAcknowledgement(DelegateExecution task) {
    Object kind = task.getVariable(Variables.ACKNOWLEDGEMENT_KIND);
    FormRejection.require("SIGNED".equals(kind) || "REFUSAL_MINUTE".equals(kind),
        Variables.ACKNOWLEDGEMENT_KIND,
            "Consemnați luarea la cunoștință sau refuzul (proces-verbal).");
    LocalDate today = calendar.today();
    LocalDate contest = calendar.addCalendarDays(today, 5, true);
    task.getProcessInstance().setVariable(Variables.ACKNOWLEDGED_ON, today.toString());
    task.getProcessInstance().setVariable(Variables.CONTEST_DEADLINE, contest.toString());
    task.getProcessInstance().setVariable(Variables.CONTEST_DEADLINE_AT,
        calendar.endOfDay(contest));
    // Resolved within 15 days of the filing deadline (not of the filing, Art. 17(2)).
    task.getProcessInstance().setVariable(Variables.RESOLUTION_DUE_AT,
        calendar.endOfDay(calendar.addCalendarDays(contest, 15, true)));
  }

  /** A written reference to the contest (employee, evaluator, countersigner; Art. 17(2)). */
  public void checkReference(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.REFERENCE_TEXT), Variables.REFERENCE_TEXT,
        "Referatul");
  }

  /** The Director resolves the contest: the grade stands, or changes. */
  public void checkContestResolution(DelegateExecution task) {
    Object outcome = task.getVariable(Variables.CONTEST_OUTCOME);
    FormRejection.require("UPHELD".equals(outcome) || "MODIFIED".equals(outcome),
        Variables.CONTEST_OUTCOME, "Alegeți soluția contestației.");
    FormRejection.text(task.getVariable(Variables.CONTEST_REASONS), Variables.CONTEST_REASONS,
        "Motivarea");
    task.getProcessInstance().setVariable(Variables.CONTEST_OUTCOME, outcome);
    task.getProcessInstance().setVariable(Variables.CONTESTED, true);
    task.getProcessInstance().setVariable(Variables.RESULT_COMMUNICATION_DUE_AT,
        calendar.endOfDay(calendar.addCalendarDays(calendar.today(), 5, true)));
    if ("MODIFIED".equals(outcome)) {
      regrade(task, Variables.CONTEST_FINAL_NOTE);
    }
  }

  /** The grade is kept for history and promotion; an unsatisfactory one opens a retention task. */
  public void finalise(DelegateExecution execution) {
    employees.saveResult((String) execution.getVariable(Variables.EMPLOYEE_USER),
        ((Number) execution.getVariable(Variables.EVALUATED_YEAR)).intValue(),
        decimal(execution.getVariable(Variables.OBJECTIVES_NOTE)),
        decimal(execution.getVariable(Variables.CRITERIA_NOTE)),
        decimal(execution.getVariable(Variables.FINAL_NOTE)),
            (String) execution.getVariable(Variables.GRADE),
        Boolean.TRUE.equals(execution.getVariable(Variables.CONTESTED)),
        execution.getVariable(Variables.ACKNOWLEDGED_ON) == null ? null
            : LocalDate.parse(execution.getVariable(Variables.ACKNOWLEDGED_ON).toString()),
        execution.getProcessInstanceId());
    generation.laterFrom(execution, "evaluationSteps", "writeReport");
  }

  /**
   * The evaluation report, generated by its own asynchronous job from the variables as
   * {@link #finalise} saw them: a PDF failure becomes an incident, never a failed step.
   */
  public void writeReport(DelegateExecution execution) {
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("v", execution.getVariables());
    model.put("institution", "Evaluarea performanțelor profesionale individuale");
    model.put("caseTitle", execution.getProcessBusinessKey());
    model.put("gradeLabel", switch (String.valueOf(execution.getVariable(Variables.GRADE))) {
      case "FOARTE_BINE" -> "foarte bine";
      case "BINE" -> "bine";
      case "SATISFACATOR" -> "satisfăcător";
      default -> "nesatisfăcător";
    });
    Object outcome = execution.getVariable(Variables.CONTEST_OUTCOME);
    model.put("contest", outcome == null ? "nu a fost contestat"
        : "MODIFIED".equals(outcome) ? "admisă: calificativ modificat" : "respinsă");
    model.put("evaluator", execution.getVariable(Variables.EVALUATOR_USER));
    documents.generateFor(execution.getProcessBusinessKey(), "raport-evaluare",
        "Raportul de evaluare " + execution.getVariable(Variables.EVALUATED_YEAR), model);
  }

  /**
   * The exact input of the business rule task determineFinalGrade (table evaluationGrade): the
   * final note, after any countersignature or contest, in hundredths.
   */
  public int finalNoteHundredths(DelegateExecution execution) {
    return EvaluationRules.FromDecisions.hundredths(
        new BigDecimal(String.valueOf(execution.getVariable(Variables.FINAL_NOTE))));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private void regrade(DelegateExecution task, String field) {
    Object value = task.getVariable(field);
    BigDecimal note;
    try {
      note = new BigDecimal(FormRejection.text(value, field, "Nota finală").replace(',', '.'));
    } catch (NumberFormatException e) {
      throw FormRejection.reject(field, "Nota finală trebuie să fie un număr între 1,00 și 5,00.");
    }
    try {
      EvaluationGrading.Result result = grading.grade(note);
      task.getProcessInstance().setVariable(Variables.FINAL_NOTE,
          result.finalNote().toPlainString());
      task.getProcessInstance().setVariable(Variables.GRADE, result.grade().name());
    } catch (InvalidInputException e) {
      throw FormRejection.reject(field, e.getMessage());
    }
  }

  private static void record(DelegateExecution task, EvaluationGrading.Result result) {
    task.getProcessInstance().setVariable(Variables.OBJECTIVES_NOTE,
        result.objectivesNote().toPlainString());
    task.getProcessInstance().setVariable(Variables.CRITERIA_NOTE,
        result.criteriaNote().toPlainString());
    task.getProcessInstance().setVariable(Variables.FINAL_NOTE, result.finalNote().toPlainString());
    task.getProcessInstance().setVariable(Variables.GRADE, result.grade().name());
  }

  private static BigDecimal note(DelegateExecution task, String field) {
    Object value = task.getVariable(field);
    try {
      BigDecimal note = new BigDecimal(FormRejection.text(value, field, "Nota").replace(',', '.'));
      FormRejection.require(note.stripTrailingZeros().scale() <= 0
              && note.compareTo(BigDecimal.ONE) >= 0 && note.compareTo(BigDecimal.valueOf(5)) <= 0,
          field, "Nota „" + value + "” trebuie să fie un număr întreg de la 1 la 5 (Anexa, "
              + "art. 13 bis).");
      return note;
    } catch (NumberFormatException e) {
      throw FormRejection.reject(field, "Nota „" + value + "” nu este un număr.");
    }
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

}
