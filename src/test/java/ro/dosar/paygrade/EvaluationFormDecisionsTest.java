package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.paygrade.PaygradeTestRules.RULES;
import static ro.dosar.paygrade.PaygradeTestRules.variables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation form tables of {@code dmn/paygrade/function-evaluation-form.dmn} (spec §3.8,
 * §4): the ranges of each criterion, and every rule of the form broken once, on an otherwise
 * valid form.
 */
class EvaluationFormDecisionsTest {

  /** A valid form (Annex 2): criteria 1–6 with depth and scope, effort with its two rows. */
  private static Map<String, Object> validForm() {
    Map<String, Object> form = variables(
        "eduDepth", 6, "eduScope", "M", "eduPhysical", null, "eduMental", null,
        "ccdDepth", 3, "ccdScope", "S", "ccdPhysical", null, "ccdMental", null,
        "decDepth", 2, "decScope", "S", "decPhysical", null, "decMental", null,
        "leadDepth", 3, "leadScope", "M", "leadPhysical", null, "leadMental", null,
        "commDepth", 2, "commScope", "S", "commPhysical", null, "commMental", null,
        "workDepth", 1, "workScope", "R", "workPhysical", null, "workMental", null,
        "effDepth", null, "effScope", null, "effPhysical", 1, "effMental", "M");
    form.put("jobDescriptionRef", "Fișa postului nr. 17 din 02.03.2020");
    form.put("headSignedBy", "Popescu Ion");
    form.put("executorSignedBy", "Rusu Ana");
    return form;
  }

  private static List<Map<String, Object>> errors(Map<String, Object> form) {
    return RULES.evaluate(PaygradeRules.VALIDATE_EVALUATION_FORM, form);
  }

  /** The errors of the valid form with one field changed. */
  private static List<Map<String, Object>> errorsWith(String field, Object value) {
    Map<String, Object> form = validForm();
    assertThat(form).containsKey(field);
    form.put(field, value);
    return errors(form);
  }

  @Test
  void aValidForm_hasNoErrors() {
    assertThat(errors(validForm())).isEmpty();
  }

  @Test
  void theHighestLevels_areValid() {
    Map<String, Object> form = validForm();
    form.putAll(variables("eduDepth", 8, "ccdDepth", 5, "decDepth", 6, "leadDepth", 11,
        "commDepth", 7, "workDepth", 5, "effPhysical", 3, "eduScope", "R", "effMental", "R"));
    assertThat(errors(form)).isEmpty();
  }

  /** Annex 1: the depth levels of each criterion; one past either end, or none, is an error. */
  @ParameterizedTest(name = "{0} = {1} → DEPTH_INVALID")
  @CsvSource(textBlock = """
      eduDepth,  9
      eduDepth,  0
      ccdDepth,  6
      ccdDepth,  0
      decDepth,  7
      decDepth,  0
      leadDepth, 12
      leadDepth, 0
      commDepth, 8
      commDepth, 0
      workDepth, 6
      workDepth, 0
      workDepth, -1
      """)
  void aDepthOutsideItsCriterionsLevels_isOneError(String field, int depth) {
    assertThat(errorsWith(field, depth)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "DEPTH_INVALID")
            .containsEntry("field", field));
  }

  @ParameterizedTest(name = "{0} missing → DEPTH_INVALID")
  @ValueSource(strings = {"eduDepth", "ccdDepth", "decDepth", "leadDepth", "commDepth",
      "workDepth"})
  void aMissingDepth_isOneError(String field) {
    assertThat(errorsWith(field, null)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "DEPTH_INVALID")
            .containsEntry("field", field));
  }

  @Test
  void theDepthMessage_namesTheCriterionAndItsLevels() {
    assertThat(errorsWith("leadDepth", 12)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("message", "Conducere, coordonare "
            + "și supervizare: dimensiunea „profunzime” trebuie să fie un nivel de la 1 la 11."));
  }

  @ParameterizedTest(name = "{0} = [{1}] → SCOPE_INVALID")
  @CsvSource(textBlock = """
      eduScope,  X
      ccdScope,  m
      decScope,  SM
      leadScope, ''
      commScope, 1
      workScope, H
      """)
  void aScopeOtherThanSMR_isOneError(String field, String scope) {
    assertThat(errorsWith(field, scope)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "SCOPE_INVALID")
            .containsEntry("field", field));
  }

  @ParameterizedTest(name = "{0} missing → SCOPE_INVALID")
  @ValueSource(strings = {"eduScope", "ccdScope", "decScope", "leadScope", "commScope",
      "workScope"})
  void aMissingScope_isOneError(String field) {
    assertThat(errorsWith(field, null)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "SCOPE_INVALID")
            .containsEntry("field", field));
  }

  /** Annex 2 marks the effort rows "x" under criteria 1–6 (INT-14). */
  @ParameterizedTest(name = "{0} = {1} → CELL_MUST_BE_EMPTY")
  @CsvSource(textBlock = """
      eduPhysical,  1
      ccdPhysical,  2
      decPhysical,  3
      leadPhysical, 1
      commPhysical, 1
      workPhysical, 2
      eduMental,    S
      ccdMental,    M
      decMental,    R
      leadMental,   S
      commMental,   S
      workMental,   M
      """)
  void anEffortCellOfCriteria1To6_filledIn_isOneError(String field, String value) {
    Object cell = field.endsWith("Physical") ? Integer.valueOf(value) : value;
    assertThat(errorsWith(field, cell)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "CELL_MUST_BE_EMPTY")
            .containsEntry("field", field));
  }

  /** Annex 2 marks depth and scope "x" under effort (INT-14). */
  @Test
  void theEffortsDepth_filledIn_isOneError() {
    assertThat(errorsWith("effDepth", 2)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "CELL_MUST_BE_EMPTY")
            .containsEntry("field", "effDepth"));
  }

  @Test
  void theEffortsScope_filledIn_isOneError() {
    assertThat(errorsWith("effScope", "M")).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "CELL_MUST_BE_EMPTY")
            .containsEntry("field", "effScope"));
  }

  @ParameterizedTest(name = "effPhysical = {0} → PHYSICAL_EFFORT_INVALID")
  @ValueSource(ints = {0, 4})
  void aPhysicalEffortOutside1To3_isOneError(int level) {
    assertThat(errorsWith("effPhysical", level)).singleElement()
        .satisfies(error -> assertThat(error)
            .containsEntry("errorCode", "PHYSICAL_EFFORT_INVALID")
            .containsEntry("field", "effPhysical")
            .containsEntry("message", "Efort: nivelul efortului fizic trebuie să fie de la 1 la 3."));
  }

  @Test
  void aMissingPhysicalEffort_isOneError() {
    assertThat(errorsWith("effPhysical", null)).singleElement()
        .satisfies(error -> assertThat(error)
            .containsEntry("errorCode", "PHYSICAL_EFFORT_INVALID"));
  }

  @ParameterizedTest(name = "effMental = [{0}] → MENTAL_EFFORT_INVALID")
  @ValueSource(strings = {"X", "Ridicat", ""})
  void aMentalEffortOtherThanSMR_isOneError(String level) {
    assertThat(errorsWith("effMental", level)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "MENTAL_EFFORT_INVALID")
            .containsEntry("field", "effMental"));
  }

  @Test
  void aMissingMentalEffort_isOneError() {
    assertThat(errorsWith("effMental", null)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", "MENTAL_EFFORT_INVALID"));
  }

  @ParameterizedTest(name = "{0} = [{2}] → {1}")
  @CsvSource(textBlock = """
      jobDescriptionRef, JOB_DESCRIPTION_MISSING,
      jobDescriptionRef, JOB_DESCRIPTION_MISSING,    ''
      headSignedBy,      HEAD_SIGNATURE_MISSING,
      headSignedBy,      HEAD_SIGNATURE_MISSING,     ''
      executorSignedBy,  EXECUTOR_SIGNATURE_MISSING,
      executorSignedBy,  EXECUTOR_SIGNATURE_MISSING, ''
      """)
  void aMissingSignatureOrJobDescription_isOneError(String field, String code, String value) {
    assertThat(errorsWith(field, value)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("errorCode", code)
            .containsEntry("field", field));
  }

  @Test
  void theSignatureMessages_sayWhoMustSign() {
    assertThat(errorsWith("headSignedBy", null)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("message",
            "Fișa trebuie semnată de conducător (semnătura, numele și prenumele)."));
    assertThat(errorsWith("executorSignedBy", null)).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("message", "Fișa trebuie semnată de "
            + "executor, persoana care a întocmit-o (semnătura, numele și prenumele)."));
  }

  @Test
  void anEmptyForm_collectsEveryMissingCell_inTheTablesOrder() {
    Map<String, Object> empty = new HashMap<>();
    validForm().keySet().forEach(field -> empty.put(field, null));

    assertThat(errors(empty)).extracting(error -> error.get("field")).containsExactly(
        "eduDepth", "eduScope", "ccdDepth", "ccdScope", "decDepth", "decScope",
        "leadDepth", "leadScope", "commDepth", "commScope", "workDepth", "workScope",
        "effPhysical", "effMental", "jobDescriptionRef", "headSignedBy", "executorSignedBy");
  }

  @Test
  void everyMessage_isRomanianWithCommaBelowLetters() {
    Map<String, Object> everythingWrong = new HashMap<>();
    validForm().keySet().forEach(field -> everythingWrong.put(field,
        field.endsWith("Depth") || field.endsWith("Physical") ? 99 : "x"));
    everythingWrong.putAll(variables("jobDescriptionRef", null, "headSignedBy", null,
        "executorSignedBy", null));

    List<Map<String, Object>> errors = errors(everythingWrong);

    assertThat(errors).hasSize(31);
    assertThat(errors).extracting(error -> (String) error.get("message"))
        .allSatisfy(message -> assertThat(message).isNotBlank().endsWith(".")
            .doesNotContain("ş", "ţ", "Ş", "Ţ"));
  }

  // ---- criterionDomain -------------------------------------------------------------------------

  private static Map<String, Object> domain(String code) {
    List<Map<String, Object>> rows =
        RULES.evaluate(PaygradeRules.CRITERION_DOMAIN, variables("criterionCode", code));
    assertThat(rows).as(code).hasSize(1);
    return rows.get(0);
  }

  /** Annex 1: EDU 8, CCD 5, DEC 6, LEAD 11, COMM 7, WORK 5 depth levels; effort 3 physical. */
  @ParameterizedTest(name = "{0}: {1} levels, scope {2}, effort {3}")
  @CsvSource(textBlock = """
      EDU,  8,  true,  false
      CCD,  5,  true,  false
      DEC,  6,  true,  false
      LEAD, 11, true,  false
      COMM, 7,  true,  false
      WORK, 5,  true,  false
      EFF,  3,  false, true
      """)
  void domain_ofEachCriterion(String code, int depthMax, boolean scopeApplies,
      boolean effortApplies) {
    assertThat(domain(code)).containsEntry("depthMax", depthMax)
        .containsEntry("scopeApplies", scopeApplies)
        .containsEntry("effortApplies", effortApplies);
  }

  @Test
  void domain_ofAnUnknownCriterion_hasNoRow() {
    assertThat(RULES.evaluate(PaygradeRules.CRITERION_DOMAIN, variables("criterionCode", "IMPACT")))
        .isEmpty();
  }

  /** The two tables state the ranges twice; they must agree. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"EDU", "CCD", "DEC", "LEAD", "COMM", "WORK"})
  void domain_andFormValidation_agreeOnTheHighestDepth(String code) {
    int depthMax = (Integer) domain(code).get("depthMax");
    String field = code.toLowerCase(java.util.Locale.ROOT) + "Depth";

    assertThat(errorsWith(field, depthMax)).isEmpty();
    assertThat(errorsWith(field, depthMax + 1)).hasSize(1);
  }

  @Test
  void domain_andFormValidation_agreeOnTheHighestPhysicalEffort() {
    int physicalMax = (Integer) domain("EFF").get("depthMax");

    assertThat(errorsWith("effPhysical", physicalMax)).isEmpty();
    assertThat(errorsWith("effPhysical", physicalMax + 1)).hasSize(1);
  }
}
