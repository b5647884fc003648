package ro.dosar.contest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.RequestFields;

/**
 * The contest calendar for clients: before an announcement is published, HR enters the kind of
 * post, the publication date and the first-test date and sees every deadline up to the first test,
 * or why the law refuses the dates. The answer comes from {@link ContestTimelineService}, the same
 * code the contest process runs.
 *
 * <pre>
 * POST /api/contests/calendar
 * {"vacancyType":"VACANT","publicationDate":"2025-09-01","firstTestDate":"2025-09-23"}
 * </pre>
 *
 * <ul>
 *   <li>200: {@link TimelineDates}, dates as ISO strings ({@code yyyy-MM-dd});</li>
 *   <li>422 {@code application/problem+json}, type {@value #UNLAWFUL_TIMELINE}: the dates break the
 *       law; {@code detail} is the first violation's message, {@code violations} lists them all
 *       ({@code rule}, {@code message}), and the fields of {@link TimelineDates} are included so
 *       that the client can offer the lawful dates;</li>
 *   <li>400 {@code application/problem+json}: a field is missing or not valid; {@code field} names
 *       it ({@code vacancyType}, {@code publicationDate}, {@code firstTestDate}).</li>
 * </ul>
 *
 * <p>Fields are received as strings and read here rather than bound by Jackson, so that every bad
 * value is a 400 naming the field with a Romanian message, never a 500.
 */
@RestController
@RequestMapping("/api/contests")
public class ContestTimelineController {

  /** The problem type of a 422 answer. */
  static final String UNLAWFUL_TIMELINE = "urn:dosar:problem:unlawful-timeline";
  /** The years accepted, as for the calendar API. */

  private final ContestTimelineService timelines;

  public ContestTimelineController(ContestTimelineService timelines) {
    this.timelines = timelines;
  }

  /** The contest calendar for the dates in the body, or a 422 problem if they are unlawful. */
  @PostMapping("/calendar")
  public ResponseEntity<Object> calendar(@RequestBody TimelineRequest request) {
    VacancyType vacancyType = vacancyType(request.vacancyType());
    LocalDate publicationDate = RequestFields.isoDate("publicationDate", request.publicationDate());
    LocalDate firstTestDate = RequestFields.isoDate("firstTestDate", request.firstTestDate());

    ContestTimeline timeline = timelines.plan(vacancyType, publicationDate, firstTestDate);
    TimelineDates dates = TimelineDates.of(timeline);
    if (timeline.lawful()) {
      return ResponseEntity.ok(dates);
    }
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(unlawful(timeline.violations(), dates));
  }

  /** The 422 answer: the violations and, beside them, the dates the law gives. */
  private static ProblemDetail unlawful(List<TimelineViolation> violations, TimelineDates dates) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        violations.get(0).message());
    problem.setType(URI.create(UNLAWFUL_TIMELINE));
    problem.setTitle("Calendarul încalcă termenele legale");
    problem.setProperty("violations", violations);
    problem.setProperty("vacancyType", dates.vacancyType());
    problem.setProperty("publicationDate", dates.publicationDate());
    problem.setProperty("firstTestDate", dates.firstTestDate());
    problem.setProperty("submissionDeadline", dates.submissionDeadline());
    problem.setProperty("selectionDeadline", dates.selectionDeadline());
    problem.setProperty("selectionResultsDisplay", dates.selectionResultsDisplay());
    problem.setProperty("selectionContestationDeadline", dates.selectionContestationDeadline());
    problem.setProperty("selectionContestationResolution",
        dates.selectionContestationResolution());
    problem.setProperty("earliestFirstTestDate", dates.earliestFirstTestDate());
    return problem;
  }

  /** The body of the request; every field a string, read by the controller. */
  public record TimelineRequest(String vacancyType, String publicationDate, String firstTestDate) {
  }

  /**
   * The body of a 200 answer: the inputs and the computed dates of {@link ContestTimeline}, dates
   * as ISO strings. Each deadline closes at the calendar's closing time of its day (16:00 unless
   * configured otherwise), which is not repeated here.
   */
  public record TimelineDates(
      String vacancyType,
      String publicationDate,
      String firstTestDate,
      String submissionDeadline,
      String selectionDeadline,
      String selectionResultsDisplay,
      String selectionContestationDeadline,
      String selectionContestationResolution,
      String earliestFirstTestDate) {

    static TimelineDates of(ContestTimeline timeline) {
      return new TimelineDates(
          timeline.vacancyType().name(),
          timeline.publicationDate().toString(),
          timeline.firstTestDate().toString(),
          timeline.submissionDeadline().toString(),
          timeline.selectionDeadline().toString(),
          timeline.selectionResultsDisplay().toString(),
          timeline.selectionContestationDeadline().toString(),
          timeline.selectionContestationResolution().toString(),
          timeline.earliestFirstTestDate().toString());
    }
  }

  // ---- Reading fields ---------------------------------------------------------------------------


  /** VACANT or TEMPORARILY_VACANT, in any letter case. */
  private static VacancyType vacancyType(String value) {
    String text = RequestFields.required("vacancyType", value);
    try {
      return VacancyType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("vacancyType", ("Tipul postului „%s” nu este cunoscut; "
          + "folosiți VACANT (post vacant) sau TEMPORARILY_VACANT (post temporar vacant).")
          .formatted(text));
    }
  }

}
