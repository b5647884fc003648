package ro.dosar.gender;

import java.util.Locale;
import java.util.Optional;

/**
 * A candidate's gender as the candidate declares it on the application (spec §6.4.4): female,
 * male, or not declared. Kept for the HR statistics only; never shown to the commission nor
 * in public (§6.4.5). {@link #UNKNOWN} is excluded from the female/male shares (§7 rule 5).
 */
public enum DeclaredGender {
  FEMALE,
  MALE,
  UNKNOWN;

  /** The Romanian message for a value that is none of the three. */
  public static final String INVALID_MESSAGE = "Genul declarat trebuie să fie „feminin” (FEMALE),"
      + " „masculin” (MALE) sau „nedeclarat” (UNKNOWN).";

  /**
   * The declared gender from a form or request value: {@code FEMALE}/{@code F}, {@code
   * MALE}/{@code M}, {@code UNKNOWN}, in any case; nothing (absent, blank) means not declared.
   *
   * @return empty for any other value
   */
  public static Optional<DeclaredGender> parse(Object value) {
    if (value == null || value.toString().isBlank()) {
      return Optional.of(UNKNOWN);
    }
    return switch (value.toString().strip().toUpperCase(Locale.ROOT)) {
      case "FEMALE", "F" -> Optional.of(FEMALE);
      case "MALE", "M" -> Optional.of(MALE);
      case "UNKNOWN" -> Optional.of(UNKNOWN);
      default -> Optional.empty();
    };
  }
}
