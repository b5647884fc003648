package ro.dosar.paygrade.functioncycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;
import ro.dosar.paygrade.EvaluationForm;
import ro.dosar.paygrade.SimplifiedEvaluation;

/**
 * The register of a function evaluation cycle (V15): the cycle, the functions the budgetary units
 * proposed with their Annex 2 form, and what the Working Group decided for each.
 */
@Repository
public class FunctionCycleRepository {

  /** A cycle. */
  public record Cycle(long id, String tenantId, String title, LocalDate startedOn,
      LocalDate proposalDeadline, String processInstanceId, String evaluationMethod,
      String thresholds, String status) {

    public String businessKey() {
      return FunctionCycleRepository.businessKey(id);
    }
  }

  /** What a budgetary unit proposes for one function. */
  public record Proposal(String unitCode, String unitName, String authorityCode,
      String authorityName, String occupationalGroupCode, String occupationalGroup,
      String functionCode, String functionName, EvaluationForm form, Integer currentGrade) {
  }

  /** A function of the cycle as the Working Group sees it: no holder, no current grade. */
  public record EvaluatedFunction(long id, long cycleId, String unitCode, String unitName,
      String occupationalGroup, String functionName, String formJson, String status,
      String rejectionReason, String benchmarkFunctions, BigDecimal simplifiedTotal,
      Integer suggestedGrade, String rangeFlag, BigDecimal detailedTotal, Integer grade,
      String gradeJustification, int evaluations, Integer salaryClass) {

    /** The total the hierarchy is built on: detailed points, else the simplified total. */
    public BigDecimal total() {
      return detailedTotal != null ? detailedTotal : simplifiedTotal;
    }

    public String label() {
      return "nr. " + id + " — " + functionName + " (" + occupationalGroup + ")";
    }
  }

  private static final String FUNCTION_COLUMNS = "id, cycle_id, unit_code, unit_name, "
      + "occupational_group, function_name, form_json, status, rejection_reason, "
      + "benchmark_functions, simplified_total, suggested_grade, range_flag, detailed_total, "
      + "grade, grade_justification, evaluations, salary_class";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public FunctionCycleRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public static String businessKey(long cycleId) {
    return "EVALUARE-FUNCTII-" + cycleId;
  }

  /** The Working Group's Camunda group for a cycle. */
  public static String workingGroup(long cycleId) {
    return "fewg-" + cycleId;
  }

  long insertCycle(String tenantId, String title, LocalDate startedOn, LocalDate deadline,
      String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO function_evaluation_cycle (tenant_id, title, started_on, "
            + "proposal_deadline, process_instance_id, status) VALUES (?, ?, ?, ?, ?, 'OPEN')")
        .params(tenantId, title, startedOn, deadline, processInstanceId)
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Cycle> cycle(long id) {
    return jdbc.sql("SELECT id, tenant_id, title, started_on, proposal_deadline, "
            + "process_instance_id, evaluation_method, thresholds, status "
            + "FROM function_evaluation_cycle WHERE id = ?").param(id).query(Cycle.class)
        .optional();
  }

  void setMethod(long cycleId, String method) {
    jdbc.sql("UPDATE function_evaluation_cycle SET evaluation_method = ? WHERE id = ?")
        .params(method, cycleId).update();
  }

  void setThresholds(long cycleId, String thresholds) {
    jdbc.sql("UPDATE function_evaluation_cycle SET thresholds = ? WHERE id = ?")
        .params(thresholds, cycleId).update();
  }

  void setCycleStatus(long cycleId, String status) {
    jdbc.sql("UPDATE function_evaluation_cycle SET status = ? WHERE id = ?")
        .params(status, cycleId).update();
  }

  long insertFunction(long cycleId, Proposal proposal) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO evaluated_function (cycle_id, unit_code, unit_name, authority_code, "
            + "authority_name, occupational_group_code, occupational_group, function_code, "
            + "function_name, form_json, current_grade, status, evaluations, submitted_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', 0, ?)")
        .params(cycleId, proposal.unitCode(), proposal.unitName(), proposal.authorityCode(),
            proposal.authorityName(), proposal.occupationalGroupCode(),
            proposal.occupationalGroup(), proposal.functionCode(), proposal.functionName(),
            write(proposal.form()), proposal.currentGrade(), EngineClock.timestamp())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public List<EvaluatedFunction> functions(long cycleId) {
    return jdbc.sql("SELECT " + FUNCTION_COLUMNS + " FROM evaluated_function WHERE cycle_id = ? "
        + "ORDER BY id").param(cycleId).query(EvaluatedFunction.class).list();
  }

  public Optional<EvaluatedFunction> function(long id) {
    return jdbc.sql("SELECT " + FUNCTION_COLUMNS + " FROM evaluated_function WHERE id = ?")
        .param(id).query(EvaluatedFunction.class).optional();
  }

  /** The header of a function's evaluation form (Annex 2), as the unit proposed it. */
  FunctionHeader header(long functionId) {
    return jdbc.sql("SELECT authority_name, authority_code, unit_name, unit_code, "
            + "occupational_group, occupational_group_code, function_name, function_code "
            + "FROM evaluated_function WHERE id = ?")
        .param(functionId).query(FunctionHeader.class).single();
  }

  EvaluationForm form(EvaluatedFunction function) {
    try {
      return json.readValue(function.formJson(), EvaluationForm.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable form of function " + function.id(), e);
    }
  }

  void accept(long functionId) {
    jdbc.sql("UPDATE evaluated_function SET status = 'ACCEPTED', rejection_reason = NULL "
        + "WHERE id = ?").param(functionId).update();
  }

  void reject(long functionId, String reason) {
    jdbc.sql("UPDATE evaluated_function SET status = 'REJECTED', rejection_reason = ? "
        + "WHERE id = ?").params(reason, functionId).update();
  }

  void setSimplified(long functionId, String benchmarks, String scores,
      SimplifiedEvaluation.Suggestion suggestion) {
    jdbc.sql("UPDATE evaluated_function SET benchmark_functions = ?, simplified_scores = ?, "
            + "simplified_total = ?, suggested_grade = ?, range_flag = ?, "
            + "evaluations = evaluations + 1 WHERE id = ?")
        .params(benchmarks, scores, suggestion.simplifiedTotal(), suggestion.suggestedGrade(),
            suggestion.rangeFlag(), functionId).update();
  }

  void setDetailed(long functionId, EvaluationForm form, BigDecimal total) {
    jdbc.sql("UPDATE evaluated_function SET form_json = ?, detailed_total = ?, "
            + "evaluations = evaluations + 1 WHERE id = ?")
        .params(write(form), total, functionId).update();
  }

  void setGrade(long functionId, Integer grade, String justification) {
    jdbc.sql("UPDATE evaluated_function SET grade = ?, grade_justification = ? WHERE id = ?")
        .params(grade, justification, functionId).update();
  }

  void setSalaryClass(long functionId, int salaryClass) {
    jdbc.sql("UPDATE evaluated_function SET salary_class = ? WHERE id = ?")
        .params(salaryClass, functionId).update();
  }

  private String write(EvaluationForm form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Form not serialisable", e);
    }
  }
}
