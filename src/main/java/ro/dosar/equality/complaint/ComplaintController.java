package ro.dosar.equality.complaint;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.equality.complaint.ComplaintService.Intake;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.Problems;

/**
 * The complaints for the people who handle them ({@code /api/equality/complaints}).
 * <ul>
 *   <li>{@code POST /}: registration of an e-mail or an in-person complaint by the Equality
 *       Officer, or of a complaint a trusted person received (channel TRUSTED_PERSON); the answer
 *       carries the follow-up token once, for the complainant.</li>
 *   <li>{@code GET /}, {@code GET /{id}}: the cases and a case's content, triage, investigators
 *       and notes — for the Officer, the Director General ({@code rector}), the case's
 *       investigators; anybody else gets 404, as if the case did not exist.</li>
 *   <li>{@code GET /{id}/investigator-candidates}: the active users of the case's institution
 *       who may be named investigator (Officer, Director General).</li>
 *   <li>{@code POST /{id}/investigators}, {@code POST /{id}/notes}, {@code POST
 *       /{id}/retaliation}: assignment (Officer, Director General), evidence and hearing records
 *       (also investigators), a retaliation report (Officer, Director General).</li>
 * </ul>
 * Every answer stays within the caller's institution ({@link InstitutionScope}): another
 * institution's case is answered 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/equality/complaints")
class ComplaintController {

  /** A complaint registered on the complainant's behalf. */
  record Registration(ComplaintType type, Channel channel, Boolean anonymous, String description,
      String complainantName, String complainantContact, String personsConcerned,
      LocalDateTime receivedAt, String institution) {
  }

  record Assignment(String userId) {
  }

  record NoteRequest(String kind, String text) {
  }

  record Retaliation(String description) {
  }

  private final ComplaintService service;
  private final ComplaintRepository cases;
  private final InstitutionScope scope;

  ComplaintController(ComplaintService service, ComplaintRepository cases,
      InstitutionScope scope) {
    this.scope = scope;
    this.service = service;
    this.cases = cases;
  }

  @PostMapping
  ResponseEntity<?> register(@RequestBody Registration request) {
    boolean officer = CurrentUser.inAnyGroup(RoleGroups.EQUALITY_OFFICER);
    boolean trusted = CurrentUser.inAnyGroup(RoleGroups.TRUSTED_PERSON);
    if (!officer && !trusted) {
      return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis", "Plângerile se "
          + "înregistrează de Responsabilul cu egalitatea de șanse sau de o persoană de încredere "
          + "desemnată; ceilalți folosesc formularul public.");
    }
    Channel channel = request.channel();
    if (channel == null || channel == Channel.ONLINE_FORM || !officer
        && channel != Channel.TRUSTED_PERSON) {
      throw new InvalidRequestException("channel", officer
          ? "Canalul este EMAIL, TRUSTED_PERSON sau IN_PERSON."
          : "O persoană de încredere înregistrează plângeri pe canalul TRUSTED_PERSON.");
    }
    // Registered for the caller's own institution only (another one's: 404, nothing stored).
    String institution = scope.chosen(request.institution());
    ComplaintService.Registered registered = service.register(new Intake(request.type(),
        channel, Boolean.TRUE.equals(request.anonymous()), request.description(),
        request.complainantName(), request.complainantContact(), request.personsConcerned(),
        request.receivedAt(), CurrentUser.id().orElse(null), institution));
    return ResponseEntity.status(HttpStatus.CREATED).body(registered);
  }

  @GetMapping
  List<ComplaintCase> list() {
    return service.visibleTo(CurrentUser.id().orElse(null), CurrentUser.groups()).stream()
        .filter(c -> scope.allows(c.institutionCode())).toList();
  }

  /**
   * {@code GET /{id}/investigator-candidates}: who the Officer (or the Director General) may
   * name investigator of the case: the active users of its institution, with their names.
   */
  @GetMapping("/{id}/investigator-candidates")
  ResponseEntity<?> investigatorCandidates(@PathVariable long id) {
    Optional<ComplaintCase> complaint = visible(id);
    if (complaint.isEmpty()) {
      return notFound();
    }
    if (!CurrentUser.inAnyGroup(RoleGroups.EQUALITY_OFFICER, RoleGroups.RECTOR)) {
      return forbidden("Cercetătorii îi desemnează Responsabilul cu egalitatea de șanse sau "
          + "Directorul General.");
    }
    return ResponseEntity.ok(service.investigatorCandidates(complaint.get()));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable long id) {
    return visible(id).<ResponseEntity<?>>map(c -> ResponseEntity.ok(service.view(c)))
        .orElseGet(ComplaintController::notFound);
  }

  @PostMapping("/{id}/investigators")
  ResponseEntity<?> assign(@PathVariable long id, @RequestBody Assignment request) {
    Optional<ComplaintCase> complaint = visible(id);
    if (complaint.isEmpty()) {
      return notFound();
    }
    if (!CurrentUser.inAnyGroup(RoleGroups.EQUALITY_OFFICER, RoleGroups.RECTOR)) {
      return forbidden("Cercetătorii îi desemnează Responsabilul cu egalitatea de șanse sau "
          + "Directorul General.");
    }
    if (request.userId() == null || request.userId().isBlank()) {
      throw new InvalidRequestException("userId", "Indicați utilizatorul desemnat.");
    }
    service.assignInvestigator(complaint.get(), request.userId().strip(),
        CurrentUser.id().orElseThrow());
    return ResponseEntity.ok(Map.of("investigators", service.view(cases.find(id).orElseThrow())
        .investigators()));
  }

  @PostMapping("/{id}/notes")
  ResponseEntity<?> note(@PathVariable long id, @RequestBody NoteRequest request) {
    Optional<ComplaintCase> complaint = visible(id);
    if (complaint.isEmpty()) {
      return notFound();
    }
    service.addNote(complaint.get(), request.kind(), request.text(),
        CurrentUser.id().orElseThrow());
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  @PostMapping("/{id}/retaliation")
  ResponseEntity<?> retaliation(@PathVariable long id, @RequestBody Retaliation request) {
    Optional<ComplaintCase> complaint = visible(id);
    if (complaint.isEmpty()) {
      return notFound();
    }
    if (!CurrentUser.inAnyGroup(RoleGroups.EQUALITY_OFFICER, RoleGroups.RECTOR)) {
      return forbidden("Represaliile le înregistrează Responsabilul cu egalitatea de șanse sau "
          + "Directorul General; petentul le poate semnala și cu codul de urmărire.");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(service.reportRetaliation(id,
        Channel.IN_PERSON, request.description(), CurrentUser.id().orElseThrow()));
  }

  @ExceptionHandler(ComplaintService.NotConfiguredException.class)
  ResponseEntity<ProblemDetail> notConfigured(ComplaintService.NotConfiguredException e) {
    return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "Procedură neconfigurată",
        e.getMessage());
  }

  private Optional<ComplaintCase> visible(long id) {
    String user = CurrentUser.id().orElse(null);
    Set<String> groups = CurrentUser.groups();
    return cases.find(id).filter(c -> scope.allows(c.institutionCode()))
        .filter(c -> service.maySee(c, user, groups));
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return Problems.response(HttpStatus.NOT_FOUND, "Plângere inexistentă",
        "Plângerea nu există sau nu aveți dreptul să o vedeți.");
  }

  private static ResponseEntity<ProblemDetail> forbidden(String detail) {
    return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis", detail);
  }
}
