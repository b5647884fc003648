package ro.dosar.calendar;

import java.util.Locale;
import ro.dosar.domain.InvalidInputException;

/**
 * The countries whose labour law Dosar applies. Each has its own public holidays: Romania's
 * Codul muncii (Legea nr. 53/2003) art. 139 and the Republic of Moldova's Codul muncii
 * (Legea nr. 154/2003) art. 111.
 */
public enum Country {

  /** Romania. */
  RO("ro"),

  /** The Republic of Moldova. */
  MD("md");

  private final String jollydayCode;

  Country(String jollydayCode) {
    this.jollydayCode = jollydayCode;
  }

  /** The ISO 3166 code under which jollyday keeps this country's holidays. */
  String jollydayCode() {
    return jollydayCode;
  }

  /**
   * Reads a country code sent by a client, ignoring case and surrounding blanks.
   *
   * @throws InvalidInputException (field {@code country}) for anything but RO or MD
   */
  public static Country parse(String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (Country country : values()) {
      if (country.name().equals(code)) {
        return country;
      }
    }
    throw new InvalidInputException("country",
        "Țara „%s” nu este cunoscută; valori acceptate: RO, MD.".formatted(value));
  }
}
