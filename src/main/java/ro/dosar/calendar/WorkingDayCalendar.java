package ro.dosar.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one place in Dosar where days are counted: working days, calendar-day deadlines and "today".
 *
 * <p>A working day is Monday to Friday, except the public holidays of the country ({@link
 * StatutoryHolidays}) and the extra days off declared by its government
 * ({@code dosar.calendar.extra-non-working-days}); a day listed in {@code
 * dosar.calendar.extra-working-days} is a working day even on a Saturday or Sunday.
 *
 * <p>The bean is named {@code calendar}, and that name is a contract: BPMN models call it in
 * expressions such as {@code ${workingDayCalendar.workingDaysDeadline(submittedOn, 10)}}. Camunda's
 * expression language picks a method by name and number of arguments only, so no two public
 * methods here share both. Methods without a {@link Country} argument count for {@link
 * #DEFAULT_COUNTRY}.
 *
 * <p>How terms are counted (the spec's rule for every procedure): the day from which a term runs
 * is day 0 and is not counted; a term of n days ends on its n-th day; a term in calendar days whose
 * last day is not a working day may be moved to the next working day.
 */
@Component
public class WorkingDayCalendar {

  /** The country of methods that take none. */
  public static final Country DEFAULT_COUNTRY = Country.RO;

  private final StatutoryHolidays statutoryHolidays;
  private final Clock clock;
  private final ZoneId zone;
  private final CalendarProperties properties;
  private final Map<Country, Set<LocalDate>> extraNonWorkingDays = new EnumMap<>(Country.class);
  private final Map<Country, Set<LocalDate>> extraWorkingDays = new EnumMap<>(Country.class);

  /**
   * For Spring: uses the application's {@link Clock} bean when there is exactly one, otherwise the
   * system clock.
   */
  @Autowired
  public WorkingDayCalendar(CalendarProperties properties, StatutoryHolidays statutoryHolidays,
      ObjectProvider<Clock> clock) {
    this(properties, statutoryHolidays, clock.getIfUnique(() -> Clock.system(properties.zone())));
  }

  /**
   * @param clock tells the current instant; its own zone is ignored in favour of {@link
   *     CalendarProperties#zone()}
   * @throws IllegalStateException if the configuration makes a day both working and non-working
   */
  public WorkingDayCalendar(CalendarProperties properties, StatutoryHolidays statutoryHolidays,
      Clock clock) {
    this.properties = Objects.requireNonNull(properties, "properties");
    this.statutoryHolidays = Objects.requireNonNull(statutoryHolidays, "statutoryHolidays");
    this.zone = properties.zone();
    this.clock = clock.withZone(zone);
    for (Country country : Country.values()) {
      Set<LocalDate> off = new HashSet<>();
      properties.extraNonWorkingDays(country).forEach(day -> off.add(day.date()));
      extraNonWorkingDays.put(country, Set.copyOf(off));
      extraWorkingDays.put(country, Set.copyOf(properties.extraWorkingDays(country)));
      checkNoContradiction(country);
    }
  }

  /** A government can move a weekend, not a public holiday, and not a day it has just given off. */
  private void checkNoContradiction(Country country) {
    for (LocalDate day : extraWorkingDays.get(country)) {
      if (extraNonWorkingDays.get(country).contains(day)
          || statutoryHolidays.isHoliday(day, country)) {
        throw new IllegalStateException(("dosar.calendar.extra-working-days.%s lists %s, which is "
            + "a non-working day (public holiday or extra-non-working-days); fix the configuration")
            .formatted(country, day));
      }
    }
  }

  // ---- Working days -----------------------------------------------------------------------------

  /** Whether people work on this day in {@link #DEFAULT_COUNTRY}. */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(date, DEFAULT_COUNTRY);
  }

  /**
   * Whether people work on this day in the given country: Monday to Friday, not a public holiday,
   * not an extra day off; or a configured extra working day.
   */
  public boolean isWorkingDay(LocalDate date, Country country) {
    Objects.requireNonNull(date, "date");
    if (extraWorkingDays.get(country).contains(date)) {
      return true;
    }
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY
        && !statutoryHolidays.isHoliday(date, country)
        && !extraNonWorkingDays.get(country).contains(date);
  }

  /** {@link #addWorkingDays(LocalDate, int, Country)} in {@link #DEFAULT_COUNTRY}. */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    return addWorkingDays(from, days, DEFAULT_COUNTRY);
  }

  /**
   * The {@code days}-th working day after {@code from}. {@code from} itself is day 0 and never
   * counts, even when it is a working day; counting starts with the next working day. So a term of
   * 10 working days from Monday 1 September 2025 ends on Monday 15 September 2025.
   *
   * @param days 0 or more; 0 returns {@code from} unchanged
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public LocalDate addWorkingDays(LocalDate from, int days, Country country) {
    Objects.requireNonNull(from, "from");
    requireNotNegative(days);
    LocalDate date = from;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date, country)) {
        counted++;
      }
    }
    return date;
  }

  /** {@link #addCalendarDays(LocalDate, int, boolean, Country)} in {@link #DEFAULT_COUNTRY}. */
  public LocalDate addCalendarDays(LocalDate from, int days, boolean moveToNextWorkingDay) {
    return addCalendarDays(from, days, moveToNextWorkingDay, DEFAULT_COUNTRY);
  }

  /**
   * {@code from} plus {@code days} calendar days. With {@code moveToNextWorkingDay}, a result that
   * is not a working day moves forward to the next working day, past weekends and holidays alike.
   *
   * @param days 0 or more
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public LocalDate addCalendarDays(LocalDate from, int days, boolean moveToNextWorkingDay,
      Country country) {
    Objects.requireNonNull(from, "from");
    requireNotNegative(days);
    LocalDate date = from.plusDays(days);
    while (moveToNextWorkingDay && !isWorkingDay(date, country)) {
      date = date.plusDays(1);
    }
    return date;
  }

  /** {@link #workingDaysBetween(LocalDate, LocalDate, Country)} in {@link #DEFAULT_COUNTRY}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return workingDaysBetween(from, to, DEFAULT_COUNTRY);
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}, counted like
   * {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative
   * when {@code to} is before {@code from}: {@code workingDaysBetween(a, b) ==
   * -workingDaysBetween(b, a)}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to, Country country) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from, country);
    }
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date, country)) {
        count++;
      }
    }
    return count;
  }

  /** The first instant of {@code day} in the calendar's zone. */
  public Date startOfDay(LocalDate day) {
    return Date.from(Objects.requireNonNull(day, "day").atStartOfDay(zone).toInstant());
  }

  /**
   * The end of a term that may be used until 24:00 of {@code day}: the first instant of the next
   * day (a timer set there fires after the term).
   */
  public Date endOfDay(LocalDate day) {
    return startOfDay(Objects.requireNonNull(day, "day").plusDays(1));
  }

  /** The hour at which a deadline day closes ({@code dosar.calendar.closing-time}). */
  public LocalTime closingTime() {
    return properties.closingTime();
  }

  /** The zone of every date and deadline ({@code dosar.calendar.zone}). */
  public ZoneId zone() {
    return zone;
  }

  /** Today's date in the configured zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- Deadlines for the process engine ---------------------------------------------------------

  /** {@link #workingDaysDeadline(Object, int, Country)} in {@link #DEFAULT_COUNTRY}. */
  public Date workingDaysDeadline(Object from, int days) {
    return workingDaysDeadline(from, days, DEFAULT_COUNTRY);
  }

  /**
   * A deadline of {@code days} working days from {@code from}, as the instant the last day closes
   * (closing time in the configured zone): the value a BPMN timer or task due date needs.
   *
   * @param from a {@link Date} (taken as its date in the configured zone), {@link LocalDate},
   *     {@link LocalDateTime} or ISO {@code yyyy-MM-dd} String
   * @throws IllegalArgumentException if {@code from} is none of these or {@code days} is negative
   */
  public Date workingDaysDeadline(Object from, int days, Country country) {
    return closingOf(addWorkingDays(toLocalDate(from), days, country));
  }

  /** {@link #calendarDaysDeadline(Object, int, Country)} in {@link #DEFAULT_COUNTRY}. */
  public Date calendarDaysDeadline(Object from, int days) {
    return calendarDaysDeadline(from, days, DEFAULT_COUNTRY);
  }

  /**
   * A deadline of {@code days} calendar days from {@code from}, moved to the next working day when
   * it falls on a day off, as the instant that day closes. {@code from} is read as in {@link
   * #workingDaysDeadline(Object, int, Country)}.
   */
  public Date calendarDaysDeadline(Object from, int days, Country country) {
    return closingOf(addCalendarDays(toLocalDate(from), days, true, country));
  }

  // ---- Lists ------------------------------------------------------------------------------------

  /** {@link #nonWorkingDays(int, Country)} in {@link #DEFAULT_COUNTRY}. */
  public List<NonWorkingDay> nonWorkingDays(int year) {
    return nonWorkingDays(year, DEFAULT_COUNTRY);
  }

  /**
   * The public holidays of a year plus the configured extra days off in it (source {@value
   * NonWorkingDay#CONFIGURED}), sorted, one entry per day. Weekends are not listed.
   */
  public List<NonWorkingDay> nonWorkingDays(int year, Country country) {
    List<NonWorkingDay> days = new ArrayList<>(statutoryHolidays.holidays(country, year));
    properties.extraNonWorkingDays(country).stream()
        .filter(day -> day.date().getYear() == year)
        .map(day -> new NonWorkingDay(day.date(), day.name(), NonWorkingDay.CONFIGURED))
        .forEach(days::add);
    return NonWorkingDay.mergeByDate(days);
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  private Date closingOf(LocalDate day) {
    return Date.from(day.atTime(properties.closingTime()).atZone(zone).toInstant());
  }

  private LocalDate toLocalDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof Date date) {
      // Not date.toInstant(): java.sql.Date, which a Date variable may be, does not support it.
      return Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Not an ISO date (yyyy-MM-dd): \"" + text + "\"", e);
      }
    }
    throw new IllegalArgumentException("A deadline runs from a Date, LocalDate, LocalDateTime or "
        + "yyyy-MM-dd String, not from " + (value == null ? "null" : value.getClass().getName()));
  }

  private static void requireNotNegative(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, not " + days);
    }
  }
}
