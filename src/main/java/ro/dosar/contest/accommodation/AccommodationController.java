package ro.dosar.contest.accommodation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.contest.accommodation.AccommodationRequests.NotNowException;
import ro.dosar.contest.accommodation.AccommodationRequests.Request;
import ro.dosar.contest.registration.FollowUpTokens;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.Problems;
import ro.dosar.web.RateLimits;

/**
 * A candidate asks for reasonable accommodation of the tests with his follow-up token, without
 * login: {@code POST /api/public/candidates/accommodation} with the header {@code
 * X-Candidate-Token} and the body {@code {"request": "…"}} (at most 2,000 characters) → 201 with
 * the request's id, state and the day HR decides by; {@code GET} the same path → his requests with
 * HR's decisions. A missing or unknown token is 404; an empty or too long text, or another field,
 * 400 naming it; 409 once the tests have started or for a withdrawn file; attempts are limited
 * per network address ({@code dosar.contest.follow-up-per-address-per-hour}, 60).
 */
@RestController
class AccommodationController {

  static final String HEADER = "X-Candidate-Token";
  static final String BUCKET = "candidate-accommodation";

  private final FollowUpTokens tokens;
  private final AccommodationRequests requests;
  private final RateLimits limits;
  private final int perHour;

  AccommodationController(FollowUpTokens tokens, AccommodationRequests requests,
      RateLimits limits,
      @Value("${dosar.contest.follow-up-per-address-per-hour:60}") int perHour) {
    this.tokens = tokens;
    this.requests = requests;
    this.limits = limits;
    this.perHour = perHour;
  }

  @PostMapping("/api/public/candidates/accommodation")
  ResponseEntity<?> ask(@RequestHeader(value = HEADER, required = false) String token,
      @RequestBody(required = false) Map<String, Object> body, HttpServletRequest http) {
    if (!allowed(http)) {
      return tooMany();
    }
    Optional<Long> code = tokens.codeOf(token);
    if (code.isEmpty()) {
      return unknown();
    }
    Map<String, Object> fields = body == null ? Map.of() : body;
    for (String field : fields.keySet()) {
      if (!"request".equals(field)) {
        throw new InvalidRequestException(field, "Câmpul „" + field + "” nu este cunoscut; "
            + "cererea are un singur câmp, „request”: adaptarea de care aveți nevoie la probe.");
      }
    }
    Object text = fields.get("request");
    if (text != null && !(text instanceof String)) {
      throw new InvalidRequestException("request", "Câmpul „request” este un text.");
    }
    try {
      Request filed = requests.file(code.get(), (String) text, "FOLLOW_UP");
      Map<String, Object> answer = view(filed);
      answer.put("message", "Cererea de adaptare rezonabilă a fost înregistrată; Resursele "
          + "Umane o soluționează până la " + filed.dueAt().format(DisplayDates.DAY_TIME)
          + ", înainte de prima probă. Decizia apare în „Dosarul meu”.");
      return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    } catch (NotNowException e) {
      return Problems.response(HttpStatus.CONFLICT, "Cerere tardivă", e.getMessage());
    }
  }

  @GetMapping("/api/public/candidates/accommodation")
  ResponseEntity<?> mine(@RequestHeader(value = HEADER, required = false) String token,
      HttpServletRequest http) {
    if (!allowed(http)) {
      return tooMany();
    }
    Optional<Long> code = tokens.codeOf(token);
    if (code.isEmpty()) {
      return unknown();
    }
    List<Map<String, Object>> mine = requests.ofCandidate(code.get()).stream()
        .map(AccommodationController::view).toList();
    return ResponseEntity.ok(Map.of("code", code.get(), "requests", mine));
  }

  /** The candidate's own view of one of his requests. */
  static Map<String, Object> view(Request request) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", request.id());
    view.put("request", request.text());
    view.put("requestedAt", request.requestedAt().format(DisplayDates.DAY_TIME));
    view.put("decisionDueAt", request.dueAt().format(DisplayDates.DAY_TIME));
    view.put("decision", request.decision());
    view.put("status", request.status());
    view.put("reason", request.reason());
    return view;
  }

  private boolean allowed(HttpServletRequest http) {
    return limits.allow(BUCKET, http.getRemoteAddr(), perHour, Duration.ofHours(1));
  }

  private static ResponseEntity<?> tooMany() {
    return Problems.response(HttpStatus.TOO_MANY_REQUESTS, "Prea multe încercări",
        "Prea multe cereri de la această adresă în ultima oră; reîncercați mai târziu.");
  }

  private static ResponseEntity<?> unknown() {
    return Problems.response(HttpStatus.NOT_FOUND, "Cod de urmărire necunoscut",
        "Nu există un dosar cu acest cod de urmărire (antetul " + HEADER + ").");
  }
}
