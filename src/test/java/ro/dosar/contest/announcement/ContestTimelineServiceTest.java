package ro.dosar.contest.announcement;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.contest.VacancyType.TEMPORARILY_VACANT;
import static ro.dosar.contest.VacancyType.VACANT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ro.dosar.contest.ContestDeadlineRules.Deadlines;
import ro.dosar.contest.ContestDeadlineRules;
import ro.dosar.contest.VacancyType;

/**
 * The contest timeline with the real Romanian calendar and the real decision table. Expected dates
 * are worked out by hand (spec §8) and written with their weekday, which {@link #day} checks.
 */
class ContestTimelineServiceTest {

  /**
   * The looser counting of OQ-02 ({@code TEST_DAY_COUNTED}), the one the spec's worked examples of
   * §8 were first written for; the default counting is tested in {@link
   * ContestCalendarCheckTest}.
   */
  private final ContestTimelineService service =
      ContestTimelineTestRules.service(LeadTimeCounting.TEST_DAY_COUNTED);

  // ---- The worked examples of spec §8 -----------------------------------------------------------

  @Test
  void givenAVacantPostPublishedMonday1September2025_whenPlanning_thenTheDatesOfSpec8() {
    LocalDate publication = day(2025, 9, 1, MONDAY);
    LocalDate firstTest = day(2025, 9, 23, TUESDAY);

    ContestTimeline timeline = service.plan(VACANT, publication, firstTest);

    assertThat(timeline).isEqualTo(new ContestTimeline(VACANT, publication, firstTest,
        day(2025, 9, 15, MONDAY),     // submission: 10 WD
        day(2025, 9, 17, WEDNESDAY),  // selection: + 2 WD
        day(2025, 9, 18, THURSDAY),   // display: + 1 WD
        day(2025, 9, 19, FRIDAY),     // contestations: + 1 WD
        day(2025, 9, 22, MONDAY),     // contestation commission: + 1 WD
        day(2025, 9, 22, MONDAY),     // earliest first test: 15 WD after publication
        List.of(), timeline.warnings()));
    assertThat(timeline.lawful()).isTrue();
  }

  @Test
  void givenATemporarilyVacantPostPublishedMonday1September2025_whenPlanning_thenTheDatesOfSpec8() {
    LocalDate publication = day(2025, 9, 1, MONDAY);
    LocalDate firstTest = day(2025, 9, 15, MONDAY);

    ContestTimeline timeline = service.plan(TEMPORARILY_VACANT, publication, firstTest);

    assertThat(timeline).isEqualTo(new ContestTimeline(TEMPORARILY_VACANT, publication, firstTest,
        day(2025, 9, 8, MONDAY),      // submission: 5 WD
        day(2025, 9, 9, TUESDAY),     // selection: + 1 WD
        day(2025, 9, 10, WEDNESDAY),  // display: + 1 WD
        day(2025, 9, 11, THURSDAY),   // contestations: + 1 WD
        day(2025, 9, 12, FRIDAY),     // contestation commission: + 1 WD
        day(2025, 9, 15, MONDAY),     // earliest first test: 10 WD after publication
        List.of(), timeline.warnings()));
  }

  // ---- Public holidays --------------------------------------------------------------------------

  @Test
  void givenAVacantPostAcross30NovAnd1Dec2026_whenPlanning_thenBothHolidaysAreSkipped() {
    // Working days after Mon 16 Nov 2026: 17, 18, 19, 20, 23, 24, 25, 26, 27 Nov (9), then
    // Mon 30 Nov (Sfântul Andrei) and Tue 1 Dec (Ziua Națională) are holidays: Wed 2 Dec is the
    // 10th. Then Thu 3 (11), Fri 4 (12), Mon 7 (13), Tue 8 (14), Wed 9 Dec (15).
    LocalDate publication = day(2026, 11, 16, MONDAY);
    LocalDate firstTest = day(2026, 12, 9, WEDNESDAY);

    ContestTimeline timeline = service.plan(VACANT, publication, firstTest);

    assertThat(timeline).isEqualTo(new ContestTimeline(VACANT, publication, firstTest,
        day(2026, 12, 2, WEDNESDAY),
        day(2026, 12, 4, FRIDAY),
        day(2026, 12, 7, MONDAY),
        day(2026, 12, 8, TUESDAY),
        day(2026, 12, 9, WEDNESDAY),
        day(2026, 12, 9, WEDNESDAY),
        List.of(), timeline.warnings()));
  }

  @Test
  void givenTheHolidaysOf30NovAnd1Dec_whenTheTestIs15WorkingDaysIgnoringThem_thenPub01() {
    // Mon 7 Dec 2026 would be the 15th working day if 30 Nov and 1 Dec were worked.
    ContestTimeline timeline =
        service.plan(VACANT, day(2026, 11, 16, MONDAY), day(2026, 12, 7, MONDAY));

    assertThat(timeline.violations()).extracting(TimelineViolation::rule)
        .containsExactly("PUB-01", "SEL-01");
    assertThat(timeline.violations().get(0).message()).contains("09.12.2026");
  }

  @Test
  void givenATemporaryPostAcrossOrthodoxEaster2026_whenPlanning_thenGoodFridayAndMondaySkipped() {
    // Working days after Mon 6 Apr 2026: Tue 7 (1), Wed 8 (2), Thu 9 (3); Fri 10 Apr (Vinerea
    // Mare) and Mon 13 Apr (a doua zi de Paști) are holidays; Tue 14 (4), Wed 15 (5), Thu 16 (6),
    // Fri 17 (7), Mon 20 (8), Tue 21 (9), Wed 22 Apr (10).
    LocalDate publication = day(2026, 4, 6, MONDAY);
    LocalDate firstTest = day(2026, 4, 22, WEDNESDAY);

    ContestTimeline timeline = service.plan(TEMPORARILY_VACANT, publication, firstTest);

    assertThat(timeline).isEqualTo(new ContestTimeline(TEMPORARILY_VACANT, publication, firstTest,
        day(2026, 4, 15, WEDNESDAY),
        day(2026, 4, 16, THURSDAY),
        day(2026, 4, 17, FRIDAY),
        day(2026, 4, 20, MONDAY),
        day(2026, 4, 21, TUESDAY),
        day(2026, 4, 22, WEDNESDAY),
        List.of(), timeline.warnings()));
  }

  @Test
  void givenATemporaryPostAcrossEaster2026_whenTheTestIsTheDayBeforeTheEarliest_thenPub01() {
    // Tue 21 Apr 2026 is the 9th working day after Mon 6 Apr, one short of the 10 required.
    ContestTimeline timeline = service.plan(TEMPORARILY_VACANT, day(2026, 4, 6, MONDAY),
        day(2026, 4, 21, TUESDAY));

    assertThat(timeline.violations()).extracting(TimelineViolation::rule)
        .containsExactly("PUB-01");
    assertThat(timeline.violations().get(0).message()).contains("22.04.2026");
  }

  // ---- PUB-01: published at least 15 / 10 working days before the first test ------------------

  @ParameterizedTest(name = "{0}: first test on {1} is lawful")
  @CsvSource({"VACANT, 2025-09-22", "TEMPORARILY_VACANT, 2025-09-15"})
  void givenTheEarliestLegalFirstTestDate_whenPlanning_thenNoViolations(VacancyType type,
      LocalDate earliest) {
    ContestTimeline timeline = service.plan(type, day(2025, 9, 1, MONDAY), earliest);

    assertThat(timeline.earliestFirstTestDate()).isEqualTo(earliest);
    assertThat(timeline.violations()).isEmpty();
    assertThat(timeline.lawful()).isTrue();
  }

  @Test
  void givenAVacantPostAndATestOneWorkingDayTooEarly_whenPlanning_thenPub01NamesEarliestDate() {
    ContestTimeline timeline =
        service.plan(VACANT, day(2025, 9, 1, MONDAY), day(2025, 9, 19, FRIDAY));

    assertThat(timeline.lawful()).isFalse();
    // The test would also come before the selection contestations are resolved (Mon 22 Sep).
    assertThat(timeline.violations()).extracting(TimelineViolation::rule)
        .containsExactly("PUB-01", "SEL-01");
    assertThat(timeline.violations().get(0).message()).isEqualTo("Prima probă nu poate avea loc "
        + "la 19.09.2025: pentru un post vacant, anunțul publicat la 01.09.2025 trebuie să "
        + "preceadă prima probă cu cel puțin 15 zile lucrătoare (PO.UVT-DRU-01, subcap. 8.1.3 "
        + "alin. (1)). Cea mai devreme dată legală pentru prima probă este 22.09.2025.");
  }

  @Test
  void givenATemporarilyVacantPostAndAFirstTestOneWorkingDayTooEarly_whenPlanning_thenPub01() {
    ContestTimeline timeline =
        service.plan(TEMPORARILY_VACANT, day(2025, 9, 1, MONDAY), day(2025, 9, 12, FRIDAY));

    // Fri 12 Sep is the day the selection contestations are resolved: too early only for PUB-01.
    assertThat(timeline.violations()).extracting(TimelineViolation::rule)
        .containsExactly("PUB-01");
    assertThat(timeline.violations().get(0).message())
        .contains("12.09.2025", "post temporar vacant", "cel puțin 10 zile lucrătoare",
            "subcap. 8.1.3 alin. (1)", "Cea mai devreme dată legală pentru prima probă este "
                + "15.09.2025.");
  }

  // ---- SEL-01: no test before the selection contestations are resolved -------------------------

  /** Rules that let the announcement precede the test by less than the selection takes. */
  private static final ContestDeadlineRules SHORT_LEAD = type -> new Deadlines(5, 10, 2);

  @Test
  void givenRulesWithAShortLead_whenTheFirstTestComesBeforeTheContestationsAreResolved_thenSel01() {
    ContestTimelineService odd = ContestTimelineTestRules.service(SHORT_LEAD,
        LeadTimeCounting.TEST_DAY_COUNTED);

    // Earliest first test: Mon 8 Sep (5 WD); contestations resolved only on Mon 22 Sep.
    ContestTimeline timeline =
        odd.plan(VACANT, day(2025, 9, 1, MONDAY), day(2025, 9, 8, MONDAY));

    assertThat(timeline.earliestFirstTestDate()).isEqualTo(day(2025, 9, 8, MONDAY));
    assertThat(timeline.violations()).extracting(TimelineViolation::rule)
        .containsExactly("SEL-01");
    assertThat(timeline.violations().get(0).message()).isEqualTo("Prima probă nu poate avea loc "
        + "la 08.09.2025, înainte de soluționarea contestațiilor la selecția dosarelor, al cărei "
        + "termen este 22.09.2025: la prima probă se pot prezenta numai candidații declarați "
        + "admiși la selecția dosarelor (PO.UVT-DRU-01, subcap. 8.2 alin. (2) și subcap. 8.5 "
        + "„Soluționarea contestațiilor” alin. (2)).");
  }

  @Test
  void givenRulesWithAShortLead_whenTheFirstTestIsOnTheDayTheContestationsAreResolved_thenLawful() {
    ContestTimelineService odd = ContestTimelineTestRules.service(SHORT_LEAD,
        LeadTimeCounting.TEST_DAY_COUNTED);

    ContestTimeline timeline =
        odd.plan(VACANT, day(2025, 9, 1, MONDAY), day(2025, 9, 22, MONDAY));

    assertThat(timeline.violations()).isEmpty();
  }

  // ---- Dates in the wrong order -----------------------------------------------------------------

  @Test
  void givenAFirstTestBeforeThePublication_whenPlanning_thenDateOrderComesFirst() {
    ContestTimeline timeline =
        service.plan(VACANT, day(2025, 9, 1, MONDAY), day(2025, 8, 29, FRIDAY));

    assertThat(timeline.violations()).extracting(TimelineViolation::rule)
        .containsExactly("DATE-ORDER", "PUB-01", "SEL-01");
    assertThat(timeline.violations().get(0).message()).isEqualTo("Data primei probe "
        + "(29.08.2025) este anterioară datei publicării anunțului (01.09.2025). Anunțul trebuie "
        + "publicat înaintea probelor, ale căror date le cuprinde (PO.UVT-DRU-01, subcap. 8.1.3 "
        + "alin. (1) și alin. (2) lit. d)).");
  }

  // ---- For the process --------------------------------------------------------------------------

  @Test
  void givenLawfulDates_whenRequiringLawfulness_thenTheTimelineIsReturned() {
    ContestTimeline timeline = service.requireLawful(VACANT, day(2025, 9, 1, MONDAY),
        day(2025, 9, 22, MONDAY));

    assertThat(timeline.submissionDeadline()).isEqualTo(day(2025, 9, 15, MONDAY));
  }

  @Test
  void givenATooEarlyFirstTest_whenRequiringLawfulness_thenTheExceptionCarriesTheViolations() {
    assertThatThrownBy(() -> service.requireLawful(TEMPORARILY_VACANT, day(2025, 9, 1, MONDAY),
        day(2025, 9, 12, FRIDAY)))
        .isInstanceOfSatisfying(TimelineViolationException.class, e -> {
          assertThat(e.getViolations()).extracting(TimelineViolation::rule)
              .containsExactly("PUB-01");
          assertThat(e.getTimeline().earliestFirstTestDate())
              .isEqualTo(day(2025, 9, 15, MONDAY));
          assertThat(e.getMessage()).isEqualTo(e.getViolations().get(0).message());
        });
  }

  @Test
  void givenADeadlineDay_whenAskingWhenItCloses_thenAt16InBucharest() {
    ZonedDateTime closes = service.closesAt(day(2025, 9, 15, MONDAY));

    assertThat(closes).isEqualTo(
        ZonedDateTime.of(2025, 9, 15, 16, 0, 0, 0, ZoneId.of("Europe/Bucharest")));
    assertThat(closes.toInstant()).hasToString("2025-09-15T13:00:00Z");
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  /** A date, checked against the weekday written beside it, so that a typo fails loudly. */
  private static LocalDate day(int year, int month, int dayOfMonth, DayOfWeek expected) {
    LocalDate date = LocalDate.of(year, month, dayOfMonth);
    assertThat(date.getDayOfWeek()).as("weekday of %s", date).isEqualTo(expected);
    return date;
  }
}
