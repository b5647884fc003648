package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.FileDocument;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;
import ro.dosar.support.ProcessTest;

/**
 * Electronic submission (FILE-01–FILE-07, spec §7.5): the contest published Mon 3 Nov 2025
 * takes files until Mon 17 Nov 2025, 16:00. A valid application is registered with its code,
 * its PDFs kept with their checksum, the code e-mailed, and the file goes to the selection; an
 * oversized PDF, a renamed executable, a missing required document, an application one minute
 * late are each refused with their message, and nothing is stored.
 */
@ProcessTest
public class ElectronicSubmissionTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  MailOutbox outbox;
  @Autowired
  TestRestTemplate http;
  @Autowired
  SubmissionRateLimiter limiter;

  ContestDriver contest;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void publishedContest() {
    BpmnAwareTests.init(engine);
    limiter.reset();
    contest = ContestDriver.published(engine, identity, staff, "es", Map.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  public static byte[] pdf(int padTo) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      byte[] bytes = out.toByteArray();
      if (padTo <= bytes.length) {
        return bytes;
      }
      // Padding after %%EOF: still a readable PDF, of exactly the size asked.
      byte[] padded = Arrays.copyOf(bytes, padTo);
      Arrays.fill(padded, bytes.length, padTo, (byte) ' ');
      return padded;
    }
  }

  private MultiValueMap<String, Object> application(Map<FileDocument, byte[]> overrides)
      throws IOException {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("fullName", "Ana-Maria Țăranu");
    form.add("email", "ana@candidat.example");
    form.add("consentElectronicFile", "true");
    form.add("declarationNoSanction", "true");
    form.add("declarationTruthful", "true");
    for (FileDocument document : FileDocument.values()) {
      byte[] content = overrides.containsKey(document) ? overrides.get(document)
          : document.required() ? pdf(0) : null;
      if (content != null) {
        form.add(document.formKey(), new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return "../../etc/" + document.name() + ".pdf";
          }
        });
      }
    }
    return form;
  }

  private ResponseEntity<String> submit(MultiValueMap<String, Object> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity("/api/public/contests/" + contest.contestId + "/applications",
        new HttpEntity<>(form, headers), String.class);
  }

  private JsonNode body(ResponseEntity<String> response) throws IOException {
    return JSON.readTree(response.getBody());
  }

  @Test
  void aValidApplicationIsRegisteredWithItsCode_andGoesToTheSelection() throws Exception {
    now(LocalDate.of(2025, 11, 17), 15);
    ResponseEntity<String> response = submit(application(Map.of()));

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    long code = body(response).get("code").asLong();
    Candidate candidate = candidates.find(code).orElseThrow();
    assertThat(candidate.channel()).isEqualTo("PLATFORM");
    assertThat(candidate.fullName()).isEqualTo("Ana-Maria Țăranu");
    assertThat(candidates.files(code)).hasSize(8)
        .allSatisfy(file -> assertThat(file.sha256()).hasSize(64))
        .allSatisfy(file -> assertThat(file.fileName()).doesNotContain("/", ".."));
    assertThat(outbox.ofContest(contest.contestId)).extracting(OutboxMail::purpose,
        OutboxMail::recipient).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CODE", "ana@candidat.example"));

    now(LocalDate.of(2025, 11, 17), 17);
    contest.closeWindow();
    assertThat(contest.memberTask("selectFile", "es.cc.p", code)).isNotNull();

    // The commission opens the PDFs; a member of no commission of this contest cannot.
    String files = "/api/contests/" + contest.contestId + "/candidates/" + code + "/files";
    ResponseEntity<byte[]> pdf = http.withBasicAuth("es.cc.p", "es.cc.p")
        .getForEntity(files + "/D", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    ContestDriver.employees(identity, staff, "es.outsider:Economic");
    assertThat(http.withBasicAuth("es.outsider", "es.outsider").getForEntity(files,
        String.class).getStatusCode().value()).isEqualTo(404);
  }

  private void assertRefused(ResponseEntity<String> response, int status, String field,
      String message) throws IOException {
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    JsonNode problem = body(response);
    if (field != null) {
      assertThat(problem.get("field").asText()).isEqualTo(field);
    }
    assertThat(problem.get("detail").asText()).contains(message);
    assertThat(candidates.ofContest(contest.contestId)).isEmpty();
    assertThat(outbox.ofContest(contest.contestId)).isEmpty();
  }

  @Test
  void aPdfOfOneByteOverOneMegabyteIsRefused_oneOfExactlyOneMegabyteIsNot() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    assertRefused(submit(application(Map.of(FileDocument.D, pdf(1_048_577)))), 400, "docD",
        "1048577 octeți");
    assertThat(submit(application(Map.of(FileDocument.D, pdf(1_048_576)))).getStatusCode()
        .value()).isEqualTo(201);
  }

  @Test
  void aRenamedExecutableIsRefused() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertRefused(submit(application(Map.of(FileDocument.I, exe))), 400, "docI",
        "nu este un fișier PDF lizibil");
    byte[] fake = "%PDF-1.7 nothing else".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertRefused(submit(application(Map.of(FileDocument.I, fake))), 400, "docI",
        "nu este un fișier PDF lizibil");
  }

  @Test
  void aMissingRequiredDocumentIsRefused_unlessTheInstitutionObtainsIt() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    MultiValueMap<String, Object> withoutIntegrity = application(Map.of());
    withoutIntegrity.remove("docH");
    assertRefused(submit(withoutIntegrity), 400, "docH",
        "Certificat de integritate comportamentală");

    withoutIntegrity.add("consentIntegrityRequest", "true");
    assertThat(submit(withoutIntegrity).getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void oneMinuteAfterTheDeadlineIsRefused() throws Exception {
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2025, 11, 17, 16, 1)
        .atZone(ContestDriver.ZONE).toInstant()));
    assertRefused(submit(application(Map.of())), 409, null, "17.11.2025, ora 16:00");
  }

  @Test
  void withoutTheDeclarations_refused_andTooManyAttemptsFromOneAddressAreStopped()
      throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    MultiValueMap<String, Object> form = application(Map.of());
    form.remove("declarationTruthful");
    assertRefused(submit(form), 400, "declarationTruthful", "art. 326");
    for (int i = 0; i < 9; i++) {
      submit(form);
    }
    assertRefused(submit(form), 429, null, "Prea multe");
  }

  @Test
  void thePublicPageShowsTheFormWhileOpen_andRegistersAnApplication() throws Exception {
    now(LocalDate.of(2025, 11, 10), 10);
    String page = http.getForObject("/concursuri/" + contest.contestId + "/inscriere",
        String.class);
    assertThat(page).contains("Înscriere electronică", "enctype=\"multipart/form-data\"",
        "name=\"docA\"", "lang=\"ro\"");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> form = application(Map.of());
    form.set("declarationTruthful", "on");
    ResponseEntity<String> done = http.postForEntity("/concursuri/" + contest.contestId
        + "/inscriere", new HttpEntity<>(form, headers), String.class);
    assertThat(done.getStatusCode().value()).isEqualTo(200);
    long code = candidates.ofContest(contest.contestId).get(0).code();
    assertThat(done.getBody()).contains("a fost înregistrat cu codul", String.valueOf(code))
        .doesNotContain("Țăranu");

    form.remove("docB");
    ResponseEntity<String> refused = http.postForEntity("/concursuri/" + contest.contestId
        + "/inscriere", new HttpEntity<>(form, headers), String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("Dosarul nu a fost depus", "Act de identitate");
  }
}
