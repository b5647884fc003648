package ro.dosar.contest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.WholeContest;
import ro.dosar.contest.contestation.PaperConsultationProcess.Elements;
import ro.dosar.contest.contestation.PaperConsultationProcess.Variables;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.support.ProcessTest;

/**
 * The documents of a 12-candidate contest walked from the proposal to the final results, each
 * opened back (its text extracted by PDFBox) and checked for the right figures, the right order
 * and the Romanian diacritics; served only to those who may see the contest, with their checksum.
 */
@ProcessTest
class ContestDocumentsTest {

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
  ContestDocuments documents;
  @Autowired
  TestRestTemplate http;

  ContestDriver contest;
  Map<String, List<ContestDocument>> byKind;
  List<Long> codes;

  @BeforeEach
  void twelveCandidates() {
    BpmnAwareTests.init(engine);
    ContestDriver.employees(identity, staff, "dc.cc.p:Drept:leader");
    User president = identity.createUserQuery().userId("dc.cc.p").singleResult();
    president.setFirstName("Ștefan");
    president.setLastName("Țurcanu");
    identity.saveUser(president);
    contest = WholeContest.walk(engine, identity, staff, tests, "dc", 12);
    byKind = documents.of(contest.contestId).stream()
        .collect(Collectors.groupingBy(ContestDocument::kind));
    codes = candidates.codesOfContest(contest.contestId);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private String text(ContestDocument document) {
    return ro.dosar.support.PdfText.of(documents.content(document.id()));
  }

  private static void inOrder(String text, List<String> parts) {
    int at = -1;
    for (String part : parts) {
      int next = text.indexOf(part, at + 1);
      assertThat(next).as("„%s” after position %d", part, at).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void everyDocumentOfTheContest_withItsFigures_inOrder_withDiacritics() throws IOException {
    // The draft commission decisions (PROIECT) are those the legal adviser and the Rector read.
    assertThat(byKind.keySet()).containsExactlyInAnyOrder("propunere",
        "decizii-comisii-proiect", "decizii-comisii", "anunt", "cerere-inscriere",
        "pv-selectie", "pv-proba", "fise-individuale", "pv-rezultate-finale",
        "centralizator-nominal", "raport-final");
    assertThat(byKind.get("cerere-inscriere")).hasSize(12);

    assertThat(text(byKind.get("propunere").get(0))).contains("Anexa 1",
        "Administrator financiar", "Direcția Economică", "funcție de execuție",
        "selecția dosarelor, proba scrisă, interviul", "Legea nr. 82/1991");
    assertThat(text(byKind.get("cerere-inscriere").get(0))).contains("Anexa 3",
        "Candidat 0", String.valueOf(codes.get(0)), "Act de identitate valabil", "art. 326");

    // Annex 5d: the report, then the final minutes and every score sheet, attached.
    ContestDocument report = byKind.get("raport-final").get(0);
    String reportText = text(report);
    inOrder(reportText, List.of("RAPORTUL FINAL", "Dosare înregistrate 12",
        "Admiși la selecția dosarelor 12", String.valueOf(codes.get(0)), "proba scrisă 23.09.2025 12 12",
        "centralizatorul nominal", "FIȘELE INDIVIDUALE", "FIȘELE INDIVIDUALE"));
    assertThat(byKind.get("pv-proba")).hasSize(2);
    assertThat(byKind.get("fise-individuale")).hasSize(2);

    // Annex 5a: one sheet per member, every paper by code with its points and total.
    String sheets = text(byKind.get("fise-individuale").get(0));
    inOrder(sheets, List.of("Membrul comisiei: dc.cc.m1", codes.get(0) + " ", "95.00",
        "Membrul comisiei: Ștefan Țurcanu", codes.get(11) + " ", "79.00"));
    assertThat(documents.of(contest.contestId)).allSatisfy(d -> assertThat(d.sha256())
        .hasSize(64));

    String decisions = text(byKind.get("decizii-comisii").get(0));
    assertThat(decisions).contains("Comisia de concurs", "Comisia de soluționare a contestațiilor",
        "Președinte", "Ștefan Țurcanu", "dc.secretary", "27.08.2025");

    String announcement = text(byKind.get("anunt").get(0));
    assertThat(announcement).contains("ANUNȚ", "100/2025", "01.09.2025", "15.09.2025",
        "23.09.2025", "29.09.2025", "Legea nr. 82/1991", "vacant(e) de execuție");

    String selection = text(byKind.get("pv-selectie").get(0));
    inOrder(selection, codes.stream().map(String::valueOf).toList());
    assertThat(selection).contains("Admiși: 12; respinși: 0.").doesNotContain("Candidat 0");

    String written = text(byKind.get("pv-proba").get(0));
    assertThat(written).contains("proba scrisă din 23.09.2025", "Punctajul minim de promovare: 50");
    // Candidate 0 scored 95, candidate i > 0 scored 90 - i.
    inOrder(written, List.of(codes.get(0) + " 95.00 ADMIS", codes.get(1) + " 89.00 ADMIS",
        codes.get(11) + " 79.00 ADMIS"));

    String fin = text(byKind.get("pv-rezultate-finale").get(0));
    List<FinalResult> ranked = candidates.finalResults(contest.contestId);
    assertThat(ranked.get(0).code()).isEqualTo(codes.get(0));
    // Final = mean of written and interview: (95 + 80) / 2 = 87.50 first; then (89 + 79) / 2.
    inOrder(fin, List.of("1 " + codes.get(0) + " 95.00 80.00 87.50 ADMIS",
        "2 " + codes.get(1) + " 89.00 79.00 84.00 RESPINS",
        "12 " + codes.get(11) + " 79.00 69.00 74.00 RESPINS"));
    assertThat(fin).contains("centralizatorul nominal").doesNotContain("Candidat ");

    // The nominal summary sheet (§8.3(15), §17.5(3)): internal, the candidates by name, each
    // test's score, the final scores in descending order and the commission's declaration.
    assertThat(fin).doesNotContain("CENTRALIZATOR NOMINAL");
    String nominal = text(byKind.get("centralizator-nominal").get(0));
    assertThat(nominal).contains("Document intern", "CENTRALIZATOR NOMINAL",
        "Selecția dosarelor", "Proba scrisă (23.09.2025)", "Interviul (29.09.2025)",
        "Fiecare pagină se semnează de toți membrii comisiei de concurs");
    inOrder(nominal, List.of("Punctajele finale",
        "1 Candidat 0 " + codes.get(0) + " 95.00 80.00 87.50 ADMIS",
        "2 Candidat 1 " + codes.get(1) + " 89.00 79.00 84.00 RESPINS",
        "12 Candidat 11 " + codes.get(11) + " 79.00 69.00 74.00 RESPINS",
        "comisia declară admis candidatul Candidat 0, cu punctajul final de 87.50 puncte",
        "Președinte: Ștefan Țurcanu"));
    // The final report refers to it and does not carry it (no name in the report).
    assertThat(reportText).doesNotContain("CENTRALIZATOR NOMINAL", "Candidat 0");

    // Kept for a look: target/documents/<kind>-<id>.pdf
    java.nio.file.Path folder = java.nio.file.Path.of("target", "documents");
    java.nio.file.Files.createDirectories(folder);
    for (ContestDocument document : documents.of(contest.contestId)) {
      java.nio.file.Files.write(folder.resolve(document.kind() + "-" + document.id() + ".pdf"),
          documents.content(document.id()));
    }
  }

  @Test
  void servedOnlyToThoseWhoMaySeeTheContest_withTheirChecksum() throws Exception {
    String path = "/api/contests/" + contest.contestId + "/documents";
    ResponseEntity<String> list = http.withBasicAuth("dc.cc.m1", "dc.cc.m1")
        .getForEntity(path, String.class);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    assertThat(list.getBody()).contains("pv-rezultate-finale");

    ContestDocument fin = byKind.get("pv-rezultate-finale").get(0);
    ResponseEntity<byte[]> pdf = http.withBasicAuth("dc.cc.m1", "dc.cc.m1")
        .getForEntity(path + "/" + fin.id(), byte[].class);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(pdf.getBody()));
    assertThat(sha).isEqualTo(fin.sha256());
    assertThat(pdf.getHeaders().getFirst("Digest")).isEqualTo("sha-256=" + sha);

    // The nominal summary sheet names the candidates: the commission, HR and the Rector see it
    // through the contest's documents, the legal adviser does not, the public pages never.
    ContestDocument nominal = byKind.get("centralizator-nominal").get(0);
    assertThat(list.getBody()).contains("centralizator-nominal");
    assertThat(http.withBasicAuth("dc.cc.m1", "dc.cc.m1").getForEntity(path + "/"
        + nominal.id(), byte[].class).getStatusCode().value()).isEqualTo(200);
    ContestDriver.employees(identity, staff, "dc.hr:HR", "dc.rector:Rectorat", "dc.legal:Juridic");
    identity.createMembership("dc.hr", "hr");
    identity.createMembership("dc.rector", "rector");
    identity.createMembership("dc.legal", "legal");
    for (String reader : List.of("dc.hr", "dc.rector")) {
      assertThat(http.withBasicAuth(reader, reader).getForEntity(path + "/" + nominal.id(),
          byte[].class).getStatusCode().value()).as(reader).isEqualTo(200);
    }
    assertThat(http.withBasicAuth("dc.legal", "dc.legal").getForEntity(path, String.class)
        .getBody()).contains("pv-rezultate-finale").doesNotContain("centralizator-nominal");
    assertThat(http.withBasicAuth("dc.legal", "dc.legal").getForEntity(path + "/"
        + nominal.id(), String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(http.getForEntity("/api/public/contests/" + contest.contestId + "/documents/"
        + nominal.id(), String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(http.getForEntity("/api/public/contests/" + contest.contestId + "/documents",
        String.class).getBody()).doesNotContain("centralizator-nominal");

    ContestDriver.employees(identity, staff, "dc.outsider:Economic");
    assertThat(http.withBasicAuth("dc.outsider", "dc.outsider").getForEntity(path + "/"
        + fin.id(), String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(http.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aCandidateConsultsHisOwnScoredPaper_aTaskForTheSecretary() {
    if (identity.createUserQuery().userId("dc.hr").count() == 0) {
      User hr = identity.newUser("dc.hr");
      hr.setPassword("dc.hr");
      identity.saveUser(hr);
      identity.createMembership("dc.hr", "hr");
    }
    String path = "/api/contests/" + contest.contestId + "/paper-consultations";
    var asHr = http.withBasicAuth("dc.hr", "dc.hr");
    assertThat(asHr.postForEntity(path, Map.of("code", 999_999), String.class)
        .getStatusCode().value()).isEqualTo(400);
    assertThat(http.withBasicAuth("dc.cc.m1", "dc.cc.m1").postForEntity(path,
        Map.of("code", codes.get(0)), String.class).getStatusCode().value()).isEqualTo(404);

    assertThat(asHr.postForEntity(path, Map.of("code", codes.get(0)), String.class)
        .getStatusCode().value()).isEqualTo(201);

    var task = engine.getTaskService().createTaskQuery().taskDefinitionKey(Elements.CONSULT_PAPER)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId).singleResult();
    assertThat(task.getAssignee()).isEqualTo("dc.secretary");
    assertThat(engine.getTaskService().getVariable(task.getId(), Variables.PAPER_SCORE))
        .isEqualTo("95.00");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService()
        .complete(task.getId(), Map.of("consultedOn", "02.10.2025 10:00")))
        .hasMessageContaining("prezența secretarului");
    engine.getTaskService().complete(task.getId(), Map.of("consultedOn", "02.10.2025 10:00",
        "consultedInPresence", true));
  }
}
