package ro.dosar.equality.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ro.dosar.gender.BalanceMode;
import ro.dosar.gender.GenderRepresentation;
import ro.dosar.gender.TrainingBalance;

/**
 * The monitoring report of one institution and calendar year (spec §8.3), as {@code GET
 * /api/equality/report} answers it and the annual report stores it: R-1 staff composition, R-2
 * recruitment, R-4 training, R-6 complaints (counts only), R-8 the indicator tracker. Every
 * percentage is rounded to 2 decimals for display only; {@code null} means "n/a" (zero
 * denominator, §7 rule 4).
 *
 * @param institution the institution's code
 * @param year the calendar year reported
 * @param snapshotDate 31 December of the year: the staff are counted on it (§7 rule 6)
 * @param yearComplete false while the year is not over: the figures are "to date"
 * @param comparedWith what the year is compared with: {@code BASELINE_2025} for the plan's first
 *     year, else the previous year
 * @param staff R-1
 * @param recruitment R-2, all contests and leadership contests only
 * @param training R-4
 * @param complaints R-6
 * @param indicators R-8
 * @param analysisTriggers the leadership groups where a gender holds less than one third (DMN-2
 *     analysisTrigger): GLEG identifies causes and proposes corrective actions ([S6.1])
 * @param equalityPlan the institution's gender equality plan in the year, in Romanian: in force
 *     from/to, or plainly that none is in force
 */
public record EqualityReport(String institution, int year, LocalDate snapshotDate,
    boolean yearComplete, String comparedWith, Staff staff, RecruitmentReport recruitment,
    Training training, Complaints complaints, Indicators indicators,
    List<String> analysisTriggers,
    String equalityPlan) {

  /** the staff on 31 December. */
  public record Staff(GenderSplit overall, Map<String, GenderSplit> byDepartment,
      Map<String, GenderSplit> byCategory, List<LeadershipGroup> leadership,
      Occupancy occupancy, StaffComparison comparison) {
  }

  /**
   * A group of leadership posts ({@code LEADERSHIP} = every level) with DMN-2 for each gender.
   *
   * @param label the group's Romanian name
   */
  public record LeadershipGroup(String group, String label, GenderSplit split,
      GenderRepresentation women, GenderRepresentation men) {
  }

  /** Occupied ÷ planned posts × 100 ("informative", §12 item 31); null when not configured. */
  public record Occupancy(Integer plannedPosts, int occupied, BigDecimal percent) {
  }

  /**
   * The staff against the previous year (for 2026: the end-2025 baseline), differences in
   * percentage points from unrounded values (§7 rule 3).
   */
  public record StaffComparison(String against, GenderSplit previousOverall,
      BigDecimal femaleDifferencePp, BigDecimal maleDifferencePp,
      List<LeadershipComparison> leadership, Occupancy previousOccupancy) {
  }

  /** One leadership group against the previous year, with its DMN-2 statuses then. */
  public record LeadershipComparison(String group, GenderSplit previous,
      GenderRepresentation previousWomen, GenderRepresentation previousMen,
      BigDecimal femaleDifferencePp, BigDecimal maleDifferencePp) {
  }

  /** R-2 for all the contests completed in the year and for the leadership-post ones. */
  public record RecruitmentReport(Recruitment all, Recruitment leadership) {
  }

  /**
   * R-2 over a set of contests.
   *
   * @param contestsCompleted contests with a final result whose completion date is in the year
   * @param candidates their candidates, UNKNOWN (not declared) apart
   * @param hired winners who took up the post in the year (offer PRESENTED)
   * @param femaleSelectionRate hired women ÷ women candidates × 100
   * @param maleSelectionRate hired men ÷ men candidates × 100
   * @param commissionSeats CC and CSC voting seats (secretary excluded; a person on two
   *     commissions counts twice, §7 rule 7)
   * @param commissions the CCs and CSCs with at least one seat
   * @param mixedCommissions of them, with at least one woman and one man
   * @param singleGenderCommissions of them, with one gender only (every seat recorded)
   * @param singleGenderJustified single-gender ones whose contest recorded a justification
   */
  public record Recruitment(int contestsCompleted, GenderSplit candidates, GenderSplit hired,
      Rate femaleSelectionRate, Rate maleSelectionRate, GenderSplit commissionSeats,
      int commissions, Rate mixedCommissions, int singleGenderCommissions,
      int singleGenderJustified, Rate anonymousFirstStage, Rate compliantAnnouncements) {
  }

  /** {@code count / total × 100}; percent null when total is 0. */
  public record Rate(int count, int total, BigDecimal percent) {

    public static Rate of(int count, int total) {
      return new Rate(count, total, Percentages.percent(count, total));
    }
  }

  /**
   *
   *
   * @param sessionsByType sessions held in the year, by type
   * @param staffTrained IND-4.1b: employees active on 31 December who attended at least one
   *     GENERAL_EQUALITY session in the year ÷ employees active on 31 December
   * @param professionalDevelopment IND-7.2a: participations in PROFESSIONAL_DEVELOPMENT sessions
   *     against the staff shares (DMN-3)
   * @param courses the same per PROFESSIONAL_DEVELOPMENT session
   */
  public record Training(Map<String, Integer> sessionsByType, Rate staffTrained,
      Participation professionalDevelopment, List<Course> courses) {
  }

  /**
   * Training participations by gender against the staff on 31 December (DMN-3).
   *
   * @param femaleDeviationPp (p/P − s/S) × 100 for women
   * @param femaleDeviationRelative ((p/P)/(s/S) − 1) × 100 for women
   */
  public record Participation(GenderSplit participations, GenderSplit staff, BalanceMode mode,
      BigDecimal femaleDeviationPp, BigDecimal maleDeviationPp,
      BigDecimal femaleDeviationRelative, BigDecimal maleDeviationRelative,
      TrainingBalance women, TrainingBalance men, TrainingBalance result) {
  }

  /** One PROFESSIONAL_DEVELOPMENT session and its balance. */
  public record Course(long sessionId, String title, LocalDate heldOn,
      Participation participation) {
  }

  /**
   * R-6, counts only (§6.7 confidentiality). Totals are always given; a breakdown only when each
   * of its cells is at least the threshold (§12 item 13), else {@code null} and named in
   * {@code suppressed}.
   *
   * @param received registered in the year
   * @param resolved closed in the year
   * @param openAtYearEnd registered by 31 December and not closed by then
   * @param retaliation of the received, retaliation cases (breakdown: retaliation / other)
   * @param substantiated of the resolved, substantiated (breakdown: substantiated / other)
   */
  public record Complaints(int received, int resolved, int openAtYearEnd, Integer retaliation,
      Integer substantiated, int threshold, List<String> suppressed) {
  }

  /**
   *
   *
   * @param monitored indicators with a value computed for the year (IND-3.2a: at least 10)
   * @param met of them, those whose target is met (DMN-4; IND-3.3c)
   */
  public record Indicators(List<Indicator> indicators, int monitored, int met) {
  }

  /**
   * One indicator of the plan.
   *
   * @param source {@code COMPUTED} (from Dosar's records) or {@code NOT_RECORDED} (kept outside
   *     Dosar: informational, "n/a")
   * @param value the year's value, for display
   * @param previous the previous year's value (for 2026 the baseline), "n/a" if none
   * @param status MET / NOT_MET / NOT_APPLICABLE (DMN-4), or INFORMATIONAL (no target rule)
   */
  public record Indicator(String id, String label, String source, String value,
      String previous, String target, String status) {
  }
}
