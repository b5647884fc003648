package ro.dosar.discipline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;
import ro.dosar.gender.Gender;

/** The {@code disciplinary_case}, {@code disciplinary_member} and sanction tables. */
@Repository
public class DisciplinaryCaseRepository {

  /** A case as the REST API shows it. */
  public record DisciplinaryCase(long id, String accusedUser, String employeeCategory,
      LocalDate offenceDate, LocalDate registrationDate, boolean referralLate,
      LocalDate knowledgeDate, LocalDate reportDate, LocalDate hardDeadline,
      String hardDeadlineRule, String status) {
  }

  /** A sanction of the register. */
  public record Sanction(long id, long caseId, String accusedUser, String sanctionCode,
      String actNumber, LocalDate issueDate, LocalDate communicationDate,
      LocalDate contestDeadline, LocalDate radiationDate, String status) {
  }

  private final JdbcClient jdbc;

  public DisciplinaryCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static String businessKey(long id) {
    return "DISCIPLINA-" + id;
  }

  /** The Camunda group of the case's commission. */
  public static String group(long id) {
    return "dc-" + id;
  }

  long insert(String accused, String accusedName, EmployeeCategory category, String referrer,
      LocalDate offence, LocalDate registration, boolean late, HardDeadline hard,
      String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO disciplinary_case (accused_user, accused_name, employee_category, "
            + "referrer, offence_date, registration_date, referral_late, hard_deadline, "
            + "hard_deadline_rule, status, process_instance_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNDER_INVESTIGATION', ?)")
        .params(accused, accusedName, category.name(), referrer, offence, registration, late,
            hard.date(), hard.rule(), processInstanceId)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** A seat of the case's commission, with the person's gender as HR records it today. */
  void addMember(long caseId, String userId, String role, String replaces, Gender gender) {
    jdbc.sql("INSERT INTO disciplinary_member (case_id, user_id, role, replaces, gender) "
            + "VALUES (?, ?, ?, ?, ?)")
        .params(caseId, userId, role, replaces, gender == null ? null : gender.name()).update();
  }

  /**
   * How the case's commission was judged under the gender equality plan (DMN-1): {@code MIXED}
   * or {@code SINGLE_GENDER}, the enforcement mode, the justification of a single-gender one.
   */
  void recordCommissionGender(long caseId, String status, String mode, String justification) {
    jdbc.sql("UPDATE disciplinary_case SET commission_gender_status = ?, "
            + "commission_gender_mode = ?, commission_gender_justification = ? WHERE id = ?")
        .params(status, mode, justification, caseId).update();
  }

  /** Whether the user sits on the case's commission or is its secretary. */
  public boolean isMember(long caseId, String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM disciplinary_member WHERE case_id = ? AND user_id = ?")
        .params(caseId, userId).query(Long.class).single() > 0;
  }

  public List<String> members(long caseId) {
    return jdbc.sql("SELECT user_id FROM disciplinary_member WHERE case_id = ? AND role <> "
            + "'SECRETARY' ORDER BY role DESC, user_id").param(caseId).query(String.class).list();
  }

  public java.util.Optional<DisciplinaryCase> find(long id) {
    return jdbc.sql("SELECT id, accused_user, employee_category, offence_date, "
            + "registration_date, referral_late, knowledge_date, report_date, hard_deadline, "
            + "hard_deadline_rule, status FROM disciplinary_case WHERE id = ?")
        .param(id).query(DisciplinaryCase.class).optional();
  }

  void setSuspension(long id, LocalDate from, LocalDate until) {
    jdbc.sql("UPDATE disciplinary_case SET contract_suspended_from = ?, "
            + "contract_suspended_until = ? WHERE id = ?").params(from, until, id).update();
  }

  /** The contract's suspension during the investigation, if the Director ordered one. */
  public java.util.Optional<LocalDate> suspendedUntil(long id) {
    return jdbc.sql("SELECT contract_suspended_until FROM disciplinary_case WHERE id = ?")
        .param(id).query(LocalDate.class).optional();
  }

  void setStatus(long id, String status) {
    jdbc.sql("UPDATE disciplinary_case SET status = ? WHERE id = ?").params(status, id).update();
  }

  void setReport(long id, LocalDate reportDate, LocalDate knowledgeDate) {
    jdbc.sql("UPDATE disciplinary_case SET report_date = ?, knowledge_date = ? WHERE id = ?")
        .params(reportDate, knowledgeDate, id).update();
  }

  void setHardDeadline(long id, HardDeadline hard) {
    jdbc.sql("UPDATE disciplinary_case SET hard_deadline = ?, hard_deadline_rule = ? "
            + "WHERE id = ?").params(hard.date(), hard.rule(), id).update();
  }

  /** Sanctions of the employee not radiated nor annulled: "prior sanctions" (§4.5 point 6). */
  public int unradiatedSanctions(String accusedUser) {
    return jdbc.sql("SELECT COUNT(*) FROM disciplinary_sanction WHERE accused_user = ? "
            + "AND status NOT IN ('RADIATED', 'ANNULLED')").param(accusedUser)
        .query(Long.class).single().intValue();
  }

  void addSanction(long caseId, String accused, EmployeeCategory category, String code,
      Integer percent, Integer months, Integer days, Integer years, String actNumber,
      LocalDate issueDate) {
    jdbc.sql("INSERT INTO disciplinary_sanction (case_id, accused_user, employee_category, "
            + "sanction_code, percent, months, days, years, act_number, issue_date, status) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED')")
        .params(caseId, accused, category.name(), code, percent, months, days, years, actNumber,
            issueDate).update();
  }

  void communicate(long caseId, LocalDate communicated, LocalDate contestDeadline,
      LocalDate radiation) {
    jdbc.sql("UPDATE disciplinary_sanction SET communication_date = ?, contest_deadline = ?, "
            + "radiation_date = ?, status = 'COMMUNICATED' WHERE case_id = ?")
        .params(communicated, contestDeadline, radiation, caseId).update();
  }

  void setSanctionStatus(long caseId, String status) {
    jdbc.sql("UPDATE disciplinary_sanction SET status = ? WHERE case_id = ?")
        .params(status, caseId).update();
  }

  /**
   * The employee's sanctions of a category already applied (communicated) and not annulled,
   * oldest first.
   */
  public List<Sanction> appliedSanctions(String accusedUser, EmployeeCategory category) {
    return jdbc.sql("SELECT id, case_id, accused_user, sanction_code, act_number, issue_date, "
            + "communication_date, contest_deadline, radiation_date, status "
            + "FROM disciplinary_sanction WHERE accused_user = ? AND employee_category = ? "
            + "AND status <> 'ANNULLED' AND communication_date IS NOT NULL "
            + "ORDER BY communication_date, id")
        .params(accusedUser, category.name()).query(Sanction.class).list();
  }

  /** A radiation held back by a newer sanction (Q19). */
  void postponeRadiation(long caseId, LocalDate radiation) {
    jdbc.sql("UPDATE disciplinary_sanction SET radiation_date = ? WHERE case_id = ?")
        .params(radiation, caseId).update();
  }

  public java.util.Optional<Sanction> sanctionOf(long caseId) {
    return jdbc.sql("SELECT id, case_id, accused_user, sanction_code, act_number, issue_date, "
            + "communication_date, contest_deadline, radiation_date, status "
            + "FROM disciplinary_sanction WHERE case_id = ?").param(caseId)
        .query(Sanction.class).optional();
  }
}
