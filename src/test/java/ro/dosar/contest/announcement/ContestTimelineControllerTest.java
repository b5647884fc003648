package ro.dosar.contest.announcement;

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
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.institution.InstitutionSettings;
import ro.dosar.web.ApiExceptionHandler;

/** {@code POST /api/contests/calendar}: the JSON contract. */
class ContestTimelineControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new ContestTimelineController(
          new ContestCalendarCheck(ContestTimelineTestRules.service()), closingHours()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();
  /** The same API where the setting {@code dosar.contest.lead-time-counting} is TEST_DAY_COUNTED. */
  private final MockMvc testDayCounted = MockMvcBuilders
      .standaloneSetup(new ContestTimelineController(new ContestCalendarCheck(
          ContestTimelineTestRules.service(LeadTimeCounting.TEST_DAY_COUNTED)), closingHours()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  /** UVT's Registry closes at 14:00, ASEMT's at 16:30, MFRM's at the default hour. */
  private static RegistryClosingHour closingHours() {
    return new RegistryClosingHour(new InstitutionSettings(List.of(
        new InstitutionSettings.Entry("UVT", null, LocalTime.of(14, 0)),
        new InstitutionSettings.Entry("ASEMT", null, LocalTime.of(16, 30)),
        new InstitutionSettings.Entry("MFRM", null, null))),
        ContestTimelineTestRules.calendar());
  }

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
             "earliestFirstTestDate":"2025-09-23",
             "leadTimeCounting":"BOTH_EXCLUDED",
             "submissionFrom":"2025-09-01",
             "submissionClosingTime":"16:00",
             "tests":[{"type":"WRITTEN","date":"2025-09-23","resultsDisplayDeadline":"2025-09-24",
                       "contestationDeadline":"2025-09-25",
                       "contestationResolutionDeadline":"2025-09-26","time":null}],
             "latestInterviewDate":"2025-09-29",
             "earliestFinalResultsDate":"2025-09-24",
             "latestFinalResultsDate":"2025-09-29",
             "warnings":[]}""", true));
  }

  @Test
  void givenLowerCaseAndSpaces_whenPosting_thenReadLikeTheCanonicalValues() throws Exception {
    send("""
        {"vacancyType":" temporarily_vacant ","publicationDate":" 2025-09-01",
         "firstTestDate":"2025-09-16 "}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.vacancyType").value("TEMPORARILY_VACANT"))
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-16"));
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
            containsString("23.09.2025"))))
        .andExpect(jsonPath("$.violations.length()").value(2))
        .andExpect(jsonPath("$.violations[0].field").value("firstTestDate"))
        .andExpect(jsonPath("$.violations[0].earliest").value("2025-09-23"))
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
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-23"));
  }

  @Test
  void givenAFirstTestBeforeThePublication_whenPosting_then422WithDateOrder() throws Exception {
    send("""
        {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-08-29"}""")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.violations[0].rule").value("DATE-ORDER"))
        .andExpect(jsonPath("$.violations[0].field").value("firstTestDate"))
        .andExpect(jsonPath("$.violations[0].message").value(allOf(
            startsWith("Data primei probe (29.08.2025) este anterioară datei publicării "
                + "anunțului (01.09.2025)"),
            containsString("8.1.3 alin. (1)"))))
        .andExpect(jsonPath("$.violations[*].rule").value(org.hamcrest.Matchers.hasItem("PUB-01")));
  }

  @Test
  void givenTheTestDayCountedSetting_whenTheTestIsOnThe15thWorkingDay_then200WithAWarning()
      throws Exception {
    String fifteenthWorkingDay = """
        {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-09-22"}""";

    send(testDayCounted, fifteenthWorkingDay)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.leadTimeCounting").value("TEST_DAY_COUNTED"))
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-22"))
        .andExpect(jsonPath("$.warnings.length()").value(1))
        .andExpect(jsonPath("$.warnings[0].rule").value("PUB-01"))
        .andExpect(jsonPath("$.warnings[0].message").value(allOf(
            containsString("TEST_DAY_COUNTED"), containsString("23.09.2025"))));
    // The default counting refuses the same calendar.
    send(fifteenthWorkingDay)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.violations[0].rule").value("PUB-01"));
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
        .andExpect(jsonPath("$.earliestFirstTestDate").value("2025-09-16"));
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
      tests           |              | Calendarul trebuie să cuprindă cel puțin o probă: completați „tests” (sau „firstTestDate”, pentru o singură probă scrisă).
      firstTestDate   | mâine        | Data „mâine” nu este validă; folosiți formatul AAAA-LL-ZZ.
      firstTestDate   | 2201-01-01   | Data „2201-01-01” nu este acceptată; anul trebuie să fie între 1900 și 2200.
      """)
  void givenABadField_whenPosting_then400NamingIt(String field, String value, String detail)
      throws Exception {
    Map<String, String> body = new HashMap<>(Map.of("vacancyType", "VACANT",
        "publicationDate", "2025-09-01", "firstTestDate", "2025-09-23"));
    if (value == null) {
      body.remove(field.equals("tests") ? "firstTestDate" : field);
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

  /** The whole calendar of the example: every field, lawful. */
  static final String WHOLE_CALENDAR = """
      {"vacancyType":"VACANT","postCategory":"EXECUTION","publicationDate":"2025-09-01",
       "submission":{"from":"2025-09-01","to":"2025-09-15","closingTime":"16:00"},
       "selectionDate":"2025-09-17","selectionResultsDate":"2025-09-18",
       "tests":[{"type":"WRITTEN","date":"2025-09-23","time":"10:00"},
                {"type":"PRACTICAL","date":"2025-09-25"},
                {"type":"INTERVIEW","date":"2025-09-29","time":"10:00"}],
       "finalResultsDate":"2025-10-03"}""";

  @Test
  void givenTheWholeCalendarOfTheExample_whenPosting_then200WithEachTestsDeadlines()
      throws Exception {
    send(WHOLE_CALENDAR)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.postCategory").value("EXECUTION"))
        .andExpect(jsonPath("$.firstTestDate").value("2025-09-23"))
        .andExpect(jsonPath("$.tests.length()").value(3))
        .andExpect(jsonPath("$.tests[0].type").value("WRITTEN"))
        .andExpect(jsonPath("$.tests[0].time").value("10:00"))
        .andExpect(jsonPath("$.tests[0].resultsDisplayDeadline").value("2025-09-24"))
        .andExpect(jsonPath("$.tests[1].type").value("PRACTICAL"))
        .andExpect(jsonPath("$.tests[2].contestationResolutionDeadline").value("2025-10-02"))
        .andExpect(jsonPath("$.latestInterviewDate").value("2025-10-01"))
        .andExpect(jsonPath("$.latestFinalResultsDate").value("2025-10-03"))
        .andExpect(jsonPath("$.warnings.length()").value(0));
  }

  @Test
  void givenACalendarBreakingFiveRules_whenPosting_then422WithEveryViolationNamingItsField()
      throws Exception {
    // A window opened two weeks late and closed a day past the term, results displayed a day
    // late, an interview 5 WD after the written test, final results too late.
    send("""
        {"vacancyType":"VACANT","publicationDate":"2025-09-01",
         "submission":{"from":"2025-09-15","to":"2025-09-16"},
         "selectionDate":"2025-09-17","selectionResultsDate":"2025-09-19",
         "tests":[{"type":"WRITTEN","date":"2025-09-24"},{"type":"INTERVIEW","date":"2025-10-01"}],
         "finalResultsDate":"2025-10-09"}""")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.violations[*].rule").value(org.hamcrest.Matchers.contains(
            "SUB-01", "SUB-02", "SEL-03", "INT-05", "FIN-01")))
        .andExpect(jsonPath("$.violations[*].field").value(org.hamcrest.Matchers.contains(
            "submission.from", "submission.to", "selectionResultsDate", "tests[1].date",
            "finalResultsDate")))
        .andExpect(jsonPath("$.violations[1].latest").value("2025-09-15"))
        .andExpect(jsonPath("$.violations[2].latest").value("2025-09-18"))
        .andExpect(jsonPath("$.violations[3].latest").value("2025-09-30"))
        .andExpect(jsonPath("$.violations[3].message").value(containsString("8.2.4 alin. (5)")));
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(delimiter = '|', textBlock = """
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-09-23","interviewDate":"2025-09-29"} | interviewDate
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","tests":[{"type":"WRITTEN","date":"2025-09-23","room":"045"}]} | tests[0].room
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","submission":{"until":"2025-09-15"},"firstTestDate":"2025-09-23"} | submission.until
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","tests":[{"type":"ORAL","date":"2025-09-23"}]} | tests[0].type
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","tests":[{"type":"WRITTEN","date":"2025-09-23","time":"25:00"}]} | tests[0].time
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","tests":[{"type":"WRITTEN","date":"2025-09-23"},{"type":"WRITTEN","date":"2025-09-24"}]} | tests[1].type
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","tests":[]} | tests
      {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-09-23","tests":[{"type":"WRITTEN","date":"2025-09-23"}]} | firstTestDate
      {"vacancyType":"VACANT","postCategory":"MANAGER","publicationDate":"2025-09-01","firstTestDate":"2025-09-23"} | postCategory
      {"vacancyType":"VACANT","publicationDate":20250901,"firstTestDate":"2025-09-23"} | publicationDate
      """)
  void givenAnUnknownOrBadField_whenPosting_then400NamingIt(String body, String field)
      throws Exception {
    send(body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field));
  }

  @Test
  void givenNoBody_whenPosting_then400OnTheBody() throws Exception {
    send("")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
  }

  /**
   * Two institutions, different Registry hours: UVT's Registry closes at 14:00, ASEMT's at 16:30;
   * MFRM sets none (the installation's 16:00). The same dates: the last submission day closes at
   * each one's hour, and an announced closing hour after the Registry's is a violation.
   */
  @Test
  void givenTwoInstitutionsWithDifferentRegistryHours_theLastSubmissionDayClosesAtEachOnesHour()
      throws Exception {
    String dates = "\"vacancyType\":\"VACANT\",\"publicationDate\":\"2025-09-01\","
        + "\"firstTestDate\":\"2025-09-23\"";
    send("{" + dates + ",\"institution\":\"UVT\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.submissionDeadline").value("2025-09-15"))
        .andExpect(jsonPath("$.submissionClosingTime").value("14:00"));
    send("{" + dates + ",\"institution\":\"ASEMT\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.submissionClosingTime").value("16:30"));
    send("{" + dates + ",\"institution\":\"MFRM\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.submissionClosingTime").value("16:00"));

    String at1600 = ",\"submission\":{\"from\":\"2025-09-01\",\"to\":\"2025-09-15\","
        + "\"closingTime\":\"16:00\"}";
    send("{" + dates + at1600 + ",\"institution\":\"UVT\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.violations[0].rule").value("SUB-03"))
        .andExpect(jsonPath("$.violations[0].field").value("submission.closingTime"))
        .andExpect(jsonPath("$.violations[0].latest").value("14:00"))
        .andExpect(jsonPath("$.violations[0].message", containsString("registratura")));
    send("{" + dates + at1600 + ",\"institution\":\"ASEMT\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.submissionClosingTime").value("16:00"));
    send("{" + dates + ",\"institution\":\"XYZ\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("institution"));
  }

  private ResultActions send(String json) throws Exception {
    return send(mvc, json);
  }

  private static ResultActions send(MockMvc api, String json) throws Exception {
    return api.perform(post("/api/contests/calendar")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }
}
