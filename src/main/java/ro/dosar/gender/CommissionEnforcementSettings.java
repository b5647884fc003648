package ro.dosar.gender;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strictly each institution treats a single-gender commission (spec §6.4.3, §12.1 item 8):
 * {@code dosar.equality.commission-enforcement.<INSTITUTION_CODE>=SOFT|HARD}. An institution
 * without a setting is {@link EnforcementMode#SOFT}, the plan's "as far as possible".
 *
 * @param commissionEnforcement the mode per institution code (the code in any case)
 */
@ConfigurationProperties("dosar.equality")
public record CommissionEnforcementSettings(Map<String, EnforcementMode> commissionEnforcement) {

  /** The mode of an institution without a setting. */
  public static final EnforcementMode DEFAULT = EnforcementMode.SOFT;

  public CommissionEnforcementSettings {
    // Environment variables arrive in lower case: institution codes are compared in upper case.
    Map<String, EnforcementMode> byCode = new TreeMap<>();
    if (commissionEnforcement != null) {
      commissionEnforcement.forEach((code, mode) -> {
        if (code != null && mode != null) {
          byCode.put(code.strip().toUpperCase(Locale.ROOT), mode);
        }
      });
    }
    commissionEnforcement = Map.copyOf(byCode);
  }

  /** The one answer to "which mode for institution X": its setting, else SOFT. */
  public EnforcementMode modeFor(String institutionCode) {
    if (institutionCode == null) {
      return DEFAULT;
    }
    return commissionEnforcement.getOrDefault(institutionCode.strip().toUpperCase(Locale.ROOT),
        DEFAULT);
  }
}
