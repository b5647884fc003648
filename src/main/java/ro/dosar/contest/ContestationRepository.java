package ro.dosar.contest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

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
        .params(outcome, Timestamp.from(Instant.now()), id).update();
  }
}
