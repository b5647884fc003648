package ro.dosar.paygrade;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A function evaluation form (Reg. Annex 2, "Fișa de evaluare a funcției"; spec §3.8) as the
 * decision {@value PaygradeRules#VALIDATE_EVALUATION_FORM} reads it: the grid of seven criteria ×
 * four rows, the approved job description it was drawn up from, and its two signatures.
 *
 * <p>The grid keeps all 28 cells, including those the form marks "x" (effort rows for criteria
 * 1–6, depth and scope for effort), so that a filled "x" cell can be reported.
 *
 * @param grid the cells of each criterion; a criterion that is absent has all four cells empty
 * @param jobDescriptionRef the approved job description (Reg. pt. 9, 25), e.g. its number
 * @param headSignedBy surname and name of the head (Conducător) who signed; null if not signed
 * @param executorSignedBy surname and name of the person who drew it up (Executor); null if not
 *     signed
 */
public record EvaluationForm(Map<Criterion, Cells> grid, String jobDescriptionRef,
    String headSignedBy, String executorSignedBy) {

  /**
   * The four cells of one criterion's column.
   *
   * @param depth the depth level ("profunzime"), 1…n
   * @param scope the scope level ("cuprindere"), S, M or R
   * @param physical the physical effort level, 1–3
   * @param mental the mental effort level, S, M or R
   */
  public record Cells(Integer depth, String scope, Integer physical, String mental) {

    /** The cells of criteria 1–6: depth and scope. */
    public static Cells graded(int depth, String scope) {
      return new Cells(depth, scope, null, null);
    }

    /** The cells of the effort criterion: physical and mental effort. */
    public static Cells effort(int physical, String mental) {
      return new Cells(null, null, physical, mental);
    }
  }

  public EvaluationForm {
    grid = grid == null ? Map.of() : Map.copyOf(grid);
  }

  /**
   * The form as the decision's variables, every one present: {@code eduDepth}, {@code eduScope},
   * {@code eduPhysical}, {@code eduMental}, … {@code effMental}, {@code jobDescriptionRef},
   * {@code headSignedBy}, {@code executorSignedBy}. Texts are trimmed, blank ones become null, and
   * S/M/R are upper-cased.
   */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Criterion criterion : Criterion.values()) {
      Cells cells = grid.getOrDefault(criterion, new Cells(null, null, null, null));
      variables.put(criterion.depthVariable(), cells.depth());
      variables.put(criterion.scopeVariable(), level(cells.scope()));
      variables.put(criterion.physicalVariable(), cells.physical());
      variables.put(criterion.mentalVariable(), level(cells.mental()));
    }
    variables.put("jobDescriptionRef", text(jobDescriptionRef));
    variables.put("headSignedBy", text(headSignedBy));
    variables.put("executorSignedBy", text(executorSignedBy));
    return variables;
  }

  private static String level(String value) {
    String level = text(value);
    return level == null ? null : level.toUpperCase(Locale.ROOT);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
