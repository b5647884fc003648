package ro.dosar.discipline;

import static ro.dosar.discipline.DisciplineVariables.caseId;
import static ro.dosar.discipline.DisciplineVariables.category;
import static ro.dosar.discipline.DisciplineVariables.integer;
import static ro.dosar.discipline.DisciplineVariables.optional;
import static ro.dosar.discipline.DisciplineVariables.setHardDeadline;
import static ro.dosar.tasklist.FormDates.date;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.Violation;
import ro.dosar.discipline.DisciplinaryCaseProcess.Elements;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;
import ro.dosar.tasklist.FormRejection;

/**
 * The investigation of a disciplinary case and its report (spec internal-regulation §4.6 steps
 * 6–7): a suspension while the case runs, the hearing of the accused, the commission's report
 * with its proposed sanction. Called as {@code ${investigationSteps.<step>(execution)}}; the
 * legality of a proposed sanction comes from {@link SanctionValidation}.
 */
@Component
public class InvestigationSteps {

  private final DisciplinaryCaseRepository cases;
  private final DisciplineDeadlines deadlines;
  private final SanctionValidation validation;
  private final DisciplineProperties commission;
  private final ManagementService management;
  private final WorkingDayCalendar calendar;
  private final DisciplineDocuments documents;

  public InvestigationSteps(DisciplinaryCaseRepository cases,
      DisciplineDeadlines deadlines,
      SanctionValidation validation,
      DisciplineProperties commission,
      ManagementService management,
      WorkingDayCalendar calendar,
      DisciplineDocuments documents) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.validation = validation;
    this.commission = commission;
    this.management = management;
    this.calendar = calendar;
    this.documents = documents;
  }

  static final Set<String> HEARING = Set.of("HEARD", "REFUSED_TO_APPEAR", "REFUSED_TO_SIGN",
      "ABSENT_OBJECTIVE_REASON", "SKIPPED");
  /** The hearing outcome that sends the case back to scheduling (spec §4.6 step 6a, Q12). */
  static final String RESCHEDULE = "ABSENT_OBJECTIVE_REASON";
  // ---- 6–7 Investigation and report -------------------------------------------------------------

  /**
   * Contractual staff: the Director may suspend the contract during the investigation (Art. 52
   * lit. a)); a suspension has its period.
   */
  public void checkSuspension(DelegateExecution task) {
    if (FormRejection.choice(task, Variables.SUSPEND_CONTRACT)) {
      LocalDate from = date(task, Variables.SUSPENDED_FROM, "Suspendat de la");
      LocalDate until = date(task, Variables.SUSPENDED_UNTIL, "Suspendat până la");
      FormRejection.require(!until.isBefore(from), Variables.SUSPENDED_UNTIL,
          "Sfârșitul suspendării nu poate fi înaintea începutului.");
      cases.setSuspension(caseId(task), from, until);
    }
  }

  /** The hearing, on pain of nullity, or the minute of non-appearance / refusal (Art. 37(2)). */
  public void checkHearing(DelegateExecution task) {
    Object status = task.getVariable(Variables.HEARING_STATUS);
    FormRejection.require(status != null && HEARING.contains(status.toString()),
        Variables.HEARING_STATUS,
        "Consemnați rezultatul audierii.");
    if (!"SKIPPED".equals(status)) {
      FormRejection.text(task.getVariable(Variables.HEARING_MINUTES), Variables.HEARING_MINUTES,
          "Nota de audiere / procesul-verbal");
    }
    if (RESCHEDULE.equals(status)) {
      int done = task.getVariable(Variables.HEARING_RESCHEDULES) instanceof Number n
          ? n.intValue() : 0;
      FormRejection.require(done < commission.maxReschedules(), Variables.HEARING_STATUS,
          commission.maxReschedules() == 0
          ? "Audierea nu se reprogramează (dosar.discipline.max-reschedules = 0): consemnați "
              + "neprezentarea într-un proces-verbal."
          : "Audierea a fost deja reprogramată de " + done + " ori, cât permite regulamentul "
              + "(dosar.discipline.max-reschedules = " + commission.maxReschedules() + "): consemnați "
              + "neprezentarea într-un proces-verbal.");
      task.getProcessInstance().setVariable(Variables.HEARING_RESCHEDULES, done + 1);
    }
    task.getProcessInstance().setVariable(Variables.HEARING_STATUS, status.toString());
    documents.hearing(task);
  }

  /**
   * The commission's report: whether the act is an offence committed with guilt, its gravity,
   * and one proposal — a sanction of the catalogue within its bounds (DISC-20…25) or none.
   */
  public void checkReport(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.REPORT_FINDINGS), Variables.REPORT_FINDINGS,
        "Faptele constatate, probele și apărările");
    boolean guilt = FormRejection.choice(task, Variables.GUILT_ESTABLISHED);
    boolean grave = Boolean.TRUE.equals(task.getVariable(Variables.IS_GRAVE));
    if (grave) {
      FormRejection.text(task.getVariable(Variables.GRAVITY_REASONING), Variables.GRAVITY_REASONING,
          "Motivarea gravității (Art. 27(2))");
    }
    String proposed = optional(task.getVariable(Variables.PROPOSED_SANCTION));
    if (!guilt) {
      FormRejection.require(proposed == null || "NONE".equals(proposed),
          Variables.PROPOSED_SANCTION,
          "Fără vinovăție nu se propune o sancțiune (Art. 26(2)).");
      task.getProcessInstance().setVariable(Variables.PROPOSED_SANCTION, "NONE");
      return;
    }
    FormRejection.require(proposed != null && !"NONE".equals(proposed), Variables.PROPOSED_SANCTION,
        "Propuneți o sancțiune din catalog (Art. 35).");
    FormRejection.text(task.getVariable(Variables.INDIVIDUALISATION), Variables.INDIVIDUALISATION,
        "Individualizarea sancțiunii (Art. 37(1))");
    checkSanction(task, proposed, grave);
    task.getProcessInstance().setVariable(Variables.PROPOSED_SANCTION, proposed);
    task.getProcessInstance().setVariable(Variables.IS_GRAVE, grave);
  }

  /**
   * The sanction a form proposes or decides is one the law allows for the case (the report's
   * proposal, the decision): refused with every broken rule.
   */
  void checkSanction(DelegateExecution task, String code, boolean grave) {
    EmployeeCategory category = category(task);
    String hearing = (String) task.getVariable(Variables.HEARING_STATUS);
    List<Violation> violations = validation.validate(new SanctionValidation.Proposal(category,
        code, integer(task, "sanctionPercent"), integer(task, "sanctionMonths"),
        integer(task, "sanctionDays"), integer(task, "sanctionYears"),
        hearing != null && !"SKIPPED".equals(hearing), grave,
        cases.unradiatedSanctions((String) task.getVariable(Variables.ACCUSED_USER)), 1));
    FormRejection.require(violations.isEmpty(), Variables.PROPOSED_SANCTION, String.join(" ",
        violations.stream().map(v -> v.rule() + ": " + v.message()).toList()));
  }

  /**
   * The report is registered and sent to the Director: the sanction is due within 5 working
   * days (Art. 34). For contractual staff the employer learns of the act now, unless an earlier
   * date was given, and the 30-day limit starts (Labour Code art. 252(1)): the case's hard
   * deadline timer moves if that is earlier than the 6-month cap.
   */
  public void registerReport(DelegateExecution execution) {
    long id = caseId(execution);
    LocalDate today = calendar.today();
    EmployeeCategory category = category(execution);
    LocalDate knowledge = optional(execution.getVariable(Variables.KNOWLEDGE_DATE)) == null ? today
        : LocalDate.parse(execution.getVariable(Variables.KNOWLEDGE_DATE).toString().substring(0,
            10));
    cases.setReport(id, today, knowledge);
    documents.report(execution);
    execution.setVariable(Variables.ISSUE_DUE_AT, calendar.endOfDay(deadlines.issueDue(today)));
    if (category == EmployeeCategory.CONTRACTUAL) {
      HardDeadline hard = deadlines.hardDeadline(category,
          date(execution, Variables.OFFENCE_DATE, "Data faptei"), today, knowledge);
      cases.setHardDeadline(id, hard);
      setHardDeadline(calendar, execution, hard);
      for (Job timer : management.createJobQuery()
          .processInstanceId(execution.getProcessInstanceId())
          .activityId(Elements.HARD_DEADLINE_REACHED)
          .list()) {
        management.setJobDuedate(timer.getId(),
            (Date) execution.getVariable(Variables.HARD_DEADLINE_AT));
      }
    }
  }
}
