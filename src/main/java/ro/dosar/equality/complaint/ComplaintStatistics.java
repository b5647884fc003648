package ro.dosar.equality.complaint;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaint counts of report R-6 (spec §8.3, §7 rule 6), read only from {@code
 * complaint_case}: counts, never content. A case is received in the year of its registration,
 * resolved in the year of its closure, and open at the end of a year when it was received by then
 * and not closed by then.
 */
@Component
public class ComplaintStatistics {

  /** One year's counts for one institution. */
  public record Counts(int year, long received, long resolved, long openAtYearEnd,
      long retaliation, long substantiated) {
  }

  private final JdbcClient jdbc;

  public ComplaintStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param institutionCode the institution, or {@code null} for all
   * @return received, resolved (closed) in the year, open on 31 December, received retaliation
   *     cases, and cases closed in the year as substantiated
   */
  public Counts of(int year, String institutionCode) {
    Timestamp start = Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay());
    Timestamp end = Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay());
    return new Counts(year,
        count("received_at >= ? AND received_at < ?", institutionCode, start, end),
        count("closed_at >= ? AND closed_at < ?", institutionCode, start, end),
        count("received_at < ? AND (closed_at IS NULL OR closed_at >= ?)", institutionCode, end,
            end),
        count("complaint_type = 'RETALIATION' AND received_at >= ? AND received_at < ?",
            institutionCode, start, end),
        count("outcome = 'SUBSTANTIATED' AND closed_at >= ? AND closed_at < ?", institutionCode,
            start, end));
  }

  private long count(String condition, String institutionCode, Timestamp from, Timestamp to) {
    String sql = "SELECT COUNT(*) FROM complaint_case WHERE " + condition
        + (institutionCode == null ? "" : " AND institution_code = ?");
    JdbcClient.StatementSpec statement = jdbc.sql(sql).param(from).param(to);
    if (institutionCode != null) {
      statement = statement.param(institutionCode);
    }
    return statement.query(Long.class).single();
  }
}
