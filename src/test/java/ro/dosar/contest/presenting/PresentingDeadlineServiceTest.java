package ro.dosar.contest.presenting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.announcement.ContestTimelineTestRules;

/**
 * Pct. 8.6 alin. (1), (2) and spec §8 steps 27, 28, 28' with the real Romanian calendar. The
 * worked example: final results displayed Fri 03 Oct 2025.
 */
class PresentingDeadlineServiceTest {

  private static final LocalDate DISPLAY = LocalDate.of(2025, 10, 3);

  private final PresentingDeadlineService service = service(PresentingProperties.defaults());

  private static PresentingDeadlineService service(PresentingProperties properties) {
    return new PresentingDeadlineService(ContestTimelineTestRules.calendar(), properties);
  }

  private static LocalDate oct(int day) {
    return LocalDate.of(2025, 10, day);
  }

  @Test
  void givenNoRequest_whenTheSpecsExample_thenSaturday18OctMovesToMonday20Oct() {
    PresentingDeadline deadline = service.deadline(DISPLAY, PostCategory.EXECUTION, null, null);

    assertThat(deadline.deadline()).isEqualTo(oct(20));
    assertThat(deadline.standardDeadline()).isEqualTo(oct(20));
    assertThat(deadline.requestAccepted()).isNull();
    assertThat(deadline.reason()).isNull();
    // Step 27: 6, 7, 8 Oct. Step 28': 20 WD = four full weeks after Fri 03 Oct.
    assertThat(deadline.requestDeadline()).isEqualTo(oct(8));
    assertThat(deadline.latestStartDate()).isEqualTo(oct(31));
  }

  @Test
  void givenTheMoveSwitchedOff_whenTheSpecsExample_thenTheSaturdayStands() {
    PresentingDeadline deadline = service(new PresentingProperties(false))
        .deadline(DISPLAY, PostCategory.EXECUTION, null, null);

    assertThat(deadline.deadline()).isEqualTo(oct(18));
  }

  @Test
  void givenTheLastDayOnAWeekendBeforeTwoHolidays_whenComputing_thenMovedToTuesday2Dec() {
    // Fri 14 Nov 2025 + 15 CD = Sat 29 Nov; Sun 30 Nov Sf. Andrei; Mon 1 Dec Ziua Națională.
    LocalDate display = LocalDate.of(2025, 11, 14);

    assertThat(service.deadline(display, PostCategory.EXECUTION, null, null).deadline())
        .isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(service(new PresentingProperties(false)).standardDeadline(display))
        .isEqualTo(LocalDate.of(2025, 11, 29));
  }

  @Test
  void givenARequestOnTheLastDayForTheLastExecutionDay_whenComputing_thenAccepted() {
    PresentingDeadline deadline =
        service.deadline(DISPLAY, PostCategory.EXECUTION, oct(8), oct(31));

    assertThat(deadline.requestAccepted()).isTrue();
    assertThat(deadline.deadline()).isEqualTo(oct(31));
    assertThat(deadline.reason()).isNull();
  }

  @Test
  void givenARequestOnTheDisplayDay_whenComputing_thenInTime() {
    PresentingDeadline deadline =
        service.deadline(DISPLAY, PostCategory.EXECUTION, DISPLAY, oct(24));

    assertThat(deadline.requestAccepted()).isTrue();
    assertThat(deadline.deadline()).isEqualTo(oct(24));
  }

  @Test
  void givenAnExecutionPost_whenAskingForMonday3Nov_thenRefusedNamingTheCapFri31Oct() {
    PresentingDeadline deadline = service.deadline(DISPLAY, PostCategory.EXECUTION, oct(6),
        LocalDate.of(2025, 11, 3));

    assertThat(deadline.requestAccepted()).isFalse();
    assertThat(deadline.deadline()).isEqualTo(oct(20));
    assertThat(deadline.reason()).contains("03.11.2025", "20 de zile lucrătoare", "execuție",
        "31.10.2025", "pct. 8.6 alin. (2)", "20.10.2025");
  }

  @Test
  void givenALeadershipPost_when45WorkingDaysAcross1Dec_thenMonday8DecAccepted() {
    // Oct 6-31 (20), Nov 3-28 (40), Mon 1 Dec holiday, Dec 2-5 (44), Mon 8 Dec (45).
    LocalDate lastDay = LocalDate.of(2025, 12, 8);

    PresentingDeadline accepted =
        service.deadline(DISPLAY, PostCategory.LEADERSHIP, oct(7), lastDay);
    assertThat(accepted.requestAccepted()).isTrue();
    assertThat(accepted.deadline()).isEqualTo(lastDay);
    assertThat(accepted.latestStartDate()).isEqualTo(lastDay);

    PresentingDeadline refused = service.deadline(DISPLAY, PostCategory.LEADERSHIP, oct(7),
        LocalDate.of(2025, 12, 9));
    assertThat(refused.requestAccepted()).isFalse();
    assertThat(refused.deadline()).isEqualTo(oct(20));
    assertThat(refused.reason()).contains("45 de zile lucrătoare", "conducere", "08.12.2025");
  }

  @Test
  void givenAnExecutionDateALeadershipPostMayAsk_whenExecution_thenRefused() {
    assertThat(service.deadline(DISPLAY, PostCategory.EXECUTION, oct(7),
        LocalDate.of(2025, 12, 8)).requestAccepted()).isFalse();
  }

  @Test
  void givenARequestOnThursday9Oct_whenComputing_thenLateAndRefused() {
    PresentingDeadline deadline =
        service.deadline(DISPLAY, PostCategory.EXECUTION, oct(9), oct(31));

    assertThat(deadline.requestAccepted()).isFalse();
    assertThat(deadline.deadline()).isEqualTo(oct(20));
    assertThat(deadline.reason()).contains("09.10.2025", "3 zile lucrătoare", "08.10.2025",
        "pct. 8.6 alin. (2)", "15 zile calendaristice", "20.10.2025");
  }

  @Test
  void givenADateNotLaterThanTheStandardDeadline_whenComputing_thenRefusedAndTheStandardStands() {
    for (LocalDate asked : new LocalDate[] {oct(17), oct(20)}) {
      PresentingDeadline deadline =
          service.deadline(DISPLAY, PostCategory.EXECUTION, oct(6), asked);
      assertThat(deadline.requestAccepted()).isFalse();
      assertThat(deadline.deadline()).isEqualTo(oct(20));
      assertThat(deadline.reason()).contains("nu este ulterioară");
    }
    assertThat(service.deadline(DISPLAY, PostCategory.EXECUTION, oct(6), oct(21))
        .requestAccepted()).isTrue();
  }

  @Test
  void givenInconsistentRequests_whenComputing_thenIllegalArgument() {
    assertThatThrownBy(() -> service.deadline(DISPLAY, PostCategory.EXECUTION, oct(6), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.deadline(DISPLAY, PostCategory.EXECUTION, null, oct(31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.deadline(DISPLAY, PostCategory.EXECUTION, oct(2), oct(31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.deadline(DISPLAY, PostCategory.EXECUTION, oct(6), oct(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
