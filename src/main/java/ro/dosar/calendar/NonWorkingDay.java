package ro.dosar.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A day on which no one works by law or by a decision of the government (weekends aside).
 *
 * @param date the day
 * @param name what the day is, in Romanian; when two holidays fall on the same day (Ziua Copilului
 *     and A doua zi de Rusalii on 1 June 2026) both names, separated by "; "
 * @param source where the day comes from: the article of the labour code, or {@value
 *     #CONFIGURED} for a day declared in the application's configuration
 */
public record NonWorkingDay(LocalDate date, String name, String source) {

  /** The {@link #source()} of a day taken from {@code dosar.calendar.extra-non-working-days}. */
  public static final String CONFIGURED = "configurare";

  public NonWorkingDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Sorts days by date and folds days that share a date into one: a day is off once, however many
   * reasons it has. Names and sources are joined with "; " in the order given, repeats left out.
   */
  static List<NonWorkingDay> mergeByDate(Collection<NonWorkingDay> days) {
    Map<LocalDate, List<NonWorkingDay>> byDate = new LinkedHashMap<>();
    days.stream()
        .sorted(Comparator.comparing(NonWorkingDay::date)) // stable: keeps the given order per day
        .forEach(day -> byDate.computeIfAbsent(day.date(), date -> new ArrayList<>()).add(day));
    return byDate.entrySet().stream()
        .map(entry -> new NonWorkingDay(entry.getKey(),
            joined(entry.getValue().stream().map(NonWorkingDay::name).toList()),
            joined(entry.getValue().stream().map(NonWorkingDay::source).toList())))
        .toList();
  }

  private static String joined(List<String> parts) {
    Set<String> distinct = new LinkedHashSet<>(parts);
    return String.join("; ", distinct);
  }
}
