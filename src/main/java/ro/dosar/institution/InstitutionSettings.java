package ro.dosar.institution;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The settings of each institution that are configuration rather than record, read from the same
 * {@code dosar.institutions[…]} entries that create the institutions ({@link InstitutionProperties}
 * binds their identity, this binds their settings): the institution's gender equality plan and
 * the days it is in force, and the hour its Registry closes on a deadline day.
 *
 * <p>The settings are not copied into the {@code institution} table: the table keeps what the
 * legal record needs and is never overwritten at start, whereas a plan's dates change with a
 * decision of the institution and must take effect at the next start on every node alike.
 *
 * @param institutions the configured institutions, by code
 */
@ConfigurationProperties("dosar")
public record InstitutionSettings(List<Entry> institutions) {

  public InstitutionSettings {
    institutions = institutions == null ? List.of() : List.copyOf(institutions);
  }

  /**
   * The hour the institution's Registry closes on a deadline day (the last day of the submission
   * window closes then), if the institution sets one; otherwise the caller uses the
   * installation's {@code dosar.calendar.closing-time}.
   */
  public Optional<LocalTime> registryClosingTime(String institutionCode) {
    return institutions.stream()
        .filter(entry -> entry.code() != null && entry.code().equalsIgnoreCase(institutionCode))
        .map(Entry::registryClosingTime).filter(java.util.Objects::nonNull).findFirst();
  }

  /** Whether the code names a configured institution. */
  public boolean knows(String institutionCode) {
    return institutions.stream()
        .anyMatch(entry -> entry.code() != null && entry.code().equalsIgnoreCase(institutionCode));
  }

  /** The institution's gender equality plan, if it has one configured. */
  public Optional<EqualityPlan> equalityPlan(String institutionCode) {
    return institutions.stream()
        .filter(entry -> entry.code() != null && entry.code().equalsIgnoreCase(institutionCode))
        .map(Entry::equalityPlan).filter(plan -> plan != null && plan.from() != null)
        .findFirst();
  }

  /**
   * Whether the institution's gender equality plan is in force on the day: an institution
   * without a plan (or an unknown code, or none) has none in force, so no equality check applies.
   */
  public boolean equalityPlanInForce(String institutionCode, LocalDate day) {
    return institutionCode != null && day != null
        && equalityPlan(institutionCode).map(plan -> plan.inForceOn(day)).orElse(false);
  }

  /**
   * The settings of one {@code dosar.institutions[…]} entry (its name, country and tenant are
   * bound by {@link InstitutionProperties}).
   *
   * @param code the institution's code
   * @param equalityPlan its gender equality plan, or {@code null} for none
   * @param registryClosingTime the hour its Registry stops receiving files on a deadline day
   *     ({@code registry-closing-time: "14:00"}, quoted), or {@code null} for the installation's
   *     {@code dosar.calendar.closing-time}
   */
  public record Entry(String code, EqualityPlan equalityPlan, LocalTime registryClosingTime) {
  }

  /**
   * A gender equality plan: {@code equality-plan.from} / {@code equality-plan.to}
   * ({@code yyyy-MM-dd}, both days included; no {@code to}: in force until replaced).
   */
  public record EqualityPlan(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public EqualityPlan {
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("dosar.institutions[].equality-plan: „to” (" + to
            + ") is before „from” (" + from + ")");
      }
    }

    /** Whether the plan is in force on the day. */
    public boolean inForceOn(LocalDate day) {
      return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }
}
