package ro.dosar.contest.publicpages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public pages, in Romanian, without login (outside {@code /api}, Spring Security does not
 * apply): the contests listed, a contest's calendar, its announcement, its results displayed so
 * far. What they show is decided by {@link PublicContestService} and {@link PublicAnnouncements}
 * only.
 */
@Controller
@RequestMapping("/concursuri")
class PublicContestPageController {

  private final PublicContestService service;
  private final PublicDocuments documents;
  private final PublicAnnouncements announcements;

  PublicContestPageController(PublicContestService service, PublicDocuments documents,
      PublicAnnouncements announcements) {
    this.service = service;
    this.documents = documents;
    this.announcements = announcements;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("contests", service.listed());
    return "concursuri/lista";
  }

  @GetMapping("/{id}")
  String calendar(@PathVariable long id, Model model, HttpServletResponse response) {
    model.addAttribute("documents", documents.of(id).orElse(List.of()));
    model.addAttribute("testHours", announcements.testHours(id));
    return page(service.calendar(id), "calendar", "concursuri/calendar", model, response);
  }

  @GetMapping("/{id}/anunt")
  String announcement(@PathVariable long id, Model model, HttpServletResponse response) {
    model.addAttribute("documents", documents.of(id).orElse(List.of()));
    return page(announcements.of(id), "announcement", "concursuri/anunt", model, response);
  }

  @GetMapping("/{id}/rezultate")
  String results(@PathVariable long id, Model model, HttpServletResponse response) {
    return page(service.results(id), "results", "concursuri/rezultate", model, response);
  }

  /** {@code /concursuri/abc}: not a contest either. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String badId(HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return "concursuri/negasit";
  }

  private static String page(Optional<?> data, String name, String view, Model model,
      HttpServletResponse response) {
    if (data.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "concursuri/negasit";
    }
    model.addAttribute(name, data.get());
    return view;
  }
}
