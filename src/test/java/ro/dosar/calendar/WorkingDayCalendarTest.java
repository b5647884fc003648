package ro.dosar.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.calendar.TestCalendars.calendar;
import static ro.dosar.calendar.TestCalendars.calendarWithRomanianDayOff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import ro.dosar.calendar.CalendarProperties.ExtraDay;

class WorkingDayCalendarTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  private final WorkingDayCalendar calendar = calendar();

  @Nested
  class IsWorkingDay {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "2025-09-01, RO, true", // an ordinary Monday
        "2025-09-06, RO, false", // Saturday
        "2025-09-07, MD, false", // Sunday
        "2025-05-09, MD, false", // Friday, Ziua Victoriei in Moldova only
        "2025-05-09, RO, true",
        "2025-01-24, RO, false", // Friday, Ziua Unirii in Romania only
        "2025-01-24, MD, true",
        "2026-04-20, MD, false", // Monday, Paștele Blajinilor in Moldova only
        "2026-04-20, RO, true",
        "2026-04-10, RO, false", // Vinerea Mare, a holiday in Romania only
        "2026-04-10, MD, true"})
    void givenADay_whenAsked_thenTheCountrysLawDecides(LocalDate date, Country country,
        boolean working) {
      assertThat(calendar.isWorkingDay(date, country)).isEqualTo(working);
    }

    @Test
    void givenNoCountry_whenAsked_thenRomania() {
      assertThat(calendar.isWorkingDay(parse("2025-01-24"))).isFalse();
      assertThat(calendar.isWorkingDay(parse("2025-05-09"))).isTrue();
    }
  }

  @Nested
  class AddWorkingDays {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2025-09-01, 10, 2025-09-15", // the spec's worked example
        "2025-09-01, 15, 2025-09-22",
        "2025-09-05, 1, 2025-09-08", // Friday to Monday, across the weekend
        "2026-11-27, 1, 2026-12-02", // across Sfântul Andrei (Mon 30 Nov) and 1 December
        "2026-04-09, 1, 2026-04-14", // across Vinerea Mare and Easter Monday 2026
        "2026-04-09, 3, 2026-04-16",
        "2025-01-23, 1, 2025-01-27", // across 24 January
        "2026-01-03, 0, 2026-01-03"}) // 0 days: the start, even a Saturday
    void givenAStartInRomania_whenAdding_thenTheNthWorkingDayAfterIt(LocalDate from, int days,
        LocalDate expected) {
      assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2026-04-09, 1, 2026-04-10", // no Vinerea Mare in Moldova
        "2026-04-17, 1, 2026-04-21", // across Paștele Blajinilor, Mon 20 Apr 2026
        "2025-05-08, 1, 2025-05-12", // across 9 May
        "2025-01-23, 1, 2025-01-24"}) // 24 January is worked in Moldova
    void givenAStartInMoldova_whenAdding_thenMoldovasHolidaysAreSkipped(LocalDate from, int days,
        LocalDate expected) {
      assertThat(calendar.addWorkingDays(from, days, Country.MD)).isEqualTo(expected);
    }

    @Test
    void givenNegativeDays_whenAdding_thenRefused() {
      assertThatThrownBy(() -> calendar.addWorkingDays(parse("2025-09-01"), -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class GovernmentDecisions {

    private final ExtraDay dayOff =
        new ExtraDay(parse("2026-01-05"), "Zi liberă stabilită prin HG");
    private final LocalDate madeUpOnSaturday = parse("2026-01-10");
    private final WorkingDayCalendar decided = calendarWithRomanianDayOff(dayOff, madeUpOnSaturday);

    @Test
    void givenAnExtraDayOff_whenAdding_thenItIsSkipped() {
      // Fri 2 Jan 2026 + 1: Mon 5 Jan, unless it is given off; then 6 and 7 Jan are holidays.
      assertThat(calendar.addWorkingDays(parse("2026-01-02"), 1)).isEqualTo("2026-01-05");
      assertThat(decided.addWorkingDays(parse("2026-01-02"), 1)).isEqualTo("2026-01-08");
      assertThat(decided.isWorkingDay(parse("2026-01-05"))).isFalse();
    }

    @Test
    void givenASaturdayMadeAWorkingDay_whenAdding_thenItCounts() {
      assertThat(calendar.addWorkingDays(parse("2026-01-09"), 1)).isEqualTo("2026-01-12");
      assertThat(decided.addWorkingDays(parse("2026-01-09"), 1)).isEqualTo("2026-01-10");
      assertThat(decided.isWorkingDay(madeUpOnSaturday)).isTrue();
    }

    @Test
    void givenARomanianDecision_whenCountingInMoldova_thenItDoesNotApply() {
      assertThat(decided.isWorkingDay(parse("2026-01-05"), Country.MD)).isTrue();
      assertThat(decided.isWorkingDay(madeUpOnSaturday, Country.MD)).isFalse();
    }

    @Test
    void givenAnExtraDayOff_whenListed_thenAmongTheHolidaysAsConfigured() {
      List<NonWorkingDay> days = decided.nonWorkingDays(2026, Country.RO);

      assertThat(days).hasSize(17).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
      assertThat(days.get(2))
          .isEqualTo(new NonWorkingDay(parse("2026-01-05"), "Zi liberă stabilită prin HG",
              "configurare"));
      assertThat(days).extracting(NonWorkingDay::date).doesNotContain(madeUpOnSaturday);
      assertThat(decided.nonWorkingDays(2027, Country.RO))
          .extracting(NonWorkingDay::source).doesNotContain("configurare");
    }

    @Test
    void givenAnExtraDayOffOnAHoliday_whenListed_thenOneEntryWithBothReasons() {
      WorkingDayCalendar overlapping = calendarWithRomanianDayOff(
          new ExtraDay(parse("2026-12-01"), "Zi liberă"), madeUpOnSaturday);

      assertThat(overlapping.nonWorkingDays(2026, Country.RO))
          .filteredOn(day -> day.date().equals(parse("2026-12-01")))
          .containsExactly(new NonWorkingDay(parse("2026-12-01"),
              "Ziua Națională a României; Zi liberă", "Codul muncii art. 139; configurare"));
    }

    @Test
    void givenAHolidayConfiguredAsWorkingDay_whenStarting_thenTheConfigurationIsRefused() {
      assertThatThrownBy(() -> calendarWithRomanianDayOff(dayOff, parse("2026-12-01")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2026-12-01");
    }
  }

  @Nested
  class WorkingDaysBetween {

    static Stream<Arguments> startsAndCounts() {
      return Stream.of("2025-09-01", "2025-09-06", "2026-04-09", "2026-11-27", "2025-12-24")
          .flatMap(from -> Stream.of(0, 1, 5, 10, 30, 250)
              .map(days -> Arguments.of(parse(from), days)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("startsAndCounts")
    void givenTheResultOfAddWorkingDays_whenCounting_thenTheDaysAdded(LocalDate from, int days) {
      for (Country country : Country.values()) {
        LocalDate to = calendar.addWorkingDays(from, days, country);

        assertThat(calendar.workingDaysBetween(from, to, country)).isEqualTo(days);
        assertThat(calendar.workingDaysBetween(to, from, country)).isEqualTo(-days);
      }
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2025-09-01, 2025-09-15, 10",
        "2025-09-15, 2025-09-01, -10",
        "2025-09-01, 2025-09-01, 0",
        "2025-09-05, 2025-09-07, 0", // Friday to Sunday: the weekend has none
        "2026-04-09, 2026-04-14, 1"}) // Easter 2026 in Romania
    void givenTwoDays_whenCounting_thenTheWorkingDaysAfterTheFirstUpToTheSecond(LocalDate from,
        LocalDate to, int expected) {
      assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }
  }

  @Nested
  class AddCalendarDays {

    @ParameterizedTest(name = "{0} + {1}, move {2}: {3}")
    @CsvSource({
        "2025-09-01, 5, false, 2025-09-06", // a Saturday, left as it is
        "2025-09-01, 5, true, 2025-09-08", // moved to Monday
        "2026-11-20, 8, false, 2026-11-28",
        "2026-11-20, 8, true, 2026-12-02", // past the weekend, 30 November and 1 December
        "2025-09-01, 2, true, 2025-09-03", // already a working day
        "2025-09-01, 0, false, 2025-09-01"})
    void givenAStart_whenAdding_thenMovedOnlyWhenAsked(LocalDate from, int days, boolean move,
        LocalDate expected) {
      assertThat(calendar.addCalendarDays(from, days, move)).isEqualTo(expected);
    }

    @Test
    void givenMoldova_whenMoving_thenMoldovasHolidaysAreSkipped() {
      // Sat 18 Apr 2026 moves past Sunday and Paștele Blajinilor in Moldova only.
      assertThat(calendar.addCalendarDays(parse("2026-04-16"), 2, true, Country.MD))
          .isEqualTo("2026-04-21");
      assertThat(calendar.addCalendarDays(parse("2026-04-16"), 2, true, Country.RO))
          .isEqualTo("2026-04-20");
    }

    @Test
    void givenNegativeDays_whenAdding_thenRefused() {
      assertThatThrownBy(() -> calendar.addCalendarDays(parse("2025-09-01"), -3, true))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Deadlines {

    static Stream<Arguments> mondayFirstSeptember2025() {
      return Stream.of(
          Arguments.of(parse("2025-09-01")),
          Arguments.of(LocalDateTime.parse("2025-09-01T23:59")),
          Arguments.of("2025-09-01"),
          // 01:30 on 1 September in Bucharest, still 31 August in UTC
          Arguments.of(Date.from(Instant.parse("2025-08-31T22:30:00Z"))),
          // java.sql.Date does not support toInstant()
          Arguments.of(new java.sql.Date(Instant.parse("2025-09-01T06:00:00Z").toEpochMilli())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mondayFirstSeptember2025")
    void givenAnyDateType_whenTenWorkingDays_thenFourPmInBucharestOn15September(Object from) {
      Date deadline = calendar.workingDaysDeadline(from, 10);

      assertThat(deadline.toInstant().atZone(BUCHAREST))
          .isEqualTo(ZonedDateTime.of(2025, 9, 15, 16, 0, 0, 0, BUCHAREST));
      assertThat(deadline.toInstant()).isEqualTo("2025-09-15T13:00:00Z"); // summer time, UTC+3
    }

    @Test
    void givenAWinterDeadline_whenComputed_thenFourPmInWinterTime() {
      Date deadline = calendar.workingDaysDeadline(parse("2026-01-02"), 1);

      assertThat(deadline.toInstant()).isEqualTo("2026-01-05T14:00:00Z"); // UTC+2
    }

    @Test
    void givenMoldova_whenComputed_thenMoldovasHolidaysAreSkipped() {
      assertThat(calendar.workingDaysDeadline("2026-04-17", 1, Country.MD).toInstant())
          .isEqualTo("2026-04-21T13:00:00Z");
    }

    @Test
    void givenCalendarDaysEndingOnASaturday_whenComputed_thenMondayAtFourPm() {
      Date deadline = calendar.calendarDaysDeadline(parse("2025-09-01"), 5);

      assertThat(deadline.toInstant().atZone(BUCHAREST))
          .isEqualTo(ZonedDateTime.of(2025, 9, 8, 16, 0, 0, 0, BUCHAREST));
    }

    @Test
    void givenAnotherClosingTime_whenComputed_thenThatHour() {
      WorkingDayCalendar closingLate =
          calendar(new CalendarProperties(null, LocalTime.of(17, 30), null, null));

      assertThat(closingLate.workingDaysDeadline("2025-09-01", 10).toInstant())
          .isEqualTo("2025-09-15T14:30:00Z");
    }

    @Test
    void givenSomethingThatIsNotADate_whenComputed_thenRefused() {
      assertThatThrownBy(() -> calendar.workingDaysDeadline(42, 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Integer");
      assertThatThrownBy(() -> calendar.workingDaysDeadline("01.09.2025", 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("01.09.2025");
      assertThatThrownBy(() -> calendar.calendarDaysDeadline(null, 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Today {

    private final Clock newYearsEveLate =
        Clock.fixed(Instant.parse("2025-12-31T22:30:00Z"), ZoneOffset.UTC);

    @Test
    void givenAnInstantAfterMidnightInBucharest_whenAsked_thenTheBucharestDate() {
      WorkingDayCalendar cal = new WorkingDayCalendar(CalendarProperties.defaults(),
          TestCalendars.HOLIDAYS, newYearsEveLate);

      assertThat(cal.today()).isEqualTo("2026-01-01");
    }

    @Test
    void givenAnotherZone_whenAsked_thenThatZonesDate() {
      WorkingDayCalendar utc = new WorkingDayCalendar(
          new CalendarProperties(ZoneOffset.UTC, null, Map.of(), Map.of()),
          TestCalendars.HOLIDAYS, newYearsEveLate);

      assertThat(utc.today()).isEqualTo("2025-12-31");
    }
  }
}
