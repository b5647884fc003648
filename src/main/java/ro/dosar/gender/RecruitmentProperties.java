package ro.dosar.gender;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * {@code dosar.equality.*}: the settings of the plan's recruitment measures (spec §6.4, §8.2
 * DMN-6). Other parts of the plan bind their own settings under the same prefix.
 *
 * @param recruitmentPolicyFrom the day the equal-opportunity recruitment policy is in force
 *     ({@code yyyy-MM-dd}); unset = not in force, so an incomplete announcement only warns
 * @param announcementMode WARN or BLOCK (default) once the policy is in force
 * @param encouragementEquivalents the wordings HR approved as equivalent to the model formula
 *     „încurajăm atât femeile, cât și bărbații să candideze” (which is always accepted)
 */
@ConfigurationProperties("dosar.equality")
public record RecruitmentProperties(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recruitmentPolicyFrom,
    AnnouncementMode announcementMode, List<String> encouragementEquivalents) {

  public RecruitmentProperties {
    announcementMode = announcementMode == null ? AnnouncementMode.BLOCK : announcementMode;
    encouragementEquivalents = encouragementEquivalents == null ? List.of()
        : List.copyOf(encouragementEquivalents);
  }

  /** Whether the recruitment policy is in force on {@code day}. */
  public boolean policyInForce(LocalDate day) {
    return recruitmentPolicyFrom != null && !day.isBefore(recruitmentPolicyFrom);
  }
}
