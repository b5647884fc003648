package ro.dosar.discipline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.documents.ContestDocument;
import ro.dosar.security.CamundaIdentityAuthenticationProvider;
import ro.dosar.security.RoleGroups;

/**
 * A disciplinary case's documents (DISC-12: the sessions are secret): {@code GET
 * /api/discipline/cases/{id}/documents[/{docId}]}. The case's commission and secretary, the
 * Director, HR and legal see every document; the accused sees his summons, his hearing record
 * and the act addressed to him; anybody else gets 404, as if the case did not exist.
 */
@RestController
@RequestMapping("/api/discipline/cases/{id}/documents")
class DisciplinaryCaseController {

  private static final Set<String> OFFICERS = Set.of(RoleGroups.RECTOR, RoleGroups.HR,
      RoleGroups.LEGAL, Groups.CAMUNDA_ADMIN);

  private final DisciplineDocuments documents;

  DisciplinaryCaseController(DisciplineDocuments documents) {
    this.documents = documents;
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
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return List.of();
    }
    boolean officer = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX)
            && OFFICERS.contains(a.substring(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length())));
    return documents.visibleTo(id, authentication.getName(), officer);
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "Documentul nu există sau nu aveți dreptul să îl vedeți.");
    problem.setTitle("Document inexistent");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
