package ro.dosar.contest.announcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import ro.dosar.contest.VacancyType;

/**
 * The first part of a contest's calendar, from the announcement to the first test, as the law
 * fixes it for a publication date (spec §8, steps 4–11), and what is wrong with the chosen
 * first-test date. Computed by {@link ContestTimelineService#plan}.
 *
 * <p>Every deadline is the <em>last</em> day allowed (a commission may act earlier) and closes at
 * the calendar's closing time of that day, {@code dosar.calendar.closing-time}, 16:00 unless
 * configured otherwise (spec §0.3, OQ-03, OQ-28); {@link ContestTimelineService#closesAt} gives
 * that instant. {@link #earliestFirstTestDate} is the opposite: the first day allowed.
 *
 * @param vacancyType the kind of post
 * @param publicationDate the day the announcement is published and displayed (day 0 of every
 *     term below)
 * @param firstTestDate the date chosen for the first test after file selection (the written or
 *     the practical test)
 * @param submissionDeadline last day for submitting files: 10 / 5 working days from publication
 *     (PO.UVT-DRU-01 §8.2.1(1))
 * @param selectionDeadline last day for the commission's file selection: 2 / 1 working days from
 *     the submission deadline (§8.2.1(2))
 * @param selectionResultsDisplay last day for displaying the selection results: 1 working day from
 *     the selection deadline (§8.2.1(4), read as in spec OQ-01)
 * @param selectionContestationDeadline last day for contesting the selection results: 1 working
 *     day from their display (§8.5C(1))
 * @param selectionContestationResolution last day for the contestation commission to decide, its
 *     results displayed at once: 1 working day from the contestation deadline (§8.5C(2),(7))
 * @param earliestFirstTestDate the first day on which the first test may be held: 15 / 10 working
 *     days after publication (§8.1.3(1), counted as the setting {@code
 *     dosar.contest.lead-time-counting} says, spec OQ-02: 16 / 11 under the default)
 * @param violations what is wrong with {@code firstTestDate}, in a fixed order; empty when lawful
 * @param warnings what is lawful only under the looser counting setting (spec OQ-02)
 */
public record ContestTimeline(
    VacancyType vacancyType,
    LocalDate publicationDate,
    LocalDate firstTestDate,
    LocalDate submissionDeadline,
    LocalDate selectionDeadline,
    LocalDate selectionResultsDisplay,
    LocalDate selectionContestationDeadline,
    LocalDate selectionContestationResolution,
    LocalDate earliestFirstTestDate,
    List<TimelineViolation> violations,
    List<TimelineViolation> warnings) {

  public ContestTimeline {
    Objects.requireNonNull(vacancyType, "vacancyType");
    Objects.requireNonNull(publicationDate, "publicationDate");
    Objects.requireNonNull(firstTestDate, "firstTestDate");
    Objects.requireNonNull(submissionDeadline, "submissionDeadline");
    Objects.requireNonNull(selectionDeadline, "selectionDeadline");
    Objects.requireNonNull(selectionResultsDisplay, "selectionResultsDisplay");
    Objects.requireNonNull(selectionContestationDeadline, "selectionContestationDeadline");
    Objects.requireNonNull(selectionContestationResolution, "selectionContestationResolution");
    Objects.requireNonNull(earliestFirstTestDate, "earliestFirstTestDate");
    violations = List.copyOf(violations);
    warnings = List.copyOf(warnings);
  }

  /** Whether the dates keep every rule checked: no violations. */
  public boolean lawful() {
    return violations.isEmpty();
  }
}
