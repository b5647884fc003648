package ro.dosar.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.domain.InvalidInputException;

/**
 * The notes and the grade of a professional performance evaluation of contractual staff (Annex
 * Art. 13-bis and 14; spec §5.2.8, §5.2.9).
 *
 * <ul>
 *   <li>Each objective and each criterion gets a note from 1 to 5 (Annex Art. 13-bis(1)); the
 *       spec reads it as a whole number (EVAL-01, [INTERPRETATION]).</li>
 *   <li>{@code objectivesNote} is the arithmetic mean of the objective notes and
 *       {@code criteriaNote} the mean of the criteria notes (Annex Art. 13-bis(2), EVAL-02), each
 *       rounded to 2 decimals HALF_UP as printed on the form (EVAL-04, [ASSUMPTION]).</li>
 *   <li>{@code finalNote = (objectivesNote + criteriaNote) / 2} computed from those printed
 *       values and rounded to 2 decimals HALF_UP (Forms 1–2, EVAL-03, EVAL-04): e.g. 4.57 and
 *       4.44 give 4.505, so 4.51 and FOARTE_BINE (scenario SC-EV-05, Q27).</li>
 *   <li>The grade is the answer of the table {@code evaluationGrade} for the final note.</li>
 * </ul>
 *
 * <p>All arithmetic is exact ({@link BigDecimal}); rounding happens only where stated above. Bad
 * input is refused with an {@link InvalidInputException} naming the field as in the body of
 * {@code POST /api/evaluation/grade} ({@code objectiveNotes}, {@code criteriaNotes[3]},
 * {@code finalNote}) with a Romanian message.
 */
@Service
public class EvaluationGrading {

  /** Field names, as in the REST body. */
  public static final String OBJECTIVE_NOTES = "objectiveNotes";
  public static final String CRITERIA_NOTES = "criteriaNotes";
  public static final String FINAL_NOTE = "finalNote";

  /** Notes are shown and graded with this many decimals (Annex Art. 14: 1,00–5,00). */
  public static final int DECIMALS = 2;
  static final BigDecimal MIN_NOTE = BigDecimal.ONE;
  static final BigDecimal MAX_NOTE = BigDecimal.valueOf(5);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final EvaluationRules rules;

  public EvaluationGrading(EvaluationRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The result of a grading; {@code objectivesNote} and {@code criteriaNote} are null when the
   * final note was given directly. Every note has exactly 2 decimals.
   */
  public record Result(BigDecimal objectivesNote, BigDecimal criteriaNote, BigDecimal finalNote,
      Grade grade) {
  }

  /**
   * Grades an evaluation from the notes of the objectives and of the criteria.
   *
   * @throws InvalidInputException naming {@code objectiveNotes}, {@code criteriaNotes} or one
   *     note ({@code objectiveNotes[1]}) if a list is missing or empty, or a note is missing or not
   *     a whole number from 1 to 5
   */
  public Result grade(List<BigDecimal> objectiveNotes, List<BigDecimal> criteriaNotes) {
    BigDecimal objectivesNote = mean(OBJECTIVE_NOTES, "obiectivelor", objectiveNotes);
    BigDecimal criteriaNote = mean(CRITERIA_NOTES, "criteriilor de evaluare", criteriaNotes);
    BigDecimal finalNote =
        objectivesNote.add(criteriaNote).divide(TWO, DECIMALS, RoundingMode.HALF_UP);
    return new Result(objectivesNote, criteriaNote, finalNote, rules.grade(finalNote));
  }

  /**
   * Grades a final note already computed (for instance read from a paper form).
   *
   * @throws InvalidInputException naming {@code finalNote} if it is missing, outside
   *     1.00–5.00, or has more than 2 decimals
   */
  public Result grade(BigDecimal finalNote) {
    if (finalNote == null) {
      throw new InvalidInputException(FINAL_NOTE, "Nota finală („finalNote”) lipsește.");
    }
    if (finalNote.compareTo(MIN_NOTE) < 0 || finalNote.compareTo(MAX_NOTE) > 0) {
      throw new InvalidInputException(FINAL_NOTE, ("Nota finală („finalNote”) %s trebuie să "
          + "fie între 1,00 și 5,00 (Anexa, art. 14).").formatted(finalNote.toPlainString()));
    }
    if (finalNote.stripTrailingZeros().scale() > DECIMALS) {
      throw new InvalidInputException(FINAL_NOTE, ("Nota finală („finalNote”) %s are prea "
          + "multe zecimale; se exprimă cu cel mult 2 zecimale (Anexa, art. 14).")
          .formatted(finalNote.toPlainString()));
    }
    BigDecimal note = finalNote.setScale(DECIMALS, RoundingMode.UNNECESSARY);
    return new Result(null, null, note, rules.grade(note));
  }

  /** The mean of the notes of one list, rounded to 2 decimals HALF_UP. */
  private static BigDecimal mean(String field, String what, List<BigDecimal> notes) {
    if (notes == null || notes.isEmpty()) {
      throw new InvalidInputException(field, ("Lista „%s” este obligatorie: notele de la 1 la 5 "
          + "acordate %s, cel puțin una (Anexa, art. 13 alin. (1)).").formatted(field, what));
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < notes.size(); i++) {
      sum = sum.add(note("%s[%d]".formatted(field, i), notes.get(i)));
    }
    return sum.divide(BigDecimal.valueOf(notes.size()), DECIMALS, RoundingMode.HALF_UP);
  }

  /** One note of an objective or a criterion: a whole number from 1 to 5. */
  static BigDecimal note(String field, BigDecimal value) {
    if (value == null) {
      throw new InvalidInputException(field, "Nota „%s” lipsește.".formatted(field));
    }
    if (value.compareTo(MIN_NOTE) < 0 || value.compareTo(MAX_NOTE) > 0
        || value.stripTrailingZeros().scale() > 0) {
      throw new InvalidInputException(field, ("Nota „%s” (%s) trebuie să fie un număr întreg de "
          + "la 1 (nivel minim) la 5 (nivel maxim) (Anexa, art. 13 alin. (1)).")
          .formatted(field, value.toPlainString()));
    }
    return value;
  }
}
