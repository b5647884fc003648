package ro.dosar.contest.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ro.dosar.contest.announcement.ContestTimelineTestRules;

/** Pct. 8.5.2 alin. (1): postpone by at most 15 working days, otherwise restart; real calendar. */
class PostponementServiceTest {

  private final PostponementService service =
      new PostponementService(ContestTimelineTestRules.calendar());

  @Test
  void givenTheSpecsExample_whenPostponingByExactly15WorkingDays_thenPostpone() {
    // Tue 23 Sep 2025 + 15 WD (no holiday): 24-26 Sep, 29 Sep-3 Oct, 6-10 Oct, 13-14 Oct.
    PostponementCheck check = service.check(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 10, 14));

    assertThat(check.decision()).isEqualTo(PostponementDecision.POSTPONE);
    assertThat(check.latestPostponedDate()).isEqualTo(LocalDate.of(2025, 10, 14));
    assertThat(check.workingDays()).isEqualTo(15);
  }

  @Test
  void givenTheSpecsExample_whenPostponingBy16WorkingDays_thenRestart() {
    PostponementCheck check = service.check(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 10, 15));

    assertThat(check.decision()).isEqualTo(PostponementDecision.RESTART);
    assertThat(check.latestPostponedDate()).isEqualTo(LocalDate.of(2025, 10, 14));
    assertThat(check.workingDays()).isEqualTo(16);
  }

  @Test
  void givenMonday24Nov2025_whenCounting_thenMonday1DecHolidayPushesTheLimitToTuesday16Dec() {
    // 25-28 Nov (4); 29-30 Nov weekend, 1 Dec Ziua Națională; 2-5 Dec (8); 8-12 Dec (13);
    // 15-16 Dec (15). Without the holiday it would be Mon 15 Dec.
    LocalDate original = LocalDate.of(2025, 11, 24);

    assertThat(service.check(original, LocalDate.of(2025, 12, 16)).decision())
        .isEqualTo(PostponementDecision.POSTPONE);
    PostponementCheck late = service.check(original, LocalDate.of(2025, 12, 17));
    assertThat(late.decision()).isEqualTo(PostponementDecision.RESTART);
    assertThat(late.latestPostponedDate()).isEqualTo(LocalDate.of(2025, 12, 16));
  }

  @Test
  void givenMonday23Nov2026_whenCounting_thenBoth30NovAnd1DecAreSkipped() {
    // 24-27 Nov (4); 28-29 Nov weekend; Mon 30 Nov Sf. Andrei, Tue 1 Dec Ziua Națională;
    // 2-4 Dec (7); 7-11 Dec (12); 14-16 Dec (15).
    assertThat(service.latestPostponedDate(LocalDate.of(2026, 11, 23)))
        .isEqualTo(LocalDate.of(2026, 12, 16));
  }

  @Test
  void givenTheSameDate_whenOnlyTheHourMoves_thenPostponeByZeroWorkingDays() {
    PostponementCheck check = service.check(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 23));

    assertThat(check.decision()).isEqualTo(PostponementDecision.POSTPONE);
    assertThat(check.workingDays()).isZero();
  }

  @Test
  void givenANewDateBeforeTheOriginal_whenChecking_thenRefused() {
    assertThatThrownBy(() -> service.check(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 22)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a postponement");
  }
}
