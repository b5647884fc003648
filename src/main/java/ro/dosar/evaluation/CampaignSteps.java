package ro.dosar.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.evaluation.EmployeeRecords.EmployeeRecord;
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
  private final EvaluationRules rules;
  private final WorkingDayCalendar calendar;
  private final InstitutionScope scope;
  private final ProcedureStarts starts;

  public CampaignSteps(EmployeeRecords employees,
      EvaluationRules rules,
      WorkingDayCalendar calendar,
      InstitutionScope scope,
      ProcedureStarts starts) {
    this.employees = employees;
    this.rules = rules;
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
    Object named = execution.getVariable("evaluatedYear");
    int year;
    try {
      year = named == null || named.toString().isBlank() ? calendar.today().getYear() - 1
          : Integer.parseInt(named.toString().strip());
    } catch (NumberFormatException e) {
      throw FormRejection.reject("evaluatedYear", "Anul evaluat „" + named
          + "” nu este un an (de exemplu 2026).");
    }
    starts.claim(CAMPAIGN, scope.ofStart(execution.getTenantId()),
        String.valueOf(year), execution.getProcessInstanceId(), true, ("Campania de evaluare "
            + "a performanțelor pentru anul %d a fost deja deschisă; fiecare salariat se "
            + "evaluează o singură dată pe an.").formatted(year));
  }

  /**
   * The campaign for the year before (timer on 1 January) or the year HR names: every
   * contractual employee the table {@code evaluationEligibility} finds due for the annual
   * evaluation — at least 6 months worked in the year, not a debutant, not suspended, not back
   * from a long leave (those are deferred, Annex Art. 8(3)-(4)).
   */
  public void selectEligible(DelegateExecution execution) {
    Object named = execution.getVariable("evaluatedYear");
    int year = named == null || named.toString().isBlank() ? calendar.today().getYear() - 1
        : Integer.parseInt(named.toString().strip());
    LocalDate periodStart = LocalDate.of(year, 1, 1);
    LocalDate nextYear = LocalDate.of(year + 1, 1, 1);
    List<String> annual = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (EmployeeRecord employee : employees.contractual()) {
      LocalDate from = employee.activeFrom().isBefore(periodStart) ? periodStart
          : employee.activeFrom();
      int months = from.isBefore(nextYear)
          ? (int) java.time.temporal.ChronoUnit.MONTHS.between(from, nextYear) : 0;
      Eligibility eligibility = rules.eligibility(new EligibilityFacts(false, false,
          employee.debutant(), employee.contractSuspended(), employee.longLeaveLast12Months(),
          months));
      if (eligibility == Eligibility.ANNUAL) {
        annual.add(employee.userId());
      } else {
        other.add(employee.userId() + ": " + eligibility);
      }
    }
    execution.setVariable("evaluatedYear", year);
    execution.setVariable("employeesToEvaluate", annual);
    execution.setVariable("notEvaluatedNow", String.join("; ", other));
  }
}
