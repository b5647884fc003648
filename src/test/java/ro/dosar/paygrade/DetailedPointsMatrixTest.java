package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ro.dosar.paygrade.EvaluationForm.Cells;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;

/**
 * The points matrix of the detailed evaluation, on the real {@code criterionDomain} table: the
 * repository's placeholder is refused, a complete matrix scores exactly, and a matrix with one
 * bad cell is refused naming the cell.
 *
 * <p>The complete matrix ({@code src/test/resources/paygrade/detailed-points-matrix-complete.csv})
 * is made-up test data: points = 1000 × the criterion's position (EDU 1 … EFF 7) + 10 × depth +
 * 0.25 (S) / 0.50 (M) / 0.75 (R), so that each cell's points say which cell they came from.
 */
class DetailedPointsMatrixTest {

  private static final String COMPLETE = "classpath:paygrade/detailed-points-matrix-complete.csv";
  private static final String REPOSITORY_FILE = "config/paygrade/detailed-points-matrix.csv";
  private static final String PLACEHOLDER_MESSAGE = "Matricea de puncte a evaluării detaliate nu "
      + "este completată (config/paygrade/detailed-points-matrix.csv: 135 de celule fără valoare)."
      + " Punctajele le stabilește metodologia Ministerului Finanțelor (Reg. pt. 28–29); până "
      + "atunci se poate folosi doar evaluarea simplificată.";

  private static final EvaluationFormValidation VALIDATION =
      new EvaluationFormValidation(PaygradeTestRules.RULES);

  @TempDir
  Path folder;

  private static DetailedPointsMatrix matrix(String location) {
    return new DetailedPointsMatrix(location, VALIDATION);
  }

  /** Every criterion at a level that tells the cells apart, the top levels included. */
  private static Map<Criterion, Cells> workedGrid() {
    Map<Criterion, Cells> grid = new EnumMap<>(Criterion.class);
    grid.put(Criterion.EDU, Cells.graded(8, "R"));
    grid.put(Criterion.CCD, Cells.graded(5, "S"));
    grid.put(Criterion.DEC, Cells.graded(1, "M"));
    grid.put(Criterion.LEAD, Cells.graded(11, "R"));
    grid.put(Criterion.COMM, Cells.graded(4, "M"));
    grid.put(Criterion.WORK, Cells.graded(2, "S"));
    grid.put(Criterion.EFF, Cells.effort(3, "R"));
    return grid;
  }

  private static EvaluationForm form(Map<Criterion, Cells> grid) {
    return new EvaluationForm(grid, "Fișa postului nr. 17", "Popescu Ion", "Rusu Ana");
  }

  @Test
  void theRepositoryPlaceholder_isReadFromTheClasspath_andRefusesToScore() {
    DetailedPointsMatrix matrix = matrix(DetailedPointsMatrix.DEFAULT_LOCATION);

    assertThat(matrix.complete()).isFalse();
    assertThat(matrix.problem()).contains(PLACEHOLDER_MESSAGE);
    assertThatThrownBy(() -> matrix.total(form(workedGrid())))
        .isInstanceOf(DetailedMatrixMissingException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(PLACEHOLDER_MESSAGE);
  }

  @Test
  void theRepositoryPlaceholder_readAsAFile_isTheSame() {
    assertThat(matrix(REPOSITORY_FILE).problem()).contains(PLACEHOLDER_MESSAGE);
    assertThat(matrix("file:" + REPOSITORY_FILE).problem()).contains(PLACEHOLDER_MESSAGE);
  }

  @Test
  void theRepositoryPlaceholder_listsTheCellsOfCriterionDomainOnceEach_withNoPoints()
      throws IOException {
    List<String> cells = dataLines(Files.readAllLines(Path.of(REPOSITORY_FILE)));

    List<String> expected = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      for (int level = 1; level <= VALIDATION.domain(criterion).depthMax(); level++) {
        for (String scope : List.of("S", "M", "R")) {
          expected.add(criterion.name() + "," + level + "," + scope + ",");
        }
      }
    }
    assertThat(expected).hasSize(8 * 3 + 5 * 3 + 6 * 3 + 11 * 3 + 7 * 3 + 5 * 3 + 3 * 3)
        .hasSize(135);
    assertThat(cells).containsExactlyElementsOf(expected);
  }

  @Test
  void aCompleteMatrix_givesTheSumOfTheFormsCells() {
    DetailedPointsMatrix matrix = matrix(COMPLETE);

    assertThat(matrix.complete()).isTrue();
    assertThat(matrix.problem()).isEmpty();
    // EDU 8 R 1080.75 + CCD 5 S 2050.25 + DEC 1 M 3010.50 + LEAD 11 R 4110.75
    // + COMM 4 M 5040.50 + WORK 2 S 6020.25 + EFF physical 3, mental R 7030.75
    assertThat(matrix.total(form(workedGrid()))).isEqualByComparingTo("28343.75");
    assertThat(matrix.pointsByCriterion(form(workedGrid())))
        .containsExactly(
            Map.entry(Criterion.EDU, new BigDecimal("1080.75")),
            Map.entry(Criterion.CCD, new BigDecimal("2050.25")),
            Map.entry(Criterion.DEC, new BigDecimal("3010.50")),
            Map.entry(Criterion.LEAD, new BigDecimal("4110.75")),
            Map.entry(Criterion.COMM, new BigDecimal("5040.50")),
            Map.entry(Criterion.WORK, new BigDecimal("6020.25")),
            Map.entry(Criterion.EFF, new BigDecimal("7030.75")));
  }

  @Test
  void scoring_needsTheGridOnly_withScopesReadAsTheForm() {
    Map<Criterion, Cells> grid = workedGrid();
    grid.put(Criterion.EDU, Cells.graded(1, " s "));
    grid.put(Criterion.EFF, Cells.effort(1, "m"));
    EvaluationForm unsigned = new EvaluationForm(grid, null, null, null);

    // 28343.75 - EDU 8 R 1080.75 + EDU 1 S 1010.25 - EFF 3 R 7030.75 + EFF 1 M 7010.50
    assertThat(matrix(COMPLETE).total(unsigned)).isEqualByComparingTo("28253.00");
  }

  @Test
  void aFormWithAMissingCriterion_isRefusedWithTheFormsMessages() {
    Map<Criterion, Cells> grid = workedGrid();
    grid.remove(Criterion.LEAD);
    grid.put(Criterion.EFF, new Cells(2, "M", 3, "R"));

    InvalidEvaluationFormException refusal = catchThrowableOfType(
        InvalidEvaluationFormException.class, () -> matrix(COMPLETE).total(form(grid)));

    assertThat(refusal.errors()).extracting(FormError::field)
        .containsExactly("leadDepth", "leadScope", "effDepth", "effScope");
    assertThat(refusal.getMessage())
        .startsWith("Fișa de evaluare a funcției nu poate fi punctată: ")
        .contains("Conducere, coordonare și supervizare: dimensiunea „profunzime” trebuie să fie "
            + "un nivel de la 1 la 11.");
  }

  @Test
  void thePlaceholder_isReportedBeforeTheForm() {
    assertThatThrownBy(() -> matrix(DetailedPointsMatrix.DEFAULT_LOCATION)
        .total(form(Map.of())))
        .isInstanceOf(DetailedMatrixMissingException.class);
  }

  @Test
  void aMissingCell_isNamed() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> remove(lines, "LEAD,11,R,"));

    assertThat(matrix.complete()).isFalse();
    assertThat(refusal(matrix)).contains(matrix.fileName() + ": lipsește celula „LEAD,11,R”)");
  }

  @Test
  void aValueThatIsNotANumber_isNamed() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> replace(lines, "EDU,3,M,", "EDU,3,M,abc"));

    assertThat(refusal(matrix)).contains(
        "linia 11: celula „EDU,3,M” are valoarea „abc”, care nu este un număr");
  }

  @Test
  void aDecimalComma_breaksTheLine() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> replace(lines, "EDU,3,M,", "EDU,3,M,12,5"));

    assertThat(refusal(matrix)).contains("linia 11 nu are forma „criterion,depth,scope,points”")
        .contains("„EDU,3,M,12,5”")
        .contains("lipsește celula „EDU,3,M”");
  }

  @Test
  void aCellGivenTwice_isNamedWithBothLines() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> {
      lines.add("COMM,2,S,1");
      return lines;
    });

    assertThat(refusal(matrix)).contains("celula „COMM,2,S” apare de două ori (liniile 97 și 139)");
  }

  @Test
  void aNegativeValue_isNamed() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> replace(lines, "WORK,1,R,", "WORK,1,R,-1"));

    assertThat(refusal(matrix)).contains("celula „WORK,1,R” are valoarea negativă „-1”");
  }

  @Test
  void aBlankValue_isNamed() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> replace(lines, "EFF,2,M,", "EFF,2,M,  "));

    assertThat(refusal(matrix)).contains("celula „EFF,2,M” nu are valoare");
  }

  @Test
  void aCellOutsideTheCriterionsLevels_isNamed() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> {
      lines.add("EDU,9,S,1");
      lines.add("EFF,1,X,1");
      lines.add("SALARY,1,S,1");
      return lines;
    });

    assertThat(refusal(matrix))
        .contains("celula „EDU,9,S” nu există (Studii, cunoștințe și experiență: nivelurile 1–8 "
            + "și S, M, R)")
        .contains("celula „EFF,1,X” nu există (Efort fizic și mental: nivelurile 1–3")
        .contains("criteriul „SALARY” nu există (EDU, CCD, DEC, LEAD, COMM, WORK, EFF)");
  }

  @Test
  void severalBadCells_areAllReported() throws IOException {
    DetailedPointsMatrix matrix = changed(lines -> {
      for (String cell : List.of("CCD,1,S,", "CCD,1,M,", "CCD,1,R,", "CCD,2,S,", "CCD,2,M,",
          "CCD,2,R,")) {
        remove(lines, cell);
      }
      replace(lines, "DEC,1,S,", "DEC,1,S,");
      replace(lines, "DEC,1,M,", "DEC,1,M");
      return lines;
    });

    assertThat(refusal(matrix)).contains("lipsesc 6 celule: „CCD,1,S”, „CCD,1,M”, „CCD,1,R”, "
        + "„CCD,2,S”, „CCD,2,M”, …; 2 celule fără valoare: „DEC,1,S”, „DEC,1,M”)");
  }

  @Test
  void aMissingFile_isNamed() {
    String missing = folder.resolve("nowhere.csv").toString();

    assertThat(refusal(matrix(missing))).startsWith("Matricea de puncte a evaluării detaliate nu "
        + "este completată (" + missing + ": fișierul nu există). Punctajele le stabilește");
    assertThat(refusal(matrix("classpath:config/paygrade/nowhere.csv")))
        .contains("(config/paygrade/nowhere.csv: fișierul nu există)");
  }

  @Test
  void countsInRomanian_takeDeFromTwentyOn() {
    assertThat(DetailedPointsMatrix.count(2, "celule")).isEqualTo("2 celule");
    assertThat(DetailedPointsMatrix.count(19, "celule")).isEqualTo("19 celule");
    assertThat(DetailedPointsMatrix.count(20, "celule")).isEqualTo("20 de celule");
    assertThat(DetailedPointsMatrix.count(100, "celule")).isEqualTo("100 de celule");
    assertThat(DetailedPointsMatrix.count(101, "celule")).isEqualTo("101 celule");
    assertThat(DetailedPointsMatrix.count(135, "celule")).isEqualTo("135 de celule");
  }

  /** The complete test matrix with one change, written to a file of its own. */
  private DetailedPointsMatrix changed(UnaryOperator<List<String>> change) throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream(
        "/paygrade/detailed-points-matrix-complete.csv")) {
      lines = new ArrayList<>(
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
    Path file = folder.resolve("matrix.csv");
    Files.write(file, change.apply(lines), StandardCharsets.UTF_8);
    return matrix(file.toString());
  }

  /** Removes the line of a cell ("LEAD,11,R,"). */
  private static List<String> remove(List<String> lines, String cell) {
    assertThat(lines.removeIf(line -> line.startsWith(cell))).as(cell).isTrue();
    return lines;
  }

  /** Replaces the line of a cell ("EDU,3,M,") by another ("EDU,3,M," alone leaves it blank). */
  private static List<String> replace(List<String> lines, String cell, String line) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(cell)) {
        found.add(i);
      }
    }
    assertThat(found).as(cell).hasSize(1);
    lines.set(found.get(0), line);
    return lines;
  }

  private static String refusal(DetailedPointsMatrix matrix) {
    assertThat(matrix.complete()).isFalse();
    return catchThrowableOfType(DetailedMatrixMissingException.class,
        () -> matrix.total(form(workedGrid()))).getMessage();
  }

  private static List<String> dataLines(List<String> lines) {
    return lines.stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .filter(line -> !line.equals(DetailedPointsMatrix.HEADER))
        .toList();
  }
}
