package ro.dosar.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The calendar's few beans on their own (no application, no engine): the bean name BPMN
 * expressions rely on, and configuration keys reaching the calendar.
 */
class CalendarWiringTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(CalendarConfiguration.class, StatutoryHolidays.class,
          WorkingDayCalendar.class);

  @Test
  void givenTheCalendarBeans_whenStarted_thenExpressionsFindTheCalendarUnderItsName() {
    context
        .withPropertyValues(
            "dosar.calendar.extra-non-working-days.RO[0].date=2026-01-05",
            "dosar.calendar.extra-non-working-days.RO[0].name=Zi liberă stabilită prin HG",
            "dosar.calendar.extra-working-days.RO[0]=2026-01-10")
        .run(started -> {
          WorkingDayCalendar calendar = started.getBean("workingDayCalendar", WorkingDayCalendar.class);

          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 5))).isFalse();
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        });
  }

  @Test
  void givenAClockBean_whenStarted_thenTodayComesFromIt() {
    context
        .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2030-06-03T09:00:00Z"),
            ZoneOffset.UTC))
        .run(started -> assertThat(started.getBean(WorkingDayCalendar.class).today())
            .isEqualTo("2030-06-03"));
  }

  @Test
  void givenAHolidayConfiguredAsWorkingDay_whenStarted_thenStartupFails() {
    context
        .withPropertyValues("dosar.calendar.extra-working-days.RO[0]=2026-12-01")
        .run(started -> assertThat(started).hasFailed());
  }
}
