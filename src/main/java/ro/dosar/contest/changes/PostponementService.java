package ro.dosar.contest.changes;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.WorkingDayCalendar;

/**
 * Postponement or restart of a contest whose date and hour cannot be kept (spec §16.2 PST-01,
 * procedure pct. 8.5.2 alin. (1)): a postponement may last at most 15 working days; when the new
 * date is later, the organisation and conduct procedure restarts. The REST API and the contest
 * process call the same method.
 *
 * <p>Interpretations: the 15 working days are counted from the date originally scheduled for the
 * test being postponed, whichever test it is (spec OQ-44), with that date as day 0 (spec §0.3).
 * Working days are Romanian ones (HG 1336/2022 is Romanian law). A new date on the original date
 * itself (only the hour moves) is a postponement of 0 working days. A new date before the original
 * one is not a postponement at all: it is refused ({@link IllegalArgumentException} here, 400 in
 * {@link PostponementController}); bringing a test forward would shorten the terms the
 * announcement gave the candidates and needs a new announcement.
 */
@Service
public class PostponementService {

  /** Pct. 8.5.2 alin. (1) lit. a): "pentru o perioadă de maximum 15 zile lucrătoare". */
  public static final int MAX_POSTPONEMENT_WORKING_DAYS = 15;

  private static final Country COUNTRY = Country.RO;

  private final WorkingDayCalendar calendar;

  public PostponementService(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The last date a test scheduled on {@code originalDate} may be postponed to. */
  public LocalDate latestPostponedDate(LocalDate originalDate) {
    Objects.requireNonNull(originalDate, "originalDate");
    return calendar.addWorkingDays(originalDate, MAX_POSTPONEMENT_WORKING_DAYS, COUNTRY);
  }

  /**
   * Postpone or restart, for a test scheduled on {@code originalDate} that would now be held on
   * {@code newDate}.
   *
   * @throws IllegalArgumentException if {@code newDate} is before {@code originalDate}
   */
  public PostponementCheck check(LocalDate originalDate, LocalDate newDate) {
    Objects.requireNonNull(originalDate, "originalDate");
    Objects.requireNonNull(newDate, "newDate");
    if (newDate.isBefore(originalDate)) {
      throw new IllegalArgumentException("newDate " + newDate
          + " is before originalDate " + originalDate + ": not a postponement");
    }
    LocalDate latest = latestPostponedDate(originalDate);
    PostponementDecision decision = newDate.isAfter(latest)
        ? PostponementDecision.RESTART : PostponementDecision.POSTPONE;
    return new PostponementCheck(originalDate, newDate, decision, latest,
        calendar.workingDaysBetween(originalDate, newDate, COUNTRY));
  }
}
