package ro.dosar.equality.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;

/** The training register of the plan (spec §6.5): {@code training_session} and attendance. */
@Repository
public class TrainingRegister {

  private final JdbcClient jdbc;

  public TrainingRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A recorded session, with how many attended. */
  public record TrainingSession(long id, String institutionCode, String sessionType, String title,
      LocalDate heldOn, String sessionFormat, String trainerType, int attendees) {
  }

  public long record(String institution, String type, String title, LocalDate heldOn,
      String format, String trainerType, String recordedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO training_session (institution_code, session_type, title, held_on, "
            + "session_format, trainer_type, recorded_by, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(institution, type, title, heldOn, format, trainerType, recordedBy,
            EngineClock.timestamp())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** Adds the attendees not yet recorded; returns how many were added. */
  public int addAttendees(long sessionId, Collection<String> userIds) {
    int added = 0;
    for (String userId : userIds) {
      boolean present = jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = ? "
          + "AND user_id = ?").params(sessionId, userId).query(Integer.class).single() > 0;
      if (!present) {
        added += jdbc.sql("INSERT INTO training_attendance (session_id, user_id) VALUES (?, ?)")
            .params(sessionId, userId).update();
      }
    }
    return added;
  }

  /** The user ids among these that have no HR master record. */
  public List<String> unknownStaff(Collection<String> userIds) {
    return userIds.stream().filter(id -> jdbc.sql("SELECT COUNT(*) FROM staff_member "
        + "WHERE user_id = ?").param(id).query(Integer.class).single() == 0).toList();
  }

  public java.util.Optional<TrainingSession> find(long id) {
    return jdbc.sql(SELECT + "WHERE s.id = ? GROUP BY " + GROUP).param(id)
        .query(TrainingSession.class).optional();
  }

  public List<TrainingSession> ofYear(String institution, int year) {
    return jdbc.sql(SELECT + "WHERE s.institution_code = ? AND s.held_on BETWEEN ? AND ? "
            + "GROUP BY " + GROUP + " ORDER BY s.held_on, s.id")
        .params(institution, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query(TrainingSession.class).list();
  }

  private static final String GROUP = "s.id, s.institution_code, s.session_type, s.title, "
      + "s.held_on, s.session_format, s.trainer_type";
  private static final String SELECT = "SELECT " + GROUP + ", COUNT(a.user_id) AS attendees "
      + "FROM training_session s LEFT JOIN training_attendance a ON a.session_id = s.id ";
}
