package ro.dosar.contest.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.FinishedContests;
import ro.dosar.contest.TestRepository;
import ro.dosar.support.ProcessTest;

/**
 * A finished contest on every public page, public JSON and public document: no candidate's name
 * or e-mail anywhere; the announcement and the minutes are downloadable without login, the
 * commission decisions are not.
 */
@ProcessTest
class PublicFinishedContestTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TestRestTemplate http;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void noPersonalDataOnAnyPublicPageJsonOrDocument() throws IOException {
    BpmnAwareTests.init(engine);
    long id = FinishedContests.walk(engine, identity, staff, tests, "pf", 5);
    for (Candidate candidate : candidates.ofContest(id)) {
      jdbc.sql("UPDATE candidate SET email = ? WHERE code = ?")
          .params("candidat" + candidate.code() + "@posta.example", candidate.code()).update();
    }
    // The engine clock stays at the end of the walk (Wed 1 Oct 2025): the contest is still
    // listed (until 2 working days after its final results).

    List<String> bodies = new ArrayList<>();
    for (String path : List.of("/concursuri", "/concursuri/" + id, "/concursuri/" + id
        + "/rezultate", "/api/public/contests", "/api/public/contests/" + id,
        "/api/public/contests/" + id + "/results", "/api/public/contests/" + id
        + "/documents")) {
      var response = http.getForEntity(path, String.class);
      assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
      bodies.add(response.getBody());
    }
    var documents = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bodies.get(6));
    assertThat(documents.findValuesAsText("kind")).contains("anunt", "pv-selectie",
        "pv-proba", "pv-rezultate-finale").doesNotContain("decizii-comisii");
    for (var document : documents) {
      byte[] pdf = http.getForObject("/api/public/contests/" + id + "/documents/"
          + document.get("id").asLong(), byte[].class);
      bodies.add(ro.dosar.support.PdfText.of(pdf));
    }
    assertThat(bodies.get(1)).contains("Documente", "Anunțul concursului (Anexa 2)");

    for (Candidate candidate : candidates.ofContest(id)) {
      for (String body : bodies) {
        assertThat(body).doesNotContain(candidate.fullName()).doesNotContain("@posta.example")
            .doesNotContain("candidat" + candidate.code());
      }
      assertThat(bodies.get(2)).contains(String.valueOf(candidate.code()));
    }
    long decision = jdbc.sql("SELECT id FROM contest_document WHERE contest_id = ? "
        + "AND kind = 'decizii-comisii'").param(id).query(Long.class).single();
    assertThat(http.getForEntity("/api/public/contests/" + id + "/documents/" + decision,
        String.class).getStatusCode().value()).isEqualTo(404);
  }
}
