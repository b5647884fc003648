package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.contest.registration.ElectronicSubmissionTest;
import ro.dosar.contest.registration.SubmissionRateLimiter;
import ro.dosar.support.DosarTest;

/**
 * The demo's third contest (issue 18 item 5) is open for applications: a newcomer finds its
 * application page, applies online, receives his code and follow-up token, and follows his file.
 */
@DosarTest
class DemoOpenContestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  SubmissionRateLimiter limiter;

  @Test
  void aNewcomerAppliesToTheOpenDemoContest_andFollowsHisFile() throws Exception {
    limiter.reset();
    long id = jdbc.sql("SELECT id FROM contest WHERE post_name = ?")
        .param(DemoContest.THIRD_POST_NAME).query(Long.class).single();
    assertThat(jdbc.sql("SELECT status FROM contest WHERE id = ?").param(id)
        .query(String.class).single()).isEqualTo("PUBLISHED");
    assertThat(jdbc.sql("SELECT institution_code FROM contest WHERE id = ?").param(id)
        .query(String.class).single()).isEqualTo("UVT");

    ResponseEntity<String> page = http.getForEntity("/concursuri/" + id + "/inscriere",
        String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("accommodationRequest", "declarationTruthful");

    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("fullName", "Nou Venit");
    form.add("email", "nou.venit@demo.example");
    form.add("consentElectronicFile", "true");
    form.add("declarationNoSanction", "true");
    form.add("declarationTruthful", "true");
    for (FileDocument document : FileDocument.values()) {
      if (document.required()) {
        form.add(document.formKey(), new ByteArrayResource(ElectronicSubmissionTest.pdf(0)) {
          @Override
          public String getFilename() {
            return document.name() + ".pdf";
          }
        });
      }
    }
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> applied = http.postForEntity("/api/public/contests/" + id
        + "/applications", new HttpEntity<>(form, multipart), String.class);
    assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(201);
    JsonNode registered = JSON.readTree(applied.getBody());

    HttpHeaders token = new HttpHeaders();
    token.set("X-Candidate-Token", registered.get("followUpToken").asText());
    ResponseEntity<String> followUp = http.exchange("/api/public/candidates/follow-up",
        HttpMethod.GET, new HttpEntity<>(token), String.class);
    assertThat(followUp.getStatusCode().value()).isEqualTo(200);
    JsonNode file = JSON.readTree(followUp.getBody());
    assertThat(file.get("code").asLong()).isEqualTo(registered.get("code").asLong());
    assertThat(file.get("contestId").asLong()).isEqualTo(id);
    assertThat(file.get("postName").asText()).isEqualTo(DemoContest.THIRD_POST_NAME);
    assertThat(file.get("ahead")).isNotEmpty();
  }
}
