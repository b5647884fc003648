package ro.dosar.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The public holidays set by law, by country and year, with their Romanian names.
 *
 * <p>The dates come from jollyday; this class names them in Romanian and adds what jollyday
 * lacks (Moldova's Paștele Blajinilor). Fixed holidays are named by their month and day, moveable
 * feasts by jollyday's key. A day jollyday returns that this class cannot name stops the list with
 * an {@link IllegalStateException}: a jollyday upgrade that changes the holidays must be checked
 * against the law by a person, not slip into deadlines unnoticed.
 *
 * <p>Lists are computed once per country and year and kept: deadlines ask for them constantly.
 */
@Component
public class StatutoryHolidays {

  /** Romania: Codul muncii (Legea nr. 53/2003), art. 139 alin. (1). */
  static final String RO_SOURCE = "Codul muncii art. 139";

  /** Republic of Moldova: Codul muncii (Legea nr. 154/2003), art. 111 alin. (1). */
  static final String MD_SOURCE = "Codul muncii al RM art. 111";

  /** The rules of each country; see {@link Rules}. */
  private static final Map<Country, Rules> RULES = Map.of(
      Country.RO, new Rules(RO_SOURCE,
          Map.ofEntries(
              Map.entry(MonthDay.of(1, 1), "Anul Nou"),
              Map.entry(MonthDay.of(1, 2), "A doua zi de Anul Nou"),
              Map.entry(MonthDay.of(1, 6), "Boboteaza"),
              Map.entry(MonthDay.of(1, 7), "Sfântul Ioan Botezătorul"),
              Map.entry(MonthDay.of(1, 24), "Ziua Unirii Principatelor Române"),
              Map.entry(MonthDay.of(5, 1), "Ziua Muncii"),
              Map.entry(MonthDay.of(6, 1), "Ziua Copilului"),
              // jollyday calls it NAVY_DAY; the law gives the day for the Dormition.
              Map.entry(MonthDay.of(8, 15), "Adormirea Maicii Domnului"),
              Map.entry(MonthDay.of(11, 30), "Sfântul Apostol Andrei"),
              Map.entry(MonthDay.of(12, 1), "Ziua Națională a României"),
              Map.entry(MonthDay.of(12, 25), "Crăciunul"),
              Map.entry(MonthDay.of(12, 26), "A doua zi de Crăciun")),
          Map.of(
              "christian.GOOD_FRIDAY", "Vinerea Mare",
              "christian.EASTER", "Paștele",
              "christian.EASTER_MONDAY", "A doua zi de Paște",
              "christian.PENTECOST", "Rusaliile",
              "christian.WHIT_MONDAY", "A doua zi de Rusalii"),
          Map.of()),
      Country.MD, new Rules(MD_SOURCE,
          Map.ofEntries(
              Map.entry(MonthDay.of(1, 1), "Anul Nou"),
              // jollyday keys them CHRISTMAS_EVE and CHRISTMAS; the law names both days alike.
              Map.entry(MonthDay.of(1, 7), "Nașterea lui Isus Hristos (Crăciunul pe stil vechi)"),
              Map.entry(MonthDay.of(1, 8), "Nașterea lui Isus Hristos (Crăciunul pe stil vechi)"),
              Map.entry(MonthDay.of(3, 8), "Ziua internațională a femeii"),
              Map.entry(MonthDay.of(5, 1), "Ziua internațională a solidarității oamenilor muncii"),
              Map.entry(MonthDay.of(5, 9), "Ziua Victoriei și a comemorării eroilor căzuți "
                  + "pentru independența Patriei; Ziua Europei"),
              Map.entry(MonthDay.of(6, 1), "Ziua Ocrotirii Copilului"),
              Map.entry(MonthDay.of(8, 27), "Ziua Independenței"),
              Map.entry(MonthDay.of(8, 31), "Sărbătoarea „Limba noastră”"),
              Map.entry(MonthDay.of(12, 25), "Nașterea lui Isus Hristos (Crăciunul pe stil nou)")),
          Map.of(
              "christian.EASTER", "Paștele",
              "christian.EASTER_MONDAY", "A doua zi de Paște"),
          // Art. 111 alin. (1) lit. e): "ziua de luni la o săptămână după Paști", missing in
          // jollyday.
          Map.of("Paștele Blajinilor", 8)));

  /** jollyday's key of (Orthodox, for RO and MD) Easter Sunday. */
  private static final String EASTER_KEY = "christian.EASTER";

  private final BiFunction<Country, Year, Set<Holiday>> jollyday;
  private final Map<CountryYear, YearOfHolidays> cache = new ConcurrentHashMap<>();

  public StatutoryHolidays() {
    this((country, year) -> HolidayManager
        .getInstance(ManagerParameters.create(country.jollydayCode()))
        .getHolidays(year));
  }

  /** For tests: holidays from another source than jollyday's files. */
  StatutoryHolidays(BiFunction<Country, Year, Set<Holiday>> jollyday) {
    this.jollyday = jollyday;
  }

  /**
   * The public holidays of a country in a year, sorted by date, one entry per day. Holidays on a
   * Saturday or Sunday are listed too.
   *
   * @throws IllegalStateException if jollyday returns a holiday that has no Romanian name here
   */
  public List<NonWorkingDay> holidays(Country country, int year) {
    return forYear(country, year).days();
  }

  /** Whether a day is a public holiday in a country. */
  public boolean isHoliday(LocalDate date, Country country) {
    return forYear(country, date.getYear()).dates().contains(date);
  }

  private YearOfHolidays forYear(Country country, int year) {
    return cache.computeIfAbsent(new CountryYear(country, year), key -> build(country, year));
  }

  private YearOfHolidays build(Country country, int year) {
    Rules rules = RULES.get(country);
    List<Holiday> found = new ArrayList<>(jollyday.apply(country, Year.of(year)));
    // Fixed holidays before moveable feasts, so that a shared day reads
    // "Ziua Copilului; A doua zi de Rusalii".
    found.sort(Comparator.comparing(StatutoryHolidays::isMoveable)
        .thenComparing(Holiday::getPropertiesKey));

    List<NonWorkingDay> days = new ArrayList<>();
    LocalDate easter = null;
    for (Holiday holiday : found) {
      days.add(new NonWorkingDay(holiday.getDate(), rules.name(holiday, country), rules.source()));
      if (EASTER_KEY.equals(holiday.getPropertiesKey())) {
        easter = holiday.getDate();
      }
    }
    for (Map.Entry<String, Integer> feast : rules.daysAfterEaster().entrySet()) {
      if (easter == null) {
        throw new IllegalStateException("jollyday returned no Easter for %s in %d, needed for %s"
            .formatted(country, year, feast.getKey()));
      }
      days.add(new NonWorkingDay(easter.plusDays(feast.getValue()), feast.getKey(),
          rules.source()));
    }

    List<NonWorkingDay> merged = NonWorkingDay.mergeByDate(days);
    return new YearOfHolidays(merged,
        merged.stream().map(NonWorkingDay::date).collect(Collectors.toUnmodifiableSet()));
  }

  /** In jollyday moveable feasts have a prefixed key ("christian.EASTER"), fixed days do not. */
  private static boolean isMoveable(Holiday holiday) {
    return holiday.getPropertiesKey().contains(".");
  }

  /**
   * What the law of one country says, as far as jollyday needs completing.
   *
   * @param source the article of the labour code that lists the holidays
   * @param fixedNames names of the holidays that fall on the same date every year
   * @param moveableNames names of the moveable feasts, by jollyday key
   * @param daysAfterEaster feasts jollyday lacks, by name, as days after Easter Sunday
   */
  private record Rules(String source, Map<MonthDay, String> fixedNames,
      Map<String, String> moveableNames, Map<String, Integer> daysAfterEaster) {

    String name(Holiday holiday, Country country) {
      if (holiday.getType() != HolidayType.PUBLIC_HOLIDAY) {
        throw unexpected(holiday, country, "is of type " + holiday.getType());
      }
      String name = isMoveable(holiday)
          ? moveableNames.get(holiday.getPropertiesKey())
          : fixedNames.get(MonthDay.from(holiday.getDate()));
      if (name == null) {
        throw unexpected(holiday, country, "has no Romanian name in Dosar");
      }
      return name;
    }

    private static IllegalStateException unexpected(Holiday holiday, Country country,
        String problem) {
      return new IllegalStateException(("jollyday lists %s (%s) as a holiday of %s, but it %s; "
          + "check jollyday's list against the labour code and update StatutoryHolidays")
          .formatted(holiday.getDate(), holiday.getPropertiesKey(), country, problem));
    }
  }

  private record CountryYear(Country country, int year) {
  }

  private record YearOfHolidays(List<NonWorkingDay> days, Set<LocalDate> dates) {
  }
}
