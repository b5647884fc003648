package ro.dosar.contest.changes;

import java.time.LocalDate;

/**
 * The answer of {@link PostponementService#check}: the decision for a proposed new date of a test.
 *
 * @param originalDate the date originally scheduled for the test being postponed
 * @param newDate the proposed new date
 * @param decision {@link PostponementDecision#POSTPONE} when {@code newDate} is at most {@code
 *     latestPostponedDate}, otherwise {@link PostponementDecision#RESTART}
 * @param latestPostponedDate the 15th working day after {@code originalDate}
 * @param workingDays the working days from {@code originalDate} (day 0) to {@code newDate}
 */
public record PostponementCheck(
    LocalDate originalDate,
    LocalDate newDate,
    PostponementDecision decision,
    LocalDate latestPostponedDate,
    int workingDays) {
}
