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

  /** Filed after the deadline: the right was forfeited ("decăzut din drept", §8.5C(1)). */
  public static final String FORFEITED = "FORFEITED";

  public boolean forfeited() {
    return FORFEITED.equals(outcome);
  }
}
