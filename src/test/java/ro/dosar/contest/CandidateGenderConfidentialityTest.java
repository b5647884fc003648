package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.registration.ElectronicSubmissionTest;
import ro.dosar.contest.registration.SubmissionRateLimiter;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.gender.DeclaredGender;
import ro.dosar.support.Http;
import ro.dosar.support.PdfText;
import ro.dosar.support.ProcessTest;

/**
 * The candidate's self-declared gender (gender equality plan, spec §6.4.4) and the anonymous
 * first stage (§6.4.5), on a contest walked from the proposal to the post taken. Candidates
 * declare their gender at the Registry or on the platform; it is kept for HR statistics and
 * reaches no one else: not the commission (its tasks, the engine's REST API, the contest's API,
 * its documents), not the public (pages, API, published documents). The methodology chose an
 * anonymous file selection, so the commission's members also see no name: neither in the
 * registration forms nor in the names of the uploaded files. Ending the contest dates it, and
 * the winner's taking up the post dates the hire (§7 rule 6).
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateGenderConfidentialityTest {

  static final List<String> CC = List.of("gc.cc.p", "gc.cc.m1", "gc.cc.m2");
  static final List<String> CSC = List.of("gc.csc.p", "gc.csc.m1", "gc.csc.m2");
  static final String SECRETARY = "gc.secretary";
  static final String MEMBER = "gc.cc.m1";
  static final List<String> NAMES = List.of("Ana Vlad", "Bogdan Ionescu", "Cornelia Dobre",
      "Dan Marin");
  /** What would betray a declared gender, as stored or as the forms label it. */
  static final List<String> GENDER_WORDS = List.of("FEMALE", "MALE", "UNKNOWN", "Feminin",
      "Masculin", "feminin", "masculin", "Nedeclarat", "nedeclarat", "Nu declar",
      "candidateGender");

  static final ObjectMapper JSON = new ObjectMapper();

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
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestRepository contests;
  @Autowired
  RecruitmentRecords recruitment;
  @Autowired
  ContestDocuments documents;
  @Autowired
  TestRestTemplate http;
  @Autowired
  SubmissionRateLimiter limiter;

  ContestDriver contest;
  /** Ana (FEMALE, Registry), Bogdan (MALE, Registry), Cornelia ("F", platform), Dan (none). */
  final List<Long> codes = new ArrayList<>();
  /** What the member and the public saw while the files were being selected. */
  final Map<String, String> seenDuringSelection = new HashMap<>();
  List<JsonNode> memberTaskVariables = new ArrayList<>();
  HttpResponse<String> memberDocumentList;
  HttpResponse<String> secretaryDocumentList;
  HttpResponse<String> memberFiles;
  HttpResponse<String> secretaryFiles;
  HttpResponse<String> memberRegistrationForm;
  ResponseEntity<String> invalidSubmission;
  ResponseEntity<String> invalidPageSubmission;
  Throwable invalidRegistration;
  LocalDate presentedOn = LocalDate.of(2025, 10, 6);

  /** Once for the class (process coverage records runs per test, so not in a @BeforeAll). */
  @BeforeEach
  void aContestWalkedToTheTakenPost() throws Exception {
    BpmnAwareTests.init(engine);
    if (contest != null) {
      return;
    }
    limiter.reset();
    ContestDriver.employees(identity, staff, "gc.cc.p:Drept:leader", "gc.cc.m1:Economic",
        "gc.cc.m2:Economic", "gc.csc.p:Litere:leader", "gc.csc.m1:Juridic", "gc.csc.m2:Tehnic",
        SECRETARY + ":HR");
    now(LocalDate.of(2025, 8, 27), 9);
    contest = new ContestDriver(engine).propose("VACANT", "EXECUTION").approveProposal(true)
        .constitute(CC, CSC, SECRETARY)
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
            LocalDate.of(2025, 9, 29));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();

    now(LocalDate.of(2025, 9, 10), 12);
    contest.candidateGender = "X";
    invalidRegistration = org.assertj.core.api.Assertions.catchThrowable(() ->
        contest.registerFile(NAMES.get(0), LocalDateTime.of(2025, 9, 10, 9, 0), "ABDEFGHI"));
    contest.candidateGender = "FEMALE";
    codes.add(contest.registerFile(NAMES.get(0), LocalDateTime.of(2025, 9, 10, 9, 0),
        "ABDEFGHI"));
    contest.candidateGender = "MALE";
    codes.add(contest.registerFile(NAMES.get(1), LocalDateTime.of(2025, 9, 10, 9, 1),
        "ABDEFGHI"));
    invalidSubmission = submit("/api/public/contests/" + contest.contestId + "/applications",
        "femeie");
    invalidPageSubmission = submit("/concursuri/" + contest.contestId + "/inscriere", "?");
    ResponseEntity<String> submitted = submit("/api/public/contests/" + contest.contestId
        + "/applications", "F");
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
    codes.add(JSON.readTree(submitted.getBody()).get("code").asLong());
    contest.candidateGender = null;
    codes.add(contest.registerFile(NAMES.get(3), LocalDateTime.of(2025, 9, 10, 9, 3),
        "ABDEFGHI"));

    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    lookDuringSelection();
    for (String member : CC) {
      for (long code : codes) {
        contest.select(member, code, true, null);
      }
    }
    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    now(LocalDate.of(2025, 9, 23), 9);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    for (int i = 0; i < codes.size(); i++) {
      String total = String.valueOf(95 - i);
      written.scoreAll(codes.get(i), total, total, total);
    }
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();
    now(LocalDate.of(2025, 9, 29), 9);
    TestDriver interview = new TestDriver(engine, contest.testStage(), tests, CC)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
    for (int i = 0; i < codes.size(); i++) {
      String total = String.valueOf(80 - i);
      interview.scoreAll(codes.get(i), total, total, total);
    }
    now(LocalDate.of(2025, 9, 30), 10);
    interview.display();
    now(LocalDate.of(2025, 10, 1), 17);
    contest.closeWindow();
    contest.complete("displayFinalResults", Map.of("finalMinutesSigned", true,
        "finalResultsShown", true));

    now(presentedOn, 10);
    engine.getRuntimeService().createMessageCorrelation(Messages.CANDIDATE_PRESENTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .localVariableEquals("offeredCode", codes.get(0)).correlate();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** A platform application from Cornelia Dobre, her CV named after her. */
  private ResponseEntity<String> submit(String path, String gender) throws Exception {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("fullName", NAMES.get(2));
    form.add("email", "cornelia@candidat.example");
    form.add("consentElectronicFile", "true");
    form.add("declarationNoSanction", "true");
    form.add("declarationTruthful", "true");
    form.add("gender", gender);
    for (FileDocument document : FileDocument.values()) {
      if (document.required()) {
        form.add(document.formKey(), new ByteArrayResource(ElectronicSubmissionTest.pdf(0)) {
          @Override
          public String getFilename() {
            return "Cornelia_Dobre_" + document.name() + ".pdf";
          }
        });
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
  }

  /** The selection is running: what the member and the public can read now. */
  private void lookDuringSelection() {
    Http member = Http.as(port, MEMBER, MEMBER);
    Http secretary = Http.as(port, SECRETARY, SECRETARY);
    JsonNode tasks = Http.json(member.get("/engine-rest/task?assignee=" + MEMBER));
    assertThat(tasks).hasSize(codes.size());
    for (JsonNode task : tasks) {
      String id = task.get("id").asText();
      memberTaskVariables.add(Http.json(member.get("/engine-rest/task/" + id + "/variables")));
      memberTaskVariables.add(Http.json(member.get("/engine-rest/task/" + id
          + "/form-variables")));
      seenDuringSelection.put("task " + id, task.toString());
    }
    String base = "/api/contests/" + contest.contestId;
    for (String path : List.of(base, base + "/selection-results",
        "/engine-rest/variable-instance?variableName=candidateGender",
        "/engine-rest/history/variable-instance?variableName=candidateGender",
        "/engine-rest/history/variable-instance?variableName=candidateName")) {
      seenDuringSelection.put(MEMBER + " " + path, member.get(path).body());
    }
    memberDocumentList = member.get(base + "/documents");
    secretaryDocumentList = secretary.get(base + "/documents");
    long registrationForm = documents.of(contest.contestId).stream()
        .filter(document -> document.kind().equals("cerere-inscriere")).findFirst()
        .orElseThrow().id();
    memberRegistrationForm = member.get(base + "/documents/" + registrationForm);
    String files = base + "/candidates/" + codes.get(2) + "/files";
    memberFiles = member.get(files);
    secretaryFiles = secretary.get(files);
    seenDuringSelection.put("member files", memberFiles.body());
  }

  private static void noGender(String where, String text) {
    for (String word : GENDER_WORDS) {
      assertThat(text).as(where).doesNotContain(word);
    }
  }

  private static void noName(String where, String text) {
    for (String name : NAMES) {
      assertThat(text).as(where).doesNotContain(name).doesNotContain(name.replace(' ', '_'));
    }
  }

  @Test
  void theDeclaredGenderIsStored_fromTheRegistryAndThePlatform_anUnknownValueRefused()
      throws Exception {
    assertThat(codes).extracting(recruitment::candidateGender).containsExactly(
        DeclaredGender.FEMALE, DeclaredGender.MALE, DeclaredGender.FEMALE,
        DeclaredGender.UNKNOWN);
    assertThat(invalidRegistration).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Genul declarat trebuie să fie „feminin”");
    assertThat(invalidSubmission.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = JSON.readTree(invalidSubmission.getBody());
    assertThat(problem.get("field").asText()).isEqualTo("gender");
    assertThat(problem.get("detail").asText()).contains("Genul declarat trebuie să fie");
    assertThat(invalidPageSubmission.getStatusCode().value()).isEqualTo(400);
    assertThat(invalidPageSubmission.getBody()).contains("Genul declarat trebuie să fie");
    // Refused whole: four candidates, not six.
    assertThat(candidates.codesOfContest(contest.contestId))
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void theApplicationPageAsksForTheGender_asOptional() {
    ContestDriver.employees(identity, staff, "gp.cc.p:Drept:leader", "gp.cc.m1:Economic",
        "gp.cc.m2:Economic", "gp.csc.p:Litere:leader", "gp.csc.m1:Juridic",
        "gp.csc.m2:Tehnic", "gp.secretary:HR");
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver open = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(List.of("gp.cc.p", "gp.cc.m1", "gp.cc.m2"),
            List.of("gp.csc.p", "gp.csc.m1", "gp.csc.m2"), "gp.secretary")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23));
    now(LocalDate.of(2025, 9, 1), 9);
    open.publish();

    String page = Http.anonymous(port).get("/concursuri/" + open.contestId + "/inscriere")
        .body();

    assertThat(page).contains("name=\"gender\" value=\"FEMALE\"",
        "name=\"gender\" value=\"MALE\"", "name=\"gender\" value=\"UNKNOWN\"",
        "numai pentru statistici");
    // Not anonymous: the reason is recorded; the commission sees the registration forms.
    RecruitmentRecords.Measures measures = recruitment.of(open.contestId);
    assertThat(measures.anonymousFirstStage()).isFalse();
    assertThat(measures.anonymousFirstStageReason()).contains("identificarea candidaților");
    now(LocalDate.of(2025, 9, 10), 12);
    open.registerFile("Elena Rusu", LocalDateTime.of(2025, 9, 10, 9, 0), "ABDEFGHI");
    assertThat(Http.as(port, "gp.cc.m1", "gp.cc.m1").get("/api/contests/" + open.contestId
        + "/documents").body()).contains("cerere-inscriere");
  }

  @Test
  void theCommissionSeesNoGenderAndNoName_inItsTasks_theEngineApi_orTheContestApi() {
    assertThat(memberTaskVariables).hasSize(2 * codes.size());
    for (JsonNode variables : memberTaskVariables) {
      assertThat(variables.has("candidateGender")).isFalse();
      assertThat(variables.has("candidateName")).isFalse();
      assertThat(variables.get("fileCode")).isNotNull();
      noGender("task variables", variables.toString());
      noName("task variables", variables.toString());
    }
    seenDuringSelection.forEach((where, body) -> {
      noGender(where, body);
      noName(where, body);
    });
    assertThat(seenDuringSelection.get(MEMBER + " /engine-rest/history/variable-instance"
        + "?variableName=candidateGender")).isEqualTo("[]");

    JsonNode state = Http.json(Http.as(port, MEMBER, MEMBER).get("/api/contests/"
        + contest.contestId));
    assertThat(fieldNames(state)).noneMatch(name -> name.equalsIgnoreCase("gender")
        || name.equalsIgnoreCase("candidateGender"));
    assertThat(state.get("recruitmentMeasures").get("anonymousFirstStage").asBoolean())
        .isTrue();
  }

  @Test
  void anAnonymousFirstStage_hidesTheRegistrationFormsAndTheFileNamesFromTheCommission() {
    assertThat(memberDocumentList.statusCode()).isEqualTo(200);
    assertThat(memberDocumentList.body()).doesNotContain("cerere-inscriere")
        .contains("\"anunt\"");
    assertThat(memberRegistrationForm.statusCode()).isEqualTo(404);
    // The secretary is no member of the commission: he registers the files and sees them.
    assertThat(Http.json(secretaryDocumentList).findValuesAsText("kind"))
        .filteredOn("cerere-inscriere"::equals).hasSize(codes.size());

    assertThat(memberFiles.statusCode()).isEqualTo(200);
    assertThat(Http.json(memberFiles).findValuesAsText("fileName"))
        .contains(codes.get(2) + "-A.pdf", codes.get(2) + "-D.pdf");
    assertThat(secretaryFiles.body()).contains("Cornelia_Dobre_A.pdf");
  }

  @Test
  void noDocumentOfTheContestCarriesTheGender_andTheCommissionsOnesNoName() {
    List<ContestDocument> all = documents.of(contest.contestId);
    assertThat(all).extracting(ContestDocument::kind).contains("anunt", "cerere-inscriere",
        "pv-selectie", "pv-proba", "fise-individuale", "pv-rezultate-finale", "raport-final");
    JsonNode memberList = Http.json(Http.as(port, MEMBER, MEMBER).get("/api/contests/"
        + contest.contestId + "/documents"));
    List<String> memberKinds = memberList.findValuesAsText("kind");
    for (ContestDocument document : all) {
      if (document.kind().startsWith("decizi")) {
        continue; // the commissions' own composition, no candidate in it
      }
      String text = PdfText.of(documents.content(document.id()));
      noGender(document.kind(), text);
      // The registration forms and the nominal summary sheet (§8.3(15)) name the candidates;
      // neither reaches a member of an anonymous contest's commissions.
      if (!document.kind().equals("cerere-inscriere")
          && !document.kind().equals("centralizator-nominal")) {
        noName(document.kind(), text);
      }
    }
    assertThat(memberKinds).doesNotContain("cerere-inscriere", "centralizator-nominal")
        .contains("pv-rezultate-finale");
  }

  @Test
  void thePublicSeesNoGenderAndNoName() {
    // The day after the final results: the contest is still online (PUB-03).
    now(LocalDate.of(2025, 10, 2), 10);
    Http anybody = Http.anonymous(port);
    long id = contest.contestId;
    List<String> paths = List.of("/concursuri", "/concursuri/" + id,
        "/concursuri/" + id + "/rezultate", "/api/public/contests",
        "/api/public/contests/" + id, "/api/public/contests/" + id + "/results",
        "/api/public/contests/" + id + "/documents");
    for (String path : paths) {
      HttpResponse<String> response = anybody.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      noGender(path, response.body());
      noName(path, response.body());
    }
    JsonNode published = Http.json(anybody.get("/api/public/contests/" + id + "/documents"));
    assertThat(published.findValuesAsText("id")).isNotEmpty();
    for (String docId : published.findValuesAsText("id")) {
      String text = PdfText.of(documents.content(Long.parseLong(docId)));
      noGender("public document " + docId, text);
      noName("public document " + docId, text);
    }
  }

  @Test
  void theEndOfTheContestAndTheHireAreDated() {
    assertThat(contest.instance).isEnded();
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("FILLED");
    assertThat(recruitment.of(contest.contestId).completedOn()).isEqualTo(presentedOn);
    assertThat(recruitment.presentedOn(codes.get(0))).isEqualTo(presentedOn);
    assertThat(recruitment.presentedOn(codes.get(1))).isNull();
    JsonNode state = Http.json(Http.as(port, SECRETARY, SECRETARY).get("/api/contests/"
        + contest.contestId));
    assertThat(state.get("recruitmentMeasures").get("completedOn").asText())
        .isEqualTo("2025-10-06");
  }

  @Test
  void aRejectedProposalIsDatedToo() {
    now(LocalDate.of(2025, 11, 4), 9);
    ContestDriver rejected = new ContestDriver(engine).propose("VACANT", "EXECUTION");
    assertThat(recruitment.of(rejected.contestId).completedOn()).isNull();
    rejected.complete("reviewProposal", Map.of("hrEndorsed", true));
    rejected.complete("approveProposal", Map.of("proposalApproved", "false",
        "rectorRemarks", "Postul nu este prevăzut în statul de funcții."));

    assertThat(recruitment.of(rejected.contestId).completedOn())
        .isEqualTo(LocalDate.of(2025, 11, 4));
  }

  @Test
  void theAnonymityChoiceNeedsAReasonWhenNotTaken() {
    now(LocalDate.of(2025, 11, 4), 9);
    ContestDriver choosing = new ContestDriver(engine).propose("VACANT", "EXECUTION");
    choosing.complete("reviewProposal", Map.of("hrEndorsed", true));
    choosing.complete("approveProposal", Map.of("proposalApproved", "true"));

    assertThatThrownBy(() -> choosing.complete("draftMethodology",
        Map.of("methodology", "Selecție, interviu.")))
        .isInstanceOf(FormFieldValidationException.class);
    assertThatThrownBy(() -> choosing.complete("draftMethodology",
        Map.of("methodology", "Selecție, interviu.", "anonymousFirstStage", "false")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Motivul pentru care selecția dosarelor nu se face anonim");
    choosing.complete("draftMethodology", Map.of("methodology", "Selecție, interviu.",
        "anonymousFirstStage", "true"));
    assertThat(recruitment.of(choosing.contestId).anonymousFirstStage()).isTrue();
    assertThat(choosing.variable("anonymousFirstStage")).isEqualTo(true);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        names.add(field.getKey());
        names.addAll(fieldNames(field.getValue()));
      }
    } else if (node.isArray()) {
      node.forEach(element -> names.addAll(fieldNames(element)));
    }
    return names;
  }
}
