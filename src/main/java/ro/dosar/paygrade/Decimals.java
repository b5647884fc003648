package ro.dosar.paygrade;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import ro.dosar.domain.InvalidInputException;

/**
 * Decimal numbers without floating point: scores such as 1.75 and counts such as 10.5 are read
 * from text straight into {@link BigDecimal}, and the decision engine's answers are turned back
 * into {@link BigDecimal}.
 *
 * <p>Camunda 7 has no decimal type: a decimal reaches the FEEL engine, and comes back from it, as
 * a {@code double}. That is exact for the values of these tables (multiples of 0.25, and counts
 * with at most two decimals compared with whole thresholds), which is why the services accept
 * nothing finer.
 */
public final class Decimals {

  /** A plain decimal: optional minus, up to 9 digits, optional fraction of up to 9 digits. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,9}([.,]\\d{1,9})?");

  private Decimals() {
  }

  /**
   * The exact value of a number the decision engine returned ({@code Integer}, {@code Long},
   * {@code Double} or {@code BigDecimal}), without trailing zeros: 9.5 for 9.50, 10 for 10.0.
   *
   * @throws IllegalStateException if the value is not a number
   */
  static BigDecimal exact(Object value) {
    if (value instanceof BigDecimal decimal) {
      return plain(decimal);
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double number && Double.isFinite(number)) {
      // Double.toString gives the shortest text that reads back as the same double: "9.5".
      return plain(new BigDecimal(number.toString()));
    }
    throw new IllegalStateException("A number was expected from the decision, not " + value);
  }

  /**
   * Reads a number sent by a client as text. The decimal separator may be a point or, as in the
   * law's tables, a comma ("1,75").
   *
   * @param field the request field, for the error
   * @return null if the text is null or blank
   * @throws InvalidInputException if the text is not a plain decimal number
   */
  static BigDecimal parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String number = text.strip();
    if (!PLAIN_DECIMAL.matcher(number).matches()) {
      throw new InvalidInputException(field,
          "Câmpul „%s” trebuie să fie un număr (de exemplu 1,75); s-a primit „%s”."
              .formatted(field, number));
    }
    return new BigDecimal(number.replace(',', '.'));
  }

  /** The number as Romanian text, with a decimal comma: "1,75". */
  public static String romanian(BigDecimal number) {
    return plain(number).toPlainString().replace('.', ',');
  }

  /** Without trailing zeros, and never in exponent form (10, not 1E+1). */
  public static BigDecimal plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
