package ro.dosar.contest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of registration numbers, which are the candidates' codes (§8.1.4(5),
 * §8.1.5(27)(a)). Every number is given here, in increasing order, once: the counter's row is
 * locked while a number is taken, so two nodes never give the same one. A registration task
 * reserves its number when it is created (the Registry reads it on the form before registering);
 * the file registered by the task takes that number; a task that closes without a file (the
 * submission window closed, the contest was suspended) voids it, with the reason. A number is
 * never reused: reusing it would give a later file an earlier number. So the register has no
 * unexplained gap: every number is a file or a voided entry with its date and reason.
 */
@Repository
public class RegistrationNumbers {

  public static final String RESERVED = "RESERVED";
  public static final String USED = "USED";
  public static final String VOIDED = "VOIDED";

  private final JdbcClient jdbc;
  private final Clock clock;

  public RegistrationNumbers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One number's entry in the register. */
  public record Entry(long code, long contestId, String taskId, String status, String note) {
  }

  /** Reserves the next number for a registration task (idempotent per task). */
  public long reserve(long contestId, String taskId, String executionId) {
    Optional<Long> held = jdbc.sql("SELECT code FROM registration_number WHERE task_id = ? "
        + "AND status = 'RESERVED'").param(taskId).query(Long.class).optional();
    if (held.isPresent()) {
      return held.get();
    }
    long code = next(1);
    jdbc.sql("INSERT INTO registration_number (code, contest_id, task_id, execution_id, "
            + "reserved_at, status) VALUES (?, ?, ?, ?, ?, 'RESERVED')")
        .params(code, contestId, taskId, executionId, now()).update();
    return code;
  }

  /**
   * The number for a file registered by the task of this execution: the one its task reserved,
   * else (a task created before reservations existed) a new one; marked as used.
   */
  public long useFor(long contestId, String executionId) {
    Optional<Long> reserved = jdbc.sql("SELECT code FROM registration_number "
            + "WHERE execution_id = ? AND contest_id = ? AND status = 'RESERVED' ORDER BY code")
        .params(executionId, contestId).query(Long.class).list().stream().findFirst();
    if (reserved.isPresent()) {
      jdbc.sql("UPDATE registration_number SET status = 'USED', closed_at = ? WHERE code = ?")
          .params(now(), reserved.get()).update();
      return reserved.get();
    }
    return usedNow(contestId, 1);
  }

  /** Numbers taken and used at once, for files registered without a task (online, in bulk). */
  public long usedNow(long contestId, int count) {
    long first = next(count);
    for (long code = first; code < first + count; code++) {
      jdbc.sql("INSERT INTO registration_number (code, contest_id, reserved_at, status, "
              + "closed_at) VALUES (?, ?, ?, 'USED', ?)")
          .params(code, contestId, now(), now()).update();
    }
    return first;
  }

  /** The task closed without registering a file: its number is voided, never given again. */
  public void voidFor(String taskId, String reason) {
    jdbc.sql("UPDATE registration_number SET status = 'VOIDED', closed_at = ?, note = ? "
            + "WHERE task_id = ? AND status = 'RESERVED'")
        .params(now(), reason, taskId).update();
  }

  public Optional<Entry> find(long code) {
    return jdbc.sql("SELECT code, contest_id, task_id, status, note FROM registration_number "
            + "WHERE code = ?").param(code)
        .query((row, n) -> new Entry(row.getLong("code"), row.getLong("contest_id"),
            row.getString("task_id"), row.getString("status"), row.getString("note")))
        .optional();
  }

  /** Takes {@code count} consecutive numbers; the first of them. */
  private long next(int count) {
    long last = jdbc.sql("SELECT last_code FROM registration_counter WHERE id = 1 FOR UPDATE")
        .query(Long.class).single();
    long highest = jdbc.sql("SELECT COALESCE(MAX(code), 1000) FROM candidate")
        .query(Long.class).single();
    long first = Math.max(last, highest) + 1;
    jdbc.sql("UPDATE registration_counter SET last_code = ? WHERE id = 1")
        .param(first + count - 1).update();
    return first;
  }

  private Timestamp now() {
    return Timestamp.valueOf(LocalDateTime.now(clock));
  }
}
