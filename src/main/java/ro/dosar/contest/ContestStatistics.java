package ro.dosar.contest;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ro.dosar.published.RecruitmentStatistics;

/**
 * The contest's answer to {@link RecruitmentStatistics}, from its own tables (read only): what
 * the gender-equality monitoring report counts of the contests, their commissions and candidates.
 */
@Repository
public class ContestStatistics implements RecruitmentStatistics {

  /** The contest statuses of a final result (§7 rule 6: "completion date (final result)"). */
  static final List<ContestStatus> FINAL_RESULTS = List.of(ContestStatus.FILLED,
      ContestStatus.NOT_FILLED_NO_SHOW_EXHAUSTED, ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE);

  private final JdbcClient jdbc;

  public ContestStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<CompletedContest> contestsCompleted(String institution, int year) {
    return jdbc.sql("SELECT id, post_category, anonymous_first_stage, announcement_compliance, "
            + "commission_gender_justification FROM contest WHERE institution_code = ? "
            + "AND completed_on BETWEEN ? AND ? AND status IN (?, ?, ?) ORDER BY id")
        .params(institution, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
            FINAL_RESULTS.get(0).name(), FINAL_RESULTS.get(1).name(),
            FINAL_RESULTS.get(2).name())
        .query(CompletedContest.class).list();
  }

  @Override
  public List<Seat> seats(List<Long> contestIds) {
    if (contestIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT contest_id, commission, gender FROM commission_member "
            + "WHERE commission IN ('CC', 'CSC') AND replaced_on IS NULL "
            + "AND contest_id IN (:ids) ORDER BY contest_id, commission")
        .param("ids", contestIds).query(Seat.class).list();
  }

  @Override
  public List<CandidateGender> candidates(List<Long> contestIds) {
    if (contestIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT c.contest_id, k.post_category, c.gender FROM candidate c "
            + "JOIN contest k ON k.id = c.contest_id WHERE c.contest_id IN (:ids)")
        .param("ids", contestIds).query(CandidateGender.class).list();
  }

  @Override
  public List<CandidateGender> hires(String institution, int year) {
    return jdbc.sql("SELECT c.contest_id, k.post_category, c.gender FROM candidate c "
            + "JOIN contest k ON k.id = c.contest_id WHERE k.institution_code = ? "
            + "AND c.offer_status = 'PRESENTED' AND c.presented_on BETWEEN ? AND ?")
        .params(institution, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query(CandidateGender.class).list();
  }
}
