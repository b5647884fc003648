package ro.dosar.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code employee_record} and {@code evaluation_result} tables. */
@Repository
public class EmployeeRecords {

  /** An employee as the evaluation sees him. */
  public record EmployeeRecord(String userId, String fullName, String employeeCategory,
      String positionType, String evaluatorUser, LocalDate activeFrom, boolean debutant,
      boolean contractSuspended, boolean longLeaveLast12Months) {
  }

  /** A grade, kept for promotion (two "foarte bine" in 3 years, Art. 91(3)) and history. */
  public record EvaluationResult(String userId, int evaluatedYear, BigDecimal finalNote,
      String grade, boolean contested) {
  }

  private final JdbcClient jdbc;

  public EmployeeRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(EmployeeRecord record) {
    jdbc.sql("DELETE FROM employee_record WHERE user_id = ?").param(record.userId()).update();
    jdbc.sql("INSERT INTO employee_record (user_id, full_name, employee_category, "
            + "position_type, evaluator_user, active_from, debutant, contract_suspended, "
            + "long_leave_last_12_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(record.userId(), record.fullName(), record.employeeCategory(),
            record.positionType(), record.evaluatorUser(), record.activeFrom(),
            record.debutant(), record.contractSuspended(), record.longLeaveLast12Months())
        .update();
  }

  public Optional<EmployeeRecord> find(String userId) {
    return jdbc.sql("SELECT user_id, full_name, employee_category, position_type, "
            + "evaluator_user, active_from, debutant, contract_suspended, "
            + "long_leave_last_12_months AS long_leave_last12_months FROM employee_record WHERE user_id = ?")
        .param(userId).query(EmployeeRecord.class).optional();
  }

  /** Contractual staff: the regulation's evaluation applies to them only (Annex Art. 1). */
  public List<EmployeeRecord> contractual() {
    return jdbc.sql("SELECT user_id, full_name, employee_category, position_type, "
            + "evaluator_user, active_from, debutant, contract_suspended, "
            + "long_leave_last_12_months AS long_leave_last12_months FROM employee_record "
            + "WHERE employee_category = 'CONTRACTUAL' ORDER BY user_id")
        .query(EmployeeRecord.class).list();
  }

  void saveResult(String userId, int year, BigDecimal objectivesNote, BigDecimal criteriaNote,
      BigDecimal finalNote, String grade, boolean contested, LocalDate acknowledgedOn,
      String processInstanceId) {
    jdbc.sql("INSERT INTO evaluation_result (user_id, evaluated_year, objectives_note, "
            + "criteria_note, final_note, grade, contested, acknowledged_on, "
            + "process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(userId, year, objectivesNote, criteriaNote, finalNote, grade, contested,
            acknowledgedOn, processInstanceId).update();
  }

  public List<EvaluationResult> results(String userId) {
    return jdbc.sql("SELECT user_id, evaluated_year, final_note, grade, contested "
            + "FROM evaluation_result WHERE user_id = ? ORDER BY evaluated_year, id")
        .param(userId).query(EvaluationResult.class).list();
  }
}
