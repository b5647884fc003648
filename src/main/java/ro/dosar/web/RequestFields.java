package ro.dosar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reading the fields of a request the way every endpoint of Dosar does: each field arrives as
 * text and a bad value becomes an {@link InvalidRequestException} naming the field, in Romanian.
 */
public final class RequestFields {

  /** The years the working-day calendar answers for. */
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2200;

  private RequestFields() {
  }

  /** A required body field: present and not blank, without surrounding spaces. */
  public static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field, "Câmpul „%s” este obligatoriu.".formatted(field));
    }
    return value.strip();
  }

  /** A required ISO date ({@code yyyy-MM-dd}) within {@link #MIN_YEAR}–{@link #MAX_YEAR}. */
  public static LocalDate isoDate(String field, String value) {
    String text = required(field, value);
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(field,
          "Data „%s” nu este validă; folosiți formatul AAAA-LL-ZZ.".formatted(text));
    }
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw new InvalidRequestException(field,
          "Data „%s” nu este acceptată; anul trebuie să fie între 1900 și 2200.".formatted(text));
    }
    return date;
  }
}
