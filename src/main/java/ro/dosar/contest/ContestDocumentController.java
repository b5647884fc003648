package ro.dosar.contest;

import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;

/**
 * A contest's generated documents, for the users who may see that contest (its commissions and
 * secretary, HR, the Rector, legal, administrators): {@code GET /api/contests/{id}/documents}
 * lists them (kind, title, date, size, SHA-256); {@code …/documents/{docId}} returns the PDF,
 * with its checksum in the {@code Digest} header. Anybody else: 404.
 */
@RestController
@RequestMapping("/api/contests/{id}/documents")
class ContestDocumentController {

  private final ContestDocuments documents;
  private final ContestRepository contests;
  private final ContestAccess access;

  ContestDocumentController(ContestDocuments documents, ContestRepository contests,
      ContestAccess access) {
    this.documents = documents;
    this.contests = contests;
    this.access = access;
  }

  @GetMapping
  ResponseEntity<?> list(@PathVariable long id) {
    if (!access.canRead(id) || contests.find(id).isEmpty()) {
      return notFound();
    }
    return ResponseEntity.ok(documents.of(id));
  }

  @GetMapping("/{docId}")
  ResponseEntity<?> document(@PathVariable long id, @PathVariable long docId) {
    Optional<ContestDocument> document = access.canRead(id)
        ? documents.find(id, docId) : Optional.empty();
    if (document.isEmpty()) {
      return notFound();
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(ContentDisposition.inline()
        .filename(Contest.businessKey(id) + "-" + document.get().kind() + "-" + docId + ".pdf")
        .build());
    headers.set("Digest", "sha-256=" + document.get().sha256());
    return new ResponseEntity<>(documents.content(docId), headers, HttpStatus.OK);
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return ro.dosar.web.Problems.documentNotFound();
  }
}
