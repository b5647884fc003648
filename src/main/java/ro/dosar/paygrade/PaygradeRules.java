package ro.dosar.paygrade;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import ro.dosar.decision.DeployedDecisions;

/**
 * The decisions of Moldova's unified pay system (GD 1231/2018 as amended by the 2020 draft
 * decision) that live in {@code dmn/paygrade/}. The thresholds, lists and texts are only in those
 * tables, so that a change of the law is a change of a model; the Java code asks the tables and
 * never writes the numbers down.
 *
 * <p>The decision keys are a contract with the process models: a business rule task calls them by
 * these keys, with variables named as the tables' inputs.
 * <ul>
 *   <li>{@code dmn/paygrade/institution-category.dmn}: {@value #CATEGORY_PRIMARY_EDUCATION},
 *       {@value #CATEGORY_PENITENTIARY_MEDICAL_UNIT}, {@value #CATEGORY_PERFORMING_ARTS},
 *       {@value #CATEGORY_NATIONAL_STATUS_HERITAGE}, {@value #CATEGORY_LIBRARY};</li>
 *   <li>{@code dmn/paygrade/simplified-evaluation.dmn}: {@value #SIMPLIFIED_TOTAL},
 *       {@value #SIMPLIFIED_GRADE_SUGGESTION}, {@value #SIMPLIFIED_BENCHMARK_PROFILE};</li>
 *   <li>{@code dmn/paygrade/function-evaluation-form.dmn}: {@value #CRITERION_DOMAIN},
 *       {@value #VALIDATE_EVALUATION_FORM}.</li>
 * </ul>
 *
 * <p>In the application the tables are the ones deployed in the process engine ({@link
 * Deployed}); tests parse the same files with the standalone DMN engine. Both answer through
 * {@link #evaluate}, so the services read a table the same way in both.
 */
public interface PaygradeRules {

  String CATEGORY_PRIMARY_EDUCATION = "categoryPrimaryEducation";
  String CATEGORY_PENITENTIARY_MEDICAL_UNIT = "categoryPenitentiaryMedicalUnit";
  String CATEGORY_PERFORMING_ARTS = "categoryPerformingArts";
  String CATEGORY_NATIONAL_STATUS_HERITAGE = "categoryNationalStatusHeritage";
  String CATEGORY_LIBRARY = "categoryLibrary";
  String SIMPLIFIED_TOTAL = "simplifiedTotal";
  String SIMPLIFIED_GRADE_SUGGESTION = "simplifiedGradeSuggestion";
  String SIMPLIFIED_BENCHMARK_PROFILE = "simplifiedBenchmarkProfile";
  String CRITERION_DOMAIN = "criterionDomain";
  String VALIDATE_EVALUATION_FORM = "validateEvaluationForm";

  /** Every decision key of {@code dmn/paygrade/}. */
  List<String> DECISION_KEYS = List.of(CATEGORY_PRIMARY_EDUCATION,
      CATEGORY_PENITENTIARY_MEDICAL_UNIT, CATEGORY_PERFORMING_ARTS,
      CATEGORY_NATIONAL_STATUS_HERITAGE, CATEGORY_LIBRARY, SIMPLIFIED_TOTAL,
      SIMPLIFIED_GRADE_SUGGESTION, SIMPLIFIED_BENCHMARK_PROFILE, CRITERION_DOMAIN,
      VALIDATE_EVALUATION_FORM);

  /**
   * Evaluates one decision.
   *
   * @param variables the decision's inputs by name; a value may be null (an empty field), and
   *     every input the table reads should be present, null or not
   * @return one map per matched rule (output name → value), in the table's order; for a literal
   *     expression, one map with its variable; an empty list when no rule matched. The tables
   *     answer no decimals (Camunda 7 has none): points come back in hundredths, read them with
   *     {@link Decimals#fromHundredths}, whole numbers with {@link Decimals#exact}.
   */
  List<Map<String, Object>> evaluate(String decisionKey, Map<String, ?> variables);

  /**
   * The application's rules: the latest deployed version of each decision, evaluated through the
   * process engine, so a new version of a model applies from the next call. The engine checks
   * the current user's right to evaluate the decision ({@link ro.dosar.security.Authorizations} gives it to every
   * user).
   *
   * <p>Moldova's institutions will get their own tenant; until then the tables are deployed
   * without a tenant, and the keys are looked up without one.
   */
  @Component
  class Deployed implements PaygradeRules {

    private final DeployedDecisions decisions;

    public Deployed(DeployedDecisions decisions) {
      this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    public List<Map<String, Object>> evaluate(String decisionKey, Map<String, ?> variables) {
      return decisions.rows(decisionKey, variables);
    }
  }
}
