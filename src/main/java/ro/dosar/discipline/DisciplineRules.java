package ro.dosar.discipline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.springframework.stereotype.Component;
import ro.dosar.decision.DeployedDecisions;

/**
 * The disciplinary rules as the decision tables in {@code dmn/discipline/} state them: which
 * sanctions exist for each category of staff and their bounds (Art. 35, 37(2), 38; spec §4.4).
 * The numbers live only in the table, so that a change of the regulation is a change of a model.
 *
 * <p>In the application the tables are the deployed ones ({@link Deployed}); tests evaluate the
 * same files with the standalone DMN engine by extending {@link FromDecisions}.
 */
public interface DisciplineRules {

  /**
   * {@code dmn/discipline/disciplinary-sanction-catalogue.dmn}: {@code employeeCategory},
   * {@code sanctionCode} → {@code severityRank}, {@code requiresPriorInvestigation},
   * {@code minPercent}, {@code maxPercent}, {@code maxMonths}, {@code maxDays}, {@code maxYears},
   * {@code radiationRule}.
   */
  String DISCIPLINARY_SANCTION_CATALOGUE = "disciplinarySanctionCatalogue";
  /** Every decision key of the disciplinary rules. */
  List<String> DECISION_KEYS = List.of(DISCIPLINARY_SANCTION_CATALOGUE);

  /**
   * The sanction with that code on the category's ladder, or empty if the category has no such
   * sanction (principle of legality, DISC-20).
   *
   * @throws IllegalStateException if the table answers more than once or with unknown values
   */
  Optional<SanctionTerms> sanction(EmployeeCategory employeeCategory, String sanctionCode);

  /**
   * The rules read from the answers of the decision tables, whichever engine evaluates them:
   * subclasses only say how a table is evaluated.
   */
  abstract class FromDecisions implements DisciplineRules {

    /** Evaluates the latest decision table with that key on the variables. */
    protected abstract DmnDecisionTableResult evaluate(String decisionKey,
        Map<String, Object> variables);

    @Override
    public Optional<SanctionTerms> sanction(EmployeeCategory employeeCategory,
        String sanctionCode) {
      Objects.requireNonNull(employeeCategory, "employeeCategory");
      Objects.requireNonNull(sanctionCode, "sanctionCode");
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("employeeCategory", employeeCategory.name());
      variables.put("sanctionCode", sanctionCode);
      DmnDecisionTableResult result = evaluate(DISCIPLINARY_SANCTION_CATALOGUE, variables);
      if (result == null || result.isEmpty()) {
        return Optional.empty();
      }
      if (result.size() != 1) {
        throw new IllegalStateException(("Decision %s gives %d results for %s; at most one "
            + "expected. Check the table in dmn/discipline/")
            .formatted(DISCIPLINARY_SANCTION_CATALOGUE, result.size(), variables));
      }
      Map<String, Object> outputs = result.getSingleResult().getEntryMap();
      Integer rank = integer(outputs, "severityRank");
      Object investigation = outputs.get("requiresPriorInvestigation");
      if (rank == null) {
        throw unexpected("severityRank", null);
      }
      if (!(investigation instanceof Boolean requiresPriorInvestigation)) {
        throw unexpected("requiresPriorInvestigation", investigation);
      }
      return Optional.of(new SanctionTerms(employeeCategory, sanctionCode, rank,
          requiresPriorInvestigation, integer(outputs, "minPercent"),
          integer(outputs, "maxPercent"), integer(outputs, "maxMonths"),
          integer(outputs, "maxDays"), integer(outputs, "maxYears"), radiationRule(outputs)));
    }

    private static Integer integer(Map<String, Object> outputs, String output) {
      Object value = outputs.get(output);
      if (value == null) {
        return null;
      }
      if (value instanceof Integer || value instanceof Long) {
        return Math.toIntExact(((Number) value).longValue());
      }
      throw unexpected(output, value);
    }

    private static RadiationRule radiationRule(Map<String, Object> outputs) {
      Object value = outputs.get("radiationRule");
      if (value instanceof String name) {
        for (RadiationRule rule : RadiationRule.values()) {
          if (rule.name().equals(name)) {
            return rule;
          }
        }
      }
      throw unexpected("radiationRule", value);
    }

    private static IllegalStateException unexpected(String output, Object value) {
      return new IllegalStateException(("Decision %s gives %s=%s, which the application does not "
          + "know. Check the table in dmn/discipline/")
          .formatted(DISCIPLINARY_SANCTION_CATALOGUE, output, value));
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
