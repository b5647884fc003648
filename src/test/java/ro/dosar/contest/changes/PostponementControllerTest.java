package ro.dosar.contest.changes;

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

/** {@code POST /api/contests/postponement-check}: the JSON contract. */
class PostponementControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new PostponementController(
          new PostponementService(ContestTimelineTestRules.calendar())))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  @Test
  void givenExactly15WorkingDays_whenPosting_thenPostpone() throws Exception {
    send("""
        {"originalDate":"2025-09-23","newDate":"2025-10-14"}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"decision":"POSTPONE","latestPostponedDate":"2025-10-14"}""", true));
  }

  @Test
  void given16WorkingDays_whenPosting_thenRestart() throws Exception {
    send("""
        {"originalDate":" 2025-09-23 ","newDate":"2025-10-15"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"decision":"RESTART","latestPostponedDate":"2025-10-14"}""", true));
  }

  @Test
  void givenAHolidayInTheWindow_whenPosting_thenTheLimitSkipsIt() throws Exception {
    send("""
        {"originalDate":"2025-11-24","newDate":"2025-12-16"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"decision":"POSTPONE","latestPostponedDate":"2025-12-16"}""", true));
  }

  @Test
  void givenANewDateBeforeTheOriginal_whenPosting_then400NamingNewDate() throws Exception {
    send("""
        {"originalDate":"2025-09-23","newDate":"2025-09-22"}""")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("newDate"))
        .andExpect(jsonPath("$.detail").value(allOf(
            containsString("22.09.2025"), containsString("anterioară"),
            containsString("23.09.2025"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "originalDate missing  | {\"newDate\":\"2025-10-14\"}                              | originalDate | obligatoriu",
      "originalDate blank    | {\"originalDate\":\" \",\"newDate\":\"2025-10-14\"}       | originalDate | obligatoriu",
      "originalDate not ISO  | {\"originalDate\":\"23.09.2025\",\"newDate\":\"2025-10-14\"} | originalDate | AAAA-LL-ZZ",
      "originalDate 31 Feb   | {\"originalDate\":\"2025-02-31\",\"newDate\":\"2025-10-14\"} | originalDate | nu este validă",
      "originalDate a number | {\"originalDate\":20250923,\"newDate\":\"2025-10-14\"}    | originalDate | nu este validă",
      "originalDate year     | {\"originalDate\":\"1800-01-01\",\"newDate\":\"2025-10-14\"} | originalDate | 1900 și 2200",
      "newDate missing       | {\"originalDate\":\"2025-09-23\"}                         | newDate      | obligatoriu",
      "newDate null          | {\"originalDate\":\"2025-09-23\",\"newDate\":null}        | newDate      | obligatoriu",
      "newDate not a date    | {\"originalDate\":\"2025-09-23\",\"newDate\":\"mâine\"}   | newDate      | nu este validă",
      "newDate year          | {\"originalDate\":\"2025-09-23\",\"newDate\":\"2201-01-01\"} | newDate      | 1900 și 2200",
      "no JSON               | not json                                                  | body         | JSON",
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
    return mvc.perform(post("/api/contests/postponement-check")
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
