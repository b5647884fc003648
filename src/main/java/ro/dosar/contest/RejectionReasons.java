package ro.dosar.contest;

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
final class RejectionReasons {

  private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

  private RejectionReasons() {
  }

  /** The distinct reasons joined with "; "; {@code null} when there are none. */
  static String ofCommission(List<String> memberReasons) {
    Map<String, String> distinct = new LinkedHashMap<>();
    for (String reason : memberReasons) {
      if (reason == null) {
        continue;
      }
      String text = reason.strip().replaceAll("\\s+", " ").replaceAll("[\\s.;,]+$", "");
      if (!text.isEmpty()) {
        // Said by the commission, it starts with a capital letter.
        distinct.putIfAbsent(text.toLowerCase(ROMANIAN),
            text.substring(0, 1).toUpperCase(ROMANIAN) + text.substring(1));
      }
    }
    return distinct.isEmpty() ? null : String.join("; ", new ArrayList<>(distinct.values()));
  }
}
