package ro.dosar.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.WorkingDayCalendar;

/**
 * The time limits of the disciplinary procedure (spec §4.6, deadline register §19 rows 1–13),
 * counted with the time rules of spec §2 on the Romanian working-day calendar:
 *
 * <ul>
 *   <li>a term of N calendar days from D ends on D + N (TIME-2); of N working days, on the N-th
 *       working day after D (TIME-3); of months or years, on the same day of the month, or the
 *       last day of a shorter month (TIME-4);</li>
 *   <li>a limit for performing an act that ends on a non-working day moves to the next working day
 *       (TIME-5); an automatic effect (radiation) never moves (TIME-5 a);</li>
 *   <li>"at least N days before X" holds when A + N ≤ X (TIME-6); a sanction period of N days
 *       starting on S covers S … S + N − 1, so it expires on S + N (TIME-8).</li>
 * </ul>
 *
 * <p>Sources: referral within 2 months of the act (Art. 31); secretary to president within 2 days
 * and summons at least 3 days before (Art. 32); act within 5 working days of the report (Art. 34,
 * 37(4)); civil servants' limitation 1 year from the referral and 2 years from the act (Art.
 * 37(4)); contractual staff's 30 days from knowledge and 6 months from the act (Labour Code art.
 * 252(1)); communication within 15 working days (civil servants) or 5 days (contractual) and the
 * contractual 30-day contest (Art. 37(4)); radiation (Art. 38; Labour Code art. 248(3)).
 */
@Service
public class DisciplineDeadlines {

  /** Months from the offence within which it may be referred (Art. 31). */
  static final int REFERRAL_MONTHS = 2;
  /** Calendar days for the secretary to present the referral to the president (Art. 32). */
  static final int PRESENT_TO_PRESIDENT_DAYS = 2;
  /** Calendar days at least between the summons and the hearing (Art. 32). */
  static final int SUMMONS_NOTICE_DAYS = 3;
  /** Working days from the commission's report to the sanction act (Art. 34, 37(4)). */
  static final int ISSUE_WORKING_DAYS = 5;
  /** Working days to communicate a civil servant's sanction (Art. 37(4)). */
  static final int CIVIL_SERVANT_COMMUNICATION_WORKING_DAYS = 15;
  /** Calendar days to communicate a contractual sanction (Art. 37(4)). */
  static final int CONTRACTUAL_COMMUNICATION_DAYS = 5;
  /** Calendar days to contest a contractual sanction in court (Art. 37(4)). */
  static final int CONTRACTUAL_CONTEST_DAYS = 30;

  /** The rule names of {@link HardDeadline#rule()}. */
  public static final String REGISTRATION_PLUS_1_YEAR = "REGISTRATION_PLUS_1_YEAR";
  public static final String OFFENCE_PLUS_2_YEARS = "OFFENCE_PLUS_2_YEARS";
  public static final String KNOWLEDGE_PLUS_30_DAYS = "KNOWLEDGE_PLUS_30_DAYS";
  public static final String OFFENCE_PLUS_6_MONTHS = "OFFENCE_PLUS_6_MONTHS";

  private final WorkingDayCalendar calendar;

  public DisciplineDeadlines(WorkingDayCalendar calendar) {
    this(calendar, CalendarDayMode.END_INCLUSIVE);
  }

  public DisciplineDeadlines(WorkingDayCalendar calendar, CalendarDayMode calendarDayMode) {
    this(calendar, calendarDayMode, REFERRAL_MONTHS);
  }

  /**
   * @param calendarDayMode how a term of N calendar days for performing an act is counted
   *     ({@code dosar.discipline.calendar-day-mode}): {@code END_INCLUSIVE} (default, TIME-2:
   *     D + N) or {@code FREE_DAYS} ("zile libere", D + N + 1, spec Q1)
   * @param referralLimitMonths the months after the act within which a referral is lawful
   *     ({@code dosar.discipline.referral-limit-months}, default 2: Art. 31 as written, spec Q-list
   *     "legal confirmation needed")
   */
  @org.springframework.beans.factory.annotation.Autowired
  public DisciplineDeadlines(WorkingDayCalendar calendar,
      @org.springframework.beans.factory.annotation.Value(
          "${dosar.discipline.calendar-day-mode:END_INCLUSIVE}") CalendarDayMode calendarDayMode,
      @org.springframework.beans.factory.annotation.Value(
          "${dosar.discipline.referral-limit-months:2}") int referralLimitMonths) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.calendarDayMode = Objects.requireNonNull(calendarDayMode, "calendarDayMode");
    if (referralLimitMonths < 1) {
      throw new IllegalArgumentException(
          "dosar.discipline.referral-limit-months must be at least 1, not " + referralLimitMonths);
    }
    this.referralLimitMonths = referralLimitMonths;
  }

  /** How calendar-day terms are counted (TIME-2, spec Q1). */
  public enum CalendarDayMode {
    /** D + N: the act may be done until 24:00 of the N-th day. */
    END_INCLUSIVE,
    /** D + N + 1: neither the first nor the last day counts (Civil Code art. 2553(1)). */
    FREE_DAYS
  }

  private final CalendarDayMode calendarDayMode;
  private final int referralLimitMonths;

  /** A term of N calendar days for an act, as counted in the configured mode. */
  private int calendarDays(int days) {
    return calendarDayMode == CalendarDayMode.FREE_DAYS ? days + 1 : days;
  }

  /**
   * The last day on which a sanction may be applied (HARD: the case is then time-barred), and
   * which of the two limits binds.
   *
   * @param date the limit, moved to the next working day when it is not one (TIME-5)
   * @param rule {@link #REGISTRATION_PLUS_1_YEAR}, {@link #OFFENCE_PLUS_2_YEARS}, {@link
   *     #KNOWLEDGE_PLUS_30_DAYS} or {@link #OFFENCE_PLUS_6_MONTHS}
   */
  public record HardDeadline(LocalDate date, String rule) {
  }

  /**
   * Offence date + 2 months (TIME-4; the months are a setting), then the next working day
   * (TIME-5); Art. 31.
   */
  public LocalDate referralDeadline(LocalDate offenceDate) {
    return rollover(required(offenceDate, "offenceDate").plusMonths(referralLimitMonths));
  }

  /** Registration date + 2 calendar days (TIME-2), then the next working day (TIME-5); Art. 32. */
  public LocalDate presentToPresidentDue(LocalDate registrationDate) {
    return calendar.addCalendarDays(required(registrationDate, "registrationDate"),
        calendarDays(PRESENT_TO_PRESIDENT_DAYS), true);
  }

  /**
   * Whether the summons reached the parties at least 3 days before the hearing: delivered + 3 ≤
   * hearing (TIME-6; Art. 32). A hearing that fails this cannot be held on that date.
   */
  public boolean summonsInTime(LocalDate summonsDelivered, LocalDate hearingDate) {
    return !required(summonsDelivered, "summonsDelivered").plusDays(SUMMONS_NOTICE_DAYS)
        .isAfter(required(hearingDate, "hearingDate"));
  }

  /**
   * The limitation of the sanction (HARD), the earlier of two limits, the first of the pair when
   * they fall on the same day; then moved to the next working day (TIME-5), since the employer's
   * act must be performed by then.
   *
   * <ul>
   *   <li>{@link EmployeeCategory#CIVIL_SERVANT}: registration + 1 year, offence + 2 years (Art.
   *       37(4)); {@code registrationDate} is required.</li>
   *   <li>{@link EmployeeCategory#CONTRACTUAL}: knowledge + 30 calendar days, offence + 6 months
   *       (Labour Code art. 252(1)); without a {@code knowledgeDate}, the 6-month cap alone
   *       ({@code registerReferral} in the BPMN outline, spec §4.10).</li>
   * </ul>
   */
  public HardDeadline hardDeadline(EmployeeCategory category, LocalDate offenceDate,
      LocalDate registrationDate, LocalDate knowledgeDate) {
    required(offenceDate, "offenceDate");
    HardDeadline earlier = switch (required(category, "category")) {
      case CIVIL_SERVANT -> earlier(
          new HardDeadline(required(registrationDate, "registrationDate").plusYears(1),
              REGISTRATION_PLUS_1_YEAR),
          new HardDeadline(offenceDate.plusYears(2), OFFENCE_PLUS_2_YEARS));
      case CONTRACTUAL -> {
        HardDeadline cap = new HardDeadline(offenceDate.plusMonths(6), OFFENCE_PLUS_6_MONTHS);
        yield knowledgeDate == null ? cap
            : earlier(new HardDeadline(knowledgeDate.plusDays(calendarDays(30)), KNOWLEDGE_PLUS_30_DAYS), cap);
      }
    };
    return new HardDeadline(rollover(earlier.date()), earlier.rule());
  }

  /** Report registration + 5 working days (TIME-3); Art. 34, 37(4). Missed: escalation only. */
  public LocalDate issueDue(LocalDate reportRegisteredDate) {
    return calendar.addWorkingDays(required(reportRegisteredDate, "reportRegisteredDate"),
        ISSUE_WORKING_DAYS);
  }

  /**
   * The last day to communicate the sanction act (Art. 37(4)): civil servants, issue + 15 working
   * days (TIME-3); contractual staff, issue + 5 calendar days (TIME-2), then the next working day
   * (TIME-5).
   */
  public LocalDate communicationDue(EmployeeCategory category, LocalDate issueDate) {
    required(issueDate, "issueDate");
    return switch (required(category, "category")) {
      case CIVIL_SERVANT ->
          calendar.addWorkingDays(issueDate, CIVIL_SERVANT_COMMUNICATION_WORKING_DAYS);
      case CONTRACTUAL ->
          calendar.addCalendarDays(issueDate, calendarDays(CONTRACTUAL_COMMUNICATION_DAYS),
              true);
    };
  }

  /**
   * The last day to contest the sanction in court (Art. 37(4)): contractual staff, communication
   * + 30 calendar days (TIME-2), then the next working day (TIME-5); civil servants, null: they may
   * turn to ANFP or the administrative court, and the regulation sets no term (spec Q18).
   */
  public LocalDate contestDeadline(EmployeeCategory category, LocalDate communicationDate) {
    required(communicationDate, "communicationDate");
    return switch (required(category, "category")) {
      case CIVIL_SERVANT -> null;
      case CONTRACTUAL ->
          calendar.addCalendarDays(communicationDate, calendarDays(CONTRACTUAL_CONTEST_DAYS),
              true);
    };
  }

  /**
   * The day the sanction is struck off the record, never moved (an automatic effect, TIME-5 a),
   * by the sanction's {@link SanctionTerms#radiationRule()}:
   *
   * <ul>
   *   <li>{@code SIX_MONTHS_FROM_APPLICATION}: application + 6 months (Art. 38 indent 1);</li>
   *   <li>{@code ONE_YEAR_AFTER_TERM_EXPIRY}: term expiry + 1 year (Art. 38 indent 2), where the
   *       term is the sanction's own duration from the application date: {@code months}, {@code
   *       years} (TIME-4) or {@code days} (expiry = application + days, TIME-8), whichever bound
   *       the sanction has;</li>
   *   <li>{@code SEVEN_YEARS_FROM_APPLICATION}: application + 7 years (Art. 38 indent 3);</li>
   *   <li>{@code TWELVE_MONTHS_FROM_APPLICATION}: application + 12 months (Labour Code art.
   *       248(3));</li>
   *   <li>{@code NOT_APPLICABLE}: null (dismissal ends the contract).</li>
   * </ul>
   *
   * @param applicationDate the date the sanction applies from; by default the communication date
   *     (spec Q17)
   * @throws IllegalArgumentException if the sanction's term is needed but its duration is missing
   *     or not positive (the parameters are checked by {@link SanctionValidation}, DISC-21)
   */
  public LocalDate radiationDate(SanctionTerms sanction, LocalDate applicationDate,
      Integer months, Integer days, Integer years) {
    required(sanction, "sanction");
    required(applicationDate, "applicationDate");
    return switch (sanction.radiationRule()) {
      case SIX_MONTHS_FROM_APPLICATION -> applicationDate.plusMonths(6);
      case ONE_YEAR_AFTER_TERM_EXPIRY ->
          termExpiry(sanction, applicationDate, months, days, years).plusYears(1);
      case SEVEN_YEARS_FROM_APPLICATION -> applicationDate.plusYears(7);
      case TWELVE_MONTHS_FROM_APPLICATION -> applicationDate.plusMonths(12);
      case NOT_APPLICABLE -> null;
    };
  }

  /** When a sanction was applied (communicated, Q17) and when its own term radiates it. */
  public record Applied(LocalDate applied, LocalDate radiation) {
  }

  /**
   * Contractual staff (Labour Code art. 248(3), spec §4.6 step 13, Q19): a sanction is radiated
   * 12 months after it was applied only if no new sanction is applied within them; otherwise it
   * stays on record until the new one is radiated — and that one, by the same rule, until any
   * sanction applied within its own term. Sanctions without a radiation date (dismissal) do not
   * hold the others back.
   *
   * @param sanction the sanction whose radiation is due
   * @param employeeSanctions the employee's sanctions (annulled ones left out); the sanction
   *     itself may be among them
   * @return the day the sanction is radiated: its own date or a newer sanction's (later) one
   */
  public static LocalDate radiationAfterNewerSanctions(Applied sanction,
      List<Applied> employeeSanctions) {
    LocalDate radiation = required(required(sanction, "sanction").radiation(), "radiation");
    for (Applied newer : employeeSanctions) {
      if (newer.applied() != null && newer.radiation() != null
          && newer.applied().isAfter(sanction.applied())
          && newer.applied().isBefore(sanction.radiation())) {
        LocalDate held = radiationAfterNewerSanctions(newer, employeeSanctions);
        radiation = held.isAfter(radiation) ? held : radiation;
      }
    }
    return radiation;
  }

  /** The first day the sanction no longer applies: start + its duration (TIME-4, TIME-8). */
  private static LocalDate termExpiry(SanctionTerms sanction, LocalDate start, Integer months,
      Integer days, Integer years) {
    if (sanction.maxMonths() != null) {
      return start.plusMonths(duration(sanction, "months", months));
    }
    if (sanction.maxYears() != null) {
      return start.plusYears(duration(sanction, "years", years));
    }
    if (sanction.maxDays() != null) {
      return start.plusDays(duration(sanction, "days", days));
    }
    throw new IllegalArgumentException(("Sanction %s is radiated a year after its term, but the "
        + "catalogue gives it no duration; check dmn/discipline/")
        .formatted(sanction.sanctionCode()));
  }

  private static int duration(SanctionTerms sanction, String parameter, Integer value) {
    if (value == null || value < 1) {
      throw new IllegalArgumentException("Sanction %s needs %s of 1 or more, not %s"
          .formatted(sanction.sanctionCode(), parameter, value));
    }
    return value;
  }

  /** The earlier limit; the first when both fall on the same day. */
  private static HardDeadline earlier(HardDeadline first, HardDeadline second) {
    return second.date().isBefore(first.date()) ? second : first;
  }

  /** TIME-5: the day itself when it is a working day, otherwise the next working day. */
  private LocalDate rollover(LocalDate date) {
    return calendar.addCalendarDays(date, 0, true);
  }

  private static <T> T required(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
