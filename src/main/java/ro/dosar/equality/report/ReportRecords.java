package ro.dosar.equality.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the report reads from the records (plain SQL, read only): the HR master record
 * ({@code staff_member}), the complaint cases, and the training register and reports it owns.
 * The contests come through the contest's published query
 * ({@link ro.dosar.published.RecruitmentStatistics}), never from its tables. Year attribution as
 * spec §7 rule 6 sets it: a training by its date, a complaint by its registration and its
 * closure.
 */
@Repository
class ReportRecords {

  private final JdbcClient jdbc;

  ReportRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An employee on staff on a day. */
  record Employee(String userId, String gender, String department, String employeeCategory,
      String leadershipLevel) {
  }

  /** A complaint as statistics see it. */
  record Complaint(String complaintType, Timestamp receivedAt, Timestamp closedAt,
      String outcome) {
  }

  /** A training session of the year. */
  record Session(long id, String sessionType, String title, LocalDate heldOn) {
  }

  /** One attendance with the attendee's gender (null if not recorded). */
  record Attendance(long sessionId, String userId, String gender) {
  }

  /** Everybody on staff on the day (no dates recorded = on staff). */
  List<Employee> staffOn(LocalDate day) {
    return jdbc.sql("SELECT user_id, gender, department, employee_category, leadership_level "
            + "FROM staff_member WHERE (active_from IS NULL OR active_from <= ?) "
            + "AND (active_to IS NULL OR active_to >= ?) ORDER BY user_id")
        .params(day, day).query(Employee.class).list();
  }

  /** The complaints received before the end of the year (the rest cannot count in it). */
  List<Complaint> complaintsUntil(String institution, int year) {
    return jdbc.sql("SELECT complaint_type, received_at, closed_at, outcome FROM complaint_case "
            + "WHERE institution_code = ? AND received_at < ?")
        .params(institution, Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
        .query(Complaint.class).list();
  }

  List<Session> sessions(String institution, LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT id, session_type, title, held_on FROM training_session "
            + "WHERE institution_code = ? AND held_on BETWEEN ? AND ? ORDER BY held_on, id")
        .params(institution, from, to).query(Session.class).list();
  }

  List<Attendance> attendances(String institution, int year) {
    return jdbc.sql("SELECT a.session_id, a.user_id, m.gender FROM training_attendance a "
            + "JOIN training_session s ON s.id = a.session_id "
            + "JOIN staff_member m ON m.user_id = a.user_id "
            + "WHERE s.institution_code = ? AND s.held_on BETWEEN ? AND ?")
        .params(institution, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query(Attendance.class).list();
  }

  /** Annual reports published on the website in the year (IND-1.2a). */
  int reportsPublished(String institution, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM equality_report WHERE institution_code = ? "
            + "AND published_on_website_on BETWEEN ? AND ?")
        .params(institution, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query(Integer.class).single();
  }
}
