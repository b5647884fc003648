package ro.dosar.commission;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code staff_member} table. */
@Repository
public class StaffRepository {

  private final JdbcClient jdbc;

  public StaffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffMember> find(String userId) {
    return jdbc.sql("SELECT user_id, full_name, department, leadership_post, unerased_sanction, "
            + "gender FROM staff_member WHERE user_id = ?")
        .param(userId).query(StaffMember.class).optional();
  }

  /** Creates or replaces the record (HR keeps it current). */
  public void save(StaffMember member) {
    int updated = jdbc.sql("UPDATE staff_member SET full_name = ?, department = ?, "
            + "leadership_post = ?, unerased_sanction = ?, gender = ? WHERE user_id = ?")
        .params(member.fullName(), member.department(), member.leadershipPost(),
            member.unerasedSanction(), gender(member), member.userId())
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO staff_member (user_id, full_name, department, leadership_post, "
              + "unerased_sanction, gender) VALUES (?, ?, ?, ?, ?, ?)")
          .params(member.userId(), member.fullName(), member.department(),
              member.leadershipPost(), member.unerasedSanction(), gender(member))
          .update();
    }
  }

  /** The whole master record, or empty when HR has none for the user. */
  public Optional<StaffRecord> findRecord(String userId) {
    return jdbc.sql("SELECT user_id, full_name, department, leadership_post, unerased_sanction, "
            + "gender, employee_category, leadership_level, active_from, active_to "
            + "FROM staff_member WHERE user_id = ?")
        .param(userId).query(StaffRecord.class).optional();
  }

  /** Every master record, by user id. */
  public List<StaffRecord> records() {
    return jdbc.sql("SELECT user_id, full_name, department, leadership_post, unerased_sanction, "
            + "gender, employee_category, leadership_level, active_from, active_to "
            + "FROM staff_member ORDER BY user_id")
        .query(StaffRecord.class).list();
  }

  /** Creates or replaces the whole master record. */
  public void saveRecord(StaffRecord record) {
    save(new StaffMember(record.userId(), record.fullName(), record.department(),
        record.leadershipPost(), record.unerasedSanction(), record.gender()));
    jdbc.sql("UPDATE staff_member SET employee_category = ?, leadership_level = ?, "
            + "active_from = ?, active_to = ? WHERE user_id = ?")
        .params(record.employeeCategory(), record.leadershipLevel(), record.activeFrom(),
            record.activeTo(), record.userId())
        .update();
  }

  private static String gender(StaffMember member) {
    return member.gender() == null ? null : member.gender().name();
  }
}
