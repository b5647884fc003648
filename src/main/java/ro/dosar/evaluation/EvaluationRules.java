package ro.dosar.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The rules of the professional performance evaluation as the decision tables in
 * {@code dmn/evaluation/} state them. The bands live only in the tables, so that HR can read them
 * and a change of the regulation is a change of a model; Java code asks for them here.
 *
 * <p>The decision keys, input and output names below are a contract with the tables and with the
 * process models that evaluate the same tables in business rule tasks.
 *
 * <p>In the application the tables are the deployed ones ({@link Deployed}); tests evaluate the
 * same files with the standalone DMN engine by extending {@link FromDecisions}.
 */
public interface EvaluationRules {

  /** {@code dmn/evaluation/evaluation-grade.dmn}: {@code finalNote} → {@code grade}. */
  String EVALUATION_GRADE = "evaluationGrade";
  /** Every decision key of the evaluation rules. */
  List<String> DECISION_KEYS = List.of(EVALUATION_GRADE);

  /**
   * The grade of a final note (Annex Art. 14, spec §5.2.9).
   *
   * @throws IllegalStateException if the table has no single answer, as for a note outside
   *     1–5
   */
  Grade grade(BigDecimal finalNote);

  /**
   * The rules read from the answers of the decision tables, whichever engine evaluates them:
   * subclasses only say how a table is evaluated.
   */
  abstract class FromDecisions implements EvaluationRules {

    /** Evaluates the latest decision table with that key on the variables. */
    protected abstract DmnDecisionTableResult evaluate(String decisionKey,
        Map<String, Object> variables);

    @Override
    public Grade grade(BigDecimal finalNote) {
      Objects.requireNonNull(finalNote, "finalNote");
      Map<String, Object> variables = Map.of("finalNote", finalNote);
      DmnDecisionTableResult result = evaluate(EVALUATION_GRADE, variables);
      if (result == null || result.size() != 1) {
        throw new IllegalStateException(("Decision %s gives %s results for %s; exactly one "
            + "expected. Check the table in dmn/evaluation/").formatted(EVALUATION_GRADE,
            result == null ? "no" : result.size(), variables));
      }
      Object value = result.getSingleResult().getEntryMap().get("grade");
      if (value instanceof String name) {
        for (Grade grade : Grade.values()) {
          if (grade.name().equals(name)) {
            return grade;
          }
        }
      }
      throw new IllegalStateException(("Decision %s gives grade=%s, which the application does "
          + "not know. Check the table in dmn/evaluation/").formatted(EVALUATION_GRADE, value));
    }
  }

  /**
   * The application's rules: evaluates the decisions deployed in the process engine (the latest
   * version of each). The engine checks the current user's right to evaluate each decision;
   * {@link EvaluationAccess} gives it to every user.
   */
  @Component
  class Deployed extends FromDecisions {

    private final DecisionService decisionService;

    public Deployed(DecisionService decisionService) {
      this.decisionService = Objects.requireNonNull(decisionService, "decisionService");
    }

    @Override
    protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
      return decisionService.evaluateDecisionTableByKey(decisionKey).variables(variables)
          .evaluate();
    }
  }
}
