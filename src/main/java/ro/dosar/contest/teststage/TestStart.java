package ro.dosar.contest.teststage;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import ro.dosar.contest.TestType;

/**
 * When a test starts: its day at the hour of the announcement (§8.1.3(2)(d)), in the calendar's
 * zone. The test stage waits for it before the roll call (timer {@code testTimeReached}) and
 * refuses the roll call, the score sheets and the display before it (§8.2.2(10), §8.3(2),(16)).
 */
public final class TestStart {

  private static final DateTimeFormatter DAY_AND_HOUR =
      DateTimeFormatter.ofPattern("dd.MM.yyyy', ora 'HH:mm");

  private TestStart() {
  }

  /** The contest's variable with the announced hour of a test of this type. */
  public static String hourVariable(TestType type) {
    return type == TestType.INTERVIEW ? "interviewHour" : "firstTestHour";
  }

  /** The test's day at the announced hour ("HH:mm"); the start of the day without an hour. */
  public static Date at(LocalDate day, Object hour, ZoneId zone) {
    LocalTime time = LocalTime.MIDNIGHT;
    if (hour != null && hour.toString().strip().matches("\\d{1,2}:\\d{2}")) {
      String[] parts = hour.toString().strip().split(":");
      time = LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
    return Date.from(day.atTime(time).atZone(zone).toInstant());
  }

  /** "30.12.2026, ora 10:00": a moment as people read it. */
  static String dayAndHour(Date moment, ZoneId zone) {
    return DAY_AND_HOUR.format(moment.toInstant().atZone(zone));
  }
}
