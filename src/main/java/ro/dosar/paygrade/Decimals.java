package ro.dosar.paygrade;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import ro.dosar.domain.InvalidInputException;

/**
 * Decimal numbers without floating point: scores such as 1.75 and counts such as 10.5 are read
 * from text straight into {@link BigDecimal}, and cross into a decision table as integers.
 *
 * <p>Camunda 7 has no decimal type: a decimal would reach the FEEL engine, and come back from it,
 * as a {@code double}. So the tables take and give points in hundredths ({@link #hundredths},
 * {@link #fromHundredths}: 1.75 is 175), and counts with decimals the same way; the services
 * accept nothing finer than a hundredth.
 */
public final class Decimals {

  /** A plain decimal: optional minus, up to 9 digits, optional fraction of up to 9 digits. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,9}([.,]\\d{1,9})?");

  private Decimals() {
  }

  /**
   * The exact value of a whole number the decision engine returned ({@code Integer}, {@code
   * Long} or a whole {@code BigDecimal}): the tables answer no fractions.
   *
   * @throws IllegalStateException if the value is not a whole number
   */
  static BigDecimal exact(Object value) {
    if (value instanceof BigDecimal decimal && plain(decimal).scale() == 0) {
      return plain(decimal);
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    throw new IllegalStateException("A whole number was expected from the decision, not "
        + value);
  }

  /**
   * Points in hundredths, as the tables take them: 175 for 1.75.
   *
   * @throws ArithmeticException if the number has more than two decimals or is too large
   */
  public static int hundredths(BigDecimal number) {
    return number.movePointRight(2).intValueExact();
  }

  /**
   * Points from the hundredths a table answered ({@link #exact}): 1.75 for 175, 10 for 1000.
   *
   * @throws IllegalStateException if the value is not a whole number
   */
  static BigDecimal fromHundredths(Object value) {
    return plain(exact(value).movePointLeft(2));
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
