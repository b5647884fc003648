package ro.dosar.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holiday lists against the law: Codul muncii art. 139 (RO) and Codul muncii al RM art. 111
 * (MD). Orthodox Easter: 20 April 2025, 12 April 2026.
 */
class StatutoryHolidaysTest {

  private final StatutoryHolidays holidays = new StatutoryHolidays();

  @Test
  void givenRomania2026_whenListed_thenExactlyTheHolidaysOfArticle139() {
    assertThat(holidays.holidays(Country.RO, 2026))
        .extracting(NonWorkingDay::date, NonWorkingDay::name)
        .containsExactly(
            tuple(parse("2026-01-01"), "Anul Nou"),
            tuple(parse("2026-01-02"), "A doua zi de Anul Nou"),
            tuple(parse("2026-01-06"), "Boboteaza"),
            tuple(parse("2026-01-07"), "Sfântul Ioan Botezătorul"),
            tuple(parse("2026-01-24"), "Ziua Unirii Principatelor Române"),
            tuple(parse("2026-04-10"), "Vinerea Mare"),
            tuple(parse("2026-04-12"), "Paștele"),
            tuple(parse("2026-04-13"), "A doua zi de Paște"),
            tuple(parse("2026-05-01"), "Ziua Muncii"),
            tuple(parse("2026-05-31"), "Rusaliile"),
            tuple(parse("2026-06-01"), "Ziua Copilului; A doua zi de Rusalii"),
            tuple(parse("2026-08-15"), "Adormirea Maicii Domnului"),
            tuple(parse("2026-11-30"), "Sfântul Apostol Andrei"),
            tuple(parse("2026-12-01"), "Ziua Națională a României"),
            tuple(parse("2026-12-25"), "Crăciunul"),
            tuple(parse("2026-12-26"), "A doua zi de Crăciun"));
  }

  @Test
  void givenMoldova2026_whenListed_thenExactlyTheHolidaysOfArticle111() {
    assertThat(holidays.holidays(Country.MD, 2026))
        .extracting(NonWorkingDay::date, NonWorkingDay::name)
        .containsExactly(
            tuple(parse("2026-01-01"), "Anul Nou"),
            tuple(parse("2026-01-07"), "Nașterea lui Isus Hristos (Crăciunul pe stil vechi)"),
            tuple(parse("2026-01-08"), "Nașterea lui Isus Hristos (Crăciunul pe stil vechi)"),
            tuple(parse("2026-03-08"), "Ziua internațională a femeii"),
            tuple(parse("2026-04-12"), "Paștele"),
            tuple(parse("2026-04-13"), "A doua zi de Paște"),
            tuple(parse("2026-04-20"), "Paștele Blajinilor"),
            tuple(parse("2026-05-01"), "Ziua internațională a solidarității oamenilor muncii"),
            tuple(parse("2026-05-09"), "Ziua Victoriei și a comemorării eroilor căzuți pentru "
                + "independența Patriei; Ziua Europei"),
            tuple(parse("2026-06-01"), "Ziua Ocrotirii Copilului"),
            tuple(parse("2026-08-27"), "Ziua Independenței"),
            tuple(parse("2026-08-31"), "Sărbătoarea „Limba noastră”"),
            tuple(parse("2026-12-25"), "Nașterea lui Isus Hristos (Crăciunul pe stil nou)"));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
      "RO, 2025-04-21, A doua zi de Paște",
      "RO, 2026-04-13, A doua zi de Paște",
      "RO, 2026-04-10, Vinerea Mare",
      "RO, 2025-06-09, A doua zi de Rusalii",
      "RO, 2025-12-01, Ziua Națională a României",
      "RO, 2025-01-24, Ziua Unirii Principatelor Române",
      "RO, 2026-01-06, Boboteaza",
      "RO, 2026-01-07, Sfântul Ioan Botezătorul",
      "MD, 2025-04-20, Paștele",
      "MD, 2025-04-28, Paștele Blajinilor",
      "MD, 2026-04-20, Paștele Blajinilor"})
  void givenADayNamedByTheLaw_whenTheYearIsListed_thenItIsThereUnderItsName(
      Country country, LocalDate date, String name) {
    assertThat(holidays.holidays(country, date.getYear()))
        .filteredOn(day -> day.date().equals(date))
        .extracting(NonWorkingDay::name)
        .containsExactly(name);
    assertThat(holidays.isHoliday(date, country)).isTrue();
  }

  @Test
  void givenChildrensDayOnPentecostMonday2026_whenListed_thenOneDayWithBothNames() {
    assertThat(holidays.holidays(Country.RO, 2026))
        .filteredOn(day -> day.date().equals(parse("2026-06-01")))
        .containsExactly(new NonWorkingDay(parse("2026-06-01"),
            "Ziua Copilului; A doua zi de Rusalii", "Codul muncii art. 139"));
  }

  @Test
  void givenEitherCountry_whenListed_thenEveryDayCitesItsLabourCode() {
    assertThat(holidays.holidays(Country.RO, 2025))
        .extracting(NonWorkingDay::source).containsOnly("Codul muncii art. 139");
    assertThat(holidays.holidays(Country.MD, 2025))
        .extracting(NonWorkingDay::source).containsOnly("Codul muncii al RM art. 111");
  }

  @Test
  void givenAnOrdinaryDay_whenAsked_thenNotAHoliday() {
    assertThat(holidays.isHoliday(parse("2026-04-20"), Country.RO)).isFalse();
    assertThat(holidays.isHoliday(parse("2025-01-24"), Country.MD)).isFalse();
  }

  @Test
  void givenTheSameYearTwice_whenListed_thenTheListIsComputedOnce() {
    assertThat(holidays.holidays(Country.RO, 2027)).isSameAs(holidays.holidays(Country.RO, 2027));
  }

  @Test
  void givenJollydayReturnsADayWithoutARomanianName_whenListed_thenItFailsLoudly() {
    StatutoryHolidays upgraded = new StatutoryHolidays((country, year) -> Set.of(
        new Holiday(parse("2026-01-01"), "NEW_YEAR", HolidayType.PUBLIC_HOLIDAY),
        new Holiday(parse("2026-03-03"), "LIBERATION", HolidayType.PUBLIC_HOLIDAY)));

    assertThatThrownBy(() -> upgraded.holidays(Country.RO, 2026))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2026-03-03 (LIBERATION)");
  }

  @Test
  void givenJollydayReturnsAnUnknownMoveableFeast_whenListed_thenItFailsLoudly() {
    StatutoryHolidays upgraded = new StatutoryHolidays((country, year) -> Set.of(
        new Holiday(parse("2026-05-21"), "christian.ASCENSION_DAY", HolidayType.PUBLIC_HOLIDAY)));

    assertThatThrownBy(() -> upgraded.holidays(Country.RO, 2026))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("christian.ASCENSION_DAY");
  }

  @Test
  void givenJollydayReturnsNoEasterForMoldova_whenListed_thenItFailsInsteadOfLosingBlajini() {
    StatutoryHolidays upgraded = new StatutoryHolidays((country, year) -> Set.of(
        new Holiday(parse("2026-01-01"), "NEW_YEAR", HolidayType.PUBLIC_HOLIDAY)));

    assertThatThrownBy(() -> upgraded.holidays(Country.MD, 2026))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Paștele Blajinilor");
  }

  @Test
  void givenAYearOfJollydayData_whenListed_thenSortedWithOneEntryPerDay() {
    List<LocalDate> dates = holidays.holidays(Country.MD, 2005).stream()
        .map(NonWorkingDay::date).toList();

    // Orthodox Easter 2005 fell on 1 May, Labour Day: one day off, not two entries.
    assertThat(dates).isSorted().doesNotHaveDuplicates().contains(parse("2005-05-01"));
  }
}
