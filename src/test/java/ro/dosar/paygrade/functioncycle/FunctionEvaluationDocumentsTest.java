package ro.dosar.paygrade.functioncycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.paygrade.Criterion;
import ro.dosar.paygrade.DetailedMatrixMissingException;
import ro.dosar.paygrade.DetailedPointsMatrix;
import ro.dosar.paygrade.EvaluationForm.Cells;
import ro.dosar.paygrade.EvaluationForm;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;
import ro.dosar.paygrade.InvalidEvaluationFormException;
import ro.dosar.support.PdfText;
import ro.dosar.support.ProcessTest;

/**
 * The function evaluation form of Annex 2 generated in the running application, read back from
 * the stored PDF; and the application started with the repository's placeholder points matrix.
 */
@ProcessTest
class FunctionEvaluationDocumentsTest {

  @Autowired
  private FunctionEvaluationDocuments functionDocuments;
  @Autowired
  private ContestDocuments documents;
  @Autowired
  private DetailedPointsMatrix matrix;

  private static FunctionHeader header(String functionCode) {
    return new FunctionHeader("Ministerul Finanțelor", "MF",
        "Aparatul central al Ministerului Finanțelor", "0101",
        "Funcții de specialitate în serviciul public", "GO-3", "Specialist principal",
        functionCode);
  }

  /** Every criterion at a different level, so that each cell is found where it belongs. */
  private static Map<Criterion, Cells> grid() {
    Map<Criterion, Cells> grid = new EnumMap<>(Criterion.class);
    grid.put(Criterion.EDU, Cells.graded(6, "M"));
    grid.put(Criterion.CCD, Cells.graded(3, "S"));
    grid.put(Criterion.DEC, Cells.graded(2, "R"));
    grid.put(Criterion.LEAD, Cells.graded(4, "m"));
    grid.put(Criterion.COMM, Cells.graded(5, "R"));
    grid.put(Criterion.WORK, Cells.graded(1, "S"));
    grid.put(Criterion.EFF, Cells.effort(2, "R"));
    return grid;
  }

  private static EvaluationForm form(Map<Criterion, Cells> grid, String executor) {
    return new EvaluationForm(grid, "Fișa postului nr. 17 din 12.03.2026", "Țurcanu Ștefan",
        executor);
  }

  @Test
  void theForm_printsTheHeaderTheGridWithItsXCells_theJobDescriptionAndBothSignatories() {
    String owner = "EVALUARE-FUNCTII-2026-1";

    long id = functionDocuments.evaluationForm(owner, header(null),
        form(grid(), "Bîrcă Mariana"));

    assertThat(documents.ofOwner(owner)).extracting(ContestDocument::id, ContestDocument::kind,
            ContestDocument::title)
        .containsExactly(tuple(id, "fisa-evaluare-functie",
            "Fișa de evaluare a funcției: Specialist principal"));
    String text = PdfText.of(documents.content(id));
    assertThat(text)
        .contains("Anexa nr. 2 la Regulamentul privind modul de evaluare sistemică și de "
            + "reevaluare a funcțiilor în sectorul bugetar")
        .contains("Fișa de evaluare a funcției")
        .contains("Coduri")
        .contains("Denumirea autorității Ministerul Finanțelor MF")
        .contains("Denumirea unității bugetare Aparatul central al Ministerului Finanțelor 0101")
        .contains("Grup ocupațional Funcții de specialitate în serviciul public GO-3")
        // No function code: "x", as Annex 2 prints it.
        .contains("Denumirea funcției Specialist principal x")
        .contains("Criterii de evaluare Studii, cunoștințe și experiență Complexitate, "
            + "creativitate și diversitate Responsabilitate decizională Conducere, coordonare și "
            + "supervizare Comunicare Condiții de muncă Efort")
        .contains("Dimensiunea „profunzime” 6 3 2 4 5 1 x")
        .contains("Dimensiunea „cuprindere” M S R M R S x")
        .contains("Nivelul efortului fizic x x x x x x 2")
        .contains("Nivelul efortului mental x x x x x x R")
        .contains("Fișa postului nr. 17 din 12.03.2026")
        .contains("Conducător _______________ (semnătura) Țurcanu Ștefan (nume, prenume)")
        .contains("Executor _______________ (semnătura) Bîrcă Mariana (nume, prenume)");
    // Reg. pt. 36: nothing about the holder's salary or the function's current grade.
    assertThat(text.toLowerCase()).doesNotContain("salari", "gradul", "sexul", "genul");
  }

  @Test
  void aFunctionCode_isPrintedInsteadOfTheX() {
    String owner = "EVALUARE-FUNCTII-2026-2";

    long id = functionDocuments.evaluationForm(owner, header("F-2231"),
        form(grid(), "Bîrcă Mariana"));

    assertThat(PdfText.of(documents.content(id)))
        .contains("Denumirea funcției Specialist principal F-2231");
  }

  @Test
  void anIncompleteForm_isRefused_andNoDocumentIsStored() {
    String owner = "EVALUARE-FUNCTII-2026-3";
    Map<Criterion, Cells> grid = grid();
    grid.put(Criterion.LEAD, Cells.graded(12, "M"));

    InvalidEvaluationFormException refusal = catchThrowableOfType(
        InvalidEvaluationFormException.class,
        () -> functionDocuments.evaluationForm(owner, header(null), form(grid, " ")));

    assertThat(refusal.errors()).extracting(FormError::errorCode)
        .containsExactly("DEPTH_INVALID", "EXECUTOR_SIGNATURE_MISSING");
    assertThat(refusal.getMessage())
        .startsWith("Fișa de evaluare a funcției „Specialist principal” nu poate fi întocmită: ")
        .contains("de la 1 la 11");
    assertThat(documents.ofOwner(owner)).isEmpty();
  }

  @Test
  void aHeaderWithoutTheFunctionsName_isRefused() {
    assertThatThrownBy(() -> new FunctionHeader("Ministerul Finanțelor", null, "Aparatul central",
        null, "Grupul", null, "  ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fișa de evaluare a funcției: lipsește denumirea funcției.");
  }

  @Test
  void theApplicationStartsWithThePlaceholderMatrix_andRefusesDetailedScoring() {
    assertThat(matrix.complete()).isFalse();
    assertThat(matrix.fileName()).isEqualTo("config/paygrade/detailed-points-matrix.csv");
    assertThatThrownBy(() -> matrix.total(form(grid(), "Bîrcă Mariana")))
        .isInstanceOf(DetailedMatrixMissingException.class)
        .hasMessageContaining("(config/paygrade/detailed-points-matrix.csv: 135 de celule fără "
            + "valoare)");
  }
}
