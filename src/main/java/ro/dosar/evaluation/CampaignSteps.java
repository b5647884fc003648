package ro.dosar.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.evaluation.EmployeeRecords.EmployeeRecord;
import ro.dosar.evaluation.PerformanceEvaluationCampaignProcess.Variables;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.institution.ProcedureStarts;
import ro.dosar.tasklist.FormRejection;

/**
 * The annual evaluation campaign (process {@code performanceEvaluationCampaign}, spec
 * internal-regulation §5.2.3–5.2.4): one campaign per evaluated year and institution, and the
 * employees it evaluates (DMN {@code evaluationEligibility}), each then evaluated by
 * {@link EvaluationSteps}. Called as {@code ${campaignSteps.<step>(execution)}}.
 */
@Component
public class CampaignSteps {

  /** The campaign's process key. */
  static final String CAMPAIGN = PerformanceEvaluationCampaignProcess.KEY;

  private final EmployeeRecords employees;
  private final WorkingDayCalendar calendar;
  private final InstitutionScope scope;
  private final ProcedureStarts starts;

  public CampaignSteps(EmployeeRecords employees,
      WorkingDayCalendar calendar,
      InstitutionScope scope,
      ProcedureStarts starts) {
    this.employees = employees;
    this.calendar = calendar;
    this.scope = scope;
    this.starts = starts;
  }

  /**
   * The campaign's start (end listener of its start event, also when the yearly schedule calls
   * it): one campaign per evaluated year and institution. A second one would open every
   * employee's evaluation twice; it is refused with 409 and nothing is started.
   */
  public void checkCampaignStart(DelegateExecution execution) {
    Object named = execution.getVariable(Variables.EVALUATED_YEAR);
    int year;
    try {
      year = named == null || named.toString().isBlank() ? calendar.today().getYear() - 1
          : Integer.parseInt(named.toString().strip());
    } catch (NumberFormatException e) {
      throw FormRejection.reject(Variables.EVALUATED_YEAR, "Anul evaluat „" + named
          + "” nu este un an (de exemplu 2026).");
    }
    starts.claim(CAMPAIGN, scope.ofStart(execution.getTenantId()),
        String.valueOf(year), execution.getProcessInstanceId(), true, ("Campania de evaluare "
            + "a performanțelor pentru anul %d a fost deja deschisă; fiecare salariat se "
            + "evaluează o singură dată pe an.").formatted(year));
  }

  /**
   * The campaign for the year before (timer on 1 January) or the year HR names: every
   * contractual employee, each then screened by the business rule task {@code assessEligibility}
   * (table {@code evaluationEligibility}).
   */
  public void listEmployees(DelegateExecution execution) {
    Object named = execution.getVariable(Variables.EVALUATED_YEAR);
    int year = named == null || named.toString().isBlank() ? calendar.today().getYear() - 1
        : Integer.parseInt(named.toString().strip());
    execution.setVariable(Variables.EVALUATED_YEAR, year);
    execution.setVariable(Variables.CONTRACTUAL_EMPLOYEES,
        new ArrayList<>(employees.contractual().stream().map(EmployeeRecord::userId).toList()));
    execution.setVariable(Variables.NOT_EVALUATED_NOW, "");
  }

  /**
   * The inputs of {@code evaluationEligibility} for one employee, local to his instance of the
   * screening: the whole months worked in the evaluated year (at least 6 for the annual
   * evaluation), debutant, contract suspended, back from a long leave (those are deferred, Annex
   * Art. 8(3)-(4)). A campaign changes no contract and grants no promotion: those two inputs are
   * false here.
   */
  public void eligibilityFacts(DelegateExecution execution) {
    String userId = (String) execution.getVariable(
        Variables.EMPLOYEE);
    EmployeeRecord employee = employees.contractual().stream()
        .filter(record -> record.userId().equals(userId)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No contractual employee " + userId));
    int year = ((Number) execution.getVariable(
        Variables.EVALUATED_YEAR)).intValue();
    LocalDate periodStart = LocalDate.of(year, 1, 1);
    LocalDate nextYear = LocalDate.of(year + 1, 1, 1);
    LocalDate from = employee.activeFrom().isBefore(periodStart) ? periodStart
        : employee.activeFrom();
    int months = from.isBefore(nextYear)
        ? (int) java.time.temporal.ChronoUnit.MONTHS.between(from, nextYear) : 0;
    execution.setVariableLocal(Variables.CONTRACT_ENDS_OR_MODIFIED, false);
    execution.setVariableLocal(Variables.PROMOTED_OR_NEW_DIPLOMA, false);
    execution.setVariableLocal(Variables.IS_DEBUTANT, employee.debutant());
    execution.setVariableLocal(Variables.CONTRACT_SUSPENDED, employee.contractSuspended());
    execution.setVariableLocal(Variables.LONG_LEAVE_LAST12_MONTHS,
        employee.longLeaveLast12Months());
    execution.setVariableLocal(Variables.MONTHS_WORKED_IN_PERIOD, months);
    execution.setVariableLocal(Variables.ELIGIBILITY_ANSWER,
        null);
  }

  /**
   * An employee the table does not send to the annual evaluation now: "user: answer" is added
   * to the campaign's {@value Variables#NOT_EVALUATED_NOW}.
   */
  public void recordNotEvaluated(DelegateExecution execution) {
    Object answer = execution.getVariable(
        Variables.ELIGIBILITY_ANSWER);
    if (!(answer instanceof Map<?, ?> row) || row.get("eligibility") == null) {
      throw new IllegalStateException("Decision evaluationEligibility gives no answer for "
          + execution.getVariable(Variables.EMPLOYEE)
          + ". Check dmn/evaluation/evaluation-eligibility.dmn");
    }
    Eligibility eligibility = Eligibility.valueOf(row.get("eligibility").toString());
    String line = execution.getVariable(Variables.EMPLOYEE)
        + ": " + eligibility;
    Object before = execution.getVariable(Variables.NOT_EVALUATED_NOW);
    execution.setVariable(Variables.NOT_EVALUATED_NOW, before == null || before.toString().isEmpty()
        ? line : before + "; " + line);
  }
}
