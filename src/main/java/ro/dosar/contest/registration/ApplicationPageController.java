package ro.dosar.contest.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.FileDocument;
import ro.dosar.domain.InvalidInputException;

/**
 * {@code /concursuri/{id}/inscriere}: the electronic application as a page (no login, Romanian,
 * works without JavaScript). The same rules as the API ({@link ElectronicSubmission}).
 */
@Controller
class ApplicationPageController {

  private final ElectronicSubmission submission;
  private final SubmissionRateLimiter limiter;
  private final ContestRepository contests;

  ApplicationPageController(ElectronicSubmission submission, SubmissionRateLimiter limiter,
      ContestRepository contests) {
    this.submission = submission;
    this.limiter = limiter;
    this.contests = contests;
  }

  @GetMapping("/concursuri/{id}/inscriere")
  String form(@PathVariable long id, Model model, HttpServletResponse response) {
    return show(id, model, response, Map.of(), null);
  }

  @PostMapping("/concursuri/{id}/inscriere")
  String apply(@PathVariable long id, @RequestParam Map<String, String> fields,
      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    if (!limiter.allow(request.getRemoteAddr())) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      return show(id, model, response, fields, "Prea multe înscrieri trimise de la această "
          + "adresă în ultima oră; reîncercați mai târziu.");
    }
    try {
      ElectronicSubmission.Registered registered = submission.apply(id,
          ApplicationController.application(fields), ApplicationController.uploads(request));
      model.addAttribute("contest", contests.get(id));
      model.addAttribute("code", registered.code());
      model.addAttribute("followUpToken", registered.followUpToken());
      return "concursuri/inscris";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(id, model, response, fields, e.getMessage());
    } catch (SubmissionRefusedException e) {
      response.setStatus(e.status().value());
      return show(id, model, response, fields, e.getMessage());
    }
  }

  private String show(long id, Model model, HttpServletResponse response,
      Map<String, String> fields, String error) {
    var contest = contests.find(id).filter(c -> c.publicationDate() != null);
    if (contest.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "concursuri/negasit";
    }
    model.addAttribute("contest", contest.get());
    model.addAttribute("open", submission.open(contest.get()));
    model.addAttribute("deadline", contest.get().submissionDeadline());
    model.addAttribute("documents", List.of(FileDocument.values()));
    model.addAttribute("fields", fields);
    model.addAttribute("error", error);
    return "concursuri/inscriere";
  }
}
