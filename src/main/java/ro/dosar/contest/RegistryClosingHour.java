package ro.dosar.contest;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.institution.InstitutionSettings;

/**
 * The hour the last day of a contest's submission window closes: its institution's Registry
 * closing hour ({@code dosar.institutions[…].registry-closing-time}), or the installation's
 * {@code dosar.calendar.closing-time} (16:00) for an institution that sets none (spec OQ-03). The
 * one answer the calendar check, the announcement's timer, the public pages, the Registry's
 * registration, the online submissions and the contestation filing windows (at the Registry and
 * online) all use.
 */
@Component
public class RegistryClosingHour {

  private final InstitutionSettings settings;
  private final WorkingDayCalendar calendar;

  public RegistryClosingHour(InstitutionSettings settings, WorkingDayCalendar calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  /** The closing hour of the institution's Registry (null or unknown: the installation's). */
  public LocalTime of(String institutionCode) {
    return settings.registryClosingTime(institutionCode).orElse(calendar.closingTime());
  }

  /** Whether the code names an institution of this installation. */
  public boolean knows(String institutionCode) {
    return settings.knows(institutionCode);
  }

  /** The moment a filing window of the contest that ends on that day closes. */
  public LocalDateTime closes(Contest contest, java.time.LocalDate day) {
    return day.atTime(of(contest.institutionCode()));
  }

  /** The moment the contest's submission window closes; null before its calendar is set. */
  public LocalDateTime submissionCloses(Contest contest) {
    return contest.submissionDeadline() == null ? null
        : contest.submissionDeadline().atTime(of(contest.institutionCode()));
  }
}
