package ro.dosar.paygrade;

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
import ro.dosar.paygrade.categorisation.InstitutionCategorisation;
import ro.dosar.web.ApiExceptionHandler;

/** {@code /api/paygrade/**}: the JSON contracts, on the real tables. */
class PaygradeControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new PaygradeController(
          new InstitutionCategorisation(PaygradeTestRules.RULES),
          new SimplifiedEvaluation(PaygradeTestRules.RULES),
          new EvaluationFormValidation(PaygradeTestRules.RULES)))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(post("/api/paygrade" + path)
        .contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private ResultActions categorise(String json) throws Exception {
    return send("/categorise", json);
  }

  private ResultActions badRequest(ResultActions result, String field) throws Exception {
    return result.andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:dosar:problem:invalid-request"))
        .andExpect(jsonPath("$.field").value(field));
  }

  // ---- POST /categorise: categories ------------------------------------------------------------

  @Test
  void theIssuesExample_641Pupils_isColumn1() throws Exception {
    categorise("""
        {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":641}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"table":"PRIMARY_EDUCATION","decisionKey":"categoryPrimaryEducation",
             "output":"categoryColumn","result":1,"rule":"primaryEducationColumn1"}""", true));
  }

  @ParameterizedTest(name = "{0} pupils/children → column {1}")
  @CsvSource({"640, 2", "642, 1", "\"100\", 6", "101, 5"})
  void primaryEducation_aroundTheThresholds(String count, int column) throws Exception {
    categorise("{\"table\":\"primary_education\",\"pupilsChildrenCount\":" + count + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value(column))
        .andExpect(jsonPath("$.reason").doesNotExist());
  }

  @ParameterizedTest(name = "{0} specialist functions → column {1}")
  @CsvSource({"9, 3", "10, 2", "11, 2", "30, 2", "30.5, 1", "31, 1", "'\"10,25\"', 2"})
  void penitentiary_aroundTheThresholds(String count, int column) throws Exception {
    categorise("{\"table\":\"PENITENTIARY_MEDICAL_UNIT\",\"specialistFunctionsCount\":" + count
        + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.output").value("categoryColumn"))
        .andExpect(jsonPath("$.result").value(column))
        .andExpect(jsonPath("$.rule").value("penitentiaryMedicalUnitColumn" + column));
  }

  @Test
  void performingArts_byAName_answersTheResolvedId() throws Exception {
    categorise("""
        {"table":"PERFORMING_ARTS","institutionName":"teatrul national eugene ionesco, mun. chisinau"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"table":"PERFORMING_ARTS","decisionKey":"categoryPerformingArts",
             "output":"institutionCategory","result":"NATIONAL","rule":"performingArtsNat09",
             "institutionId":"NAT-09"}""", true));
  }

  @Test
  void performingArts_aBranchOfANamedInstitution_isIII() throws Exception {
    categorise("""
        {"table":"PERFORMING_ARTS","institutionId":"NAT-03","performingArtsKind":"BRANCH_OF_THEATRE"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value("III"))
        .andExpect(jsonPath("$.rule").value("performingArtsCategoryIII"));
  }

  @Test
  void heritage_byName() throws Exception {
    categorise("""
        {"table":"NATIONAL_STATUS_HERITAGE","institutionName":"Agenţia de Inspectare şi Restaurare a Monumentelor"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").value("NATIONAL_STATUS"))
        .andExpect(jsonPath("$.institutionId").value("HER-01"));
  }

  @Test
  void library_keepsThe2020Category() throws Exception {
    categorise("""
        {"table":"LIBRARY","categoryAsOf2020_09_01":"II"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.output").value("institutionCategory"))
        .andExpect(jsonPath("$.result").value("II"))
        .andExpect(jsonPath("$.rule").value("libraryCategoryKept"));
  }

  // ---- POST /categorise: manual classification -------------------------------------------------

  @Test
  void anUnnamedCircus_isManual_withTheCauseAndARomanianMessage() throws Exception {
    categorise("""
        {"table":"PERFORMING_ARTS","institutionName":"Circul din Bălți","performingArtsKind":"CIRCUS"}""")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"table":"PERFORMING_ARTS","decisionKey":"categoryPerformingArts",
             "output":"institutionCategory","result":null,"rule":null,"institutionId":null,
             "reason":"MANUAL_CLASSIFICATION_REQUIRED","cause":"KIND_NOT_COVERED",
             "message":"Tabelul 3 nu nominalizează această instituție, iar categoria III nu cuprinde felul ei (circ); categoria se stabilește manual."}""",
            true));
  }

  @Test
  void aHeritageBodyNotNamedInI1_isManual() throws Exception {
    categorise("""
        {"table":"NATIONAL_STATUS_HERITAGE","institutionId":"MD-1002"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result").isEmpty())
        .andExpect(jsonPath("$.reason").value("MANUAL_CLASSIFICATION_REQUIRED"))
        .andExpect(jsonPath("$.cause").value("UNKNOWN_INSTITUTION"));
  }

  @Test
  void aLibraryWithoutAnyCategory_isManual() throws Exception {
    categorise("""
        {"table":"LIBRARY"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reason").value("MANUAL_CLASSIFICATION_REQUIRED"))
        .andExpect(jsonPath("$.cause").value("NO_LIBRARY_CATEGORY"));
  }

  @Test
  void aGeneralSecondarySchool_isManual_itsThresholdsAreNotInTheAmendment() throws Exception {
    categorise("""
        {"table":"PRIMARY_EDUCATION","institutionType":"GENERAL_SECONDARY_NO_PROFILE",
         "pupilsChildrenCount":500}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cause").value("INSTITUTION_TYPE_NOT_COVERED"));
  }

  // ---- POST /categorise: bad requests ----------------------------------------------------------

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      {"pupilsChildrenCount":641}                                                  | table                    | Câmpul „table” este obligatoriu; folosiți unul dintre: PRIMARY_EDUCATION, PENITENTIARY_MEDICAL_UNIT, PERFORMING_ARTS, NATIONAL_STATUS_HERITAGE, LIBRARY.
      {"table":"SCHOOLS","pupilsChildrenCount":641}                                | table                    | Tabelul „SCHOOLS” nu este cunoscut; folosiți unul dintre: PRIMARY_EDUCATION, PENITENTIARY_MEDICAL_UNIT, PERFORMING_ARTS, NATIONAL_STATUS_HERITAGE, LIBRARY.
      {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":-1}                       | pupilsChildrenCount      | Numărul de elevi/copii nu poate fi negativ; s-a primit -1.
      {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":640.5}                    | pupilsChildrenCount      | Numărul de elevi/copii trebuie să fie un număr întreg; s-a primit 640,5.
      {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":"o sută"}                 | pupilsChildrenCount      | Câmpul „pupilsChildrenCount” trebuie să fie un număr (de exemplu 1,75); s-a primit „o sută”.
      {"table":"PRIMARY_EDUCATION"}                                                | pupilsChildrenCount      | Câmpul „pupilsChildrenCount” este obligatoriu.
      {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":5,"institutionType":"X"}  | institutionType          | Tipul instituției „X” nu este cunoscut; folosiți unul dintre: PRIMARY_EDUCATION, GENERAL_SECONDARY_NO_PROFILE, GENERAL_SECONDARY_CULTURE_ART_SPORT.
      {"table":"PRIMARY_EDUCATION","specialistFunctionsCount":5}                   | specialistFunctionsCount | Câmpul „specialistFunctionsCount” nu se folosește pentru tabelul PRIMARY_EDUCATION; câmpurile acceptate sunt: table, institutionType, pupilsChildrenCount.
      {"table":"PENITENTIARY_MEDICAL_UNIT","specialistFunctionsCount":-0.25}       | specialistFunctionsCount | Numărul funcțiilor de specialitate nu poate fi negativ; s-a primit -0,25.
      {"table":"PENITENTIARY_MEDICAL_UNIT","specialistFunctionsCount":10.125}      | specialistFunctionsCount | Numărul funcțiilor de specialitate poate avea cel mult două zecimale (de exemplu 10,25); s-a primit 10,125.
      {"table":"PERFORMING_ARTS","performingArtsKind":"OPERA"}                     | performingArtsKind       | Felul instituției „OPERA” nu este cunoscut; folosiți unul dintre: THEATRE, CONCERT_ORGANIZATION, BRANCH_OF_THEATRE, BRANCH_OF_CONCERT_ORGANIZATION, ARTISTIC_FORMATION, CIRCUS, IMPRESARIO_ORGANIZATION.
      {"table":"PERFORMING_ARTS"}                                                  | institutionId            | Indicați instituția („institutionId” sau „institutionName”) sau felul ei („performingArtsKind”).
      {"table":"PERFORMING_ARTS","institutionId":"NAT-01","institutionName":"Sala cu Orgă"} | institutionName | Indicați fie „institutionId”, fie „institutionName”, nu amândouă.
      {"table":"NATIONAL_STATUS_HERITAGE"}                                         | institutionId            | Indicați instituția: „institutionId” (HER-01, HER-02, HER-03) sau „institutionName”.
      """)
  void badRequests_are400ProblemsNamingTheField(String json, String field, String detail)
      throws Exception {
    badRequest(categorise(json), field)
        .andExpect(jsonPath("$.detail").value(detail));
  }

  @Test
  void aBodyThatIsNotAnObjectOfTexts_is400OnTheBody() throws Exception {
    badRequest(categorise("""
        {"table":"PRIMARY_EDUCATION","pupilsChildrenCount":{"value":5}}"""), "pupilsChildrenCount");
    badRequest(categorise(""), "body");
  }

  // ---- POST /simplified-grade ------------------------------------------------------------------

  @Test
  void theIssuesExample_is9point5_grade5_noFlag() throws Exception {
    send("/simplified-grade", """
        {"edu":3,"ccd":2,"dec":2,"work":1.5,"impact":1}""")
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"simplifiedTotal":"9.5","suggestedGrade":5,"rangeFlag":""}""", true));
  }

  @ParameterizedTest(name = "{0} → {1}, grade {2} [{3}]")
  @CsvSource(delimiter = '|', textBlock = """
      {"edu":0.5,"ccd":0.5,"dec":1,"work":2,"impact":1}          | 5     | 1  |
      {"edu":"2","ccd":"1","dec":"1,25","work":"2","impact":"1"} | 7.25  | 2  |
      {"edu":3,"ccd":3,"dec":3,"work":1.25,"impact":3.00}        | 13.25 | 12 |
      {"edu":1,"ccd":1,"dec":0.75,"work":0.5,"impact":0.5}       | 3.75  | 1  | BELOW_INDICATIVE_RANGE
      {"edu":3,"ccd":3,"dec":3,"work":1.5,"impact":3}            | 13.5  | 12 | ABOVE_INDICATIVE_RANGE
      """)
  void simplifiedGrade_totalsAndFlags(String json, String total, int grade, String flag)
      throws Exception {
    send("/simplified-grade", json)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.simplifiedTotal").value(total))
        .andExpect(jsonPath("$.suggestedGrade").value(grade))
        .andExpect(jsonPath("$.rangeFlag").value(flag == null ? "" : flag));
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      {"edu":3.25,"ccd":2,"dec":2,"work":1.5,"impact":1}  | edu    | Punctajul pentru „Studii, cunoștințe și experiență” trebuie să fie de la 0,5 la 3, cu pasul de 0,25 (0,5; 0,75; 1; … 3); s-a primit 3,25.
      {"edu":3,"ccd":0.25,"dec":2,"work":1.5,"impact":1}  | ccd    | Punctajul pentru „Complexitate, creativitate și diversitate” trebuie să fie de la 0,5 la 3, cu pasul de 0,25 (0,5; 0,75; 1; … 3); s-a primit 0,25.
      {"edu":3,"ccd":2,"dec":2.1,"work":1.5,"impact":1}   | dec    | Punctajul pentru „Responsabilitate decizională” trebuie să fie de la 0,5 la 3, cu pasul de 0,25 (0,5; 0,75; 1; … 3); s-a primit 2,1.
      {"edu":3,"ccd":2,"dec":2,"work":"1.5x","impact":1}  | work   | Câmpul „work” trebuie să fie un număr (de exemplu 1,75); s-a primit „1.5x”.
      {"edu":3,"ccd":2,"dec":2,"work":1.5}                | impact | Câmpul „impact” (Impactul postului) este obligatoriu.
      {"edu":3,"ccd":2,"dec":2,"work":1.5,"impact":1,"comm":2} | comm | Câmpul „comm” nu se folosește aici; câmpurile acceptate sunt: edu, ccd, dec, work, impact.
      """)
  void simplifiedGrade_badScores_are400NamingTheField(String json, String field, String detail)
      throws Exception {
    badRequest(send("/simplified-grade", json), field)
        .andExpect(jsonPath("$.detail").value(detail));
  }

  // ---- POST /evaluation-form/validate ----------------------------------------------------------

  private static final String VALID_FORM = """
      {"eduDepth":6,"eduScope":"M","ccdDepth":3,"ccdScope":"S","decDepth":2,"decScope":"S",
       "leadDepth":3,"leadScope":"M","commDepth":2,"commScope":"S","workDepth":1,"workScope":"R",
       "effPhysical":1,"effMental":"M","jobDescriptionRef":"Fișa postului nr. 17",
       "headSignedBy":"Popescu Ion","executorSignedBy":"Rusu Ana\"""";

  @Test
  void aValidForm_isValid() throws Exception {
    send("/evaluation-form/validate", VALID_FORM + "}")
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"valid":true,"errors":[]}""", true));
  }

  @Test
  void aFormWithAFilledXCellAndNoHeadSignature_listsBothErrors() throws Exception {
    send("/evaluation-form/validate",
        VALID_FORM.replace("\"Popescu Ion\"", "null") + ",\"eduPhysical\":2}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].errorCode").value("CELL_MUST_BE_EMPTY"))
        .andExpect(jsonPath("$.errors[0].field").value("eduPhysical"))
        .andExpect(jsonPath("$.errors[0].message").value("Studii, cunoștințe și experiență: "
            + "nivelul efortului fizic nu se completează pentru acest criteriu (celulă marcată "
            + "„x” în fișă)."))
        .andExpect(jsonPath("$.errors[1].errorCode").value("HEAD_SIGNATURE_MISSING"))
        .andExpect(jsonPath("$.errors[1].field").value("headSignedBy"));
  }

  @Test
  void aDepthOutOfRange_isAnErrorOfTheForm_notABadRequest() throws Exception {
    send("/evaluation-form/validate", VALID_FORM.replace("\"leadDepth\":3", "\"leadDepth\":12")
        + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.errors[0].errorCode").value("DEPTH_INVALID"))
        .andExpect(jsonPath("$.errors[0].field").value("leadDepth"));
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      "eduDepth":"șase"  | eduDepth | Câmpul „eduDepth” trebuie să fie un număr (de exemplu 1,75); s-a primit „șase”.
      "effPhysical":1.5  | effPhysical | Câmpul „effPhysical” trebuie să fie un nivel întreg; s-a primit 1,5.
      "impact":2         | impact | Câmpul „impact” nu se folosește în fișa de evaluare; câmpurile acceptate sunt: eduDepth, eduScope, eduPhysical, eduMental, ccdDepth, ccdScope, ccdPhysical, ccdMental, decDepth, decScope, decPhysical, decMental, leadDepth, leadScope, leadPhysical, leadMental, commDepth, commScope, commPhysical, commMental, workDepth, workScope, workPhysical, workMental, effDepth, effScope, effPhysical, effMental, jobDescriptionRef, headSignedBy, executorSignedBy.
      """)
  void aMalformedFormField_is400(String extraField, String field, String detail)
      throws Exception {
    badRequest(send("/evaluation-form/validate", VALID_FORM + "," + extraField + "}"), field)
        .andExpect(jsonPath("$.detail").value(detail));
  }
}
