package ro.dosar.contest.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.contest.VacancyType.TEMPORARILY_VACANT;
import static ro.dosar.contest.VacancyType.VACANT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ro.dosar.contest.TestType;
import ro.dosar.contest.VacancyType;
import ro.dosar.contest.announcement.ContestCalendarCheck.CalendarViolation;
import ro.dosar.contest.announcement.ContestCalendarCheck.PlannedTest;
import ro.dosar.contest.announcement.ContestCalendarCheck.Proposal;
import ro.dosar.contest.announcement.ContestCalendarCheck.Result;
import ro.dosar.contest.announcement.ContestCalendarCheck.Submission;

/**
 * The whole-calendar check (spec §8, OQ-02) on the spec's worked calendar and on calendars built to
 * break one rule each, with the real Romanian calendar and the real decision table.
 */
class ContestCalendarCheckTest {

  private static final LocalDate MON_1_SEP_2025 = LocalDate.of(2025, 9, 1);

  private final ContestCalendarCheck strict =
      new ContestCalendarCheck(ContestTimelineTestRules.service());
  private final ContestCalendarCheck loose = new ContestCalendarCheck(
      ContestTimelineTestRules.service(LeadTimeCounting.TEST_DAY_COUNTED));

  // ---- OQ-02: how "at least 15 working days before" is counted ----------------------------------

  @Test
  void givenTheDefaultCounting_whenTheTestIsOn15thWorkingDay_thenRefusedNamingBothReadings() {
    // Mon 22 Sep 2025 is addWD(1 Sep, 15): lawful only if the test day counts.
    Result result = strict.check(written(VACANT, LocalDate.of(2025, 9, 22)));

    assertThat(strict.counting()).isEqualTo(LeadTimeCounting.BOTH_EXCLUDED);
    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("PUB-01");
    CalendarViolation pub01 = result.violations().get(0);
    assertThat(pub01.field()).isEqualTo("tests[0].date");
    assertThat(pub01.earliest()).isEqualTo("2025-09-23");
    assertThat(pub01.message()).contains("22.09.2025", "23.09.2025",
        "numai dacă ziua probei se numără", "HG nr. 286/2011");
  }

  @Test
  void givenTheLooserCounting_whenTheTestIsOn15thWorkingDay_thenAcceptedWithAWarning() {
    Result result = loose.check(written(VACANT, LocalDate.of(2025, 9, 22)));

    assertThat(result.lawful()).isTrue();
    assertThat(result.warnings()).extracting(CalendarViolation::rule).containsExactly("PUB-01");
    assertThat(result.warnings().get(0).message()).contains("TEST_DAY_COUNTED", "23.09.2025");
  }

  @Test
  void givenEitherCounting_whenTheTestIsOn16thWorkingDay_thenLawfulWithoutWarning() {
    for (ContestCalendarCheck check : List.of(strict, loose)) {
      Result result = check.check(written(VACANT, LocalDate.of(2025, 9, 23)));
      assertThat(result.violations()).isEmpty();
      assertThat(result.warnings()).isEmpty();
    }
  }

  @Test
  void givenATemporaryPost_whenTheTestIsOn10thWorkingDay_thenOnlyTheLooserCountingAccepts() {
    // Mon 15 Sep = addWD(1 Sep, 10); Tue 16 Sep leaves 10 full working days in between.
    assertThat(strict.check(written(TEMPORARILY_VACANT, LocalDate.of(2025, 9, 15))).lawful())
        .isFalse();
    assertThat(strict.check(written(TEMPORARILY_VACANT, LocalDate.of(2025, 9, 16))).lawful())
        .isTrue();
    assertThat(loose.check(written(TEMPORARILY_VACANT, LocalDate.of(2025, 9, 15))).lawful())
        .isTrue();
  }

  @Test
  void givenAFirstTest14WorkingDaysAfterPublication_whenChecking_thenPub01AndSel01() {
    Result result = strict.check(written(VACANT, LocalDate.of(2025, 9, 19)));

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("PUB-01", "SEL-01");
  }

  // ---- The worked calendar of spec §8 and one broken rule at a time ------------------------------

  @Test
  void givenTheWorkedCalendarOfSpec8_whenChecking_thenLawful() {
    Result result = strict.check(workedCalendar().build());

    assertThat(result.violations()).isEmpty();
    assertThat(result.latestInterviewDate()).isEqualTo("2025-10-01");
    assertThat(result.latestFinalResultsDate()).isEqualTo("2025-10-03");
  }

  @Test
  void givenFilesAcceptedOnly10DaysCountingThePublicationDay_whenChecking_thenSub02() {
    // 1–12 Sep is 10 working days with the publication day: one short of the term (15 Sep).
    Result result = strict.check(workedCalendar()
        .submission(MON_1_SEP_2025, LocalDate.of(2025, 9, 12)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule, CalendarViolation::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SUB-02", "submission.to"));
    assertThat(result.violations().get(0).message()).contains("12.09.2025", "15.09.2025",
        "8.2.1 alin. (1)");
  }

  @Test
  void givenAWindowOpeningTwoWeeksLateAndClosingADayLate_whenChecking_thenSub01AndSub02() {
    Result result = strict.check(workedCalendar()
        .submission(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 16)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("SUB-01", "SUB-02");
    assertThat(result.violations().get(1).message()).contains("după împlinirea termenului");
  }

  @Test
  void givenSelectionResultsDisplayedADayLate_whenChecking_thenSel03() {
    Result result = strict.check(workedCalendar()
        .selection(LocalDate.of(2025, 9, 17), LocalDate.of(2025, 9, 19)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("SEL-03");
    assertThat(result.violations().get(0).latest()).isEqualTo("2025-09-18");
  }

  @Test
  void givenASelectionBeforeTheSubmissionEnds_whenChecking_thenSel02() {
    Result result = strict.check(workedCalendar()
        .selection(LocalDate.of(2025, 9, 12), LocalDate.of(2025, 9, 18)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("SEL-02");
    assertThat(result.violations().get(0).earliest()).isEqualTo("2025-09-15");
  }

  @Test
  void givenAnInterview5WorkingDaysAfterTheLastTest_whenChecking_thenInt05() {
    // Practical on Thu 25 Sep: the interview may be at most on Wed 1 Oct.
    Result result = strict.check(workedCalendar()
        .interview(LocalDate.of(2025, 10, 2)).finalResults(LocalDate.of(2025, 10, 6)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("INT-05");
    assertThat(result.violations().get(0).latest()).isEqualTo("2025-10-01");
  }

  @Test
  void givenAnInterviewOnTheWrittenTestsDay_whenItDoesNotStartAfterTheTest_thenInt05OnItsHour() {
    // Tue 23 Sep 2025: the written test at 10:00; the interview the same day at 10:00 or 09:30.
    LocalDate day = LocalDate.of(2025, 9, 23);
    for (LocalTime hour : List.of(LocalTime.of(10, 0), LocalTime.of(9, 30))) {
      Result result = strict.check(writtenThenInterview(day, day, hour));

      assertThat(result.violations()).as("interview at " + hour)
          .extracting(CalendarViolation::rule).containsExactly("INT-05");
      CalendarViolation int05 = result.violations().get(0);
      assertThat(int05.field()).isEqualTo("tests[1].time");
      assertThat(int05.message()).contains("23.09.2025", "ora " + hour, "ora 10:00",
          "aceeași zi", "8.2.4 alin. (5)");
    }
  }

  @Test
  void givenAnInterviewOnTheWrittenTestsDay_whenItStartsAfterTheTest_thenLawful() {
    LocalDate day = LocalDate.of(2025, 9, 23);

    assertThat(strict.check(writtenThenInterview(day, day, LocalTime.of(14, 0))).violations())
        .isEmpty();
    // On a later day the hour does not matter.
    assertThat(strict.check(writtenThenInterview(day, LocalDate.of(2025, 9, 24),
        LocalTime.of(9, 0))).violations()).isEmpty();
  }

  @Test
  void givenAPracticalTestBeforeTheWrittenOne_whenChecking_thenTestOrder() {
    Result result = strict.check(workedCalendar()
        .practical(LocalDate.of(2025, 9, 23)).written(LocalDate.of(2025, 9, 24)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .contains("TEST-ORDER");
  }

  @Test
  void givenFinalResultsBeforeTheLastContestationsCanBeFiled_whenChecking_thenFin01() {
    Result result = strict.check(workedCalendar().finalResults(LocalDate.of(2025, 9, 29)).build());

    assertThat(result.violations()).extracting(CalendarViolation::rule)
        .containsExactly("FIN-01");
    assertThat(result.violations().get(0).earliest()).isEqualTo("2025-09-30");
  }

  // ---- Building calendars -----------------------------------------------------------------------

  private static Proposal written(VacancyType type, LocalDate date) {
    return new Proposal(type, MON_1_SEP_2025, null, null, null,
        List.of(new PlannedTest(TestType.WRITTEN, date, LocalTime.of(10, 0))),
        List.of("tests[0].date"), null);
  }

  /** Published Mon 1 Sep 2025: the written test at 10:00, then the interview. */
  private static Proposal writtenThenInterview(LocalDate written, LocalDate interview,
      LocalTime interviewHour) {
    return new Proposal(VACANT, MON_1_SEP_2025, null, null, null,
        List.of(new PlannedTest(TestType.WRITTEN, written, LocalTime.of(10, 0)),
            new PlannedTest(TestType.INTERVIEW, interview, interviewHour)),
        List.of("tests[0].date", "tests[1].date"), null);
  }

  /** Spec §8, P = Mon 1 Sep 2025, vacant post, every date the latest allowed. */
  private static CalendarBuilder workedCalendar() {
    return new CalendarBuilder();
  }

  private static final class CalendarBuilder {
    private LocalDate from = MON_1_SEP_2025;
    private LocalDate to = LocalDate.of(2025, 9, 15);
    private LocalDate selection = LocalDate.of(2025, 9, 17);
    private LocalDate display = LocalDate.of(2025, 9, 18);
    private LocalDate written = LocalDate.of(2025, 9, 23);
    private LocalDate practical = LocalDate.of(2025, 9, 25);
    private LocalDate interview = LocalDate.of(2025, 9, 29);
    private LocalDate finalResults = LocalDate.of(2025, 10, 3);

    CalendarBuilder submission(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    CalendarBuilder selection(LocalDate selection, LocalDate display) {
      this.selection = selection;
      this.display = display;
      return this;
    }

    CalendarBuilder written(LocalDate date) {
      this.written = date;
      return this;
    }

    CalendarBuilder practical(LocalDate date) {
      this.practical = date;
      return this;
    }

    CalendarBuilder interview(LocalDate date) {
      this.interview = date;
      return this;
    }

    CalendarBuilder finalResults(LocalDate date) {
      this.finalResults = date;
      return this;
    }

    Proposal build() {
      List<PlannedTest> tests = new ArrayList<>(List.of(
          new PlannedTest(TestType.WRITTEN, written, LocalTime.of(10, 0)),
          new PlannedTest(TestType.PRACTICAL, practical, null),
          new PlannedTest(TestType.INTERVIEW, interview, LocalTime.of(10, 0))));
      return new Proposal(VACANT, MON_1_SEP_2025, new Submission(from, to, LocalTime.of(16, 0)),
          selection, display, tests, List.of("tests[0].date", "tests[1].date", "tests[2].date"), finalResults);
    }
  }
}
