package ro.dosar.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.springframework.stereotype.Component;
import ro.dosar.decision.DeployedDecisions;

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

  /** {@code dmn/evaluation/evaluation-grade.dmn}: {@code finalNoteHundredths} → {@code grade}. */
  String EVALUATION_GRADE = "evaluationGrade";
  /**
   * {@code dmn/evaluation/evaluation-eligibility.dmn}: {@code contractEndsOrModified},
   * {@code promotedOrNewDiploma}, {@code isDebutant}, {@code contractSuspended},
   * {@code longLeaveLast12Months}, {@code monthsWorkedInPeriod} → {@code eligibility},
   * {@code ruleId}.
   */
  String EVALUATION_ELIGIBILITY = "evaluationEligibility";
  /** Every decision key of the evaluation rules. */
  List<String> DECISION_KEYS = List.of(EVALUATION_GRADE, EVALUATION_ELIGIBILITY);

  /**
   * The grade of a final note (Annex Art. 14, spec §5.2.9).
   *
   * @throws IllegalStateException if the table has no single answer, as for a note outside
   *     1–5
   */
  Grade grade(BigDecimal finalNote);

  /**
   * Whether and when an employee is evaluated (Annex Art. 8–9, spec §5.2.4): the first rule of
   * the table that matches, in the order contract ends or is modified, promotion or new diploma,
   * debutant, suspended contract, long leave, at least 6 months worked, otherwise.
   *
   * @throws IllegalStateException if the table has no single answer, or one the application
   *     does not know
   */
  Eligibility eligibility(EligibilityFacts facts);

  /**
   * The rules read from the answers of the decision tables, whichever engine evaluates them:
   * subclasses only say how a table is evaluated.
   */
  abstract class FromDecisions implements EvaluationRules {

    /** Evaluates the latest decision table with that key on the variables. */
    protected abstract DmnDecisionTableResult evaluate(String decisionKey,
        Map<String, Object> variables);

    /**
     * A note in hundredths, the exact integer the grade table compares: notes carry 2 decimals;
     * a finer one is rounded up, which keeps the table's left-open bands exact.
     */
    public static int hundredths(BigDecimal note) {
      return note.movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }

    @Override
    public Grade grade(BigDecimal finalNote) {
      Objects.requireNonNull(finalNote, "finalNote");
      Map<String, Object> variables = Map.of("finalNoteHundredths", hundredths(finalNote));
      return valueOf(Grade.class, EVALUATION_GRADE, "grade", variables);
    }

    @Override
    public Eligibility eligibility(EligibilityFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Map<String, Object> variables = Map.of(
          "contractEndsOrModified", facts.contractEndsOrModified(),
          "promotedOrNewDiploma", facts.promotedOrNewDiploma(),
          "isDebutant", facts.debutant(),
          "contractSuspended", facts.contractSuspended(),
          "longLeaveLast12Months", facts.longLeaveLast12Months(),
          "monthsWorkedInPeriod", facts.monthsWorkedInPeriod());
      return valueOf(Eligibility.class, EVALUATION_ELIGIBILITY, "eligibility", variables);
    }

    /**
     * The constant named by the output of the table's single answer.
     *
     * @throws IllegalStateException if the table gives no or several answers, or a name that
     *     is not a constant of the type
     */
    private <E extends Enum<E>> E valueOf(Class<E> type, String decisionKey, String output,
        Map<String, Object> variables) {
      DmnDecisionTableResult result = evaluate(decisionKey, variables);
      if (result == null || result.size() != 1) {
        throw new IllegalStateException(("Decision %s gives %s results for %s; exactly one "
            + "expected. Check the table in dmn/evaluation/").formatted(decisionKey,
            result == null ? "no" : result.size(), variables));
      }
      Object value = result.getSingleResult().getEntryMap().get(output);
      if (value instanceof String name) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(name)) {
            return constant;
          }
        }
      }
      throw new IllegalStateException(("Decision %s gives %s=%s, which the application does "
          + "not know. Check the table in dmn/evaluation/").formatted(decisionKey, output,
          value));
    }
  }

  /**
   * The application's rules: evaluates the decisions deployed in the process engine (the latest
   * version of each). The engine checks the current user's right to evaluate each decision;
   * {@link ro.dosar.security.Authorizations} gives it to every user.
   */
  @Component
  class Deployed extends FromDecisions {

    private final DeployedDecisions decisions;

    public Deployed(DeployedDecisions decisions) {
      this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
      return decisions.table(decisionKey, variables);
    }
  }
}
