package ro.dosar.contest.announcement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.web.RateLimits;

/**
 * {@code /concursuri/verificare-calendar}: a public Romanian page (no login) where anyone — an HR
 * officer of any institution, a candidate, a journalist — enters a contest's dates and sees each
 * rule they break with its legal basis, or "calendar conform". The same check as {@code POST
 * /api/contests/calendar}; nothing is stored; requests are limited per network address.
 */
@Controller
@RequestMapping("/concursuri/verificare-calendar")
class CalendarCheckPageController {

  private static final String[] TEST_TYPES = {"WRITTEN", "PRACTICAL", "INTERVIEW"};
  private static final String[] TEST_PARAMS = {"scrisa", "practica", "interviu"};

  /** The form's labels of the API's fields, for error messages. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("vacancyType", "Tipul postului"),
      Map.entry("publicationDate", "Data publicării anunțului"),
      Map.entry("submission.from", "Începutul depunerii dosarelor"),
      Map.entry("submission.to", "Sfârșitul depunerii dosarelor"),
      Map.entry("submission.closingTime", "Ora-limită de depunere"),
      Map.entry("selectionDate", "Data selecției dosarelor"),
      Map.entry("selectionResultsDate", "Data afișării rezultatelor selecției"),
      Map.entry("proba.date", "Data unei probe"),
      Map.entry("proba.time", "Ora unei probe"),
      Map.entry("tests", "Probele"),
      Map.entry("finalResultsDate", "Data afișării rezultatelor finale"));

  private final ContestCalendarCheck check;
  private final RateLimits limits;
  private final int perHour;

  CalendarCheckPageController(ContestCalendarCheck check, RateLimits limits,
      @Value("${dosar.contest.calendar-check-per-address-per-hour:120}") int perHour) {
    this.check = check;
    // Counted in the database: the limit holds whichever node of a cluster serves the page.
    this.limits = limits;
    this.perHour = perHour;
  }

  @GetMapping
  String page(@RequestParam Map<String, String> params, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("p", params);
    if (blank(params.get("publicare"))) {
      return "concursuri/verificare-calendar";
    }
    if (!limits.allow("calendar-check", request.getRemoteAddr(), perHour,
        Duration.ofHours(1))) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("error", "Ați trimis prea multe verificări într-o oră. Reîncercați mai "
          + "târziu.");
      return "concursuri/verificare-calendar";
    }
    try {
      ContestTimelineController.CalendarRequest calendar =
          ContestTimelineController.CalendarRequest.read(body(params));
      ContestCalendarCheck.Result result = check.check(calendar.proposal());
      model.addAttribute("result", result);
      model.addAttribute("counting", check.counting().name());
      model.addAttribute("latestInterview", day(result.latestInterviewDate()));
      model.addAttribute("latestFinal", day(result.latestFinalResultsDate()));
      model.addAttribute("closingTime", calendar.closingTime() != null ? calendar.closingTime()
          : check.closingTime());
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", LABELS.getOrDefault(e.getField()
          .replaceAll("^tests\\[\\d]\\.", "proba."), "Datele") + ": " + e.getMessage());
    }
    return "concursuri/verificare-calendar";
  }

  /** The form's fields as the JSON body of the API, so that both read them the same way. */
  private static ObjectNode body(Map<String, String> params) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode body = json.objectNode();
    body.put("vacancyType", params.getOrDefault("tip", "VACANT"));
    body.put("publicationDate", params.get("publicare"));
    ObjectNode submission = json.objectNode();
    putIfPresent(submission, "from", params.get("depunereDe"));
    putIfPresent(submission, "to", params.get("depunerePana"));
    putIfPresent(submission, "closingTime", params.get("depunereOra"));
    if (!submission.isEmpty()) {
      body.set("submission", submission);
    }
    putIfPresent(body, "selectionDate", params.get("selectie"));
    putIfPresent(body, "selectionResultsDate", params.get("rezultateSelectie"));
    ArrayNode tests = json.arrayNode();
    for (int i = 0; i < TEST_TYPES.length; i++) {
      String date = params.get(TEST_PARAMS[i]);
      if (!blank(date)) {
        ObjectNode test = tests.addObject();
        test.put("type", TEST_TYPES[i]);
        test.put("date", date);
        putIfPresent(test, "time", params.get(TEST_PARAMS[i] + "Ora"));
      }
    }
    body.set("tests", tests);
    putIfPresent(body, "finalResultsDate", params.get("rezultateFinale"));
    return body;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (!blank(value)) {
      node.put(field, value.strip());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** For the template: an ISO date as dd.MM.yyyy. */
  static String day(String iso) {
    return iso == null ? "" : LocalDate.parse(iso).format(DisplayDates.DAY);
  }
}
