package ro.dosar.paygrade.functioncycle;

import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.function;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.integer;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.number;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.score;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.paygrade.Criterion;
import ro.dosar.paygrade.DetailedPointsMatrix;
import ro.dosar.paygrade.EvaluationForm.Cells;
import ro.dosar.paygrade.EvaluationForm;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;
import ro.dosar.paygrade.EvaluationFormValidation;
import ro.dosar.paygrade.SimplifiedEvaluation.Scores;
import ro.dosar.paygrade.SimplifiedEvaluation.Suggestion;
import ro.dosar.paygrade.SimplifiedEvaluation;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;
import ro.dosar.tasklist.FormRejection;

/**
 * The scoring of a cycle's functions (Reg. pt. 16–36): what the scorers see of a function, the
 * simplified evaluation ({@link SimplifiedEvaluation}) confirmed or overridden by the Working
 * Group, and the detailed point matrix ({@link DetailedPointsMatrix}); nothing is computed here
 * that those do. Called as {@code ${functionScoringSteps.<step>(...)}}.
 */
@Component
public class FunctionScoringSteps {

  private final FunctionCycleRepository cycles;
  private final SimplifiedEvaluation simplified;
  private final DetailedPointsMatrix matrix;
  private final EvaluationFormValidation validation;

  public FunctionScoringSteps(FunctionCycleRepository cycles,
      SimplifiedEvaluation simplified,
      DetailedPointsMatrix matrix,
      EvaluationFormValidation validation) {
    this.cycles = cycles;
    this.simplified = simplified;
    this.matrix = matrix;
    this.validation = validation;
  }

  // ---- 3 Scoring (Reg. pt. 16–36) --------------------------------------------------------------

  /** The function as the scorers see it: name, group, unit, job description; no holder. */
  public String functionText(Object functionId) {
    EvaluatedFunction function = function(cycles, functionId);
    EvaluationForm form = cycles.form(function);
    return function.label() + "\nUnitatea: " + function.unitName() + "\nFișa postului: "
        + form.jobDescriptionRef();
  }

  /** A cell of the function's Annex 2 form, to fill the detailed scoring form. */
  public Object formCell(Object functionId, String variable) {
    return cycles.form(function(cycles, functionId)).toVariables().get(variable);
  }

  /** Simplified evaluation: the five scores against benchmark functions (Reg. pt. 30–34). */
  public void checkSimplified(DelegateExecution task) {
    long functionId = number(task.getVariable(Variables.FUNCTION_ID));
    String benchmarks = FormRejection.text(task.getVariable(Variables.BENCHMARK_FUNCTIONS),
        Variables.BENCHMARK_FUNCTIONS, "Funcțiile de referință din Registru cu care s-a comparat");
    Scores scores = new Scores(score(task, Variables.EDU), score(task, Variables.CCD),
        score(task, Variables.DEC), score(task, Variables.WORK), score(task, Variables.IMPACT));
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
    EvaluatedFunction function = function(cycles, functionId);
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
    long functionId = number(task.getVariable(Variables.FUNCTION_ID));
    Object decision = task.getVariable(Variables.GRADE_DECISION);
    FormRejection.require("CONFIRM".equals(decision) || "OVERRIDE".equals(decision),
        Variables.GRADE_DECISION, "Confirmați gradul sugerat sau stabiliți alt grad.");
    EvaluatedFunction function = function(cycles, functionId);
    if ("CONFIRM".equals(decision)) {
      cycles.setGrade(functionId, function.suggestedGrade(), null);
      return;
    }
    Object grade = task.getVariable(Variables.OVERRIDE_GRADE);
    int value = grade instanceof Number n ? n.intValue() : -1;
    FormRejection.require(value >= 1 && value <= FunctionCycleSteps.MAX_GRADES,
        Variables.OVERRIDE_GRADE,
        "Gradul de salarizare este de la 1 la " + FunctionCycleSteps.MAX_GRADES + " (pct. 42).");
    cycles.setGrade(functionId, value, FormRejection.text(task.getVariable(
        Variables.OVERRIDE_JUSTIFICATION), Variables.OVERRIDE_JUSTIFICATION,
            "Motivarea altui grad decât cel sugerat"));
  }

  /**
   * Detailed evaluation: the depth and scope of each criterion (Annex 1 levels), checked as an
   * Annex 2 form, then the points of the configured matrix (Reg. pt. 27–29, INT-09).
   */
  public void checkDetailed(DelegateExecution task) {
    long functionId = number(task.getVariable(Variables.FUNCTION_ID));
    EvaluationForm proposed = cycles.form(function(cycles, functionId));
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
    FormRejection.require(errors.isEmpty(),
        errors.isEmpty() ? Variables.EDU_DEPTH : errors.get(0).field(),
        errors.stream().map(FormError::message).collect(Collectors.joining(" ")));
    try {
      cycles.setDetailed(functionId, form, matrix.total(form));
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw FormRejection.reject(Variables.EDU_DEPTH, e.getMessage());
    }
  }
}
