package ro.dosar.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.evaluation.EvaluationGrading.Result;
import ro.dosar.web.InvalidRequestException;

/**
 * The grading of a performance evaluation for clients, computed by {@link EvaluationGrading} on
 * the deployed table {@code evaluationGrade}.
 *
 * <pre>
 * POST /api/evaluation/grade
 * {"objectiveNotes":[5,4,4],"criteriaNotes":[5,5,4,4,4,5,4,4,5,4]}
 * → {"objectivesNote":"4.33","criteriaNote":"4.40","finalNote":"4.37","grade":"BINE"}
 * {"finalNote":3.5}
 * → {"objectivesNote":null,"criteriaNote":null,"finalNote":"3.50","grade":"SATISFACATOR"}
 * </pre>
 *
 * <ul>
 *   <li>Either both lists of notes, or the final note alone. Notes are whole numbers 1–5; the
 *       final note is 1.00–5.00 with at most 2 decimals, a JSON number or a string
 *       ({@code "3.50"}).</li>
 *   <li>Notes in the answer are strings with exactly 2 decimals, as on the form.</li>
 *   <li>400 {@code application/problem+json}: {@code field} names the bad field
 *       ({@code objectiveNotes}, {@code objectiveNotes[1]}, {@code criteriaNotes[0]},
 *       {@code finalNote}, {@code body}), {@code detail} says in Romanian what is wrong.</li>
 * </ul>
 *
 * <p>The body is read here as a JSON tree whose decimals are {@link BigDecimal}s taken from the
 * text (never binary floating point), so that a note is exactly what the client wrote and every
 * bad value is a 400 naming its field.
 */
@RestController
@RequestMapping("/api/evaluation")
public class EvaluationController {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final EvaluationGrading grading;

  public EvaluationController(EvaluationGrading grading) {
    this.grading = grading;
  }

  /** The body of a {@code /grade} answer. */
  public record GradeResponse(String objectivesNote, String criteriaNote, String finalNote,
      String grade) {

    static GradeResponse of(Result result) {
      return new GradeResponse(text(result.objectivesNote()), text(result.criteriaNote()),
          text(result.finalNote()), result.grade().name());
    }

    private static String text(BigDecimal note) {
      return note == null ? null : note.toPlainString();
    }
  }

  /** The notes and the grade of an evaluation (Annex Art. 13-bis, 14; spec §5.2.8, §5.2.9). */
  @PostMapping(path = "/grade", produces = MediaType.APPLICATION_JSON_VALUE)
  public GradeResponse grade(@RequestBody String body) {
    JsonNode request = object(body);
    JsonNode finalNote = request.get(EvaluationGrading.FINAL_NOTE);
    boolean hasNotes = present(request.get(EvaluationGrading.OBJECTIVE_NOTES))
        || present(request.get(EvaluationGrading.CRITERIA_NOTES));
    if (present(finalNote)) {
      if (hasNotes) {
        throw new InvalidRequestException(EvaluationGrading.FINAL_NOTE, "Trimiteți fie notele "
            + "(„objectiveNotes” și „criteriaNotes”), fie nota finală („finalNote”), nu pe "
            + "amândouă.");
      }
      return GradeResponse.of(grading.grade(finalNote(finalNote)));
    }
    return GradeResponse.of(grading.grade(
        notes(EvaluationGrading.OBJECTIVE_NOTES, request.get(EvaluationGrading.OBJECTIVE_NOTES)),
        notes(EvaluationGrading.CRITERIA_NOTES, request.get(EvaluationGrading.CRITERIA_NOTES))));
  }

  // ---- Reading fields ---------------------------------------------------------------------------

  private static boolean present(JsonNode value) {
    return value != null && !value.isNull();
  }

  private static JsonNode object(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRequestException("body",
          "Corpul cererii lipsește sau nu este un obiect JSON valid.");
    }
    return node;
  }

  /** A list of notes; null when absent, so that the grading names the missing list. */
  private static List<BigDecimal> notes(String field, JsonNode value) {
    if (!present(value)) {
      return null;
    }
    if (!value.isArray()) {
      throw new InvalidRequestException(field, ("Câmpul „%s” trebuie să fie o listă de note de la "
          + "1 la 5.").formatted(field));
    }
    List<BigDecimal> notes = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode note = value.get(i);
      String element = "%s[%d]".formatted(field, i);
      if (!note.isNull() && !note.isNumber()) {
        throw new InvalidRequestException(element, ("Nota „%s” trebuie să fie un număr întreg de "
            + "la 1 la 5.").formatted(element));
      }
      notes.add(note.isNull() ? null : note.decimalValue());
    }
    return notes;
  }

  /** The final note: a JSON number or a string holding a decimal. */
  private static BigDecimal finalNote(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.textValue().strip());
      } catch (NumberFormatException e) {
        // refused below
      }
    }
    throw new InvalidRequestException(EvaluationGrading.FINAL_NOTE, "Nota finală („finalNote”) "
        + "trebuie să fie un număr între 1,00 și 5,00.");
  }
}
