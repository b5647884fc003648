package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.commission.StaffRepository;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;

/**
 * Sealed papers stay anonymous against whoever reads a score sheet through the API (spec §19.4,
 * SC-03, SC-08; issue 21 item 1). A commission member scoring the written test reads, over real
 * HTTP with his own credentials, everything the engine's REST API and Dosar's API give him about
 * his sheets: the tasks, their variables (local and inherited), their form variables, the
 * executions, the variable instances and the history. Nothing in any of it names a candidate's
 * code, and what tells one sheet from another is the paper's number alone: no internal id made in
 * the codes' order, no list of the admitted codes.
 */
@ProcessTest
class SealedPapersRestTest {

  static final List<String> CC = List.of("sp.cc.p", "sp.cc.m1", "sp.cc.m2");
  static final List<String> CSC = List.of("sp.csc.p", "sp.csc.m1", "sp.csc.m2");
  static final String MEMBER = "sp.cc.m1";
  static final LocalDate WRITTEN_TEST = LocalDate.of(2025, 9, 23);
  /** Where an engine REST answer names a paper's link to a candidate, if it did. */
  static final List<String> LINKING_NAMES = List.of("paperId", "paperIds", "admittedCodesText",
      "candidateCode", "fileCode", "absentCodes");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "sp.cc.p:Drept:leader", "sp.cc.m1:Economic",
        "sp.cc.m2:Economic", "sp.csc.p:Litere:leader", "sp.csc.m1:Juridic", "sp.csc.m2:Tehnic",
        "sp.secretary:HR");
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aMemberReadingHisSealedSheetsThroughTheRestApiCannotLinkAPaperToACode() {
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION");
    long[] codes = contest.toFirstTest(CC, CSC, "sp.secretary", 5, WRITTEN_TEST, WRITTEN_TEST);
    now(WRITTEN_TEST, 9);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall(String.valueOf(codes[1]));
    String stage = written.test.getId();

    Http member = Http.as(port, MEMBER, MEMBER);
    JsonNode sheets = Http.json(member.get("/engine-rest/task?assignee=" + MEMBER));
    assertThat(sheets).hasSize(4);
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, Map<String, String>> variablesBySheet = new LinkedHashMap<>();
    for (JsonNode sheet : sheets) {
      String id = sheet.get("id").asText();
      String execution = sheet.get("executionId").asText();
      // The name carries the contest (its key and post), never the candidate.
      assertThat(sheet.get("name").asText())
          .matches("CONCURS-\\d+ · Administrator financiar — Notare: lucrarea nr\\. [1-4]");
      JsonNode variables = read(member, "/engine-rest/task/" + id + "/variables", answers);
      Map<String, String> values = new HashMap<>();
      variables.fields().forEachRemaining(field ->
          values.put(field.getKey(), field.getValue().path("value").toString()));
      variablesBySheet.put(id, values);
      for (String path : List.of("/engine-rest/task/" + id,
          "/engine-rest/task/" + id + "/localVariables",
          "/engine-rest/task/" + id + "/form-variables",
          "/engine-rest/execution/" + execution + "/localVariables",
          "/engine-rest/variable-instance?executionIdIn=" + execution,
          "/engine-rest/history/task?taskId=" + id,
          "/engine-rest/history/variable-instance?taskIdIn=" + id,
          "/engine-rest/history/variable-instance?executionIdIn=" + execution,
          "/engine-rest/history/detail?taskId=" + id)) {
        read(member, path, answers);
      }
    }
    for (String path : List.of("/engine-rest/task?processInstanceId=" + stage,
        "/engine-rest/execution?processInstanceId=" + stage,
        "/engine-rest/process-instance/" + stage + "/variables",
        "/engine-rest/variable-instance?processInstanceIdIn=" + stage,
        "/engine-rest/history/variable-instance?processInstanceId=" + stage,
        "/engine-rest/history/detail?processInstanceId=" + stage,
        "/engine-rest/history/activity-instance?processInstanceId=" + stage,
        "/engine-rest/history/task?processInstanceId=" + stage)) {
      read(member, path, answers);
    }

    // No code of any candidate, and no variable that could carry the link, in any answer.
    answers.forEach((path, body) -> {
      for (String name : LINKING_NAMES) {
        assertThat(body).as(path).doesNotContain("\"" + name + "\"");
      }
      String values = valuesOutsideIds(body);
      for (long code : codes) {
        assertThat(Pattern.compile("(?<![0-9])" + code + "(?![0-9])").matcher(values).find())
            .as("code %d in %s: %s", code, path, body).isFalse();
      }
    });
    // What tells one sheet from another is the paper's number, and nothing else.
    List<Map<String, String>> all = new ArrayList<>(variablesBySheet.values());
    for (String name : all.get(0).keySet()) {
      if (all.stream().map(v -> v.get(name)).distinct().count() > 1) {
        assertThat(name).as("a variable that differs between sheets")
            .isIn("paperNumber", "paperLabel", "scoringTaskName");
      }
    }
    // The member reads what his form shows (issue 15): the number within the paper's label.
    assertThat(all).extracting(v -> v.get("paperLabel")).containsExactlyInAnyOrder(
        "\"lucrarea nr. 1\"", "\"lucrarea nr. 2\"", "\"lucrarea nr. 3\"", "\"lucrarea nr. 4\"");
    assertThat(all).allSatisfy(v -> assertThat(v).doesNotContainKey("paperNumber"));

    // Dosar's own API says nothing of the papers either.
    for (String path : List.of("/api/contests/" + contest.contestId,
        "/api/contests/" + contest.contestId + "/documents")) {
      assertThat(member.get(path).body()).as(path).doesNotContain("paperNumber", "paperId",
          "lucrarea nr", "Lucrarea nr");
    }
    // The link lives in the application's table only.
    for (long code : new long[] {codes[0], codes[2], codes[3], codes[4]}) {
      assertThat(written.paperOf(code).paperNumber()).isBetween(1, 4);
    }
    assertThat(written.paperOf(codes[1]).paperNumber()).isNull();
  }

  /** GET as the member; a JSON answer (or an empty list where he may not read) is recorded. */
  private static JsonNode read(Http member, String path, Map<String, String> answers) {
    HttpResponse<String> response = member.get(path);
    assertThat(response.statusCode()).as(path).isIn(200, 403, 404);
    answers.put(path, response.body());
    return response.statusCode() == 200 ? Http.json(response)
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
  }

  /**
   * Every value of a JSON answer except the engine's own ids (fields named "id" or ending in
   * "Id"), whose random digits could look like a code.
   */
  private static String valuesOutsideIds(String body) {
    JsonNode node;
    try {
      node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      return body;
    }
    StringBuilder values = new StringBuilder();
    collect(node, values);
    return values.toString();
  }

  private static void collect(JsonNode node, StringBuilder values) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String name = field.getKey();
        values.append(name).append(' ');
        if (!name.equals("id") && !name.endsWith("Id")) {
          collect(field.getValue(), values);
        }
      });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, values));
    } else {
      values.append(node.asText()).append(' ');
    }
  }
}
