package ro.dosar.contest.scoring;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.web.ApiExceptionHandler;

/**
 * {@code POST /api/scoring/aggregate} and {@code POST /api/scoring/rank}: the JSON contract, the
 * worked examples of spec §13.3 (E1–E11, T1–T3) through the API, and the 400 answers.
 */
class ScoringControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new ScoringController(ScoringTestRules.aggregator(),
          ScoringTestRules.ranking()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(post("/api/scoring/" + path)
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  /** JSON written with single quotes, easier to read in a test table. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private ResultActions aggregate(String postCategory, String scores) throws Exception {
    return send("aggregate", """
        {"postCategory":"%s","scores":[%s]}""".formatted(postCategory, scores));
  }

  private static void assertProblem(ResultActions result, String field, String detailPart)
      throws Exception {
    result.andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Cerere invalidă"))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(containsString(detailPart)));
  }

  // ---- /aggregate -------------------------------------------------------------------------------

  @Test
  void givenE1FirstRound_whenAggregating_thenRecorrectWithoutScore() throws Exception {
    aggregate("EXECUTION", "62,75,80")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"rule":"RECORRECT","score":null,"displayScore":null,"status":null,
             "fraction":null}""", true));
  }

  @Test
  void givenE1FinalRound_whenAggregating_thenTheMeanExactTo10DecimalsAndDisplayed()
      throws Exception {
    aggregate("EXECUTION", "70,75,78")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"rule":"MEAN","score":"74.3333333333","displayScore":"74.33","status":"ADMIS",
             "fraction":"223/3"}""", true));
  }

  @ParameterizedTest(name = "{0}: {1} {2} → {3} {4} {5} {6}")
  @CsvSource(delimiter = '|', value = {
      "E2 second round | EXECUTION | 66,75,80 | RECORRECT |  |  |",
      "E2 third round | EXECUTION | 71,75,79 | MEAN | 75.0000000000 | 75.00 | ADMIS",
      "E3 | EXECUTION | 60,65,70 | MEAN | 65.0000000000 | 65.00 | ADMIS",
      "E4 | EXECUTION | 40,55,60,61,90 | TRIMMED_MEAN | 58.6666666667 | 58.67 | ADMIS",
      "E4 leader | LEADERSHIP | 40,55,60,61,90 | TRIMMED_MEAN | 58.6666666667 | 58.67 | RESPINS",
      "E5 | EXECUTION | 60,62,65,68,70 | MEAN | 65.0000000000 | 65.00 | ADMIS",
      "E6 | EXECUTION | 50,50,70,80,80 | TRIMMED_MEAN | 66.6666666667 | 66.67 | ADMIS",
      "E7 | LEADERSHIP | 68,70,70.5 | MEAN | 69.5000000000 | 69.50 | RESPINS",
      "E8 | EXECUTION | 48,50,52 | MEAN | 50.0000000000 | 50.00 | ADMIS",
      "E9 | EXECUTION | 48,50,51.97 | MEAN | 49.9900000000 | 49.99 | RESPINS",
      "OQ-06 | LEADERSHIP | 69.99,70,70 | MEAN | 69.9966666667 | 70.00 | RESPINS",
      "4 members over 10 | EXECUTION | 60,61,62,70.01 | RECORRECT |  |  |",
      "lower case | leadership | 70,70 | MEAN | 70.0000000000 | 70.00 | ADMIS"})
  void givenTheSpecsExamples_whenAggregating_thenTheirScoresAndStatuses(String example,
      String postCategory, String scores, String rule, String score, String displayScore,
      String status) throws Exception {
    aggregate(postCategory, scores)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rule").value(rule))
        .andExpect(jsonPath("$.score").value(score))
        .andExpect(jsonPath("$.displayScore").value(displayScore))
        .andExpect(jsonPath("$.status").value(status));
  }

  @ParameterizedTest(name = "scores {0} → 400 on {1}")
  @CsvSource(delimiter = '|', value = {
      "70                         | scores    | obligatoriu",
      "[70]                       | scores    | primit 1",
      "[1,2,3,4,5,6]              | scores    | primit 6",
      "[60,70,'abc']              | scores[2] | un număr",
      "[60,'70']                  | scores[1] | un număr",
      "[60,101,70]                | scores[1] | între 0 și 100",
      "[-1,60]                    | scores[0] | între 0 și 100",
      "[100.00000000000000001,90] | scores[0] | între 0 și 100",
      "[60,70.00000000001]        | scores[1] | cel mult 10",
      "[60,null,70]               | scores[1] | lipsește"})
  void givenBadScores_whenAggregating_then400NamingTheScore(String scores, String field,
      String detailPart) throws Exception {
    assertProblem(send("aggregate", json("{'postCategory':'EXECUTION','scores':" + scores + "}")),
        field, detailPart);
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(delimiter = '|', value = {
      "{'postCategory':'EXECUTION'}                | scores       | obligatoriu",
      "{'scores':[60,70]}                          | postCategory | obligatorie",
      "{'postCategory':'MANAGER','scores':[60,70]} | postCategory | nu este cunoscută",
      "{'postCategory':7,'scores':[60,70]}         | postCategory | nu este cunoscută",
      "[60,70]                                     | body         | obiect JSON",
      "{'postCategory':                            | body         | obiect JSON"})
  void givenAMissingOrBadField_whenAggregating_then400NamingIt(String body, String field,
      String detailPart) throws Exception {
    assertProblem(send("aggregate", json(body)), field, detailPart);
  }

  // ---- /rank ------------------------------------------------------------------------------------

  @Test
  void givenT1_whenRanking_thenTheHigherWrittenScoreWins() throws Exception {
    send("rank", """
        {"posts":1,"writtenTestHeld":true,"postCategory":"EXECUTION","candidates":[
          {"code":"B","written":70,"practical":null,"interview":80},
          {"code":"A","written":80,"practical":null,"interview":70}]}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            [{"code":"A","finalScore":"75.0000000000","displayFinalScore":"75.00",
              "status":"ADMIS","rank":1,"tieBreak":"WRITTEN"},
             {"code":"B","finalScore":"75.0000000000","displayFinalScore":"75.00",
              "status":"RESPINS","rank":2,"tieBreak":"WRITTEN"}]""", true));
  }

  @Test
  void givenT2_whenRanking_thenANewInterviewAndNoStatusYet() throws Exception {
    send("rank", """
        {"posts":1,"writtenTestHeld":true,"postCategory":"EXECUTION","candidates":[
          {"code":"A","written":76,"interview":74},
          {"code":"B","written":76,"interview":74}]}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            [{"code":"A","finalScore":"75.0000000000","displayFinalScore":"75.00",
              "status":null,"rank":1,"tieBreak":"NEW_INTERVIEW_REQUIRED"},
             {"code":"B","finalScore":"75.0000000000","displayFinalScore":"75.00",
              "status":null,"rank":1,"tieBreak":"NEW_INTERVIEW_REQUIRED"}]""", true));
  }

  @Test
  void givenT3_whenRankingWithoutAWrittenTest_thenTheHigherPracticalScoreWins() throws Exception {
    send("rank", """
        {"posts":1,"writtenTestHeld":false,"postCategory":"EXECUTION","candidates":[
          {"code":"A","written":null,"practical":85,"interview":65},
          {"code":"B","written":null,"practical":70,"interview":80}]}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            [{"code":"A","finalScore":"75.0000000000","displayFinalScore":"75.00",
              "status":"ADMIS","rank":1,"tieBreak":"PRACTICAL"},
             {"code":"B","finalScore":"75.0000000000","displayFinalScore":"75.00",
              "status":"RESPINS","rank":2,"tieBreak":"PRACTICAL"}]""", true));
  }

  @Test
  void givenE10_whenRankingWithTheExactWrittenFraction_thenExactly463Over6() throws Exception {
    send("rank", """
        {"posts":1,"writtenTestHeld":true,"postCategory":"EXECUTION","candidates":[
          {"code":4521,"written":"223/3","interview":80}]}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            [{"code":"4521","finalScore":"77.1666666667","displayFinalScore":"77.17",
              "status":"ADMIS","rank":1,"tieBreak":null}]""", true));
  }

  @Test
  void givenE1ThenE10_whenTheAggregatedFractionIsSentToRank_thenNothingIsLostOnTheWay()
      throws Exception {
    String written = JsonPath.read(aggregate("EXECUTION", "70,75,78")
        .andReturn().getResponse().getContentAsString(), "$.fraction");

    send("rank", """
        {"posts":1,"writtenTestHeld":true,"postCategory":"EXECUTION","candidates":[
          {"code":"4521","written":"%s","interview":80}]}""".formatted(written))
        .andExpect(jsonPath("$[0].finalScore").value("77.1666666667"))
        .andExpect(jsonPath("$[0].displayFinalScore").value("77.17"));
  }

  @Test
  void givenE11_whenRankingThreeTests_thenTheirMean() throws Exception {
    send("rank", """
        {"posts":1,"writtenTestHeld":true,"postCategory":"EXECUTION","candidates":[
          {"code":"4521","written":60,"practical":"90","interview":75}]}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].finalScore").value("75.0000000000"))
        .andExpect(jsonPath("$[0].status").value("ADMIS"));
  }

  @Test
  void givenTwoPostsAndATieBelowThem_whenRanking_thenTheTopTwoWinAndTheTieSharesARank()
      throws Exception {
    send("rank", """
        {"posts":2,"writtenTestHeld":true,"postCategory":"LEADERSHIP","candidates":[
          {"code":"1","written":90,"interview":90},
          {"code":"2","written":85,"interview":85},
          {"code":"3","written":80,"interview":80},
          {"code":"4","written":80,"interview":80},
          {"code":"5","written":69.99,"interview":100}]}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            [{"code":"1","status":"ADMIS","rank":1,"tieBreak":null},
             {"code":"2","status":"ADMIS","rank":2,"tieBreak":null},
             {"code":"3","status":"RESPINS","rank":3,"tieBreak":"WRITTEN"},
             {"code":"4","status":"RESPINS","rank":3,"tieBreak":"WRITTEN"},
             {"code":"5","finalScore":null,"displayFinalScore":null,"status":"RESPINS",
              "rank":null,"tieBreak":null}]"""));
  }

  /**
   * A valid /rank body with one field replaced ({@code "'posts':0"}) or, after a minus, left out
   * ({@code "-'posts'"}).
   */
  private static String rankWith(String replacement) {
    String[] parts = {"'posts':1", "'writtenTestHeld':true", "'postCategory':'EXECUTION'",
        "'candidates':[{'code':'1','written':80,'interview':80}]"};
    List<String> body = new ArrayList<>();
    for (String part : parts) {
      String name = part.substring(0, part.indexOf(':'));
      if (!replacement.startsWith("-" + name)) {
        body.add(replacement.startsWith(name + ":") ? replacement : part);
      }
    }
    return json("{" + String.join(",", body) + "}");
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(delimiter = '|', value = {
      "-'posts'               | posts           | obligatoriu",
      "'posts':1.5            | posts           | număr întreg",
      "'posts':0              | posts           | cel puțin 1",
      "-'writtenTestHeld'     | writtenTestHeld | obligatoriu",
      "'writtenTestHeld':'da' | writtenTestHeld | obligatoriu",
      "-'postCategory'        | postCategory    | obligatorie",
      "-'candidates'          | candidates      | obligatoriu",
      "'candidates':{}        | candidates      | obligatoriu"})
  void givenAMissingOrBadField_whenRanking_then400NamingIt(String replacement, String field,
      String detailPart) throws Exception {
    assertProblem(send("rank", rankWith(replacement)), field, detailPart);
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(delimiter = '|', value = {
      "7                                            | candidates[0]           | obiect",
      "{'written':80,'interview':80}                | candidates[0].code      | obligatoriu",
      "{'code':' ','written':80,'interview':80}     | candidates[0].code      | obligatoriu",
      "{'code':'1','written':'abc','interview':80}  | candidates[0].written   | un număr",
      "{'code':'1','written':'1/0','interview':80}  | candidates[0].written   | un număr",
      "{'code':'1','written':true,'interview':80}   | candidates[0].written   | un număr",
      "{'code':'1','written':80,'interview':'301/3'} | candidates[0].interview | 0 și 100",
      "{'code':'1','written':80,'practical':-5}     | candidates[0].practical | 0 și 100",
      "{'code':'2'},{'code':2,'written':70}         | candidates[1].code      | de mai multe ori"})
  void givenABadCandidate_whenRanking_then400NamingItsField(String candidates, String field,
      String detailPart) throws Exception {
    assertProblem(send("rank", rankWith("'candidates':[" + candidates + "]")), field,
        detailPart);
  }

  @Test
  void givenAWrittenScoreWithoutAWrittenTest_whenRanking_then400NamingIt() throws Exception {
    assertProblem(send("rank", json("""
        {'posts':1,'writtenTestHeld':false,'postCategory':'EXECUTION','candidates':[
          {'code':'1','written':80,'practical':80,'interview':80}]}""")),
        "candidates[0].written", "Proba scrisă nu s-a organizat");
  }

  @Test
  void givenABodyThatIsNotJson_whenRanking_then400NamingTheBody() throws Exception {
    assertProblem(send("rank", "nu este json"), "body", "obiect JSON");
  }
}
