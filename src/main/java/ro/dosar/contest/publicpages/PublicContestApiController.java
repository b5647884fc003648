package ro.dosar.contest.publicpages;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.publicpages.PublicContestService.PublicContest;

/**
 * The public pages' data as JSON, without login ({@code /api/public/**} is open): the same
 * records {@link PublicContestService} builds for the HTML pages, candidates by code only.
 */
@RestController
@RequestMapping("/api/public/contests")
class PublicContestApiController {

  private final PublicContestService service;
  private final PublicDocuments documents;
  private final PublicAnnouncements announcements;

  PublicContestApiController(PublicContestService service, PublicDocuments documents,
      PublicAnnouncements announcements) {
    this.service = service;
    this.documents = documents;
    this.announcements = announcements;
  }

  /** The documents of public interest: the announcement and the minutes (by code only). */
  @GetMapping("/{id}/documents")
  ResponseEntity<?> documents(@PathVariable long id) {
    return documents.of(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> notFound(id));
  }

  @GetMapping("/{id}/documents/{docId}")
  ResponseEntity<?> document(@PathVariable long id, @PathVariable long docId) {
    return documents.content(id, docId).<ResponseEntity<?>>map(pdf -> ResponseEntity.ok()
            .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
            .header("Content-Disposition", "inline; filename=\"CONCURS-" + id + "-" + docId
                + ".pdf\"")
            .body(pdf))
        .orElseGet(() -> notFound(id));
  }

  @GetMapping
  List<PublicContest> contests() {
    return service.listed();
  }

  @GetMapping("/{id}")
  ResponseEntity<?> calendar(@PathVariable long id) {
    return service.calendar(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> notFound(id));
  }

  /** The announcement: post, conditions, submission window, each step with its hour, contact. */
  @GetMapping("/{id}/announcement")
  ResponseEntity<?> announcement(@PathVariable long id) {
    return announcements.of(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> notFound(id));
  }

  @GetMapping("/{id}/results")
  ResponseEntity<?> results(@PathVariable long id) {
    return service.results(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> notFound(id));
  }

  private static ResponseEntity<ProblemDetail> notFound(long id) {
    return ro.dosar.web.Problems.response(HttpStatus.NOT_FOUND, "Concurs inexistent",
        "Concursul " + id + " nu există sau nu este public.");
  }
}
