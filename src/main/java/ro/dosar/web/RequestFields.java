package ro.dosar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reading the fields of a request the way every endpoint of Dosar does: each field arrives as
 * text and a bad value becomes an {@link InvalidRequestException} naming the field, in Romanian.
 */
public final class RequestFields {

  /**
   * The longest text any field of a request may carry, unless the field has a shorter limit of its
   * own: the longest text column of the records (a complaint note) holds 8,000 characters.
   */
  public static final int MAX_TEXT = 8000;

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

  /** A required body field of at most {@code max} characters, without control characters. */
  public static String required(String field, String value, int max) {
    return text(field, required(field, value), max);
  }

  /**
   * An optional body field: null when absent or blank, else stripped, at most {@code max}
   * characters and without control characters.
   */
  public static String optional(String field, String value, int max) {
    return value == null || value.isBlank() ? null : text(field, value.strip(), max);
  }

  /**
   * Checks a text as it arrived: at most {@code max} characters and no control character (NUL,
   * escape, …); line breaks and tabs are text. Returns it unchanged.
   */
  public static String text(String field, String value, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw new InvalidRequestException(field,
          "Câmpul „%s” are cel mult %d de caractere (are %d).".formatted(field, max,
              value.length()));
    }
    if (hasControlCharacter(value)) {
      throw new InvalidRequestException(field, ("Câmpul „%s” conține caractere de control "
          + "(de exemplu NUL), care nu sunt acceptate.").formatted(field));
    }
    return value;
  }

  /**
   * Whether a text holds a control character (C0 other than tab, line feed and carriage return;
   * DEL; C1).
   */
  public static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        return true;
      }
    }
    return false;
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
