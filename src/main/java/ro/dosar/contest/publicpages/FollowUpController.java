package ro.dosar.contest.publicpages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import ro.dosar.contest.CandidateActionRefused;
import ro.dosar.contest.publicpages.CandidateFollowUp.FollowUp;
import ro.dosar.web.Problems;
import ro.dosar.web.RateLimits;

/**
 * The candidate's own file, by his follow-up token, without login: {@code GET
 * /api/public/candidates/follow-up} with the header {@code X-Candidate-Token}, and the page
 * {@code /concursuri/dosarul-meu} (the token is posted in a form, never put in an address). A
 * missing or unknown token is answered 404 like any unknown record; attempts are limited per
 * network address in the database ({@code dosar.contest.follow-up-per-address-per-hour}, 60), so
 * that tokens cannot be guessed by trying.
 */
@Controller
class FollowUpController {

  static final String HEADER = "X-Candidate-Token";

  private final CandidateFollowUp followUps;
  private final RateLimits limits;
  private final int perHour;
  private final ro.dosar.contest.registration.FollowUpTokens tokens;
  private final ro.dosar.contest.contestation.OnlineContestation contestations;
  private final ro.dosar.contest.registration.Withdrawal withdrawals;

  FollowUpController(CandidateFollowUp followUps, RateLimits limits,
      @Value("${dosar.contest.follow-up-per-address-per-hour:60}") int perHour,
      ro.dosar.contest.registration.FollowUpTokens tokens,
      ro.dosar.contest.contestation.OnlineContestation contestations,
      ro.dosar.contest.registration.Withdrawal withdrawals) {
    this.tokens = tokens;
    this.contestations = contestations;
    this.withdrawals = withdrawals;
    this.followUps = followUps;
    this.limits = limits;
    this.perHour = perHour;
  }

  @GetMapping("/api/public/candidates/follow-up")
  @ResponseBody
  ResponseEntity<?> api(@RequestHeader(value = HEADER, required = false) String token,
      HttpServletRequest request) {
    if (!allowed(request)) {
      return Problems.response(HttpStatus.TOO_MANY_REQUESTS, "Prea multe încercări",
          "Prea multe consultări de la această adresă în ultima oră; reîncercați mai târziu.");
    }
    return followUps.of(token).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> Problems.response(HttpStatus.NOT_FOUND, "Cod de urmărire necunoscut",
            "Nu există un dosar cu acest cod de urmărire (antetul " + HEADER + ")."));
  }

  @GetMapping("/concursuri/dosarul-meu")
  String form() {
    return "concursuri/dosarul-meu";
  }

  @PostMapping("/concursuri/dosarul-meu")
  String page(@RequestParam(value = "cod", required = false) String token, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    if (!allowed(request)) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("error", "Prea multe consultări de la această adresă în ultima oră; "
          + "reîncercați mai târziu.");
      return "concursuri/dosarul-meu";
    }
    Optional<FollowUp> file = followUps.of(token);
    if (file.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("error", "Nu există un dosar cu acest cod de urmărire. Verificați "
          + "codul primit pe e-mail la înscriere.");
      return "concursuri/dosarul-meu";
    }
    model.addAttribute("file", file.get());
    model.addAttribute("token", token);
    return "concursuri/dosarul-meu";
  }

  /** The page's own form: a contestation against his result (as the API's, same rules). */
  @PostMapping("/concursuri/dosarul-meu/contestatie")
  String contest(@RequestParam(value = "cod", required = false) String token,
      @RequestParam(value = "etapa", required = false) String stage,
      @RequestParam(value = "motive", required = false) String grounds, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return act(token, model, request, response, code -> {
      var filed = contestations.file(code, stage, grounds);
      return "Contestația a fost înregistrată cu numărul " + filed.registrationNumber() + ".";
    });
  }

  /** The page's own form: the withdrawal of his file. */
  @PostMapping("/concursuri/dosarul-meu/retragere")
  String withdraw(@RequestParam(value = "cod", required = false) String token,
      @RequestParam(value = "confirmare", required = false) String confirmation, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    return act(token, model, request, response, code -> "Dosarul a fost retras la "
        + withdrawals.withdraw(code, confirmation).format(ro.dosar.calendar.DisplayDates.DAY)
        + ".");
  }

  private String act(String token, Model model, HttpServletRequest request,
      HttpServletResponse response, java.util.function.LongFunction<String> action) {
    if (!allowed(request)) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("error", "Prea multe cereri de la această adresă în ultima oră; "
          + "reîncercați mai târziu.");
      return "concursuri/dosarul-meu";
    }
    Optional<Long> code = tokens.codeOf(token);
    if (code.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("error", "Nu există un dosar cu acest cod de urmărire.");
      return "concursuri/dosarul-meu";
    }
    try {
      model.addAttribute("done", action.apply(code.get()));
    } catch (ro.dosar.domain.InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
    } catch (CandidateActionRefused e) {
      response.setStatus(e.status().value());
      model.addAttribute("error", e.getMessage());
    }
    model.addAttribute("file", followUps.of(token).orElseThrow());
    model.addAttribute("token", token);
    return "concursuri/dosarul-meu";
  }

  private boolean allowed(HttpServletRequest request) {
    return limits.allow("candidate-follow-up", request.getRemoteAddr(), perHour,
        Duration.ofHours(1));
  }
}
