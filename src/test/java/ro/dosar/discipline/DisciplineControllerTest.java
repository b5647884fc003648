package ro.dosar.discipline;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
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

/**
 * {@code POST /api/discipline/deadlines} and {@code /api/discipline/sanctions/validate}: the JSON
 * contract and the 400 answers, on the real calendar and catalogue. Authentication is checked on
 * the running application by {@link DisciplineApiTest}.
 */
class DisciplineControllerTest {

  private static final String DEADLINES = "/api/discipline/deadlines";
  private static final String VALIDATE = "/api/discipline/sanctions/validate";

  private final DisciplineTestRules rules = new DisciplineTestRules();
  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new DisciplineController(
          new DisciplineDeadlines(DisciplineDeadlinesTest.CALENDAR),
          new SanctionValidation(rules), rules))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  private ResultActions send(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static void assertProblem(ResultActions result, String field, String detailPart)
      throws Exception {
    result.andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Cerere invalidă"))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(containsString(detailPart)));
  }

  // ---- Deadlines --------------------------------------------------------------------------------

  @Test
  void givenTheReferralOfAContractualEmployee_whenAsking_thenTheFirstDeadlinesOnly()
      throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02",
         "knowledgeDate":"2026-03-20","registrationDate":"2026-03-05"}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"referralDeadline":"2026-05-04","presentToPresidentDue":"2026-03-09",
             "hardDeadline":"2026-04-20","hardDeadlineRule":"KNOWLEDGE_PLUS_30_DAYS"}""", true));
  }

  @Test
  void givenAContractualCaseToTheEnd_whenAsking_thenEveryDeadline() throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02",
         "knowledgeDate":"2026-03-20","registrationDate":"2026-03-05",
         "reportRegisteredDate":"2026-03-25","issueDate":"2026-03-30",
         "communicationDate":"2026-04-02","sanctionCode":"C_BASE_SALARY_REDUCTION",
         "months":2}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"referralDeadline":"2026-05-04","presentToPresidentDue":"2026-03-09",
             "hardDeadline":"2026-04-20","hardDeadlineRule":"KNOWLEDGE_PLUS_30_DAYS",
             "issueDue":"2026-04-01","communicationDue":"2026-04-06",
             "contestDeadline":"2026-05-04","radiationDate":"2027-04-02"}""", true));
  }

  @Test
  void givenNoKnowledgeDate_whenTheReportIsRegistered_thenItIsTheKnowledgeDate()
      throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02",
         "reportRegisteredDate":"2026-03-25"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"referralDeadline":"2026-05-04","hardDeadline":"2026-04-24",
             "hardDeadlineRule":"KNOWLEDGE_PLUS_30_DAYS","issueDue":"2026-04-01"}""", true));
  }

  @Test
  void givenNoKnowledgeNorReport_whenAsking_thenTheSixMonthCap() throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","knowledgeDate":""}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"referralDeadline":"2026-05-04","hardDeadline":"2026-09-02",
             "hardDeadlineRule":"OFFENCE_PLUS_6_MONTHS"}""", true));
  }

  @Test
  void givenACivilServantsCase_whenAsking_thenWorkingDaysAndNoContestDeadline() throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02",
         "registrationDate":"2026-03-05","issueDate":"2026-11-25",
         "communicationDate":"2026-12-03","sanctionCode":"CS_DEMOTION","months":"6"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"referralDeadline":"2026-05-04","presentToPresidentDue":"2026-03-09",
             "hardDeadline":"2027-03-05","hardDeadlineRule":"REGISTRATION_PLUS_1_YEAR",
             "communicationDue":"2026-12-18","contestDeadline":null,
             "radiationDate":"2028-06-03"}""", true))
        .andExpect(jsonPath("$.contestDeadline").value((Object) null));
  }

  @Test
  void givenOnlyTheIssueDate_whenAskingTheRadiation_thenCountedFromIssue() throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02",
         "registrationDate":"2026-03-05","issueDate":"2026-03-06",
         "sanctionCode":"CS_WRITTEN_REPRIMAND"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.radiationDate").value("2026-09-06"))
        .andExpect(jsonPath("$.communicationDue").value("2026-03-27"));
  }

  @Test
  void givenAContractualDemotionWithoutItsDuration_whenAskingTheDeadlines_thenRadiationIn12Months()
      throws Exception {
    // Labour Code art. 248(3): 12 months from application, whatever the demotion lasts.
    send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02",
         "issueDate":"2026-03-30","communicationDate":"2026-04-02","sanctionCode":"C_DEMOTION"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.radiationDate").value("2027-04-02"));
    // A duration given out of range is still refused; the sanction check still requires one.
    assertProblem(send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02",
         "issueDate":"2026-03-30","sanctionCode":"C_DEMOTION","days":75}"""), "days",
        "între 1 și 60");
    send(VALIDATE, """
        {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","hearingHeld":true}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations[0].rule").value("DISC-21"));
  }

  @Test
  void givenADismissal_whenAskingTheRadiation_thenNull() throws Exception {
    send(DEADLINES, """
        {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02",
         "issueDate":"2026-03-30","sanctionCode":"C_DISCIPLINARY_DISMISSAL"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"referralDeadline":"2026-05-04","hardDeadline":"2026-09-02",
             "hardDeadlineRule":"OFFENCE_PLUS_6_MONTHS","communicationDue":"2026-04-06",
             "radiationDate":null}""", true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      category missing     | {"offenceDate":"2026-03-02"}                                                  | employeeCategory     | obligatoriu
      category unknown     | {"employeeCategory":"MANAGER","offenceDate":"2026-03-02"}                     | employeeCategory     | nu există
      category lower case  | {"employeeCategory":"contractual","offenceDate":"2026-03-02"}                 | employeeCategory     | CIVIL_SERVANT
      offence missing      | {"employeeCategory":"CONTRACTUAL"}                                            | offenceDate          | obligatoriu
      offence not ISO      | {"employeeCategory":"CONTRACTUAL","offenceDate":"02.03.2026"}                 | offenceDate          | AAAA-LL-ZZ
      knowledge 30 Feb     | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","knowledgeDate":"2026-02-30"} | knowledgeDate | nu este validă
      knowledge too early  | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","knowledgeDate":"2026-03-01"} | knowledgeDate | anterioară
      registration early   | {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02","registrationDate":"2026-02-27"} | registrationDate | 27.02.2026
      CS no registration   | {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02"}               | registrationDate     | art. 37 alin. (4)
      report year          | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","reportRegisteredDate":"2201-01-01"} | reportRegisteredDate | 1900 și 2200
      communication early  | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","issueDate":"2026-03-30","communicationDate":"2026-03-27"} | communicationDate | anterioară
      sanction unknown     | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","issueDate":"2026-03-30","sanctionCode":"FINE"} | sanctionCode | „FINE”
      sanction other ladder| {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","issueDate":"2026-03-30","sanctionCode":"CS_DEMOTION","months":3} | sanctionCode | nu există
      sanction no date     | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","sanctionCode":"C_WRITTEN_WARNING"} | communicationDate | issueDate
      months not a number  | {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02","registrationDate":"2026-03-05","issueDate":"2026-03-30","sanctionCode":"CS_DEMOTION","months":"șase"} | months | număr întreg
      months missing       | {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02","registrationDate":"2026-03-05","issueDate":"2026-03-30","sanctionCode":"CS_DEMOTION"} | months | între 1 și 12
      months out of range  | {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02","registrationDate":"2026-03-05","issueDate":"2026-03-30","sanctionCode":"CS_SALARY_RIGHTS_REDUCTION","months":4} | months | între 1 și 3
      days not applicable  | {"employeeCategory":"CIVIL_SERVANT","offenceDate":"2026-03-02","registrationDate":"2026-03-05","issueDate":"2026-03-30","sanctionCode":"CS_DEMOTION","months":3,"days":10} | days | nu are durată în zile
      days out of range    | {"employeeCategory":"CONTRACTUAL","offenceDate":"2026-03-02","issueDate":"2026-03-30","sanctionCode":"C_DEMOTION","days":75} | days | între 1 și 60
      no JSON              | not json                                                                      | body                 | JSON
      """)
  void givenABadDeadlinesRequest_whenAsking_then400NamingTheField(String name, String body,
      String field, String message) throws Exception {
    assertProblem(send(DEADLINES, body), field, message);
  }

  // ---- Validation -------------------------------------------------------------------------------

  @Test
  void givenAValidProposal_whenValidating_thenValidWithoutViolations() throws Exception {
    send(VALIDATE, """
        {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","days":60,
         "hearingHeld":true,"isGrave":false,"priorUnradiatedSanctions":0,"offenceCount":1}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"valid":true,"violations":[]}""", true));
  }

  @Test
  void givenAContractualDemotionOf75Days_whenValidating_then200WithDisc21() throws Exception {
    send(VALIDATE, """
        {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","days":75,
         "hearingHeld":true}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations.length()").value(1))
        .andExpect(jsonPath("$.violations[0].rule").value("DISC-21"))
        .andExpect(jsonPath("$.violations[0].message").value(allOf(containsString("75"),
            containsString("între 1 și 60"))));
  }

  @Test
  void givenADismissalWithNothingElse_whenValidating_thenTheDefaultsFailDisc22AndDisc25()
      throws Exception {
    send(VALIDATE, """
        {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DISCIPLINARY_DISMISSAL"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations[*].rule").value(contains("DISC-22", "DISC-25")));
  }

  @Test
  void givenARepeatedOffence_whenValidatingADismissal_thenValid() throws Exception {
    send(VALIDATE, """
        {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DISCIPLINARY_DISMISSAL",
         "hearingHeld":"true","isGrave":"false","priorUnradiatedSanctions":"1"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"valid":true,"violations":[]}""", true));
  }

  @Test
  void givenACodeOfTheOtherLadder_whenValidating_then200WithDisc20() throws Exception {
    send(VALIDATE, """
        {"employeeCategory":"CIVIL_SERVANT","sanctionCode":"C_WRITTEN_WARNING"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations[0].rule").value("DISC-20"))
        .andExpect(jsonPath("$.violations[0].message").value(containsString("legalității")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      category missing  | {"sanctionCode":"C_DEMOTION"}                                           | employeeCategory         | obligatoriu
      category unknown  | {"employeeCategory":"INTERN","sanctionCode":"C_DEMOTION"}               | employeeCategory         | nu există
      code missing      | {"employeeCategory":"CONTRACTUAL"}                                      | sanctionCode             | obligatoriu
      percent text      | {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","percent":"zece"} | percent | număr întreg
      days decimal      | {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","days":7.5} | days                   | număr întreg
      hearing yes       | {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","hearingHeld":"da"} | hearingHeld   | true sau false
      grave number      | {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","isGrave":1} | isGrave               | true sau false
      no offence        | {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","offenceCount":0} | offenceCount    | cel puțin 1
      negative prior    | {"employeeCategory":"CONTRACTUAL","sanctionCode":"C_DEMOTION","priorUnradiatedSanctions":-1} | priorUnradiatedSanctions | cel puțin 0
      no JSON           | [1,2]                                                                   | body                     | JSON
      """)
  void givenABadValidationRequest_whenValidating_then400NamingTheField(String name, String body,
      String field, String message) throws Exception {
    assertProblem(send(VALIDATE, body), field, message);
  }
}
