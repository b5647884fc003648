package ro.dosar.contest.contestation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code contestation_round} table: each contestation round as it actually ran, the
 * deadlines in force counted from the actual display of the contested results (§8.5C(1),(2),(4)).
 */
@Repository
public class ContestationRoundRepository {

  /**
   * A round. {@code filingClosedOn}: the filing deadline passed; {@code decidedOn}: every timely
   * contestation was decided and displayed (§8.5C(7)), or none was filed.
   */
  public record Round(long id, long contestId, String stage, LocalDate resultsDisplayedOn,
      LocalDate contestationDeadline, LocalDate resolutionDeadline, LocalDate filingClosedOn,
      LocalDate decidedOn) {

    public boolean filingOpen() {
      return filingClosedOn == null;
    }

    public boolean decided() {
      return decidedOn != null;
    }
  }

  private static final String COLUMNS = "id, contest_id, stage, results_displayed_on, "
      + "contestation_deadline, resolution_deadline, filing_closed_on, decided_on";

  private final JdbcClient jdbc;

  public ContestationRoundRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void open(long contestId, String stage, LocalDate displayedOn, LocalDate deadline,
      LocalDate resolution) {
    jdbc.sql("INSERT INTO contestation_round (contest_id, stage, results_displayed_on, "
            + "contestation_deadline, resolution_deadline) VALUES (?, ?, ?, ?, ?)")
        .params(contestId, stage, displayedOn, deadline, resolution).update();
  }

  /** The latest round of the stage, if its results were ever displayed. */
  public Optional<Round> latest(long contestId, String stage) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contestation_round WHERE contest_id = ? "
            + "AND stage = ? ORDER BY id DESC").params(contestId, stage).query(Round.class)
        .list().stream().findFirst();
  }

  public void filingClosed(long contestId, String stage, LocalDate day) {
    latest(contestId, stage).ifPresent(round -> jdbc.sql(
            "UPDATE contestation_round SET filing_closed_on = ? WHERE id = ?")
        .params(day, round.id()).update());
  }

  public void decided(long contestId, String stage, LocalDate day) {
    latest(contestId, stage).ifPresent(round -> jdbc.sql(
            "UPDATE contestation_round SET decided_on = ? WHERE id = ?")
        .params(day, round.id()).update());
  }
}
