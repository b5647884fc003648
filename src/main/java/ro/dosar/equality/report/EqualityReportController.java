package ro.dosar.equality.report;

import java.util.Comparator;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.Problems;

/**
 * {@code GET /api/equality/report?year=2026[&institution=UVT]}: the monitoring report of a year
 * as JSON (spec §8.3), for the Equality Officer, the Director General ({@code rector}) and HR;
 * anybody else gets 403. Complaints appear as counts only.
 */
@RestController
class EqualityReportController {

  /** The groups that read the report. */
  static final String[] READERS = {RoleGroups.EQUALITY_OFFICER, RoleGroups.RECTOR,
      RoleGroups.HR, Groups.CAMUNDA_ADMIN};

  private final EqualityReportService reports;
  private final ReportRequests requests;
  private final ContestDocuments documents;

  EqualityReportController(EqualityReportService reports, ReportRequests requests,
      ContestDocuments documents) {
    this.reports = reports;
    this.requests = requests;
    this.documents = documents;
  }

  /**
   * {@code GET /api/equality/report/document?year=2026[&institution=UVT]}: the annual monitoring
   * report's PDF as the report process generated it (after the Director General's approval), with
   * its checksum in {@code Digest}; 404 while there is none.
   */
  @GetMapping("/api/equality/report/document")
  ResponseEntity<?> document(@RequestParam(required = false) String year,
      @RequestParam(required = false) String institution) {
    if (!CurrentUser.inAnyGroup(READERS)) {
      return forbidden();
    }
    int reportYear = requests.year("year", year);
    String code = requests.institution("institution", institution);
    String owner = ReportSteps.businessKey(code, reportYear);
    Optional<ContestDocument> latest = documents.ofOwner(owner).stream()
        .filter(document -> ReportSteps.DOCUMENT_KIND.equals(document.kind()))
        .max(Comparator.comparing(ContestDocument::createdAt)
            .thenComparing(ContestDocument::id));
    if (latest.isEmpty()) {
      return Problems.response(HttpStatus.NOT_FOUND, "Raport inexistent", "Raportul anual de "
          + "monitorizare pe " + reportYear + " nu a fost încă generat (se generează după "
          + "aprobarea conducătorului instituției).");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(ContentDisposition.inline().filename(owner + ".pdf").build());
    headers.set("Digest", "sha-256=" + latest.get().sha256());
    return new ResponseEntity<>(documents.content(latest.get().id()), headers, HttpStatus.OK);
  }

  private static ResponseEntity<?> forbidden() {
    return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis", "Raportul de "
        + "monitorizare a egalității de gen îl văd responsabilul cu egalitatea de șanse, "
        + "conducătorul instituției și resursele umane.");
  }

  @GetMapping("/api/equality/report")
  ResponseEntity<?> report(@RequestParam(required = false) String year,
      @RequestParam(required = false) String institution) {
    if (!CurrentUser.inAnyGroup(READERS)) {
      return forbidden();
    }
    int reportYear = requests.year("year", year);
    String code = requests.institution("institution", institution);
    return ResponseEntity.ok(reports.compute(code, reportYear));
  }
}
