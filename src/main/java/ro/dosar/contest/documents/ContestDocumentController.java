package ro.dosar.contest.documents;

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
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestAccess;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.selection.AnonymousStage;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;

/**
 * A contest's generated documents, for the users who may see that contest (its commissions and
 * secretary, HR, the Rector, legal, administrators): {@code GET /api/contests/{id}/documents}
 * lists them (kind, title, date, size, SHA-256); {@code …/documents/{docId}} returns the PDF,
 * with its checksum in the {@code Digest} header. Anybody else: 404. In an anonymous first stage
 * the registration forms (they name the candidates) are not listed nor served to the members of
 * the contest's commissions ({@link AnonymousStage}). The nominal summary sheet only to the
 * contest's commissions and secretary, HR, the Rector and administrators (never public).
 */
@RestController
@RequestMapping("/api/contests/{id}/documents")
class ContestDocumentController {

  private final ContestDocuments documents;
  private final ContestRepository contests;
  private final ContestAccess access;
  private final AnonymousStage anonymousStage;

  ContestDocumentController(ContestDocuments documents, ContestRepository contests,
      ContestAccess access, AnonymousStage anonymousStage) {
    this.documents = documents;
    this.contests = contests;
    this.access = access;
    this.anonymousStage = anonymousStage;
  }

  @GetMapping
  ResponseEntity<?> list(@PathVariable long id) {
    if (!access.canRead(id) || contests.find(id).isEmpty()) {
      return notFound();
    }
    boolean anonymous = anonymousStage.hidesCandidatesFromCurrentUser(id);
    boolean nominal = access.canReadNominal(id);
    return ResponseEntity.ok(documents.of(id).stream()
        .filter(document -> !anonymous || !hidden(document))
        .filter(document -> nominal || !nominal(document)).toList());
  }

  @GetMapping("/{docId}")
  ResponseEntity<?> document(@PathVariable long id, @PathVariable long docId) {
    Optional<ContestDocument> document = access.canRead(id)
        ? documents.find(id, docId) : Optional.empty();
    if (document.isPresent() && hidden(document.get())
        && anonymousStage.hidesCandidatesFromCurrentUser(id)) {
      document = Optional.empty();
    }
    if (document.isPresent() && nominal(document.get()) && !access.canReadNominal(id)) {
      document = Optional.empty();
    }
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

  /**
   * The registration forms and the nominal summary sheet name the candidates: not for the
   * commission of an anonymous stage.
   */
  private static boolean hidden(ContestDocument document) {
    return AnonymousStage.REGISTRATION_FORM.equals(document.kind()) || nominal(document);
  }

  /** The nominal summary sheet names the candidates with their scores: see {@link ContestAccess}. */
  private static boolean nominal(ContestDocument document) {
    return ContestMinutes.NOMINAL_SHEET.equals(document.kind());
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return ro.dosar.web.Problems.documentNotFound();
  }
}
