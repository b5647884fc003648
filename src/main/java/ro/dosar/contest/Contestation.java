package ro.dosar.contest;

import java.time.LocalDateTime;

/** A candidate's contestation of his own result at one stage (spec §15, CON-01). */
public record Contestation(
    long id,
    long contestId,
    long candidateCode,
    String stage,
    String registrationNumber,
    LocalDateTime filedAt,
    String grounds,
    String outcome) {
}
