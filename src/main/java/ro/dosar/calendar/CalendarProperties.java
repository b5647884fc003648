package ro.dosar.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the working-day calendar, under {@code dosar.calendar}. Everything has a default,
 * so an installation needs to set only what differs:
 *
 * <pre>
 * dosar:
 *   calendar:
 *     zone: Europe/Bucharest
 *     closing-time: "16:00"        # quote it: YAML would read 16:00 as the number 960
 *     extra-non-working-days:
 *       RO:
 *         - date: 2026-01-05
 *           name: Zi liberă stabilită prin HG nr. …/2025
 *     extra-working-days:
 *       RO:
 *         - 2026-01-10              # a Saturday worked to make up for 5 January
 * </pre>
 *
 * @param zone the time zone in which "today" and deadlines are reckoned
 * @param closingTime the hour at which a deadline day ends (spec OQ-03): a deadline computed as a
 *     day becomes that day at this time in {@code zone}
 * @param extraNonWorkingDays per country, days off declared by the government on top of the
 *     statutory holidays (in Romania, days granted by a government decision and made up later)
 * @param extraWorkingDays per country, days that are worked although they fall on a weekend (the
 *     Saturdays on which such days off are made up)
 */
@ConfigurationProperties("dosar.calendar")
public record CalendarProperties(
    ZoneId zone,
    LocalTime closingTime,
    Map<Country, List<ExtraDay>> extraNonWorkingDays,
    Map<Country, List<LocalDate>> extraWorkingDays) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Bucharest");
  public static final LocalTime DEFAULT_CLOSING_TIME = LocalTime.of(16, 0);

  /** Fills in the defaults and freezes the collections. */
  public CalendarProperties {
    zone = zone == null ? DEFAULT_ZONE : zone;
    closingTime = closingTime == null ? DEFAULT_CLOSING_TIME : closingTime;
    extraNonWorkingDays = frozen(extraNonWorkingDays);
    extraWorkingDays = frozen(extraWorkingDays);
  }

  /** All defaults: Bucharest time, 16:00, no extra days. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null, null, null, null);
  }

  /** The configured extra non-working days of one country, in the order given. */
  public List<ExtraDay> extraNonWorkingDays(Country country) {
    return extraNonWorkingDays.getOrDefault(country, List.of());
  }

  /** The configured extra working days of one country, in the order given. */
  public List<LocalDate> extraWorkingDays(Country country) {
    return extraWorkingDays.getOrDefault(country, List.of());
  }

  private static <T> Map<Country, List<T>> frozen(Map<Country, List<T>> map) {
    Map<Country, List<T>> copy = new EnumMap<>(Country.class);
    if (map != null) {
      map.forEach((country, days) ->
          copy.put(country, days == null ? List.of() : List.copyOf(days)));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A day off declared by the government, with the name shown to users.
   *
   * @param date the day; required
   * @param name what the day is, e.g. "Zi liberă stabilită prin HG nr. …"; a generic name is used
   *     when left out
   */
  public record ExtraDay(LocalDate date, String name) {

    public static final String DEFAULT_NAME = "Zi liberă stabilită de Guvern";

    public ExtraDay {
      Objects.requireNonNull(date, "dosar.calendar.extra-non-working-days: every day needs a date");
      name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    }
  }
}
