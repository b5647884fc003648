package ro.dosar.contest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.web.ApiExceptionHandler;

/** {@code POST /api/contests/calendar}: the JSON contract. */
class ContestTimelineControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new ContestTimelineController(ContestTimelineTestRules.service()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  @Test
  void givenTheSpecsVacantExample_whenPosting_then200WithEveryDate() throws Exception {
    send("""
        {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-09-23"}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"vacancyType":"VACANT",
             "publicationDate":"2025-09-01",
             "firstTestDate":"2025-09-23",
             "submissionDeadline":"2025-09-15",
             "selectionDeadline":"2025-09-17",
             "selectionResultsDisplay":"2025-09-18",
             "selectionContestationDeadline":"2025-09-19",
             "selectionContestationResolution":"2025-09-22",
             "earliestFirstTestDate":"2025-09-22"}""", true));
  }

  @Test
  void givenLowerCaseAndSpaces_whenPosting_thenReadLikeTheCanonicalValues() throws Exception {
    send("""
        {"vacancyType":" temporarily_vacant ","publicationDate":" 2025-09-01",
         "firstTestDate":"2025-09-15 "}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.vacancyType").value("TEMPORARILY_VACANT"))
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-15"));
  }

  @Test
  void givenAFirstTestOneWorkingDayTooEarly_whenPosting_then422ProblemWithPub01() throws Exception {
    send("""
        {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-09-19"}""")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:dosar:problem:unlawful-timeline"))
        .andExpect(jsonPath("$.title").value("Calendarul încalcă termenele legale"))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.detail").value(allOf(
            startsWith("Prima probă nu poate avea loc la 19.09.2025"),
            containsString("22.09.2025"))))
        .andExpect(jsonPath("$.violations.length()").value(2))
        .andExpect(jsonPath("$.violations[0].rule").value("PUB-01"))
        .andExpect(jsonPath("$.violations[0].message").isString())
        .andExpect(jsonPath("$.violations[1].rule").value("SEL-01"))
        .andExpect(jsonPath("$.vacancyType").value("VACANT"))
        .andExpect(jsonPath("$.publicationDate").value("2025-09-01"))
        .andExpect(jsonPath("$.firstTestDate").value("2025-09-19"))
        .andExpect(jsonPath("$.submissionDeadline").value("2025-09-15"))
        .andExpect(jsonPath("$.selectionDeadline").value("2025-09-17"))
        .andExpect(jsonPath("$.selectionResultsDisplay").value("2025-09-18"))
        .andExpect(jsonPath("$.selectionContestationDeadline").value("2025-09-19"))
        .andExpect(jsonPath("$.selectionContestationResolution").value("2025-09-22"))
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-22"));
  }

  @Test
  void givenATemporarilyVacantPostOneDayTooEarly_whenPosting_then422WithOnlyPub01()
      throws Exception {
    send("""
        {"vacancyType":"TEMPORARILY_VACANT","publicationDate":"2025-09-01",
         "firstTestDate":"2025-09-12"}""")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.violations.length()").value(1))
        .andExpect(jsonPath("$.violations[0].rule").value("PUB-01"))
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-15"));
  }

  /**
   * The lawful request of the spec's example with one field changed; an empty value removes the
   * field.
   */
  @ParameterizedTest(name = "{0} = [{1}] → 400")
  @CsvSource(delimiter = '|', textBlock = """
      vacancyType     |              | Câmpul „vacancyType” este obligatoriu.
      vacancyType     | ' '          | Câmpul „vacancyType” este obligatoriu.
      vacancyType     | TEMPORARY    | Tipul postului „TEMPORARY” nu este cunoscut; folosiți VACANT (post vacant) sau TEMPORARILY_VACANT (post temporar vacant).
      publicationDate |              | Câmpul „publicationDate” este obligatoriu.
      publicationDate | 01.09.2025   | Data „01.09.2025” nu este validă; folosiți formatul AAAA-LL-ZZ.
      publicationDate | 2025-02-30   | Data „2025-02-30” nu este validă; folosiți formatul AAAA-LL-ZZ.
      publicationDate | 1899-12-31   | Data „1899-12-31” nu este acceptată; anul trebuie să fie între 1900 și 2200.
      firstTestDate   |              | Câmpul „firstTestDate” este obligatoriu.
      firstTestDate   | mâine        | Data „mâine” nu este validă; folosiți formatul AAAA-LL-ZZ.
      firstTestDate   | 2201-01-01   | Data „2201-01-01” nu este acceptată; anul trebuie să fie între 1900 și 2200.
      """)
  void givenABadField_whenPosting_then400NamingIt(String field, String value, String detail)
      throws Exception {
    Map<String, String> body = new HashMap<>(Map.of("vacancyType", "VACANT",
        "publicationDate", "2025-09-01", "firstTestDate", "2025-09-23"));
    if (value == null) {
      body.remove(field);
    } else {
      body.put(field, value);
    }

    send(new ObjectMapper().writeValueAsString(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:dosar:problem:invalid-request"))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(detail));
  }

  @Test
  void givenNoBody_whenPosting_then400OnTheBody() throws Exception {
    send("")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
  }

  private ResultActions send(String json) throws Exception {
    return mvc.perform(post("/api/contests/calendar")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }
}
