package ro.dosar.contest.presenting;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;

/**
 * The deadline for presenting at the post after the contest (spec §18 EMP-01, EMP-02; §8 steps
 * 27, 28, 28'; procedure pct. 8.6 alin. (1), (2)). The REST API and the contest process call the
 * same method.
 *
 * <ul>
 *   <li>Standard (alin. (1)): at most 15 calendar days from the display of the result; a last day
 *       that is not a working day moves to the next working day (spec OQ-25, {@link
 *       PresentingProperties#presentingMovesToWorkingDay()}).</li>
 *   <li>Exception (alin. (2)): with a written request filed within 3 working days of the display,
 *       the winner may ask for a later date, at most 20 working days (execution post) or 45 working
 *       days (leadership post) from the display. A lawful request is "accepted" here; the Rector's
 *       approval is a step of the process, not of this calculation. A request filed late, or asking
 *       for a date past the cap, is refused and the standard deadline stands (spec EMP-02).</li>
 * </ul>
 *
 * <p>Interpretations: "the display" is that of the final results (spec OQ-26; for an offeree after
 * a no-show, pass the date the offer was communicated, OQ-24). Working days are counted with the
 * display as day 0 (spec §0.3), in the Romanian calendar. A requested date that is not later than
 * the standard deadline asks for nothing the law need grant: it is refused with that reason, and
 * the (later) standard deadline stands. A requested date that falls on a non-working day within the
 * cap is accepted as asked; the cap is not moved.
 */
@Service
@EnableConfigurationProperties(PresentingProperties.class)
public class PresentingDeadlineService {

  /** Pct. 8.6 alin. (1): "în termen de maximum 15 zile calendaristice de la data afișării". */
  public static final int STANDARD_CALENDAR_DAYS = 15;
  /** Pct. 8.6 alin. (2): the request is filed "în termen de 3 zile lucrătoare de la afișare". */
  public static final int REQUEST_WORKING_DAYS = 3;
  /** Pct. 8.6 alin. (2): at most 20 working days for an execution post. */
  public static final int EXECUTION_MAX_WORKING_DAYS = 20;
  /** Pct. 8.6 alin. (2): at most 45 working days for a leadership post. */
  public static final int LEADERSHIP_MAX_WORKING_DAYS = 45;

  private static final Country COUNTRY = Country.RO;
  private static final String STANDARD_APPLIES =
      "se aplică termenul standard de 15 zile calendaristice de la afișare (pct. 8.6 alin. (1)): %s.";

  private final WorkingDayCalendar calendar;
  private final PresentingProperties properties;

  public PresentingDeadlineService(WorkingDayCalendar calendar, PresentingProperties properties) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  /** The working days a later start date may be from the display, by the kind of post. */
  public static int maxWorkingDays(PostCategory postCategory) {
    return switch (Objects.requireNonNull(postCategory, "postCategory")) {
      case EXECUTION -> EXECUTION_MAX_WORKING_DAYS;
      case LEADERSHIP -> LEADERSHIP_MAX_WORKING_DAYS;
    };
  }

  /** The standard deadline: display + 15 calendar days, moved to a working day if configured. */
  public LocalDate standardDeadline(LocalDate resultsDisplayDate) {
    Objects.requireNonNull(resultsDisplayDate, "resultsDisplayDate");
    return calendar.addCalendarDays(resultsDisplayDate, STANDARD_CALENDAR_DAYS,
        properties.presentingMovesToWorkingDay(), COUNTRY);
  }

  /**
   * The presenting deadline.
   *
   * @param resultsDisplayDate the day the final results were displayed
   * @param postCategory execution or leadership post
   * @param requestDate the day the written request for a later date was filed, or null if none
   * @param requestedStartDate the later date asked for; null exactly when {@code requestDate} is
   * @throws IllegalArgumentException if only one of {@code requestDate} and {@code
   *     requestedStartDate} is given, or either is before {@code resultsDisplayDate}
   */
  public PresentingDeadline deadline(LocalDate resultsDisplayDate, PostCategory postCategory,
      LocalDate requestDate, LocalDate requestedStartDate) {
    Objects.requireNonNull(resultsDisplayDate, "resultsDisplayDate");
    Objects.requireNonNull(postCategory, "postCategory");
    if ((requestDate == null) != (requestedStartDate == null)) {
      throw new IllegalArgumentException(
          "requestDate and requestedStartDate go together: " + requestDate + ", "
              + requestedStartDate);
    }
    if (requestDate != null && requestDate.isBefore(resultsDisplayDate)) {
      throw new IllegalArgumentException("requestDate " + requestDate + " is before the display "
          + resultsDisplayDate);
    }
    if (requestedStartDate != null && requestedStartDate.isBefore(resultsDisplayDate)) {
      throw new IllegalArgumentException("requestedStartDate " + requestedStartDate
          + " is before the display " + resultsDisplayDate);
    }

    LocalDate standard = standardDeadline(resultsDisplayDate);
    LocalDate requestDeadline =
        calendar.addWorkingDays(resultsDisplayDate, REQUEST_WORKING_DAYS, COUNTRY);
    int maxWorkingDays = maxWorkingDays(postCategory);
    LocalDate latestStart = calendar.addWorkingDays(resultsDisplayDate, maxWorkingDays, COUNTRY);

    if (requestDate == null) {
      return new PresentingDeadline(standard, null, null, standard, requestDeadline, latestStart);
    }
    String refusal = null;
    if (requestDate.isAfter(requestDeadline)) {
      refusal = ("Cererea de amânare a prezentării la post a fost depusă la %s, după termenul de "
          + "3 zile lucrătoare de la afișarea rezultatului concursului (%s), prevăzut la pct. 8.6 "
          + "alin. (2); ").formatted(ro(requestDate), ro(requestDeadline));
    } else if (requestedStartDate.isAfter(latestStart)) {
      refusal = ("Data solicitată pentru prezentarea la post (%s) depășește %d de zile lucrătoare "
          + "de la afișarea rezultatului concursului pentru o funcție de %s (cel târziu %s), "
          + "limită prevăzută la pct. 8.6 alin. (2); ").formatted(ro(requestedStartDate),
          maxWorkingDays, postCategory == PostCategory.LEADERSHIP ? "conducere" : "execuție",
          ro(latestStart));
    } else if (!requestedStartDate.isAfter(standard)) {
      refusal = ("Data solicitată pentru prezentarea la post (%s) nu este ulterioară termenului "
          + "standard, deci nu este un termen ulterior în sensul pct. 8.6 alin. (2); ")
          .formatted(ro(requestedStartDate));
    }
    if (refusal != null) {
      return new PresentingDeadline(standard, false,
          refusal + STANDARD_APPLIES.formatted(ro(standard)), standard, requestDeadline,
          latestStart);
    }
    return new PresentingDeadline(requestedStartDate, true, null, standard, requestDeadline,
        latestStart);
  }

  private static String ro(LocalDate date) {
    return date.format(DisplayDates.DAY);
  }
}
