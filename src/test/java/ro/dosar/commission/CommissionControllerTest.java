package ro.dosar.commission;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ro.dosar.web.ApiExceptionHandler;

class CommissionControllerTest {

  private final MockMvc mvc = MockMvcBuilders
      .standaloneSetup(new CommissionController(new CommissionRules()))
      .setControllerAdvice(new ApiExceptionHandler())
      .build();

  /** Three members per commission, an HR secretary; conflictOfInterest left out on purpose. */
  private static final String MEMBERS = """
      "competition":[
        {"userId":"cc-pres","president":true,"leadershipPost":true,"unerasedSanction":false,
         "relatedTo":[],"department":"Secretariat"},
        {"userId":"cc-2","president":false,"leadershipPost":true,"unerasedSanction":false,
         "relatedTo":null,"department":"Secretariat"},
        {"userId":"cc-3","president":false,"leadershipPost":false,"unerasedSanction":false,
         "department":"IT"}],
      "contestation":[
        {"userId":"csc-pres","president":true,"leadershipPost":true},
        {"userId":"csc-2","leadershipPost":true},
        {"userId":"csc-3"}],
      "secretary":{"userId":"secretar-dru","department":"HR"},
      "candidateCodes":["4521","4522"]""";

  @Test
  void givenAValidLeadershipComposition_whenValidating_then200AndValid() throws Exception {
    validate("{\"postCategory\":\"LEADERSHIP\"," + MEMBERS + "}")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json("""
            {"valid":true,"violations":[]}""", true));
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
           {"userId":"cc-pres","president":true},
           {"userId":"ion","relatedTo":["4521"]}],
         "contestation":[
           {"userId":"csc-pres","president":true},
           {"userId":"csc-2","conflictOfInterest":true},
           {"userId":"ion"}],
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
  void givenAFlagThatIsNotABoolean_whenValidating_then400ForTheBody() throws Exception {
    validate("""
        {"postCategory":"EXECUTION","competition":[{"userId":"a","president":"poate"}]}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
  }

  private ResultActions validate(String body) throws Exception {
    return mvc.perform(post("/api/commissions/validate")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }
}
