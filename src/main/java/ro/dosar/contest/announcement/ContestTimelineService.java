package ro.dosar.contest.announcement;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.CalendarProperties;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.ContestDeadlineRules;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.VacancyType;

/**
 * Plans a contest's calendar from the publication of the announcement to the first test, and
 * checks the first-test date against the law (spec §6.1 PUB-01 and §8, steps 4–11). The REST API
 * and the contest process call the same methods, so a date accepted by one is accepted by the
 * other.
 *
 * <p>Counting (spec §0.3): a term of n working days from day d ends on the n-th working day after
 * d; d itself is day 0 and never counts. Working days are those of the Romanian calendar (the
 * procedure applies HG 1336/2022, a Romanian law), whatever the institution. The numbers that
 * differ between a vacant and a temporarily vacant post come from the decision {@code
 * contestDeadlines} through {@link ContestDeadlineRules}; the terms of one working day are the
 * same for both and are written here.
 *
 * <p>Hour: every deadline day closes at the calendar's closing time ({@code
 * dosar.calendar.closing-time}, default 16:00, Europe/Bucharest; spec OQ-03, OQ-28); see {@link
 * #closesAt}. The file-submission hour printed in the announcement (§8.1.3(2)(f)) should be the
 * same.
 */
@Service
public class ContestTimelineService {

  /** Displaying the selection results: within 1 working day (§8.2.1(4)). */
  static final int SELECTION_DISPLAY_WORKING_DAYS = 1;
  /** Filing a contestation: within at most 1 working day from the display (§8.5C(1)). */
  static final int CONTESTATION_WORKING_DAYS = 1;
  /** Deciding contestations against the selection: within 1 working day (§8.5C(2)). */
  static final int CONTESTATION_RESOLUTION_WORKING_DAYS = 1;

  /** The law is Romanian, so are its working days. */
  private static final Country COUNTRY = Country.RO;

  private final WorkingDayCalendar calendar;
  private final ContestDeadlineRules rules;
  private final CalendarProperties calendarProperties;
  private final LeadTimeCounting counting;

  public ContestTimelineService(WorkingDayCalendar calendar, ContestDeadlineRules rules,
      CalendarProperties calendarProperties, ContestProperties contestProperties) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.calendarProperties = Objects.requireNonNull(calendarProperties, "calendarProperties");
    this.counting = contestProperties.leadTimeCounting();
  }

  /** How "at least N working days before" is counted here ({@code dosar.contest.lead-time-counting}). */
  public LeadTimeCounting counting() {
    return counting;
  }

  /**
   * The latest lawful dates of file submission, selection, display of its results and
   * contestations against it, the earliest lawful date of the first test, and what is wrong with
   * {@code firstTestDate}. Never throws for unlawful dates: they are reported in {@link
   * ContestTimeline#violations()}.
   *
   * @param vacancyType the kind of post
   * @param publicationDate the day the announcement is published at the institution and on its
   *     website (§8.1.3(1)); the submission term runs from its display (§8.2.1(1)), taken to be
   *     the same day
   * @param firstTestDate the date set for the first test after file selection (spec §6.1,
   *     [Interpretation]: file selection is a stage, not a test)
   * @throws IllegalStateException if the decision {@code contestDeadlines} gives no answer
   */
  public ContestTimeline plan(VacancyType vacancyType, LocalDate publicationDate,
      LocalDate firstTestDate) {
    Objects.requireNonNull(vacancyType, "vacancyType");
    Objects.requireNonNull(publicationDate, "publicationDate");
    Objects.requireNonNull(firstTestDate, "firstTestDate");
    ContestDeadlineRules.Deadlines deadlines = rules.forVacancy(vacancyType);

    // §8.2.1(1): files are submitted within 10 / 5 WD from the display of the announcement.
    LocalDate submissionDeadline =
        addWorkingDays(publicationDate, deadlines.submissionWorkingDays());
    // §8.2.1(2): the commission selects them within 2 / 1 WD from the end of submission.
    LocalDate selectionDeadline =
        addWorkingDays(submissionDeadline, deadlines.selectionWorkingDays());
    // §8.2.1(4): results displayed within 1 WD. The text counts from "the term in para. (1)",
    // the submission term, which would leave a vacant post's display before its selection ends;
    // counted from the selection term instead (spec OQ-01).
    LocalDate selectionResultsDisplay =
        addWorkingDays(selectionDeadline, SELECTION_DISPLAY_WORKING_DAYS);
    // §8.5C(1): contestations within at most 1 WD from the display, on pain of forfeiture.
    LocalDate selectionContestationDeadline =
        addWorkingDays(selectionResultsDisplay, CONTESTATION_WORKING_DAYS);
    // §8.5C(2),(7): the contestation commission decides within 1 WD from the end of the
    // contestation term, counted from that term even when nobody contests (spec OQ-44b), and
    // displays its results immediately.
    LocalDate selectionContestationResolution =
        addWorkingDays(selectionContestationDeadline, CONTESTATION_RESOLUTION_WORKING_DAYS);
    // §8.1.3(1): published at least 15 / 10 WD before the first test, counted as the setting
    // says (spec OQ-02): BOTH_EXCLUDED leaves N full working days between the two days.
    int lead = deadlines.publicationLeadWorkingDays();
    LocalDate earliestFirstTestDate =
        addWorkingDays(publicationDate, counting.workingDaysToEarliest(lead));
    LocalDate looseEarliest = addWorkingDays(publicationDate, lead);

    List<TimelineViolation> violations = new ArrayList<>();
    List<TimelineViolation> warnings = new ArrayList<>();
    if (firstTestDate.isBefore(publicationDate)) {
      violations.add(new TimelineViolation(TimelineViolation.TEST_AFTER_PUBLICATION,
          ("Data primei probe (%s) este anterioară datei publicării anunțului (%s). Anunțul "
              + "trebuie publicat înaintea probelor, ale căror date le cuprinde "
              + "(PO.UVT-DRU-01, subcap. 8.1.3 alin. (1) și alin. (2) lit. d)).")
              .formatted(format(firstTestDate), format(publicationDate))));
    }
    if (firstTestDate.isBefore(earliestFirstTestDate)) {
      String message = ("Prima probă nu poate avea loc la %s: pentru un %s, anunțul publicat la %s "
          + "trebuie să preceadă prima probă cu cel puțin %d zile lucrătoare (PO.UVT-DRU-01, "
          + "subcap. 8.1.3 alin. (1)). Cea mai devreme dată legală pentru prima probă este %s.")
          .formatted(format(firstTestDate), vacancyType.label(), format(publicationDate), lead,
              format(earliestFirstTestDate));
      if (!firstTestDate.isBefore(looseEarliest)) {
        message += (" Data %s respectă termenul numai dacă ziua probei se numără între cele %d "
            + "zile; Dosar numără zile lucrătoare întregi între publicare și probă (nici ziua "
            + "publicării, nici ziua probei), ca exemplul publicat în Monitorul Oficial pentru "
            + "aceeași formulare (HG nr. 286/2011, art. 7), pentru a nu expune concursul "
            + "anulării (§8.1.3 alin. (6)).").formatted(format(firstTestDate), lead);
      }
      violations.add(new TimelineViolation(TimelineViolation.PUBLICATION_LEAD, message));
    } else if (firstTestDate.isBefore(addWorkingDays(publicationDate, lead + 1))) {
      warnings.add(new TimelineViolation(TimelineViolation.PUBLICATION_LEAD,
          ("Prima probă la %s respectă termenul de %d zile lucrătoare numai dacă ziua probei se "
              + "numără (setarea TEST_DAY_COUNTED). Citirea strictă (nici ziua publicării, nici "
              + "ziua probei, ca în exemplul din Monitorul Oficial pentru HG nr. 286/2011, "
              + "art. 7) cere cel mai devreme %s; o publicare mai timpurie cu o zi evită riscul "
              + "anulării (§8.1.3 alin. (6)).").formatted(format(firstTestDate), lead,
              format(addWorkingDays(publicationDate, lead + 1)))));
    }
    // Same day is allowed: the commission may decide early that day, and the worked examples of
    // spec §8 (15 WD = 10 + 2 + 1 + 1 + 1 for a vacant post) put both on the same day.
    if (firstTestDate.isBefore(selectionContestationResolution)) {
      violations.add(new TimelineViolation(TimelineViolation.SELECTION_BEFORE_TEST,
          ("Prima probă nu poate avea loc la %s, înainte de soluționarea contestațiilor la "
              + "selecția dosarelor, al cărei termen este %s: la prima probă se pot prezenta "
              + "numai candidații declarați admiși la selecția dosarelor (PO.UVT-DRU-01, "
              + "subcap. 8.2 alin. (2) și subcap. 8.5 „Soluționarea contestațiilor” alin. (2)).")
              .formatted(format(firstTestDate), format(selectionContestationResolution))));
    }

    return new ContestTimeline(vacancyType, publicationDate, firstTestDate, submissionDeadline,
        selectionDeadline, selectionResultsDisplay, selectionContestationDeadline,
        selectionContestationResolution, earliestFirstTestDate, violations, warnings);
  }

  /**
   * {@link #plan}, for callers that must not go on with unlawful dates (a process step that
   * publishes the announcement, for instance).
   *
   * @return the timeline, which is lawful
   * @throws TimelineViolationException if the dates break a rule; it carries the timeline
   */
  public ContestTimeline requireLawful(VacancyType vacancyType, LocalDate publicationDate,
      LocalDate firstTestDate) {
    ContestTimeline timeline = plan(vacancyType, publicationDate, firstTestDate);
    if (!timeline.lawful()) {
      throw new TimelineViolationException(timeline);
    }
    return timeline;
  }

  /**
   * The instant a deadline day of the timeline closes: that day at the calendar's closing time
   * ({@code dosar.calendar.closing-time}, default 16:00) in its zone (default Europe/Bucharest).
   * Use it for due dates and timers; {@code Date.from(closesAt(day).toInstant())} for the engine.
   */
  public ZonedDateTime closesAt(LocalDate deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return deadline.atTime(closingTime()).atZone(calendarProperties.zone());
  }

  /** The hour at which every deadline day closes ({@code dosar.calendar.closing-time}). */
  public LocalTime closingTime() {
    return calendarProperties.closingTime();
  }

  /** The numbers of working days that differ by the kind of post (decision contestDeadlines). */
  public ContestDeadlineRules.Deadlines deadlines(VacancyType vacancyType) {
    return rules.forVacancy(vacancyType);
  }

  /** {@code addWD(from, n)} on the contest's (Romanian) calendar (spec §0.3). */
  public LocalDate addWorkingDays(LocalDate from, int workingDays) {
    return calendar.addWorkingDays(from, workingDays, COUNTRY);
  }

  private static String format(LocalDate date) {
    return DisplayDates.DAY.format(date);
  }
}
