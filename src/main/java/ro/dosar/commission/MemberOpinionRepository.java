package ro.dosar.commission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;

/**
 * The {@code member_opinion} table: each commission member's own opinion on a subject (a file at
 * selection, a contestation), recorded when the member completes the task, and the separate
 * opinion of a member who ends up in the minority.
 */
@Repository
public class MemberOpinionRepository {

  private final JdbcClient jdbc;

  public MemberOpinionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an opinion; a member gives one opinion per subject. */
  public void record(String subject, long subjectId, String memberId, boolean admits,
      String reason) {
    jdbc.sql("INSERT INTO member_opinion (subject, subject_id, member_id, admits, reason, "
            + "decided_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(subject, subjectId, memberId, admits, reason, EngineClock.timestamp())
        .update();
  }

  public boolean exists(String subject, long subjectId, String memberId) {
    return jdbc.sql("SELECT COUNT(*) FROM member_opinion WHERE subject = ? AND subject_id = ? "
            + "AND member_id = ?").params(subject, subjectId, memberId)
        .query(Long.class).single() > 0;
  }

  public void recordSeparateOpinion(String subject, long subjectId, String memberId,
      String text) {
    jdbc.sql("UPDATE member_opinion SET separate_opinion = ? WHERE subject = ? "
            + "AND subject_id = ? AND member_id = ?")
        .params(text, subject, subjectId, memberId).update();
  }

  /** Each member's opinion on the subject ({@code true} = admit), by member id. */
  public Map<String, Boolean> opinions(String subject, long subjectId) {
    Map<String, Boolean> opinions = new LinkedHashMap<>();
    jdbc.sql("SELECT member_id, admits FROM member_opinion WHERE subject = ? AND subject_id = ? "
            + "ORDER BY member_id")
        .params(subject, subjectId)
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list()
        .forEach(entry -> opinions.put(entry.getKey(), entry.getValue()));
    return opinions;
  }

  /** The reasons given by the members who decided as the commission did. */
  public List<String> reasons(String subject, long subjectId, boolean admits) {
    return jdbc.sql("SELECT reason FROM member_opinion WHERE subject = ? AND subject_id = ? "
            + "AND admits = ? AND reason IS NOT NULL ORDER BY member_id")
        .params(subject, subjectId, admits).query(String.class).list();
  }

  /** A member's own opinion on a subject, his reason and his separate opinion if any. */
  public record Opinion(String memberId, boolean admits, String reason,
      String separateOpinion) {
  }

  /** Every member's opinion on the subject, by member id. */
  public List<Opinion> all(String subject, long subjectId) {
    return jdbc.sql("SELECT member_id, admits, reason, separate_opinion FROM member_opinion "
            + "WHERE subject = ? AND subject_id = ? ORDER BY member_id")
        .params(subject, subjectId).query(Opinion.class).list();
  }

  public String separateOpinion(String subject, long subjectId, String memberId) {
    return jdbc.sql("SELECT separate_opinion FROM member_opinion WHERE subject = ? "
            + "AND subject_id = ? AND member_id = ?")
        .params(subject, subjectId, memberId).query(String.class).optional().orElse(null);
  }
}
