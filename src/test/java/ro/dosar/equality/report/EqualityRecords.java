package ro.dosar.equality.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The records the monitoring report reads, written directly with SQL as the other parts of Dosar
 * (HR master data, contests, commissions, candidates, complaints, training) would have left them.
 */
final class EqualityRecords {

  private final JdbcClient jdbc;

  EqualityRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An employee of the HR master record. */
  void employee(String userId, String gender, String department, String category, String level,
      LocalDate from, LocalDate to) {
    jdbc.sql("INSERT INTO staff_member (user_id, full_name, department, leadership_post, "
            + "unerased_sanction, gender, employee_category, leadership_level, active_from, "
            + "active_to) VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?)")
        .params(userId, "Angajat " + userId, department,
            level != null && !"EXECUTION".equals(level), gender, category, level, from, to)
        .update();
  }

  /** {@code count} employees of a gender, in a department, on staff since 2020. */
  void employees(String prefix, int count, String gender, String department, String category) {
    for (int i = 1; i <= count; i++) {
      employee(prefix + i, gender, department, category, "EXECUTION", LocalDate.of(2020, 1, 1),
          null);
    }
  }

  /** A contest; {@code completedOn} null for one not finished. */
  long contest(String category, String status, LocalDate createdOn, LocalDate completedOn,
      boolean anonymous, String compliance, String justification) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest (institution_code, post_name, structure, post_category, "
            + "vacancy_type, posts, status, created_at, completed_on, anonymous_first_stage, "
            + "announcement_compliance, commission_gender_justification) "
            + "VALUES ('UVT', 'Post', 'Structura', ?, 'VACANT', 1, ?, ?, ?, ?, ?, ?)")
        .params(category, status, Timestamp.valueOf(createdOn.atStartOfDay()), completedOn,
            anonymous, compliance, justification)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** The seats of a commission (CC, CSC or SECRETARY), one per gender given. */
  void commission(long contestId, String commission, String... genders) {
    for (int i = 0; i < genders.length; i++) {
      jdbc.sql("INSERT INTO commission_member (contest_id, commission, user_id, president, "
              + "gender) VALUES (?, ?, ?, ?, ?)")
          .params(contestId, commission, commission + "-" + contestId + "-" + i, i == 0,
              genders[i])
          .update();
    }
  }

  /** A member replaced during the contest (his replacement has a seat of its own). */
  void replacedMember(long contestId, String commission, String gender) {
    jdbc.sql("INSERT INTO commission_member (contest_id, commission, user_id, president, "
            + "gender, replaced_on, replaced_by) VALUES (?, ?, ?, FALSE, ?, ?, 'someone')")
        .params(contestId, commission, "replaced-" + contestId, gender, LocalDate.of(2026, 2, 1))
        .update();
  }

  /** A candidate; {@code presentedOn} non-null for the winner who took up the post. */
  void candidate(long contestId, String gender, LocalDate presentedOn) {
    // The code is a registration number: taken from the register's counter (V41).
    long code = jdbc.sql("SELECT GREATEST(last_code, (SELECT COALESCE(MAX(code), 1000) FROM "
        + "candidate)) + 1 FROM registration_counter WHERE id = 1").query(Long.class).single();
    jdbc.sql("UPDATE registration_counter SET last_code = ? WHERE id = 1").param(code).update();
    jdbc.sql("INSERT INTO candidate (code, contest_id, full_name, channel, submitted_at, "
            + "registered_by, gender, offer_status, presented_on) "
            + "VALUES (?, ?, 'Candidat', 'REGISTRY', ?, 'hr', ?, ?, ?)")
        .params(code, contestId, Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 10, 0)), gender,
            presentedOn == null ? null : "PRESENTED", presentedOn)
        .update();
  }

  void complaint(String reference, String type, LocalDateTime received, LocalDateTime closed,
      String outcome) {
    jdbc.sql("INSERT INTO complaint_case (reference, institution_code, complaint_type, channel, "
            + "anonymous, status, received_at, closed_at, outcome) "
            + "VALUES (?, 'UVT', ?, 'ONLINE_FORM', FALSE, ?, ?, ?, ?)")
        .params(reference, type, closed == null ? "OPEN" : "CLOSED",
            Timestamp.valueOf(received), closed == null ? null : Timestamp.valueOf(closed),
            outcome)
        .update();
  }

  /** A training session with its attendees. */
  long training(String type, LocalDate heldOn, String... attendees) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO training_session (institution_code, session_type, title, held_on, "
            + "session_format, trainer_type, recorded_by, recorded_at) "
            + "VALUES ('UVT', ?, ?, ?, 'IN_PERSON', 'ANES', 'hr', ?)")
        .params(type, "Sesiunea " + type + " " + heldOn, heldOn,
            Timestamp.valueOf(heldOn.atStartOfDay()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (String attendee : attendees) {
      jdbc.sql("INSERT INTO training_attendance (session_id, user_id) VALUES (?, ?)")
          .params(id, attendee).update();
    }
    return id;
  }
}
