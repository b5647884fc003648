package ro.dosar.contest.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commission's reason for rejecting a file (§8.2.1(4)), from the reasons of the members who
 * rejected it: each reason once, however many members gave it, in the order first given. The
 * reasons of each member, and the separate opinions, stay in the minutes (§8.2.1(5)).
 */
public final class RejectionReasons {

  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private RejectionReasons() {
  }

  /** The distinct reasons joined with "; "; {@code null} when there are none. */
  public static String ofCommission(List<String> memberReasons) {
    Map<String, String> distinct = new LinkedHashMap<>();
    for (String reason : memberReasons) {
      if (reason == null) {
        continue;
      }
      String text = reason.strip().replaceAll("\\s+", " ").replaceAll("[\\s;,]+$", "");
      String key = text.replaceAll("[\\s.]+$", "").toLowerCase(ROMANIAN);
      if (!key.isEmpty()) {
        // Said by the commission, it starts with a capital letter; the same reason with or
        // without a full stop, in other letter case or spacing is the same reason.
        distinct.putIfAbsent(key,
            text.substring(0, 1).toUpperCase(ROMANIAN) + text.substring(1));
      }
    }
    List<String> reasons = new ArrayList<>(distinct.values());
    for (int i = 0; i < reasons.size() - 1; i++) {
      reasons.set(i, reasons.get(i).replaceAll("[\\s.]+$", ""));
    }
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }
}
