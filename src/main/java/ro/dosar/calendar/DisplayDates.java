package ro.dosar.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as people read them in Romanian (messages, documents, e-mails, pages):
 * {@code dd.MM.yyyy} and {@code dd.MM.yyyy HH:mm}, never ISO. The one place the patterns are
 * written down.
 */
public final class DisplayDates {

  /** A day: {@code 07.12.2026}. */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  /** A day and a time: {@code 07.12.2026 10:00}. */
  public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private DisplayDates() {
  }

  /** The day as {@code dd.MM.yyyy}, or {@code ifNone} when there is none. */
  public static String day(LocalDate day, String ifNone) {
    return day == null ? ifNone : day.format(DAY);
  }
}
