package ro.dosar.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

class CalendarControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new CalendarController(TestCalendars.calendar()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  @Test
  void givenTheSpecsExample_whenAddingWorkingDays_thenTheTermEndsOn22September() throws Exception {
    call("/api/calendar/add-working-days?from=2025-09-01&days=15")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"from":"2025-09-01","days":15,"country":"RO","date":"2025-09-22"}""", true));
  }

  @Test
  void givenMoldova_whenAddingWorkingDays_thenPasteleBlajinilorIsSkipped() throws Exception {
    call("/api/calendar/add-working-days?from=2026-04-17&days=1&country=md")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"from":"2026-04-17","days":1,"country":"MD","date":"2026-04-21"}""", true));
  }

  @Test
  void givenTheLongestTermFromTheLastAcceptedDay_whenAdding_thenStillAnAnswer() throws Exception {
    call("/api/calendar/add-working-days?from=2200-12-31&days=3650")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").isString());
  }

  @Test
  void givenRomania2026_whenListingNonWorkingDays_thenSixteenDaysWithNamesAndSources()
      throws Exception {
    call("/api/calendar/non-working-days?year=2026")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2026))
        .andExpect(jsonPath("$.country").value("RO"))
        .andExpect(jsonPath("$.days.length()").value(16))
        .andExpect(jsonPath("$.days[0].date").value("2026-01-01"))
        .andExpect(jsonPath("$.days[0].name").value("Anul Nou"))
        .andExpect(jsonPath("$.days[0].source").value("Codul muncii art. 139"))
        .andExpect(jsonPath("$.days[10].date").value("2026-06-01"))
        .andExpect(jsonPath("$.days[10].name").value("Ziua Copilului; A doua zi de Rusalii"));
  }

  @Test
  void givenMoldova2026_whenListingNonWorkingDays_thenThirteenDays() throws Exception {
    call("/api/calendar/non-working-days?year=2026&country=MD")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.country").value("MD"))
        .andExpect(jsonPath("$.days.length()").value(13))
        .andExpect(jsonPath("$.days[6].name").value("Paștele Blajinilor"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      add-working-days?from=abc&days=1                   | from    | Data „abc” nu este validă; folosiți formatul AAAA-LL-ZZ.
      add-working-days?from=2025-02-30&days=1            | from    | Data „2025-02-30” nu este validă; folosiți formatul AAAA-LL-ZZ.
      add-working-days?from=1899-12-31&days=1            | from    | Data „1899-12-31” nu este acceptată; anul trebuie să fie între 1900 și 2200.
      add-working-days?days=1                            | from    | Parametrul „from” este obligatoriu.
      add-working-days?from=&days=1                      | from    | Parametrul „from” este obligatoriu.
      add-working-days?from=2025-09-01                   | days    | Parametrul „days” este obligatoriu.
      add-working-days?from=2025-09-01&days=-1           | days    | Numărul de zile „-1” nu este valid; introduceți un număr întreg între 0 și 3650.
      add-working-days?from=2025-09-01&days=3651         | days    | Numărul de zile „3651” nu este valid; introduceți un număr întreg între 0 și 3650.
      add-working-days?from=2025-09-01&days=abc          | days    | Numărul de zile „abc” nu este valid; introduceți un număr întreg între 0 și 3650.
      add-working-days?from=2025-09-01&days=1&country=XX | country | Țara „XX” nu este cunoscută; valori acceptate: RO, MD.
      non-working-days?year=abc                          | year    | Anul „abc” nu este valid; introduceți un an între 1900 și 2200.
      non-working-days                                   | year    | Parametrul „year” este obligatoriu.
      non-working-days?year=1899                         | year    | Anul „1899” nu este valid; introduceți un an între 1900 și 2200.
      non-working-days?year=2201                         | year    | Anul „2201” nu este valid; introduceți un an între 1900 și 2200.
      non-working-days?year=2026&country=XX              | country | Țara „XX” nu este cunoscută; valori acceptate: RO, MD.
      """)
  void givenABadParameter_whenCalled_thenProblemNamingTheFieldInRomanian(String query,
      String field, String detail) throws Exception {
    call("/api/calendar/" + query)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(detail));
  }

  private ResultActions call(String url) throws Exception {
    return mvc.perform(
        get(url).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
  }
}
