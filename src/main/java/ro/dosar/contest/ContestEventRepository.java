package ro.dosar.contest;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code contest_event} table: what happened to a contest outside its normal course — notices,
 * suspensions, resumptions, postponements, commission changes, annulment, restart — in order.
 */
@Repository
public class ContestEventRepository {

  /** One event; {@code id} of a notice is its registration number. */
  public record ContestEvent(long id, long contestId, String kind, LocalDate occurredOn,
      String actor, String details, String outcome) {
  }

  private final JdbcClient jdbc;
  private final org.camunda.bpm.engine.IdentityService identity;

  public ContestEventRepository(JdbcClient jdbc, org.camunda.bpm.engine.IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /** Records an event on {@code day}, by the user the engine acts for ("sistem" for a timer). */
  public long record(long contestId, String kind, LocalDate day, String details,
      String outcome) {
    var authentication = identity.getCurrentAuthentication();
    String actor = authentication == null ? "sistem" : authentication.getUserId();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest_event (contest_id, kind, occurred_on, actor, details, outcome) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(contestId, kind, day, actor, shorten(details), outcome)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void setOutcome(long id, String outcome) {
    jdbc.sql("UPDATE contest_event SET outcome = ? WHERE id = ?").params(outcome, id).update();
  }

  public List<ContestEvent> of(long contestId) {
    return jdbc.sql("SELECT id, contest_id, kind, occurred_on, actor, details, outcome "
            + "FROM contest_event WHERE contest_id = ? ORDER BY id")
        .param(contestId).query(ContestEvent.class).list();
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
