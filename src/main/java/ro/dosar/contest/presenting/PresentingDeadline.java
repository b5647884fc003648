package ro.dosar.contest.presenting;

import java.time.LocalDate;

/**
 * The answer of {@link PresentingDeadlineService#deadline}: the day by which the winner must
 * present at the post, and what became of a request for a later date.
 *
 * @param deadline the last day to present at the post: {@code requestedStartDate} when the request
 *     is accepted, otherwise {@code standardDeadline}
 * @param requestAccepted null without a request; true when the request is lawful (filed in time,
 *     a later date within the cap); false when it is refused
 * @param reason null unless the request is refused: then, in Romanian, the rule broken and its
 *     limit date
 * @param standardDeadline the display plus 15 calendar days, moved to the next working day if so
 *     configured (spec OQ-25)
 * @param requestDeadline the last day to file a request: the 3rd working day after the display
 * @param latestStartDate the latest start date a request may ask for: the 20th (execution) or 45th
 *     (leadership) working day after the display
 */
public record PresentingDeadline(
    LocalDate deadline,
    Boolean requestAccepted,
    String reason,
    LocalDate standardDeadline,
    LocalDate requestDeadline,
    LocalDate latestStartDate) {
}
