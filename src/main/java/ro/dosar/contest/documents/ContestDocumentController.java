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
 * inline, with its checksum in the {@code Digest} header; {@code …/documents/kind/{kind}} the
 * newest of a kind and {@code …/documents/registration-form/{code}} a candidate's registration
 * form, for the links of the tasks' forms. Anybody else: 404. In an anonymous first stage
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
    return pdf(id, access.canRead(id) ? documents.find(id, docId) : Optional.empty());
  }

  /**
   * The newest document of a kind ({@code pv-selectie}, {@code
   * decizii-comisii-proiect}…): what a task's form links to before the document's id is known.
   */
  @GetMapping("/kind/{kind}")
  ResponseEntity<?> newestOfKind(@PathVariable long id, @PathVariable String kind) {
    return pdf(id, access.canRead(id) ? documents.of(id).stream()
        .filter(document -> document.kind().equals(kind))
        .reduce((older, newer) -> newer) : Optional.empty());
  }

  /** The registration form (Annex 3) of one candidate of the contest, the newest. */
  @GetMapping("/registration-form/{code}")
  ResponseEntity<?> registrationForm(@PathVariable long id, @PathVariable long code) {
    String title = "dosarul " + code;
    return pdf(id, access.canRead(id) ? documents.of(id).stream()
        .filter(document -> AnonymousStage.REGISTRATION_FORM.equals(document.kind())
            && document.title().endsWith(title))
        .reduce((older, newer) -> newer) : Optional.empty());
  }

  /** The PDF, shown in the browser; 404 for a document the caller may not read. */
  private ResponseEntity<?> pdf(long id, Optional<ContestDocument> document) {
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
        .filename(Contest.businessKey(id) + "-" + document.get().kind() + "-"
            + document.get().id() + ".pdf")
        .build());
    headers.set("Digest", "sha-256=" + document.get().sha256());
    return new ResponseEntity<>(documents.content(document.get().id()), headers, HttpStatus.OK);
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
