package ro.dosar.paygrade.functioncycle;

import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.cycleId;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.function;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.ids;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.lines;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.scored;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.text;
import static ro.dosar.paygrade.functioncycle.FunctionCycleVariables.yes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;
import ro.dosar.tasklist.FormRejection;

/**
 * From the scores to the grades (Reg. pt. 37–46): the hierarchy of the scored functions, their
 * re-evaluation, the grade thresholds and salary classes, the financial impact, the minutes and
 * the results recorded. Called as {@code ${functionGradingSteps.<step>(execution)}}.
 */
@Component
public class FunctionGradingSteps {

  private final FunctionCycleRepository cycles;

  public FunctionGradingSteps(FunctionCycleRepository cycles) {
    this.cycles = cycles;
  }

  // ---- 4 Hierarchy, re-evaluation, grades, classes (Reg. pt. 37–44) ---------------------------

  /**
   * The hierarchy of the evaluated functions, by total, highest first (Reg. pt. 37, 40); equal
   * totals share a rank, the next rank skipping as many (1, 1, 3: INT-15).
   */
  public void buildHierarchy(DelegateExecution execution) {
    List<EvaluatedFunction> ranked = scored(cycles, cycleId(execution));
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
    execution.setVariable(Variables.HIERARCHY_TEXT, text.toString().strip());
  }

  /** Functions to re-evaluate (Reg. pt. 38): recalculation and/or comparison; none ends it. */
  public void checkReview(DelegateExecution task) {
    long cycleId = cycleId(task);
    Object listed = task.getVariable(Variables.FUNCTIONS_TO_REEVALUATE);
    List<Long> again = listed == null || listed.toString().isBlank() ? List.of()
        : ids(listed, Variables.FUNCTIONS_TO_REEVALUATE,
            scored(cycles, cycleId).stream().map(EvaluatedFunction::id).toList());
    if (!again.isEmpty()) {
      Object how = task.getVariable(Variables.REEVALUATION_METHOD);
      FormRejection.require("RECALCULATION".equals(how) || "COMPARISON".equals(how)
          || "BOTH".equals(how), Variables.REEVALUATION_METHOD,
          "Alegeți modul reevaluării: recalcularea punctajelor și/sau analiza comparativă "
              + "(pct. 38).");
      task.getProcessInstance().setVariable(Variables.FUNCTIONS_TO_SCORE, new ArrayList<>(again));
    }
    task.getProcessInstance().setVariable(Variables.REEVALUATE, !again.isEmpty());
  }

  /**
   * Separation thresholds between clusters of the hierarchy (Reg. pt. 41–42): ascending totals;
   * the grades are one more than the thresholds and at most 15. In a detailed evaluation they
   * give each function its grade; in a simplified one each function keeps the grade confirmed.
   */
  public void checkThresholds(DelegateExecution task) {
    String text = FormRejection.text(task.getVariable(Variables.THRESHOLDS), Variables.THRESHOLDS,
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
        throw FormRejection.reject(Variables.THRESHOLDS, "„" + part + "” nu este un punctaj.");
      }
      FormRejection.require(value.signum() > 0 && (thresholds.isEmpty()
          || value.compareTo(thresholds.get(thresholds.size() - 1)) > 0), Variables.THRESHOLDS,
          "Pragurile sunt punctaje pozitive, în ordine crescătoare.");
      thresholds.add(value);
    }
    int grades = thresholds.size() + 1;
    FormRejection.require(grades <= FunctionCycleSteps.MAX_GRADES, Variables.THRESHOLDS,
        thresholds.size()
        + " praguri dau " + grades + " grade de salarizare; numărul gradelor nu poate depăși "
        + FunctionCycleSteps.MAX_GRADES + " (pct. 42 din Regulament).");
    long cycleId = cycleId(task);
    cycles.setThresholds(cycleId, thresholds.stream().map(BigDecimal::toPlainString)
        .collect(Collectors.joining("; ")));
    task.getProcessInstance().setVariable(Variables.GRADE_COUNT, grades);
    if ("DETAILED".equals(task.getVariable(Variables.EVALUATION_METHOD))) {
      for (EvaluatedFunction function : scored(cycles, cycleId)) {
        int grade = 1 + (int) thresholds.stream()
            .filter(t -> function.total().compareTo(t) >= 0).count();
        cycles.setGrade(function.id(), grade, "pragurile de separare");
      }
    }
  }

  /** Each graded function gets its salary class within its grade (Reg. pt. 42–44). */
  public void checkClasses(DelegateExecution task) {
    long cycleId = cycleId(task);
    Map<Long, String> classes = lines(cycles, task.getVariable(Variables.GRID_POSITIONS),
        Variables.GRID_POSITIONS,
        cycleId, true);
    List<EvaluatedFunction> graded = scored(cycles, cycleId);
    for (EvaluatedFunction function : graded) {
      String value = classes.get(function.id());
      FormRejection.require(value != null, Variables.GRID_POSITIONS,
          "Lipsește clasa de salarizare a funcției " + function.label() + ".");
      int salaryClass;
      try {
        salaryClass = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw FormRejection.reject(Variables.GRID_POSITIONS, "Clasa funcției nr. " + function.id()
            + " este un număr întreg.");
      }
      FormRejection.require(salaryClass >= 1, Variables.GRID_POSITIONS, "Clasa funcției nr. "
          + function.id() + " este cel puțin 1.");
      cycles.setSalaryClass(function.id(), salaryClass);
    }
  }

  // ---- 5 Financial impact, minutes (Reg. pt. 45–46) --------------------------------------------

  public void checkImpact(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.IMPACT_SCENARIOS), Variables.IMPACT_SCENARIOS,
        "Scenariile analizate și impactul financiar");
    FormRejection.require(task.getVariable(Variables.ANNUAL_IMPACT) instanceof Number,
        Variables.ANNUAL_IMPACT,
        "Impactul financiar anual estimat (lei).");
  }

  public void checkMinutes(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.MINUTES_NUMBER), Variables.MINUTES_NUMBER,
        "Numărul procesului-verbal");
    FormRejection.require(yes(task, Variables.MINUTES_APPROVED), Variables.MINUTES_APPROVED,
        "Procesul-verbal se aprobă de conducătorul grupului de lucru.");
  }

  /** The results are recorded: the basis for amending Law 270/2018 (Reg. pt. 46). */
  public void recordResults(DelegateExecution execution) {
    cycles.setCycleStatus(cycleId(execution), "COMPLETED");
  }
}
