package ro.dosar.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import ro.dosar.calendar.CalendarProperties.ExtraDay;

/** Calendars for tests, built by hand: no Spring context. */
final class TestCalendars {

  /** Shared, so that the holiday lists are computed once for all tests. */
  static final StatutoryHolidays HOLIDAYS = new StatutoryHolidays();

  /** Monday 1 September 2025, 10:00 in Bucharest. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T07:00:00Z"), ZoneOffset.UTC);

  private TestCalendars() {
  }

  /** The defaults: Bucharest, 16:00, no extra days. */
  static WorkingDayCalendar calendar() {
    return calendar(CalendarProperties.defaults());
  }

  static WorkingDayCalendar calendar(CalendarProperties properties) {
    return new WorkingDayCalendar(properties, HOLIDAYS, CLOCK);
  }

  /** A Romanian government decision: a day off, made up on a Saturday. */
  static WorkingDayCalendar calendarWithRomanianDayOff(ExtraDay dayOff, LocalDate madeUpOn) {
    return calendar(new CalendarProperties(null, null,
        Map.of(Country.RO, List.of(dayOff)), Map.of(Country.RO, List.of(madeUpOn))));
  }
}
