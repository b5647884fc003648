package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ro.dosar.calendar.CalendarProperties;
import ro.dosar.calendar.StatutoryHolidays;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.VacancyType;
import ro.dosar.institution.InstitutionSettings;

/**
 * Online submissions close at the contest's institution's Registry hour: two institutions with
 * different hours (UVT 14:00, ASEMT 16:30), the same last day; an institution without one closes
 * at the installation's 16:00.
 */
class RegistryClosingHourTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  static final LocalDate LAST_DAY = LocalDate.of(2025, 9, 15);

  final RegistryClosingHour hours = new RegistryClosingHour(new InstitutionSettings(List.of(
      new InstitutionSettings.Entry("UVT", null, LocalTime.of(14, 0)),
      new InstitutionSettings.Entry("ASEMT", null, LocalTime.of(16, 30)),
      new InstitutionSettings.Entry("MFRM", null, null))), calendarAt(LAST_DAY.atTime(9, 0)));

  @Test
  void theLastSubmissionDayClosesAtEachInstitutionsRegistryHour() {
    assertThat(hours.submissionCloses(contest("UVT"))).isEqualTo(LAST_DAY.atTime(14, 0));
    assertThat(hours.submissionCloses(contest("ASEMT"))).isEqualTo(LAST_DAY.atTime(16, 30));
    assertThat(hours.submissionCloses(contest("MFRM"))).isEqualTo(LAST_DAY.atTime(16, 0));
    assertThat(hours.of("NECUNOSCUT")).isEqualTo(LocalTime.of(16, 0));
  }

  @Test
  void atFifteenHoursOnTheLastDay_uvtNoLongerTakesFiles_asemtStillDoes() {
    ElectronicSubmission at15 = submission(LAST_DAY.atTime(15, 0));
    assertThat(at15.open(contest("UVT"))).isFalse();
    assertThat(at15.open(contest("ASEMT"))).isTrue();
    ElectronicSubmission at1359 = submission(LAST_DAY.atTime(13, 59));
    assertThat(at1359.open(contest("UVT"))).isTrue();
    ElectronicSubmission at1631 = submission(LAST_DAY.atTime(16, 31));
    assertThat(at1631.open(contest("ASEMT"))).isFalse();
    assertThat(at15.deadline(contest("UVT")))
        .isEqualTo(LAST_DAY.atTime(14, 0).atZone(ZONE).toInstant());
  }

  private ElectronicSubmission submission(LocalDateTime now) {
    Clock clock = Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
    return new ElectronicSubmission(null, null, null, calendarAt(now), clock, null, null, null,
        null, hours);
  }

  private static WorkingDayCalendar calendarAt(LocalDateTime now) {
    return new WorkingDayCalendar(CalendarProperties.defaults(), new StatutoryHolidays(),
        Clock.fixed(now.atZone(ZONE).toInstant(), ZONE));
  }

  private static Contest contest(String institution) {
    return new Contest(1, institution, "Referent", "Secretariat", PostCategory.EXECUTION,
        VacancyType.VACANT, 1, ContestStatus.PUBLISHED, null, null, LocalDate.of(2025, 8, 29),
        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23), LAST_DAY, null, null, null, null,
        null);
  }
}
