package ro.dosar.contest.presenting;

import static org.hamcrest.Matchers.allOf;
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
import ro.dosar.contest.announcement.ContestTimelineTestRules;
import ro.dosar.web.ApiExceptionHandler;

/** {@code POST /api/contests/presenting-deadline}: the JSON contract. */
class PresentingDeadlineControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new PresentingDeadlineController(new PresentingDeadlineService(
          ContestTimelineTestRules.calendar(), PresentingProperties.defaults())))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  @Test
  void givenNoRequest_whenTheSpecsExample_thenMonday20OctAndNulls() throws Exception {
    send("""
        {"resultsDisplayDate":"2025-10-03","postCategory":"EXECUTION",
         "requestDate":null,"requestedStartDate":null}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"deadline":"2025-10-20","requestAccepted":null,"reason":null}""", true))
        // The nulls are written, not left out: the contract names both fields.
        .andExpect(content().string(allOf(containsString("\"requestAccepted\":null"),
            containsString("\"reason\":null"))));
  }

  @Test
  void givenAbsentRequestFieldsAndLowerCase_whenPosting_thenTheStandardDeadline() throws Exception {
    send("""
        {"resultsDisplayDate":" 2025-10-03","postCategory":" leadership "}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline").value("2025-10-20"));
  }

  @Test
  void givenALawfulExecutionRequest_whenPosting_thenAccepted() throws Exception {
    send("""
        {"resultsDisplayDate":"2025-10-03","postCategory":"EXECUTION",
         "requestDate":"2025-10-08","requestedStartDate":"2025-10-31"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"deadline":"2025-10-31","requestAccepted":true,"reason":null}""", true));
  }

  @Test
  void givenALeadershipRequestFor45WorkingDays_whenPosting_thenAccepted() throws Exception {
    send("""
        {"resultsDisplayDate":"2025-10-03","postCategory":"LEADERSHIP",
         "requestDate":"2025-10-06","requestedStartDate":"2025-12-08"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"deadline":"2025-12-08","requestAccepted":true,"reason":null}""", true));
  }

  @Test
  void givenALateRequest_whenPosting_thenRefusedWithTheReason() throws Exception {
    send("""
        {"resultsDisplayDate":"2025-10-03","postCategory":"EXECUTION",
         "requestDate":"2025-10-09","requestedStartDate":"2025-10-31"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline").value("2025-10-20"))
        .andExpect(jsonPath("$.requestAccepted").value(false))
        .andExpect(jsonPath("$.reason").value(allOf(
            containsString("3 zile lucrătoare"), containsString("08.10.2025"))));
  }

  @Test
  void givenATooLongRequest_whenPosting_thenRefusedWithTheReason() throws Exception {
    send("""
        {"resultsDisplayDate":"2025-10-03","postCategory":"EXECUTION",
         "requestDate":"2025-10-06","requestedStartDate":"2025-11-03"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline").value("2025-10-20"))
        .andExpect(jsonPath("$.requestAccepted").value(false))
        .andExpect(jsonPath("$.reason").value(allOf(
            containsString("20 de zile lucrătoare"), containsString("31.10.2025"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "display missing        | {\"postCategory\":\"EXECUTION\"}                                         | resultsDisplayDate | obligatoriu",
      "display not ISO        | {\"resultsDisplayDate\":\"03.10.2025\",\"postCategory\":\"EXECUTION\"}    | resultsDisplayDate | AAAA-LL-ZZ",
      "display year           | {\"resultsDisplayDate\":\"0999-10-03\",\"postCategory\":\"EXECUTION\"}    | resultsDisplayDate | 1900 și 2200",
      "category missing       | {\"resultsDisplayDate\":\"2025-10-03\"}                                  | postCategory       | obligatorie",
      "category unknown       | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"DIRECTOR\"}     | postCategory       | nu este cunoscută",
      "request not a date     | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"EXECUTION\",\"requestDate\":\"ieri\",\"requestedStartDate\":\"2025-10-31\"} | requestDate | nu este validă",
      "request without date   | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"EXECUTION\",\"requestDate\":\"2025-10-06\"} | requestedStartDate | obligatoriu",
      "date without request   | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"EXECUTION\",\"requestedStartDate\":\"2025-10-31\"} | requestDate | obligatoriu",
      "request before display | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"EXECUTION\",\"requestDate\":\"2025-10-02\",\"requestedStartDate\":\"2025-10-31\"} | requestDate | înainte de afișarea",
      "start before display   | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"EXECUTION\",\"requestDate\":\"2025-10-06\",\"requestedStartDate\":\"2025-10-02\"} | requestedStartDate | anterioară afișării",
      "start 30 Feb           | {\"resultsDisplayDate\":\"2025-10-03\",\"postCategory\":\"EXECUTION\",\"requestDate\":\"2025-10-06\",\"requestedStartDate\":\"2026-02-30\"} | requestedStartDate | nu este validă",
      "no JSON                | [1,2]                                                                    | body               | JSON",
  })
  void givenABadField_whenPosting_then400NamingIt(String name, String body, String field,
      String message) throws Exception {
    send(body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(containsString(message)));
  }

  private ResultActions send(String body) throws Exception {
    return mvc.perform(post("/api/contests/presenting-deadline")
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
