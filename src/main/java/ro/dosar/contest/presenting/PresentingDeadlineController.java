package ro.dosar.contest.presenting;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.commission.PostCategory;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.RequestFields;

/**
 * The deadline for presenting at the post after the final results are displayed, with or without a
 * written request for a later date (spec §18 EMP-01, EMP-02; procedure pct. 8.6). The answer comes
 * from {@link PresentingDeadlineService}, the same code the contest process runs. Authenticated
 * like every {@code /api/**} path that is not public.
 *
 * <pre>
 * POST /api/contests/presenting-deadline
 * {"resultsDisplayDate":"2025-10-03","postCategory":"EXECUTION",
 *  "requestDate":"2025-10-08","requestedStartDate":"2025-10-31"}
 * → 200 {"deadline":"2025-10-31","requestAccepted":true,"reason":null}
 * </pre>
 *
 * <ul>
 *   <li>200: {@link PresentingDeadlineAnswer}. Without a request ({@code requestDate} and {@code
 *       requestedStartDate} null or absent): the standard deadline, {@code requestAccepted} and
 *       {@code reason} null. With a lawful request: {@code deadline} is the requested date, {@code
 *       requestAccepted} true. With a request filed late or asking for too late a date: the
 *       standard deadline, {@code requestAccepted} false, {@code reason} in Romanian naming the
 *       rule and its limit date.</li>
 *   <li>400 {@code application/problem+json}: a field is missing or not valid, one of {@code
 *       requestDate} and {@code requestedStartDate} is given without the other, or either is
 *       before {@code resultsDisplayDate}; {@code field} names it ({@code resultsDisplayDate},
 *       {@code postCategory}, {@code requestDate}, {@code requestedStartDate}).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/contests")
public class PresentingDeadlineController {


  private final PresentingDeadlineService presenting;

  public PresentingDeadlineController(PresentingDeadlineService presenting) {
    this.presenting = presenting;
  }

  /** The presenting deadline for the body. */
  @PostMapping("/presenting-deadline")
  public PresentingDeadlineAnswer deadline(@RequestBody PresentingDeadlineRequest request) {
    LocalDate display = RequestFields.isoDate("resultsDisplayDate", request.resultsDisplayDate());
    PostCategory postCategory = PostCategory.parse("postCategory", request.postCategory());
    LocalDate requestDate = optionalDate("requestDate", request.requestDate());
    LocalDate requestedStartDate = optionalDate("requestedStartDate", request.requestedStartDate());
    if (requestDate != null && requestedStartDate == null) {
      throw new InvalidRequestException("requestedStartDate", "Câmpul „requestedStartDate” este "
          + "obligatoriu când există o cerere de amânare a prezentării la post (requestDate).");
    }
    if (requestDate == null && requestedStartDate != null) {
      throw new InvalidRequestException("requestDate", "Câmpul „requestDate” (data depunerii "
          + "cererii scrise) este obligatoriu când se solicită o dată ulterioară de prezentare.");
    }
    if (requestDate != null && requestDate.isBefore(display)) {
      throw new InvalidRequestException("requestDate", ("Cererea nu poate fi depusă (%s) înainte "
          + "de afișarea rezultatului concursului (%s).").formatted(ro(requestDate), ro(display)));
    }
    if (requestedStartDate != null && requestedStartDate.isBefore(display)) {
      throw new InvalidRequestException("requestedStartDate", ("Data solicitată pentru prezentarea "
          + "la post (%s) este anterioară afișării rezultatului concursului (%s).")
          .formatted(ro(requestedStartDate), ro(display)));
    }
    PresentingDeadline deadline =
        presenting.deadline(display, postCategory, requestDate, requestedStartDate);
    return new PresentingDeadlineAnswer(deadline.deadline().toString(),
        deadline.requestAccepted(), deadline.reason());
  }

  /** The body of the request; every field a string, read by the controller. */
  public record PresentingDeadlineRequest(String resultsDisplayDate, String postCategory,
      String requestDate, String requestedStartDate) {
  }

  /** The body of a 200 answer; the date as an ISO string, null fields written as null. */
  public record PresentingDeadlineAnswer(String deadline, Boolean requestAccepted, String reason) {
  }

  private static String ro(LocalDate date) {
    return date.format(DisplayDates.DAY);
  }

  /** Null or blank → null; otherwise as {@link #date}. */
  private static LocalDate optionalDate(String field, String value) {
    return value == null || value.isBlank() ? null : RequestFields.isoDate(field, value);
  }

}
