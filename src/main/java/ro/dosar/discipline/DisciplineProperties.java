package ro.dosar.discipline;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The disciplinary commission of the institution (spec internal-regulation §4.3, DISC-13: 3
 * members and 3 alternates appointed by the Director; a president among the members; a secretary
 * who is not a member), as configuration: {@code dosar.discipline.*}.
 *
 * @param president   the president's user id (one of the members)
 * @param members     the full members' user ids, president included
 * @param alternates  the alternates, in the order they replace a member in conflict
 * @param secretary   the secretary's user id
 * @param maxReschedules how many times a hearing may be rescheduled because the employee reported
 *     an objective reason for not appearing (spec §4.6 step 6a, Q12; default 1)
 * @param knowledgeDatePolicy where a contractual case's knowledge date comes from (spec §4.6 step
 *     8(c)): {@code REPORT_REGISTRATION} (default: the date given in the referral, else the
 *     registration of the commission's report, ICCJ 16/2012) or {@code EXPLICIT} (the referral
 *     must give it)
 * @param institution the code of the institution whose commission this is, for the gender
 *     equality plan's enforcement mode ({@code dosar.equality.commission-enforcement.<code>});
 *     unset: the first institution of {@code dosar.institutions}
 * @param commissionGenderJustification the Director's reasons for a standing commission of a
 *     single gender (gender equality plan §6.4.3, SOFT mode); without it a case whose commission
 *     would be of a single gender is not registered
 */
@ConfigurationProperties("dosar.discipline")
public record DisciplineProperties(String president, List<String> members,
    List<String> alternates, String secretary, Integer maxReschedules,
    KnowledgeDatePolicy knowledgeDatePolicy, String institution,
    String commissionGenderJustification) {

  /** See {@link DisciplineProperties#knowledgeDatePolicy()}. */
  public enum KnowledgeDatePolicy { REPORT_REGISTRATION, EXPLICIT }

  public DisciplineProperties {
    members = members == null ? List.of() : List.copyOf(members);
    alternates = alternates == null ? List.of() : List.copyOf(alternates);
    maxReschedules = maxReschedules == null ? 1 : maxReschedules;
    if (maxReschedules < 0) {
      throw new IllegalArgumentException(
          "dosar.discipline.max-reschedules cannot be negative: " + maxReschedules);
    }
    knowledgeDatePolicy = knowledgeDatePolicy == null
        ? KnowledgeDatePolicy.REPORT_REGISTRATION : knowledgeDatePolicy;
    institution = institution == null || institution.isBlank() ? null : institution.strip();
    commissionGenderJustification = commissionGenderJustification == null
        || commissionGenderJustification.isBlank() ? null : commissionGenderJustification.strip();
  }
}
