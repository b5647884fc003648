package ro.dosar.contest.changes;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.RequestFields;

/**
 * Whether a test whose date cannot be kept may be postponed to a new date or the procedure must
 * restart (spec §16.2, procedure pct. 8.5.2 alin. (1)). The answer comes from {@link
 * PostponementService}, the same code the contest process runs. Authenticated like every {@code
 * /api/**} path that is not public.
 *
 * <pre>
 * POST /api/contests/postponement-check
 * {"originalDate":"2025-09-23","newDate":"2025-10-14"}
 * → 200 {"decision":"POSTPONE","latestPostponedDate":"2025-10-14"}
 * </pre>
 *
 * <ul>
 *   <li>200: {@link PostponementAnswer}; {@code decision} is {@code POSTPONE} when {@code newDate}
 *       is at most {@code latestPostponedDate} (15 working days after {@code originalDate}),
 *       otherwise {@code RESTART};</li>
 *   <li>400 {@code application/problem+json}: a field is missing or not a valid date, or {@code
 *       newDate} is before {@code originalDate} (not a postponement); {@code field} names it
 *       ({@code originalDate}, {@code newDate}).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/contests")
public class PostponementController {


  private final PostponementService postponements;

  public PostponementController(PostponementService postponements) {
    this.postponements = postponements;
  }

  /** Postpone or restart, for the dates in the body. */
  @PostMapping("/postponement-check")
  public PostponementAnswer check(@RequestBody PostponementRequest request) {
    LocalDate originalDate = RequestFields.isoDate("originalDate", request.originalDate());
    LocalDate newDate = RequestFields.isoDate("newDate", request.newDate());
    if (newDate.isBefore(originalDate)) {
      throw new InvalidRequestException("newDate", ("Noua dată (%s) este anterioară datei inițiale "
          + "(%s); amânarea (pct. 8.5.2) mută concursul doar la o dată ulterioară.")
          .formatted(newDate.format(DisplayDates.DAY), originalDate.format(DisplayDates.DAY)));
    }
    PostponementCheck check = postponements.check(originalDate, newDate);
    return new PostponementAnswer(check.decision().name(),
        check.latestPostponedDate().toString());
  }

  /** The body of the request; every field a string, read by the controller. */
  public record PostponementRequest(String originalDate, String newDate) {
  }

  /** The body of a 200 answer; the date as an ISO string. */
  public record PostponementAnswer(String decision, String latestPostponedDate) {
  }

}
