package ro.dosar.contest;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.springframework.stereotype.Component;
import ro.dosar.decision.DeployedDecisions;

/**
 * The deadlines of a contest that depend on the kind of post, as the decision {@value
 * #DECISION_KEY} ({@code dmn/contest/contest-deadlines.dmn}) states them. The numbers live only in
 * that table, so that HR can read them and a change of the law is a change of one model; Java code
 * asks for them here and never writes them down.
 *
 * <p>In the application the numbers come from the deployed decision ({@link Deployed}); tests may
 * parse the same file with the standalone DMN engine and read the result with {@link
 * Deadlines#fromDecision}, so that both read the table the same way.
 */
public interface ContestDeadlineRules {

  /** Key of the decision in {@code dmn/contest/contest-deadlines.dmn}. */
  String DECISION_KEY = "contestDeadlines";

  /** Name of the decision's only input; its values are the {@link VacancyType} names. */
  String VACANCY_TYPE_INPUT = "vacancyType";

  /**
   * The deadlines for one kind of post.
   *
   * @throws IllegalStateException if the decision gives no single, complete answer for it
   */
  Deadlines forVacancy(VacancyType vacancyType);

  /**
   * The three numbers of working days that differ between a vacant and a temporarily vacant post.
   *
   * @param publicationLeadWorkingDays the announcement is published at least this many working
   *     days before the first test (PO.UVT-DRU-01 §8.1.3(1)): 15 for a vacant post, 10 for a
   *     temporarily vacant one
   * @param submissionWorkingDays files are submitted within this many working days from the day
   *     the announcement is displayed (§8.2.1(1)): 10 / 5
   * @param selectionWorkingDays the commission selects the files within this many working days
   *     from the end of the submission term (§8.2.1(2)): 2 / 1
   */
  record Deadlines(int publicationLeadWorkingDays, int submissionWorkingDays,
      int selectionWorkingDays) {

    /**
     * Reads the answer of the decision {@value #DECISION_KEY} (output names as in the table).
     *
     * @param vacancyType what was asked, for the error message
     * @throws IllegalStateException if the table gave no result or more than one, or an output is
     *     missing, not a whole number or negative
     */
    public static Deadlines fromDecision(VacancyType vacancyType, DmnDecisionTableResult result) {
      if (result == null || result.size() != 1) {
        throw new IllegalStateException(("Decision %s gives %s results for %s=%s; exactly one "
            + "expected. Check dmn/contest/contest-deadlines.dmn").formatted(DECISION_KEY,
            result == null ? "no" : result.size(), VACANCY_TYPE_INPUT, vacancyType));
      }
      Map<String, Object> outputs = result.getSingleResult().getEntryMap();
      return new Deadlines(
          workingDays(outputs, "publicationLeadWorkingDays", vacancyType),
          workingDays(outputs, "submissionWorkingDays", vacancyType),
          workingDays(outputs, "selectionWorkingDays", vacancyType));
    }

    private static int workingDays(Map<String, Object> outputs, String name,
        VacancyType vacancyType) {
      Object value = outputs.get(name);
      if (value instanceof Integer || value instanceof Long) {
        long days = ((Number) value).longValue();
        if (days >= 0 && days <= Integer.MAX_VALUE) {
          return (int) days;
        }
      }
      throw new IllegalStateException(("Decision %s gives %s=%s for %s=%s; a whole number of "
          + "working days, 0 or more, expected").formatted(DECISION_KEY, name, value,
          VACANCY_TYPE_INPUT, vacancyType));
    }
  }

  /**
   * The application's rules: evaluates the decision {@value #DECISION_KEY} deployed in the process
   * engine (the latest version), so that a new version of the model applies from the next call.
   * The engine checks the current user's right to evaluate the decision; every authenticated user
   * is given that right where the application's authorizations are set up.
   */
  @Component
  class Deployed implements ContestDeadlineRules {

    private final DeployedDecisions decisions;

    public Deployed(DeployedDecisions decisions) {
      this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    public Deadlines forVacancy(VacancyType vacancyType) {
      Objects.requireNonNull(vacancyType, "vacancyType");
      DmnDecisionTableResult result =
          decisions.table(DECISION_KEY, Map.of(VACANCY_TYPE_INPUT, vacancyType.name()));
      return Deadlines.fromDecision(vacancyType, result);
    }
  }
}
