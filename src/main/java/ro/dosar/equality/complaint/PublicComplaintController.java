package ro.dosar.equality.complaint;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.equality.complaint.ComplaintService.Intake;
import ro.dosar.web.Problems;
import ro.dosar.web.RateLimits;

/**
 * The anonymised online form of the plan ([S9.1], [S9.2]), without login ({@code
 * /api/public/complaints}):
 * <ul>
 *   <li>{@code POST /}: a complaint, anonymous or not; the answer gives the case reference and a
 *       follow-up token, shown this once (only its hash is kept).</li>
 *   <li>{@code GET /follow-up} with the token in the header {@value #TOKEN_HEADER} (never in the
 *       address, so that it stays out of access logs): status, dates and what the Officer
 *       communicated; an unknown token gets 404.</li>
 *   <li>{@code POST /follow-up/retaliation} with the token in the header: retaliation reported
 *       at any time, even after closure, opens a linked case.</li>
 * </ul>
 * One network address may submit, or try a wrong token, {@code
 * dosar.equality.complaints.public-requests-per-hour} times an hour (default 20); then 429.
 */
@RestController
@RequestMapping("/api/public/complaints")
class PublicComplaintController {

  static final String TOKEN_HEADER = "X-Complaint-Token";

  /** What the online form sends. */
  record OnlineComplaint(ComplaintType type, String description, Boolean anonymous,
      String name, String contact, String personsConcerned) {
  }

  record Retaliation(String description) {
  }

  private final ComplaintService service;
  private final RateLimits limits;
  private final int perHour;

  PublicComplaintController(ComplaintService service, ComplaintSettings settings,
      RateLimits limits) {
    this.service = service;
    this.limits = limits;
    this.perHour = settings.perHour();
  }

  @PostMapping
  ResponseEntity<?> submit(@RequestBody OnlineComplaint complaint, HttpServletRequest request) {
    if (!allow(request)) {
      return tooMany();
    }
    boolean anonymous = complaint.anonymous() == null ? complaint.name() == null
        || complaint.name().isBlank() : complaint.anonymous();
    ComplaintService.Registered registered = service.register(new Intake(complaint.type(),
        Channel.ONLINE_FORM, anonymous, complaint.description(), complaint.name(),
        complaint.contact(), complaint.personsConcerned(), null, null, null));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference",
        registered.reference(), "followUpToken", registered.followUpToken(), "message",
        "Plângerea a fost înregistrată cu numărul " + registered.reference() + ". Păstrați codul "
            + "de urmărire: este afișat o singură dată și nu poate fi recuperat."));
  }

  @GetMapping("/follow-up")
  ResponseEntity<?> followUp(@RequestHeader(value = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    Optional<ComplaintService.FollowUp> followUp = service.followUp(token);
    if (followUp.isEmpty()) {
      return allow(request) ? unknownToken() : tooMany();
    }
    return ResponseEntity.ok(followUp.get());
  }

  @PostMapping("/follow-up/retaliation")
  ResponseEntity<?> retaliation(
      @RequestHeader(value = TOKEN_HEADER, required = false) String token,
      @RequestBody Retaliation retaliation, HttpServletRequest request) {
    Optional<Long> id = service.caseOfToken(token);
    if (!allow(request)) {
      return tooMany();
    }
    if (id.isEmpty()) {
      return unknownToken();
    }
    ComplaintService.Registered registered = service.reportRetaliation(id.get(),
        Channel.ONLINE_FORM, retaliation.description(), null);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference",
        registered.reference(), "followUpToken", registered.followUpToken()));
  }

  @ExceptionHandler(ComplaintService.NotConfiguredException.class)
  ResponseEntity<ProblemDetail> notConfigured(ComplaintService.NotConfiguredException e) {
    return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "Procedură neconfigurată",
        e.getMessage());
  }

  /**
   * Counts an attempt of the address; false when it has used up its hour. Counted in the
   * database, so the limit holds whichever node of a cluster the requests reach.
   */
  private boolean allow(HttpServletRequest request) {
    return limits.allow("complaint", request.getRemoteAddr(), perHour, Duration.ofHours(1));
  }

  private static ResponseEntity<ProblemDetail> unknownToken() {
    return Problems.response(HttpStatus.NOT_FOUND, "Cod necunoscut",
        "Nu există nicio plângere cu acest cod de urmărire.");
  }

  private static ResponseEntity<ProblemDetail> tooMany() {
    return Problems.response(HttpStatus.TOO_MANY_REQUESTS, "Prea multe încercări",
        "Prea multe încercări de la această adresă. Reîncercați peste o oră.");
  }
}
