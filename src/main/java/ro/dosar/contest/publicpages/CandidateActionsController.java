package ro.dosar.contest.publicpages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.CandidateActionRefused;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.contestation.OnlineContestation;
import ro.dosar.contest.registration.FollowUpTokens;
import ro.dosar.contest.registration.Withdrawal;
import ro.dosar.web.Problems;
import ro.dosar.web.RateLimits;

/**
 * What a candidate does himself with his follow-up token (header {@code X-Candidate-Token}),
 * without login (issue 18 item 5):
 * <ul>
 *   <li>{@code POST /api/public/candidates/contestations} {@code {"stage": "WRITTEN", "grounds":
 *       "…"}}: a contestation against his own result, within the legal window
 *       ({@link OnlineContestation}); 201, 422 outside the window (with the legal deadline),
 *       409 for a second one against the same result.</li>
 *   <li>{@code POST /api/public/candidates/withdrawal} {@code {"confirmation": "Îmi retrag
 *       dosarul"}}: he withdraws his file before the final results ({@link Withdrawal}); 200,
 *       409 once the final results are out or when already withdrawn.</li>
 * </ul>
 * A missing or unknown token is a 404, as for the follow-up; attempts count against the same
 * limit per network address.
 */
@RestController
class CandidateActionsController {

  private final FollowUpTokens tokens;
  private final OnlineContestation contestations;
  private final Withdrawal withdrawals;
  private final RateLimits limits;
  private final int perHour;

  CandidateActionsController(FollowUpTokens tokens, OnlineContestation contestations,
      Withdrawal withdrawals, RateLimits limits,
      @Value("${dosar.contest.follow-up-per-address-per-hour:60}") int perHour) {
    this.tokens = tokens;
    this.contestations = contestations;
    this.withdrawals = withdrawals;
    this.limits = limits;
    this.perHour = perHour;
  }

  /** The registered contestation, as the candidate sees it. */
  record Filed(long id, long code, String stage, String registrationNumber, String filedAt,
      String message) {
  }

  @PostMapping("/api/public/candidates/contestations")
  ResponseEntity<?> contest(@RequestHeader(value = FollowUpController.HEADER, required = false)
      String token, @RequestBody(required = false) Map<String, Object> body,
      HttpServletRequest request) {
    Optional<ResponseEntity<?>> refused = check(request, token);
    if (refused.isPresent()) {
      return refused.get();
    }
    Map<String, Object> fields = body == null ? Map.of() : body;
    try {
      Contestation filed = contestations.file(tokens.codeOf(token).orElseThrow(),
          text(fields.get("stage")), text(fields.get("grounds")));
      return ResponseEntity.status(HttpStatus.CREATED).body(new Filed(filed.id(),
          filed.candidateCode(), filed.stage(), filed.registrationNumber(),
          filed.filedAt().format(ro.dosar.calendar.DisplayDates.DAY_TIME),
          "Contestația a fost înregistrată cu numărul " + filed.registrationNumber()
              + "; comisia de soluționare o analizează în cel mult o zi lucrătoare de la "
              + "expirarea termenului de contestare, iar soluția o vedeți pe pagina „Dosarul "
              + "meu”."));
    } catch (CandidateActionRefused e) {
      return Problems.response(e.status(), e.title(), e.getMessage());
    }
  }

  /** The withdrawal, as the candidate sees it. */
  record Withdrawn(long code, String withdrawnOn, String message) {
  }

  @PostMapping("/api/public/candidates/withdrawal")
  ResponseEntity<?> withdraw(@RequestHeader(value = FollowUpController.HEADER, required = false)
      String token, @RequestBody(required = false) Map<String, Object> body,
      HttpServletRequest request) {
    Optional<ResponseEntity<?>> refused = check(request, token);
    if (refused.isPresent()) {
      return refused.get();
    }
    long code = tokens.codeOf(token).orElseThrow();
    Map<String, Object> fields = body == null ? Map.of() : body;
    try {
      String day = withdrawals.withdraw(code, text(fields.get("confirmation")))
          .format(ro.dosar.calendar.DisplayDates.DAY);
      return ResponseEntity.ok(new Withdrawn(code, day, "Dosarul cu codul " + code + " a fost "
          + "retras la " + day + ". Nu mai participați la etapele următoare ale concursului; "
          + "rezultatele de până acum rămân consemnate."));
    } catch (CandidateActionRefused e) {
      return Problems.response(e.status(), e.title(), e.getMessage());
    }
  }

  /** The limit per address, then the token: a 429 or a 404, else nothing. */
  private Optional<ResponseEntity<?>> check(HttpServletRequest request, String token) {
    if (!limits.allow("candidate-follow-up", request.getRemoteAddr(), perHour,
        Duration.ofHours(1))) {
      return Optional.of(Problems.response(HttpStatus.TOO_MANY_REQUESTS, "Prea multe încercări",
          "Prea multe cereri de la această adresă în ultima oră; reîncercați mai târziu."));
    }
    if (tokens.codeOf(token).isEmpty()) {
      return Optional.of(Problems.response(HttpStatus.NOT_FOUND, "Cod de urmărire necunoscut",
          "Nu există un dosar cu acest cod de urmărire (antetul " + FollowUpController.HEADER
              + ")."));
    }
    return Optional.empty();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
