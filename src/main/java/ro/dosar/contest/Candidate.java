package ro.dosar.contest;

import java.time.LocalDate;
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
    String selectionReason,
    LocalDate withdrawnOn) {

  /**
   * Admitted at selection and not withdrawn: a candidate who did not confirm in writing that he
   * takes part at the new dates of a suspended or postponed contest is out (§8.5.2(3)-(4)).
   */
  public boolean inTheRunning() {
    return "ADMIS".equals(selectionStatus) && withdrawnOn == null;
  }
}
