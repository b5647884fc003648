package ro.dosar.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.web.ApiExceptionHandler;

/** {@code POST /api/evaluation/grade}: the JSON contract, the band edges and the 400 answers. */
class EvaluationControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new EvaluationController(EvaluationTestRules.grading()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  private ResultActions send(String json) throws Exception {
    return mvc.perform(post("/api/evaluation/grade")
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private static void assertProblem(ResultActions result, String field, String detailPart)
      throws Exception {
    result.andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Cerere invalidă"))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(containsString(detailPart)));
  }

  @Test
  void givenTheNotes_whenGrading_thenEveryNoteWith2DecimalsAndTheGrade() throws Exception {
    send("""
        {"objectiveNotes":[5,4,4],"criteriaNotes":[5,5,4,4,4,5,4,4,5,4]}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"objectivesNote":"4.33","criteriaNote":"4.40","finalNote":"4.37","grade":"BINE"}""",
            true));
  }

  @Test
  void givenScenarioScEv05_whenGrading_thenFoarteBine() throws Exception {
    send("""
        {"objectiveNotes":[5,5,5,4,4,4,5],"criteriaNotes":[5,5,4,4,4,5,4,4,5]}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"objectivesNote":"4.57","criteriaNote":"4.44","finalNote":"4.51",
             "grade":"FOARTE_BINE"}""", true));
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
      "1, 1.00, NESATISFACATOR", "2.00, 2.00, NESATISFACATOR", "2.01, 2.01, SATISFACATOR",
      "3.5, 3.50, SATISFACATOR", "3.51, 3.51, BINE", "4.50, 4.50, BINE",
      "4.51, 4.51, FOARTE_BINE", "5, 5.00, FOARTE_BINE", "'\"3.50\"', 3.50, SATISFACATOR"})
  void givenAFinalNote_whenGrading_thenItsGrade(String finalNote, String shown, String grade)
      throws Exception {
    send("{\"finalNote\":%s}".formatted(finalNote))
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"objectivesNote":null,"criteriaNote":null,"finalNote":"%s","grade":"%s"}"""
            .formatted(shown, grade), true));
  }

  @ParameterizedTest(name = "{0} → 400 {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"finalNote\":0.99}                                  | finalNote          | între 1,00",
      "{\"finalNote\":5.01}                                  | finalNote          | între 1,00",
      "{\"finalNote\":3.505}                                 | finalNote          | zecimale",
      "{\"finalNote\":\"trei\"}                              | finalNote          | număr",
      "{\"finalNote\":true}                                  | finalNote          | număr",
      "{\"finalNote\":3,\"objectiveNotes\":[5]}              | finalNote          | fie notele",
      "{\"objectiveNotes\":[5,6],\"criteriaNotes\":[5]}      | objectiveNotes[1]  | de la 1",
      "{\"objectiveNotes\":[5,0],\"criteriaNotes\":[5]}      | objectiveNotes[1]  | de la 1",
      "{\"objectiveNotes\":[5,4.5],\"criteriaNotes\":[5]}    | objectiveNotes[1]  | întreg",
      "{\"objectiveNotes\":[5,\"4\"],\"criteriaNotes\":[5]}  | objectiveNotes[1]  | număr",
      "{\"objectiveNotes\":[5,null],\"criteriaNotes\":[5]}   | objectiveNotes[1]  | lipsește",
      "{\"objectiveNotes\":[5],\"criteriaNotes\":[5,5,0.99]} | criteriaNotes[2]   | de la 1",
      "{\"objectiveNotes\":[5],\"criteriaNotes\":[]}         | criteriaNotes      | obligatorie",
      "{\"objectiveNotes\":[5]}                              | criteriaNotes      | obligatorie",
      "{\"criteriaNotes\":[5]}                               | objectiveNotes     | obligatorie",
      "{\"objectiveNotes\":5,\"criteriaNotes\":[5]}          | objectiveNotes     | listă",
      "{}                                                    | objectiveNotes     | obligatorie",
      "[5]                                                   | body               | obiect JSON",
      "{                                                     | body               | obiect JSON"})
  void givenABadBody_whenGrading_then400NamingTheField(String json, String field, String detail)
      throws Exception {
    assertProblem(send(json), field, detail);
  }
}
