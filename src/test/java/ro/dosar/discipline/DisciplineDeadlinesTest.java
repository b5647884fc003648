package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.discipline.EmployeeCategory.CIVIL_SERVANT;
import static ro.dosar.discipline.EmployeeCategory.CONTRACTUAL;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ro.dosar.calendar.CalendarProperties;
import ro.dosar.calendar.StatutoryHolidays;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;

/**
 * {@link DisciplineDeadlines} on the real Romanian calendar (2026: Good Friday 10 April, Easter
 * 12–13 April, 1 May, Rusalii and Children's Day 1 June, 15 August, St Andrew 30 November,
 * 1 December; 2027: Easter Monday 3 May) and the real sanction catalogue: spec §2 (TIME-2…8),
 * §4.6, §19 rows 1–13. Every expected date was counted by hand from the spec's holiday table.
 */
class DisciplineDeadlinesTest {

  /** Monday 1 September 2025; no deadline depends on "today". */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-09-01T07:00:00Z"), ZoneOffset.UTC);

  static final WorkingDayCalendar CALENDAR =
      new WorkingDayCalendar(CalendarProperties.defaults(), new StatutoryHolidays(), CLOCK);

  private final DisciplineDeadlines deadlines = new DisciplineDeadlines(CALENDAR);
  private final DisciplineRules rules = new DisciplineTestRules();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theCalendarHasTheHolidaysTheseTestsRelyOn() {
    for (String holiday : new String[] {"2026-04-10", "2026-04-13", "2026-05-01", "2026-06-01",
        "2026-08-15", "2026-11-30", "2026-12-01", "2027-05-03"}) {
      assertThat(CALENDAR.isWorkingDay(date(holiday))).as(holiday).isFalse();
    }
  }

  // ---- Referral (Art. 31; TIME-4, TIME-5) -------------------------------------------------------

  @ParameterizedTest(name = "offence {0} → {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-05-15 | 2026-07-15 | the same day of the month, a Wednesday
      2026-01-14 | 2026-03-16 | Saturday 14 March moves to Monday
      2026-03-03 | 2026-05-04 | Sunday 3 May moves to Monday
      2026-07-31 | 2026-09-30 | no 31 September: the last day of the month, a Wednesday
      2025-12-31 | 2026-03-02 | no 31 February: Saturday 28 February, then Monday 2 March
      2026-08-31 | 2026-11-02 | 31 October is a Saturday: Monday 2 November
      2026-02-13 | 2026-04-14 | Easter Monday 13 April moves to Tuesday
      2026-02-10 | 2026-04-14 | Good Friday, Easter weekend, Easter Monday: Tuesday 14 April
      2026-03-31 | 2026-06-02 | Rusalii Sunday 31 May, Monday 1 June: Tuesday
      2026-09-30 | 2026-12-02 | St Andrew 30 November and 1 December: Wednesday 2 December
      """)
  void givenAnOffence_whenReferring_thenTwoMonthsThenTheNextWorkingDay(String offence,
      String deadline, String why) {
    assertThat(deadlines.referralDeadline(date(offence))).as(why).isEqualTo(date(deadline));
  }

  // ---- Secretary to president (Art. 32; TIME-2, TIME-5) -----------------------------------------

  @ParameterizedTest(name = "registered {0} → {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-02 | 2026-03-04 | Monday + 2 days: Wednesday
      2026-03-05 | 2026-03-09 | Thursday + 2 days is Saturday: Monday
      2026-04-08 | 2026-04-14 | Good Friday, Easter: Tuesday
      2026-11-27 | 2026-12-02 | Sunday 29 November, then 30 November and 1 December
      """)
  void givenARegistration_whenPresenting_thenTwoCalendarDaysThenTheNextWorkingDay(
      String registration, String due, String why) {
    assertThat(deadlines.presentToPresidentDue(date(registration))).as(why).isEqualTo(date(due));
  }

  // ---- Summons (Art. 32; TIME-6) ----------------------------------------------------------------

  @ParameterizedTest(name = "delivered {0}, hearing {1} → {2}")
  @CsvSource(textBlock = """
      2026-03-10, 2026-03-10, false
      2026-03-10, 2026-03-12, false
      2026-03-10, 2026-03-13, true
      2026-03-10, 2026-03-14, true
      2026-03-13, 2026-03-16, true
      2026-03-13, 2026-03-09, false
      """)
  void givenASummons_whenCheckingTheHearing_thenAtLeastThreeCalendarDaysBefore(String delivered,
      String hearing, boolean inTime) {
    assertThat(deadlines.summonsInTime(date(delivered), date(hearing))).isEqualTo(inTime);
  }

  // ---- Hard deadline (Art. 37(4); Labour Code art. 252(1); TIME-5) ------------------------------

  @Test
  void givenAContractualEmployee_whenTheKnowledgeComesEarly_thenThe30DaysBind() {
    // 20 March + 30 days = Sunday 19 April → Monday; the cap would be 2 September.
    assertThat(deadlines.hardDeadline(CONTRACTUAL, date("2026-03-02"), date("2026-03-05"),
        date("2026-03-20")))
        .isEqualTo(new HardDeadline(date("2026-04-20"), "KNOWLEDGE_PLUS_30_DAYS"));
  }

  @Test
  void givenAContractualEmployee_whenTheKnowledgeComesLate_thenTheSixMonthsBind() {
    // 25 June + 30 days = 25 July; offence 10 January + 6 months = Friday 10 July.
    assertThat(deadlines.hardDeadline(CONTRACTUAL, date("2026-01-10"), null, date("2026-06-25")))
        .isEqualTo(new HardDeadline(date("2026-07-10"), "OFFENCE_PLUS_6_MONTHS"));
  }

  @Test
  void givenAContractualEmployee_whenTheCapFallsOnAHolidayWeekend_thenTheNextWorkingDay() {
    // 15 February + 6 months = Saturday 15 August (Assumption) → Monday 17 August.
    assertThat(deadlines.hardDeadline(CONTRACTUAL, date("2026-02-15"), null, date("2026-08-01")))
        .isEqualTo(new HardDeadline(date("2026-08-17"), "OFFENCE_PLUS_6_MONTHS"));
  }

  @Test
  void givenAContractualEmployee_whenTheCapHasNoSuchDay_thenTheLastDayOfTheMonthRolledOver() {
    // 31 August + 6 months = Saturday 28 February → Monday 2 March.
    assertThat(deadlines.hardDeadline(CONTRACTUAL, date("2025-08-31"), null, date("2026-02-20")))
        .isEqualTo(new HardDeadline(date("2026-03-02"), "OFFENCE_PLUS_6_MONTHS"));
  }

  @Test
  void givenAContractualEmployee_whenBothLimitsFallOnTheSameDay_thenTheKnowledgeRuleIsNamed() {
    assertThat(deadlines.hardDeadline(CONTRACTUAL, date("2026-01-31"), null, date("2026-07-01")))
        .isEqualTo(new HardDeadline(date("2026-07-31"), "KNOWLEDGE_PLUS_30_DAYS"));
  }

  @Test
  void givenAContractualEmployee_whenNoKnowledgeDate_thenOnlyTheSixMonthCap() {
    assertThat(deadlines.hardDeadline(CONTRACTUAL, date("2026-03-02"), null, null))
        .isEqualTo(new HardDeadline(date("2026-09-02"), "OFFENCE_PLUS_6_MONTHS"));
  }

  @Test
  void givenACivilServant_whenReferredSoon_thenOneYearFromRegistrationBinds() {
    // 5 March 2027 (Friday) before 2 March 2028; the knowledge date plays no part.
    assertThat(deadlines.hardDeadline(CIVIL_SERVANT, date("2026-03-02"), date("2026-03-05"),
        date("2026-03-03")))
        .isEqualTo(new HardDeadline(date("2027-03-05"), "REGISTRATION_PLUS_1_YEAR"));
  }

  @Test
  void givenACivilServant_whenReferredLate_thenTwoYearsFromTheOffenceBind() {
    // 17 January 2027 is a Sunday → Monday 18; registration + 1 year would be 10 June 2027.
    assertThat(deadlines.hardDeadline(CIVIL_SERVANT, date("2025-01-17"), date("2026-06-10"),
        null))
        .isEqualTo(new HardDeadline(date("2027-01-18"), "OFFENCE_PLUS_2_YEARS"));
  }

  @Test
  void givenACivilServant_whenTheYearEndsOnAHolidayWeekend_thenTheNextWorkingDay() {
    // 1 May 2027 (Saturday), Easter Sunday 2 May, Easter Monday 3 May → Tuesday 4 May.
    assertThat(deadlines.hardDeadline(CIVIL_SERVANT, date("2026-04-20"), date("2026-05-01"),
        null))
        .isEqualTo(new HardDeadline(date("2027-05-04"), "REGISTRATION_PLUS_1_YEAR"));
  }

  @Test
  void givenACivilServant_whenBothLimitsFallOnTheSameDay_thenTheRegistrationRuleIsNamed() {
    assertThat(deadlines.hardDeadline(CIVIL_SERVANT, date("2025-03-02"), date("2026-03-02"),
        null))
        .isEqualTo(new HardDeadline(date("2027-03-02"), "REGISTRATION_PLUS_1_YEAR"));
  }

  @Test
  void givenACivilServant_whenNoRegistrationDate_thenRefused() {
    assertThatThrownBy(() -> deadlines.hardDeadline(CIVIL_SERVANT, date("2026-03-02"), null,
        null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("registrationDate");
  }

  // ---- Issue of the act (Art. 34, 37(4); TIME-3) ------------------------------------------------

  @ParameterizedTest(name = "report {0} → {1}")
  @CsvSource(textBlock = """
      2026-03-02, 2026-03-09
      2026-04-08, 2026-04-17
      2026-11-26, 2026-12-07
      """)
  void givenAReport_whenIssuing_thenFiveWorkingDaysSkippingHolidays(String report, String due) {
    assertThat(deadlines.issueDue(date(report))).isEqualTo(date(due));
  }

  // ---- Communication (Art. 37(4); TIME-2, TIME-3, TIME-5) ---------------------------------------

  @ParameterizedTest(name = "civil servant, issued {0} → {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-02 | 2026-03-23 | three plain weeks
      2026-04-02 | 2026-04-27 | Good Friday and Easter Monday do not count
      2026-11-25 | 2026-12-18 | 30 November and 1 December do not count
      """)
  void givenACivilServantsAct_whenCommunicating_thenFifteenWorkingDays(String issue, String due,
      String why) {
    assertThat(deadlines.communicationDue(CIVIL_SERVANT, date(issue))).as(why)
        .isEqualTo(date(due));
  }

  @ParameterizedTest(name = "contractual, issued {0} → {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-05 | 2026-03-10 | Thursday + 5 days: Tuesday
      2026-03-02 | 2026-03-09 | Saturday 7 March moves to Monday
      2026-04-07 | 2026-04-14 | Easter Sunday 12 April and Easter Monday: Tuesday
      2026-05-27 | 2026-06-02 | 1 June moves to Tuesday
      """)
  void givenAContractualAct_whenCommunicating_thenFiveCalendarDaysThenTheNextWorkingDay(
      String issue, String due, String why) {
    assertThat(deadlines.communicationDue(CONTRACTUAL, date(issue))).as(why)
        .isEqualTo(date(due));
  }

  // ---- Contest (Art. 37(4); TIME-2, TIME-5) -----------------------------------------------------

  @ParameterizedTest(name = "communicated {0} → {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-02 | 2026-04-01 | 30 days: Wednesday 1 April
      2026-03-11 | 2026-04-14 | Good Friday 10 April, Easter: Tuesday 14 April
      2026-04-16 | 2026-05-18 | Saturday 16 May moves to Monday
      2026-10-31 | 2026-12-02 | 30 November and 1 December: Wednesday
      """)
  void givenAContractualAct_whenContesting_thenThirtyDaysThenTheNextWorkingDay(
      String communication, String deadline, String why) {
    assertThat(deadlines.contestDeadline(CONTRACTUAL, date(communication))).as(why)
        .isEqualTo(date(deadline));
  }

  @Test
  void givenACivilServantsAct_whenContesting_thenNoDeadline() {
    assertThat(deadlines.contestDeadline(CIVIL_SERVANT, date("2026-03-02"))).isNull();
  }

  // ---- Radiation (Art. 38; Labour Code art. 248(3); TIME-4, TIME-5 a, TIME-8) -------------------

  @ParameterizedTest(name = "{0} {1} from {2} (months {3}, days {4}, years {5}) → {6}")
  @CsvSource(nullValues = "-", textBlock = """
      CIVIL_SERVANT, CS_WRITTEN_REPRIMAND,             2026-03-02, -,  -,  -, 2026-09-02
      CIVIL_SERVANT, CS_SALARY_RIGHTS_REDUCTION,       2026-03-02, 3,  -,  -, 2027-06-02
      CIVIL_SERVANT, CS_ADVANCEMENT_SUSPENSION,        2026-03-02, -,  -,  2, 2029-03-02
      CIVIL_SERVANT, CS_DEMOTION,                      2026-03-02, 12, -,  -, 2028-03-02
      CIVIL_SERVANT, CS_DESTITUTION,                   2026-03-02, -,  -,  -, 2033-03-02
      CONTRACTUAL,   C_WRITTEN_WARNING,                2026-03-02, -,  -,  -, 2027-03-02
      CONTRACTUAL,   C_DEMOTION,                       2026-03-02, -,  60, -, 2027-03-02
      CONTRACTUAL,   C_BASE_SALARY_REDUCTION,          2026-03-02, 3,  -,  -, 2027-03-02
      CONTRACTUAL,   C_SALARY_AND_ALLOWANCE_REDUCTION, 2026-03-02, 1,  -,  -, 2027-03-02
      CONTRACTUAL,   C_DISCIPLINARY_DISMISSAL,         2026-03-02, -,  -,  -, -
      """)
  void givenEverySanctionOfBothLadders_whenRadiating_thenItsRule(EmployeeCategory category,
      String code, String application, Integer months, Integer days, Integer years,
      String radiation) {
    assertThat(deadlines.radiationDate(sanction(category, code), date(application), months, days,
        years)).isEqualTo(radiation == null ? null : date(radiation));
  }

  @ParameterizedTest(name = "{0} {1} from {2} → {6}, a {7}, not moved")
  @CsvSource(nullValues = "-", textBlock = """
      CIVIL_SERVANT, CS_WRITTEN_REPRIMAND,       2026-03-06, -, -, -, 2026-09-06, SUNDAY
      CIVIL_SERVANT, CS_WRITTEN_REPRIMAND,       2026-08-31, -, -, -, 2027-02-28, SUNDAY
      CIVIL_SERVANT, CS_SALARY_RIGHTS_REDUCTION, 2026-01-31, 1, -, -, 2027-02-28, SUNDAY
      CIVIL_SERVANT, CS_ADVANCEMENT_SUSPENSION,  2026-03-02, -, -, 3, 2030-03-02, SATURDAY
      CIVIL_SERVANT, CS_DEMOTION,                2026-03-31, 5, -, -, 2027-08-31, TUESDAY
      CIVIL_SERVANT, CS_DESTITUTION,             2028-02-29, -, -, -, 2035-02-28, WEDNESDAY
      CONTRACTUAL,   C_WRITTEN_WARNING,          2026-03-07, -, -, -, 2027-03-07, SUNDAY
      """)
  void givenARadiationOnADayOffOrAtAMonthsEnd_whenRadiating_thenNoRollover(
      EmployeeCategory category, String code, String application, Integer months, Integer days,
      Integer years, String radiation, DayOfWeek dayOfWeek) {
    LocalDate date = deadlines.radiationDate(sanction(category, code), date(application), months,
        days, years);

    assertThat(date).isEqualTo(date(radiation));
    assertThat(date.getDayOfWeek()).isEqualTo(dayOfWeek);
  }

  @Test
  void givenATermInDays_whenRadiatingAYearAfterIt_thenTheTermEndsAfterItsLastDay() {
    // TIME-8: 10 days from 2 March cover 2–11 March; the term expires on 12 March.
    SanctionTerms tenDays = new SanctionTerms(CIVIL_SERVANT, "TEST_DAYS", 2, true, null, null,
        null, 60, null, RadiationRule.ONE_YEAR_AFTER_TERM_EXPIRY);

    assertThat(deadlines.radiationDate(tenDays, date("2026-03-02"), null, 10, null))
        .isEqualTo(date("2027-03-12"));
  }

  @Test
  void givenATermSanctionWithoutItsDuration_whenRadiating_thenRefused() {
    assertThatThrownBy(() -> deadlines.radiationDate(
        sanction(CIVIL_SERVANT, "CS_SALARY_RIGHTS_REDUCTION"), date("2026-03-02"), null, null,
        null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
  }

  private SanctionTerms sanction(EmployeeCategory category, String code) {
    return rules.sanction(category, code).orElseThrow();
  }

  @Test
  void freeDaysMode_countsNeitherTheFirstNorTheLastDay_forCalendarDayTerms() {
    DisciplineDeadlines free = new DisciplineDeadlines(CALENDAR,
        DisciplineDeadlines.CalendarDayMode.FREE_DAYS);
    // Contest: 30 days from Mon 16 Mar 2026 = Wed 15 Apr (end inclusive), Thu 16 Apr (free days).
    assertThat(deadlines.contestDeadline(EmployeeCategory.CONTRACTUAL,
        java.time.LocalDate.of(2026, 3, 16))).isEqualTo("2026-04-15");
    assertThat(free.contestDeadline(EmployeeCategory.CONTRACTUAL,
        java.time.LocalDate.of(2026, 3, 16))).isEqualTo("2026-04-16");
    // Communication: 5 days from Mon 16 Mar = Sat 21 → Mon 23; free days: Sun 22 → Mon 23.
    assertThat(free.communicationDue(EmployeeCategory.CONTRACTUAL,
        java.time.LocalDate.of(2026, 3, 16))).isEqualTo("2026-03-23");
    // Working-day terms and radiation are not calendar-day acts: unchanged.
    assertThat(free.issueDue(java.time.LocalDate.of(2026, 3, 12)))
        .isEqualTo(deadlines.issueDue(java.time.LocalDate.of(2026, 3, 12)));
  }

  private static DisciplineDeadlines.Applied applied(String on, String radiates) {
    return new DisciplineDeadlines.Applied(date(on), radiates == null ? null : date(radiates));
  }

  @Test
  void contractualRadiation_isHeldBackByANewerSanctionAppliedWithinItsTwelveMonths() {
    var first = applied("2026-03-05", "2027-03-05");
    // Alone, or with an older sanction: its own date.
    assertThat(DisciplineDeadlines.radiationAfterNewerSanctions(first, List.of(first,
        applied("2025-06-01", "2026-06-01")))).isEqualTo("2027-03-05");
    // A newer one applied within the 12 months: until the newer one is radiated (Q19).
    assertThat(DisciplineDeadlines.radiationAfterNewerSanctions(first, List.of(first,
        applied("2027-03-04", "2028-03-04")))).isEqualTo("2028-03-04");
    // Applied on the radiation day itself: too late to hold it back.
    assertThat(DisciplineDeadlines.radiationAfterNewerSanctions(first, List.of(first,
        applied("2027-03-05", "2028-03-05")))).isEqualTo("2027-03-05");
    // A chain: the second is itself held back by a third.
    assertThat(DisciplineDeadlines.radiationAfterNewerSanctions(first, List.of(first,
        applied("2026-09-07", "2027-09-07"), applied("2027-08-01", "2028-08-01"))))
        .isEqualTo("2028-08-01");
    // A newer sanction without radiation (dismissal) does not keep the first on record.
    assertThat(DisciplineDeadlines.radiationAfterNewerSanctions(first, List.of(first,
        applied("2026-09-07", null)))).isEqualTo("2027-03-05");
  }

  @Test
  void theReferralLimitIsASetting() {
    DisciplineDeadlines threeMonths = new DisciplineDeadlines(CALENDAR,
        DisciplineDeadlines.CalendarDayMode.END_INCLUSIVE, 3);
    // 4 Mar 2026 + 2 months = Mon 4 May; + 3 months = Thu 4 Jun.
    assertThat(deadlines.referralDeadline(date("2026-03-04"))).isEqualTo("2026-05-04");
    assertThat(threeMonths.referralDeadline(date("2026-03-04"))).isEqualTo("2026-06-04");
    assertThatThrownBy(() -> new DisciplineDeadlines(CALENDAR,
        DisciplineDeadlines.CalendarDayMode.END_INCLUSIVE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
