package ro.dosar.commission;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.calendar.CalendarProperties;
import ro.dosar.calendar.StatutoryHolidays;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.gender.CommissionEnforcementSettings;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.gender.EqualityTestRules;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionProperties;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.institution.InstitutionSettings;
import ro.dosar.institution.InstitutionSettings.EqualityPlan;
import ro.dosar.web.ApiExceptionHandler;

class CommissionControllerTest {

  /**
   * Registered institutions: UVT (no equality plan), ASEMT (plan 2026–2029, HARD) and ULBS (plan
   * since 2024, SOFT, the default).
   */
  private static final InstitutionRepository INSTITUTIONS = new InstitutionRepository(null) {
    @Override
    public Optional<Institution> findByCode(String code) {
      return Set.of("UVT", "ASEMT", "ULBS").contains(code)
          ? Optional.of(new Institution(code, code, "RO", null)) : Optional.empty();
    }
  };

  /** The caller may act for every institution (the scope itself: InstitutionScopeTest). */
  private static final InstitutionScope EVERY_INSTITUTION =
      new InstitutionScope(INSTITUTIONS, new InstitutionProperties(List.of()), null) {
        @Override
        public void require(String institutionCode) {
        }
      };

  private static final InstitutionSettings PLANS = new InstitutionSettings(List.of(
      new InstitutionSettings.Entry("UVT", null, null),
      new InstitutionSettings.Entry("ASEMT",
          new EqualityPlan(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31)), null),
      new InstitutionSettings.Entry("ULBS", new EqualityPlan(LocalDate.of(2024, 1, 1), null),
          null)));

  /** Today is Monday 2 March 2026 (in Bucharest): ASEMT's plan is in force. */
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
      CalendarProperties.defaults(), new StatutoryHolidays(),
      Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new CommissionController(new CommissionRules(userId -> userId),
          new CommissionGenderBalance(new CommissionGenderCheck(new EqualityTestRules(),
              new CommissionEnforcementSettings(Map.of("asemt", EnforcementMode.HARD)), PLANS)),
          INSTITUTIONS, EVERY_INSTITUTION, CALENDAR))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  /**
   * Three members per commission, both mixed, an HR secretary; conflictOfInterest left out on
   * purpose.
   */
  private static final String MEMBERS = """
      "competition":[
        {"userId":"cc-pres","president":true,"leadershipPost":true,"unerasedSanction":false,
         "relatedTo":[],"department":"Secretariat","gender":"FEMALE"},
        {"userId":"cc-2","president":false,"leadershipPost":true,"unerasedSanction":false,
         "relatedTo":null,"department":"Secretariat","gender":"MALE"},
        {"userId":"cc-3","president":false,"leadershipPost":false,"unerasedSanction":false,
         "department":"IT","gender":"FEMALE"}],
      "contestation":[
        {"userId":"csc-pres","president":true,"leadershipPost":true,"gender":"MALE"},
        {"userId":"csc-2","leadershipPost":true,"gender":"FEMALE"},
        {"userId":"csc-3","gender":"MALE"}],
      "secretary":{"userId":"secretar-dru","department":"HR"},
      "candidateCodes":["4521","4522"]""";

  @Test
  void givenAValidLeadershipComposition_whenValidating_then200AndValid() throws Exception {
    validate("{\"postCategory\":\"LEADERSHIP\"," + MEMBERS + "}")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"valid":true,"violations":[],"warnings":[]}""", true));
  }

  @Test
  void givenTheCategoryInLowerCase_whenValidating_thenItIsAccepted() throws Exception {
    validate("{\"postCategory\":\" execution \"," + MEMBERS + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true));
  }

  @Test
  void givenBrokenRules_whenValidating_then200WithEveryViolation() throws Exception {
    validate("""
        {"postCategory":"EXECUTION",
         "competition":[
           {"userId":"cc-pres","president":true,"gender":"FEMALE"},
           {"userId":"ion","relatedTo":["4521"],"gender":"MALE"}],
         "contestation":[
           {"userId":"csc-pres","president":true,"gender":"FEMALE"},
           {"userId":"csc-2","conflictOfInterest":true,"gender":"FEMALE"},
           {"userId":"ion","gender":"MALE"}],
         "secretary":{"userId":"secretar-dru","department":"HR"},
         "candidateCodes":["4521"]}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations.length()").value(4))
        .andExpect(jsonPath("$.violations[0].rule").value("COM-02"))
        .andExpect(jsonPath("$.violations[0].message").value(
            "Comisia de concurs are 2 membri; fiecare comisie trebuie să aibă între 3 și 5 "
                + "membri, fără a-l socoti pe secretar. Completați comisia până la cel puțin 3 "
                + "membri."))
        .andExpect(jsonPath("$.violations[1].rule").value("COM-09"))
        .andExpect(jsonPath("$.violations[2].rule").value("COM-20"))
        .andExpect(jsonPath("$.violations[2].message").value(
            containsString("candidatul cu codul „4521”")))
        .andExpect(jsonPath("$.violations[3].rule").value("COM-20"))
        .andExpect(jsonPath("$.violations[3].message").value(
            startsWith("Membrul „csc-2” din comisia de soluționare a "
                + "contestațiilor se află într-o situație de conflict de interese")));
  }

  @Test
  void givenNoListsAndNoSecretary_whenValidating_then200WithCom02TwiceAndCom03() throws Exception {
    validate("""
        {"postCategory":"EXECUTION"}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations[*].rule").value(
            contains("COM-02", "COM-02", "COM-03")));
  }

  @Test
  void givenAnUnknownPostCategory_whenValidating_then400NamingPostCategory() throws Exception {
    validate("{\"postCategory\":\"MANAGER\"," + MEMBERS + "}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("postCategory"))
        .andExpect(jsonPath("$.detail").value("Categoria postului „MANAGER” nu este cunoscută; "
            + "valori acceptate: EXECUTION (funcție de execuție), LEADERSHIP (funcție de "
            + "conducere)."));
  }

  @Test
  void givenNoPostCategory_whenValidating_then400SayingItIsRequired() throws Exception {
    validate("{" + MEMBERS + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("postCategory"))
        .andExpect(jsonPath("$.detail").value(
            startsWith("Categoria postului („postCategory”) este "
                + "obligatorie;")));
  }

  @Test
  void givenANullMember_whenValidating_then400NamingItsPosition() throws Exception {
    validate("""
        {"postCategory":"EXECUTION","contestation":[{"userId":"a"},null]}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("contestation[1]"))
        .andExpect(jsonPath("$.detail").value(
            startsWith("Poziția 2 din „contestation” este goală;")));
  }

  @Test
  void givenABodyThatIsNotJson_whenValidating_then400ForTheBody() throws Exception {
    validate("{\"postCategory\":\"EXECUTION\",")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("body"));
  }

  @Test
  void givenAFlagThatIsNotABoolean_whenValidating_then400NamingIt() throws Exception {
    validate("""
        {"postCategory":"EXECUTION","competition":[{"userId":"a","president":"poate"}]}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("competition[0].president"));
  }

  // ---- Gender equality plan (DMN-1) ----------------------------------------------------------

  /** A lawful execution-post composition whose competition commission has only men. */
  private static String menOnlyCompetition(String extra) {
    return ("""
        {"postCategory":"EXECUTION",
         "competition":[
           {"userId":"cc-pres","president":true,"gender":"MALE"},
           {"userId":"cc-2","gender":"MALE"},
           {"userId":"cc-3","gender":"MALE"}],
         "contestation":[
           {"userId":"csc-pres","president":true,"gender":"MALE"},
           {"userId":"csc-2","gender":"FEMALE"},
           {"userId":"csc-3","gender":"MALE"}],
         "secretary":{"userId":"secretar-dru","department":"HR"}%s}""").formatted(extra);
  }

  @Test
  void givenAMenOnlyCommissionAndNeitherInstitutionNorMode_whenValidating_thenNoEqualityRule()
      throws Exception {
    // Changed by issue 18: a validation without an institution applies no equality rule (it
    // used to warn under SOFT).
    validate(menOnlyCompetition(""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.violations.length()").value(0))
        .andExpect(jsonPath("$.warnings.length()").value(0));
  }

  @Test
  void givenAMenOnlyCommissionOfASoftInstitutionWithAPlan_whenValidating_thenASoftWarning()
      throws Exception {
    validate(menOnlyCompetition(",\"institution\":\"ULBS\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.violations.length()").value(0))
        .andExpect(jsonPath("$.warnings.length()").value(1))
        .andExpect(jsonPath("$.warnings[0].rule").value("EG-01"))
        .andExpect(jsonPath("$.warnings[0].message").value(startsWith(
            "Comisia de concurs este formată numai din bărbați (nu are nicio femeie).")));
  }

  @Test
  void givenAMenOnlyCommissionUnderHard_whenValidating_thenAViolationNamingTheMissingGender()
      throws Exception {
    for (String extra : List.of(",\"enforcementMode\":\"hard\"",
        ",\"institution\":\"ASEMT\"")) {
      validate(menOnlyCompetition(extra))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.warnings.length()").value(0))
          .andExpect(jsonPath("$.violations.length()").value(1))
          .andExpect(jsonPath("$.violations[0].rule").value("EG-01"))
          .andExpect(jsonPath("$.violations[0].message").value(
              "Comisia de concurs este formată numai din bărbați. Instituția aplică planul "
                  + "pentru egalitatea de gen în regim strict (HARD): orice comisie trebuie să "
                  + "includă atât femei, cât și bărbați. Recompuneți comisia numind cel puțin "
                  + "o femeie."));
    }
  }

  @Test
  void givenASoftInstitutionOrAnExplicitSoftMode_whenValidating_thenOnlyAWarning()
      throws Exception {
    for (String extra : List.of(",\"institution\":\"ULBS\"",
        ",\"institution\":\"ASEMT\",\"enforcementMode\":\"SOFT\"")) {
      validate(menOnlyCompetition(extra))
          .andExpect(jsonPath("$.valid").value(true))
          .andExpect(jsonPath("$.warnings[0].rule").value("EG-01"));
    }
  }

  /**
   * The same men-only competition commission: refused where the plan (HARD) is in force on the
   * day, accepted without any equality rule before the plan, after it, and at an institution
   * without a plan.
   */
  @Test
  void givenTheSameSingleGenderCommission_whenValidatingWithAndWithoutAPlanInForce_thenOnlyThePlanRefusesIt()
      throws Exception {
    for (String inForce : List.of(",\"institution\":\"ASEMT\",\"date\":\"2026-01-01\"",
        ",\"institution\":\"ASEMT\",\"date\":\"2029-12-31\"",
        ",\"institution\":\"ASEMT\"")) {
      validate(menOnlyCompetition(inForce))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.violations[0].rule").value("EG-01"));
    }
    for (String none : List.of(",\"institution\":\"ASEMT\",\"date\":\"2025-12-31\"",
        ",\"institution\":\"ASEMT\",\"date\":\"2030-01-01\"",
        ",\"institution\":\"UVT\"", ",\"institution\":\"UVT\",\"date\":\"2027-05-05\"")) {
      validate(menOnlyCompetition(none))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(true))
          .andExpect(jsonPath("$.violations.length()").value(0))
          .andExpect(jsonPath("$.warnings.length()").value(0));
    }
  }

  /** The observation: a commission given without genders and no institution is valid. */
  @Test
  void givenMembersWithoutGenderAndNoInstitution_whenValidating_thenValid() throws Exception {
    validate(MEMBERS_WITHOUT_GENDER.formatted(""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.violations.length()").value(0));
    validate(MEMBERS_WITHOUT_GENDER.formatted(",\"institution\":\"UVT\""))
        .andExpect(jsonPath("$.valid").value(true));
  }

  @Test
  void givenADateThatIsNotOne_whenValidating_then400NamingDate() throws Exception {
    validate(menOnlyCompetition(",\"institution\":\"ASEMT\",\"date\":\"31.12.2026\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("date"))
        .andExpect(jsonPath("$.detail").value(startsWith("Data „31.12.2026” nu este o dată")));
  }

  private static final String MEMBERS_WITHOUT_GENDER = """
      {"postCategory":"EXECUTION",
       "competition":[
         {"userId":"cc-pres","president":true,"gender":"FEMALE"},
         {"userId":"cc-2","gender":"MALE"},
         {"userId":"cc-3"}],
       "contestation":[
         {"userId":"csc-pres","president":true,"gender":"MALE"},
         {"userId":"csc-2","gender":"FEMALE"},
         {"userId":"csc-3","gender":null}],
       "secretary":{"userId":"secretar-dru","department":"HR"}%s}""";

  @Test
  void givenMembersWithoutGender_whenValidating_thenEachIsAViolationNamingTheUser()
      throws Exception {
    validate("""
        {"postCategory":"EXECUTION","institution":"ULBS",
         "competition":[
           {"userId":"cc-pres","president":true,"gender":"FEMALE"},
           {"userId":"cc-2","gender":"MALE"},
           {"userId":"cc-3"}],
         "contestation":[
           {"userId":"csc-pres","president":true,"gender":"MALE"},
           {"userId":"csc-2","gender":"FEMALE"},
           {"userId":"csc-3","gender":null}],
         "secretary":{"userId":"secretar-dru","department":"HR"}}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.violations[*].rule").value(contains("EG-01", "EG-01")))
        .andExpect(jsonPath("$.violations[0].message").value(startsWith(
            "Genul lui „cc-3”, membru în comisia de concurs, nu este înregistrat")))
        .andExpect(jsonPath("$.violations[1].message").value(startsWith(
            "Genul lui „csc-3”, membru în comisia de soluționare a contestațiilor, nu este "
                + "înregistrat")));
  }

  @Test
  void givenAnUnknownModeOrInstitution_whenValidating_then400NamingTheField() throws Exception {
    validate(menOnlyCompetition(",\"enforcementMode\":\"STRICT\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("enforcementMode"))
        .andExpect(jsonPath("$.detail").value(startsWith("Modul de aplicare „STRICT” nu este")));
    validate(menOnlyCompetition(",\"institution\":\"XYZ\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("institution"))
        .andExpect(jsonPath("$.detail").value("Instituția „XYZ” nu este înregistrată în Dosar."));
  }

  @Test
  void givenAnUnknownGender_whenValidating_then400NamingIt() throws Exception {
    validate(menOnlyCompetition("").replace("\"MALE\"", "\"M\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("competition[0].gender"));
  }

  private ResultActions validate(String body) throws Exception {
    return mvc.perform(post("/api/commissions/validate")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }
}
