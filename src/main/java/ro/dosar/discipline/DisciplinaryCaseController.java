package ro.dosar.discipline;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
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
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;

/**
 * A disciplinary case's documents (DISC-12: the sessions are secret): {@code GET
 * /api/discipline/cases/{id}/documents[/{docId}]}. The case's commission and secretary, the
 * Director, HR and legal see every document; the accused sees his summons, his hearing record
 * and the act addressed to him; anybody else, and anybody of another institution than the
 * accused's, gets 404, as if the case did not exist.
 */
@RestController
@RequestMapping("/api/discipline/cases/{id}/documents")
class DisciplinaryCaseController {

  private static final String[] OFFICERS = {RoleGroups.RECTOR, RoleGroups.HR,
      RoleGroups.LEGAL, Groups.CAMUNDA_ADMIN};

  private final DisciplineDocuments documents;
  private final DisciplinaryCaseRepository cases;
  private final InstitutionScope scope;

  DisciplinaryCaseController(DisciplineDocuments documents, DisciplinaryCaseRepository cases,
      InstitutionScope scope) {
    this.documents = documents;
    this.cases = cases;
    this.scope = scope;
  }

  @GetMapping
  ResponseEntity<?> list(@PathVariable long id) {
    List<ContestDocument> visible = visible(id);
    return visible.isEmpty() ? notFound() : ResponseEntity.ok(visible);
  }

  @GetMapping("/{docId}")
  ResponseEntity<?> document(@PathVariable long id, @PathVariable long docId) {
    Optional<ContestDocument> document = visible(id).stream()
        .filter(d -> d.id() == docId).findFirst();
    if (document.isEmpty()) {
      return notFound();
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(ContentDisposition.inline()
        .filename("DISCIPLINA-" + id + "-" + document.get().kind() + ".pdf").build());
    headers.set("Digest", "sha-256=" + document.get().sha256());
    return new ResponseEntity<>(documents.content(docId), headers, HttpStatus.OK);
  }

  private List<ContestDocument> visible(long id) {
    // A case belongs to the institution of the accused employee (InstitutionScope).
    if (cases.find(id).filter(c -> scope.allowsUser(c.accusedUser())).isEmpty()) {
      return List.of();
    }
    return CurrentUser.id().map(user -> documents.visibleTo(id, user,
        CurrentUser.inAnyGroup(OFFICERS))).orElse(List.of());
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return ro.dosar.web.Problems.documentNotFound();
  }
}
