package ro.dosar.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.RequestFields;

/**
 * The calendar for clients: the same answers the process models get, for forms that show a
 * deadline before a procedure starts and for the list of days off.
 *
 * <p>Parameters arrive as strings and are read here, so that every bad value is answered with a
 * 400 that names the field and says in Romanian what is wrong, never with a 500.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** The longest term accepted: ten years of working days is more than any procedure needs. */
  static final int MAX_DAYS = 3650;

  private final WorkingDayCalendar calendar;

  public CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * {@code GET /api/calendar/add-working-days?from=2025-09-01&days=15&country=RO}: the working day
   * a term of {@code days} working days from {@code from} ends on.
   */
  @GetMapping("/add-working-days")
  public AddedWorkingDays addWorkingDays(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String days,
      @RequestParam(required = false) String country) {
    LocalDate start = RequestFields.isoDate("from", required("from", from));
    int count = integer("days", days, 0, MAX_DAYS,
        "Numărul de zile „%s” nu este valid; introduceți un număr întreg între 0 și 3650.");
    Country where = country(country);
    LocalDate end = calendar.addWorkingDays(start, count, where);
    return new AddedWorkingDays(start.toString(), count, where.name(), end.toString());
  }

  /**
   * {@code GET /api/calendar/non-working-days?year=2026&country=RO}: the public holidays and the
   * configured days off of a year, weekends left out.
   */
  @GetMapping("/non-working-days")
  public NonWorkingDays nonWorkingDays(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String country) {
    int which = integer("year", year, RequestFields.MIN_YEAR, RequestFields.MAX_YEAR,
        "Anul „%s” nu este valid; introduceți un an între 1900 și 2200.");
    Country where = country(country);
    List<Day> days = calendar.nonWorkingDays(which, where).stream()
        .map(day -> new Day(day.date().toString(), day.name(), day.source()))
        .toList();
    return new NonWorkingDays(which, where.name(), days);
  }

  /** The answer of {@code add-working-days}; dates as ISO strings. */
  public record AddedWorkingDays(String from, int days, String country, String date) {
  }

  /** The answer of {@code non-working-days}. */
  public record NonWorkingDays(int year, String country, List<Day> days) {
  }

  /** One day off; {@code date} as an ISO string. */
  public record Day(String date, String name, String source) {
  }

  // ---- Reading parameters -----------------------------------------------------------------------

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field,
          "Parametrul „%s” este obligatoriu.".formatted(field));
    }
    return value.strip();
  }


  /** A whole number between {@code min} and {@code max}; {@code message} takes the value sent. */
  private static int integer(String field, String value, int min, int max, String message) {
    String text = required(field, value);
    try {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException(field, message.formatted(text));
  }

  /** The country, Romania when none is given. */
  private static Country country(String value) {
    return value == null || value.isBlank() ? WorkingDayCalendar.DEFAULT_COUNTRY
        : Country.parse(value);
  }
}
