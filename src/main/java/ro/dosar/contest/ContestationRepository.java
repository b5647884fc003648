package ro.dosar.contest;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;

/** The {@code contestation} table. */
@Repository
public class ContestationRepository {

  private static final String COLUMNS = "id, contest_id, candidate_code, stage, "
      + "registration_number, filed_at, grounds, outcome";

  private final JdbcClient jdbc;

  public ContestationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long file(long contestId, long candidateCode, String stage, String registrationNumber,
      LocalDateTime filedAt, String grounds) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contestation (contest_id, candidate_code, stage, registration_number, "
            + "filed_at, grounds) VALUES (?, ?, ?, ?, ?, ?)")
        .params(contestId, candidateCode, stage, registrationNumber,
            Timestamp.valueOf(filedAt), grounds)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Contestation> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contestation WHERE id = ?").param(id)
        .query(Contestation.class).optional();
  }

  public Optional<Contestation> of(long candidateCode, String stage) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contestation WHERE candidate_code = ? "
            + "AND stage = ?").params(candidateCode, stage).query(Contestation.class).optional();
  }

  public List<Contestation> ofStage(long contestId, String stage) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contestation WHERE contest_id = ? AND stage = ? "
            + "ORDER BY id").params(contestId, stage).query(Contestation.class).list();
  }

  public void decide(long id, String outcome) {
    jdbc.sql("UPDATE contestation SET outcome = ?, decided_at = ? WHERE id = ?")
        .params(outcome, EngineClock.timestamp(), id).update();
  }

  /** A contestation of a test's result, with the score it contests. */
  public long fileAgainstTest(long contestId, long candidateCode, String stage, long testId,
      String registrationNumber, LocalDateTime filedAt, String grounds,
      String originalScoreFraction) {
    long id = file(contestId, candidateCode, stage, registrationNumber, filedAt, grounds);
    jdbc.sql("UPDATE contestation SET test_id = ?, original_score_fraction = ? WHERE id = ?")
        .params(testId, originalScoreFraction, id).update();
    return id;
  }

  public long testId(long id) {
    return jdbc.sql("SELECT test_id FROM contestation WHERE id = ?").param(id)
        .query(Long.class).single();
  }

  public int recorrectionRounds(long id) {
    return jdbc.sql("SELECT recorrection_rounds FROM contestation WHERE id = ?").param(id)
        .query(Integer.class).single();
  }

  public String originalScore(long id) {
    return jdbc.sql("SELECT original_score_fraction FROM contestation WHERE id = ?").param(id)
        .query(String.class).single();
  }

  public void startRecorrection(long id) {
    jdbc.sql("UPDATE contestation SET recorrection_rounds = recorrection_rounds + 1 "
        + "WHERE id = ?").param(id).update();
  }

  public void recordPoints(long id, String memberId, int round, int criterion,
      java.math.BigDecimal points) {
    jdbc.sql("INSERT INTO contestation_sheet (contestation_id, member_id, round, criterion, "
            + "points) VALUES (?, ?, ?, ?, ?)").params(id, memberId, round, criterion, points)
        .update();
  }

  /** Each contestation-commission member's total in a round, in member order. */
  public List<java.math.BigDecimal> memberTotals(long id, int round) {
    return jdbc.sql("SELECT SUM(points) FROM contestation_sheet WHERE contestation_id = ? "
            + "AND round = ? GROUP BY member_id ORDER BY member_id").params(id, round)
        .query(java.math.BigDecimal.class).list();
  }

  public void decideScore(long id, String outcome, String newScoreFraction) {
    decide(id, outcome);
    jdbc.sql("UPDATE contestation SET new_score_fraction = ? WHERE id = ?")
        .params(newScoreFraction, id).update();
  }

  /** The score the contestation commission gave, as an exact fraction; null when none. */
  public String newScore(long id) {
    return jdbc.sql("SELECT new_score_fraction FROM contestation WHERE id = ?").param(id)
        .query(String.class).optional().orElse(null);
  }

  /** How many contestations the contest received, every stage together. */
  public long count(long contestId) {
    return jdbc.sql("SELECT COUNT(*) FROM contestation WHERE contest_id = ?").param(contestId)
        .query(Long.class).single();
  }
}
