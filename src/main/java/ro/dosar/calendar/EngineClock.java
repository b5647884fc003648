package ro.dosar.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's notion of "now" is the process engine's: timers, due dates, the calendar's
 * "today" and the time stamps of records all agree, also in tests that move the engine clock
 * with {@link ClockUtil}. In production ClockUtil is the system clock.
 */
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Now by the engine clock, as the time stamp of a record. */
  public static Timestamp timestamp() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  /** Now by the engine clock. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
