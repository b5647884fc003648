package ro.dosar.contest;

import java.time.LocalDateTime;

/**
 * A candidate's registered file. {@code code} is the registration number: the only identifier
 * shown outside the commission's own records.
 */
public record Candidate(
    long code,
    long contestId,
    String fullName,
    String email,
    String channel,
    LocalDateTime submittedAt,
    String selectionStatus,
    String selectionReason) {
}
