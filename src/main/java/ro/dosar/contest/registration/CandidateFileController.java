package ro.dosar.contest.registration;

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
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestAccess;
import ro.dosar.contest.selection.AnonymousStage;

/**
 * The PDFs of an electronically submitted file, for those who may read the contest (its
 * commissions, the secretary, HR, the Rector, legal): {@code GET
 * /api/contests/{id}/candidates/{code}/files} lists them (document, name, size, SHA-256),
 * {@code …/files/{document}} returns one, to be shown in the browser. Anybody else: 404, as for the contest itself. In an
 * anonymous first stage a commission member sees the files under neutral names
 * ({@link AnonymousStage}).
 */
@RestController
@RequestMapping("/api/contests/{id}/candidates/{code}/files")
class CandidateFileController {

  private final CandidateRepository candidates;
  private final ContestAccess access;
  private final AnonymousStage anonymousStage;

  CandidateFileController(CandidateRepository candidates, ContestAccess access,
      AnonymousStage anonymousStage) {
    this.candidates = candidates;
    this.access = access;
    this.anonymousStage = anonymousStage;
  }

  @GetMapping
  ResponseEntity<?> list(@PathVariable long id, @PathVariable long code) {
    if (!visible(id, code)) {
      return notFound();
    }
    if (anonymousStage.hidesCandidatesFromCurrentUser(id)) {
      // Anonymous first stage: an uploaded file's name may carry the candidate's name.
      return ResponseEntity.ok(candidates.files(code).stream()
          .map(file -> new CandidateRepository.StoredFile(file.candidateCode(), file.document(),
              code + "-" + file.document() + ".pdf", file.sizeBytes(), file.sha256()))
          .toList());
    }
    return ResponseEntity.ok(candidates.files(code));
  }

  @GetMapping("/{document}")
  ResponseEntity<?> file(@PathVariable long id, @PathVariable long code,
      @PathVariable String document) {
    Optional<byte[]> content = visible(id, code)
        ? candidates.fileContent(code, document) : Optional.empty();
    if (content.isEmpty()) {
      return notFound();
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    // Inline: a link in a Tasklist form opens the PDF in the browser.
    headers.setContentDisposition(ContentDisposition.inline()
        .filename(code + "-" + document + ".pdf").build());
    return new ResponseEntity<>(content.get(), headers, HttpStatus.OK);
  }

  private boolean visible(long id, long code) {
    return access.canRead(id) && candidates.find(code)
        .map(candidate -> candidate.contestId() == id).orElse(false);
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return ro.dosar.web.Problems.documentNotFound();
  }
}
