package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ro.dosar.paygrade.EvaluationForm.Cells;
import ro.dosar.paygrade.EvaluationFormValidation.CriterionDomain;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;

/** The form validation service on the real table, with the form as a Java record. */
class EvaluationFormValidationTest {

  private final EvaluationFormValidation service =
      new EvaluationFormValidation(PaygradeTestRules.RULES);

  private static Map<Criterion, Cells> validGrid() {
    Map<Criterion, Cells> grid = new EnumMap<>(Criterion.class);
    grid.put(Criterion.EDU, Cells.graded(6, "M"));
    grid.put(Criterion.CCD, Cells.graded(3, "S"));
    grid.put(Criterion.DEC, Cells.graded(2, "S"));
    grid.put(Criterion.LEAD, Cells.graded(3, "M"));
    grid.put(Criterion.COMM, Cells.graded(2, "S"));
    grid.put(Criterion.WORK, Cells.graded(1, "R"));
    grid.put(Criterion.EFF, Cells.effort(1, "M"));
    return grid;
  }

  private static EvaluationForm form(Map<Criterion, Cells> grid) {
    return new EvaluationForm(grid, "Fișa postului nr. 17", "Popescu Ion", "Rusu Ana");
  }

  @Test
  void aValidForm_hasNoErrors() {
    assertThat(service.validate(form(validGrid()))).isEmpty();
  }

  @Test
  void scopeLettersInLowerCaseAndSpaces_areReadAsTheLetters() {
    Map<Criterion, Cells> grid = validGrid();
    grid.put(Criterion.EDU, Cells.graded(6, " m "));
    grid.put(Criterion.EFF, Cells.effort(2, "r"));

    assertThat(service.validate(form(grid))).isEmpty();
  }

  @Test
  void blankSignatures_areMissingSignatures() {
    EvaluationForm form = new EvaluationForm(validGrid(), "Fișa postului nr. 17", "  ", null);

    assertThat(service.validate(form)).extracting(FormError::errorCode)
        .containsExactly("HEAD_SIGNATURE_MISSING", "EXECUTOR_SIGNATURE_MISSING");
  }

  @Test
  void aMissingCriterion_isReportedCellByCell() {
    Map<Criterion, Cells> grid = validGrid();
    grid.remove(Criterion.LEAD);

    assertThat(service.validate(form(grid))).extracting(FormError::field)
        .containsExactly("leadDepth", "leadScope");
  }

  @Test
  void effortGradedLikeTheOtherCriteria_isTwoCellsFilledAndTwoMissing() {
    Map<Criterion, Cells> grid = validGrid();
    grid.put(Criterion.EFF, Cells.graded(2, "M"));

    assertThat(service.validate(form(grid)))
        .extracting(FormError::field, FormError::errorCode)
        .containsExactly(
            tuple("effDepth", "CELL_MUST_BE_EMPTY"),
            tuple("effScope", "CELL_MUST_BE_EMPTY"),
            tuple("effPhysical", "PHYSICAL_EFFORT_INVALID"),
            tuple("effMental", "MENTAL_EFFORT_INVALID"));
  }

  @Test
  void domain_readsCriterionDomain() {
    assertThat(service.domain(Criterion.LEAD)).isEqualTo(new CriterionDomain(11, true, false));
    assertThat(service.domain(Criterion.EFF)).isEqualTo(new CriterionDomain(3, false, true));
  }

  @Test
  void toVariables_namesEveryCellOfTheGrid() {
    Map<String, Object> variables = form(validGrid()).toVariables();

    assertThat(variables).hasSize(7 * 4 + 3)
        .containsEntry("eduDepth", 6).containsEntry("eduScope", "M")
        .containsEntry("eduPhysical", null).containsEntry("effPhysical", 1)
        .containsEntry("effMental", "M").containsEntry("effDepth", null)
        .containsEntry("headSignedBy", "Popescu Ion");
  }
}
