package ro.dosar.equality.complaint;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dosar.equality.complaints.*}: the deadlines of the complaint procedure. The plan gives
 * none (spec §6.7 step 11, §12.2 item 10): they come from the institution's anti-harassment
 * regulation, so they have no default, and while one is unset no complaint process starts.
 *
 * @param acknowledgementWorkingDays working days from receipt to the acknowledgement
 * @param investigationWorkingDays working days from triage to the investigation's conclusion
 * @param escalationWorkingDays working days after a missed acknowledgement or investigation
 *     deadline at which the case is escalated to the Director General (0 = at once)
 * @param alternateBodyGroup the Camunda group that investigates a complaint concerning the
 *     Director General (DMN-8 rule 3); unset = such a complaint cannot be routed
 * @param publicRequestsPerHour submissions and wrong follow-up tokens accepted from one network
 *     address in an hour
 */
@ConfigurationProperties("dosar.equality.complaints")
public record ComplaintSettings(Integer acknowledgementWorkingDays,
    Integer investigationWorkingDays, Integer escalationWorkingDays, String alternateBodyGroup,
    Integer publicRequestsPerHour) {

  static final String PREFIX = "dosar.equality.complaints.";

  /** The names of the deadline settings that are unset or invalid. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (acknowledgementWorkingDays == null || acknowledgementWorkingDays < 1) {
      missing.add(PREFIX + "acknowledgement-working-days");
    }
    if (investigationWorkingDays == null || investigationWorkingDays < 1) {
      missing.add(PREFIX + "investigation-working-days");
    }
    if (escalationWorkingDays == null || escalationWorkingDays < 0) {
      missing.add(PREFIX + "escalation-working-days");
    }
    return missing;
  }

  /** The Romanian refusal while a deadline is unset; null when all are set. */
  public String refusal() {
    List<String> missing = missing();
    return missing.isEmpty() ? null : "Procedura plângerilor de hărțuire și discriminare nu "
        + "poate porni: termenele nu sunt stabilite. Regulamentul intern împotriva hărțuirii "
        + "trebuie să le dea, iar administratorul să le configureze (" + String.join(", ", missing)
        + ").";
  }

  int perHour() {
    return publicRequestsPerHour == null ? 20 : publicRequestsPerHour;
  }
}
