package ro.dosar.discipline;

import static ro.dosar.discipline.DisciplineVariables.caseId;
import static ro.dosar.discipline.DisciplineVariables.category;
import static ro.dosar.discipline.DisciplineVariables.integer;
import static ro.dosar.discipline.DisciplineVariables.outcome;
import static ro.dosar.tasklist.FormDates.date;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.discipline.DisciplinaryCaseRepository.Sanction;
import ro.dosar.discipline.DisciplineDeadlines.Applied;
import ro.dosar.tasklist.FormRejection;

/**
 * The end of a disciplinary case (spec internal-regulation §4.6 steps 8–13): the decision and the
 * sanction act, the communication, a contest in court, the radiation of the sanction, or the case
 * closed without a sanction or time-barred. Called as {@code ${sanctionSteps.<step>(execution)}}.
 */
@Component
public class SanctionSteps {

  private final InvestigationSteps investigation;
  private final DisciplinaryCaseRepository cases;
  private final DisciplineDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final DisciplineDocuments documents;
  private final DisciplineMails mails;

  public SanctionSteps(InvestigationSteps investigation,
      DisciplinaryCaseRepository cases,
      DisciplineDeadlines deadlines,
      WorkingDayCalendar calendar,
      DisciplineDocuments documents,
      DisciplineMails mails) {
    this.investigation = investigation;
    this.cases = cases;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.documents = documents;
    this.mails = mails;
  }

  // ---- 8–9 Decision and sanction act ------------------------------------------------------------

  /** The Director's decision: the proposal, no sanction, or another sanction with reasons. */
  public void checkDecision(DelegateExecution task) {
    Object decision = task.getVariable(Variables.DIRECTOR_DECISION);
    FormRejection.require(decision != null && Set.of("ADOPT_PROPOSAL", "NO_SANCTION",
        "DIFFERENT_SANCTION").contains(decision.toString()), Variables.DIRECTOR_DECISION,
        "Alegeți decizia.");
    String sanction = switch (decision.toString()) {
      case "ADOPT_PROPOSAL" -> (String) task.getVariable(Variables.PROPOSED_SANCTION);
      case "DIFFERENT_SANCTION" -> {
        FormRejection.text(task.getVariable(Variables.DECISION_REASONS), Variables.DECISION_REASONS,
            "Motivele pentru care aplicați altă sancțiune");
        String code = FormRejection.text(task.getVariable(Variables.DIRECTOR_SANCTION),
            Variables.DIRECTOR_SANCTION, "Sancțiunea aplicată");
        investigation.checkSanction(task, code,
            Boolean.TRUE.equals(task.getVariable(Variables.IS_GRAVE)));
        yield code;
      }
      default -> "NONE";
    };
    FormRejection.require(!"ADOPT_PROPOSAL".equals(decision) || !"NONE".equals(sanction),
        Variables.DIRECTOR_DECISION,
            "Comisia nu a propus o sancțiune: alegeți „fără sancțiune” sau "
            + "„altă sancțiune”, motivat.");
    task.getProcessInstance().setVariable(Variables.APPLIED_SANCTION, sanction);
  }

  public void noSanction(DelegateExecution execution) {
    outcome(cases, execution, "CLOSED_NO_SANCTION");
  }

  /** The sanction act carries every element of §4.7 (Labour Code art. 252(2) for contractual). */
  public void checkAct(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.ACT_NUMBER), Variables.ACT_NUMBER,
        "Numărul actului");
    FormRejection.text(task.getVariable(Variables.ACT_DESCRIPTION), Variables.ACT_DESCRIPTION,
        "Descrierea faptei care constituie abatere");
    FormRejection.text(task.getVariable(Variables.BREACHED_PROVISIONS),
        Variables.BREACHED_PROVISIONS,
        "Prevederile încălcate (regulament, fișa postului, contract)");
    FormRejection.text(task.getVariable(Variables.DEFENCE_REASONS), Variables.DEFENCE_REASONS,
        "Motivele înlăturării apărărilor sau ale necercetării");
    FormRejection.text(task.getVariable(Variables.LEGAL_BASIS), Variables.LEGAL_BASIS,
        "Temeiul de drept");
    FormRejection.text(task.getVariable(Variables.CONTEST_INFO), Variables.CONTEST_INFO,
        "Termenul și instanța de contestare");
  }

  public void recordSanction(DelegateExecution execution) {
    long id = caseId(execution);
    LocalDate today = calendar.today();
    cases.addSanction(id, (String) execution.getVariable(Variables.ACCUSED_USER),
        category(execution),
        (String) execution.getVariable(Variables.APPLIED_SANCTION), integer(execution,
            "sanctionPercent"),
        integer(execution, "sanctionMonths"), integer(execution, "sanctionDays"),
        integer(execution, "sanctionYears"), (String) execution.getVariable(Variables.ACT_NUMBER),
            today);
    execution.setVariable(Variables.COMMUNICATION_DUE_AT,
        calendar.endOfDay(deadlines.communicationDue(category(execution), today)));
    documents.sanctionAct(execution);
    outcome(cases, execution, "SANCTIONED");
  }

  /** The limitation date passed: no sanction; the Director, HR and the employee are told. */
  public void timeBarred(DelegateExecution execution) {
    outcome(cases, execution, "TIME_BARRED");
    mails.timeBarred(execution.getProcessBusinessKey(),
        (String) execution.getVariable(Variables.ACCUSED_USER),
        cases.find(caseId(execution)).orElseThrow().hardDeadline());
  }

  // ---- 10–13 Communication, contest, radiation --------------------------------------------------

  public void checkCommunication(DelegateExecution task) {
    Object method = task.getVariable(Variables.COMMUNICATION_METHOD);
    FormRejection.require("HAND_SIGNATURE".equals(method) || "REGISTERED_LETTER".equals(method),
        Variables.COMMUNICATION_METHOD, "Alegeți modul de comunicare (Art. 37(4)).");
    LocalDate communicated = date(task, Variables.COMMUNICATION_DATE, "Data comunicării");
    FormRejection.require(!communicated.isAfter(calendar.today()), Variables.COMMUNICATION_DATE,
        "Data comunicării nu poate fi în viitor.");
  }

  /**
   * Communicated: the contractual decision takes effect; the contest window (contractual) and the
   * radiation date (from the communication date, Q17) are set.
   */
  public void recordCommunication(DelegateExecution execution) {
    long id = caseId(execution);
    EmployeeCategory category = category(execution);
    LocalDate communicated = date(execution, Variables.COMMUNICATION_DATE, "Data comunicării");
    SanctionTerms terms = decidedTerms(execution, category);
    LocalDate contest = deadlines.contestDeadline(category, communicated);
    LocalDate radiation = deadlines.radiationDate(terms, communicated,
        integer(execution, "sanctionMonths"), integer(execution, "sanctionDays"),
        integer(execution, "sanctionYears"));
    cases.communicate(id, communicated, contest, radiation);
    execution.setVariable(Variables.CONTEST_DEADLINE_AT,
        contest == null ? null : calendar.endOfDay(contest));
    execution.setVariable(Variables.RADIATION_DATE,
        radiation == null ? null : radiation.toString());
    execution.setVariable(Variables.RADIATION_AT,
        radiation == null ? null : calendar.startOfDay(radiation));
    execution.setVariable(Variables.RADIATES, radiation != null);
  }

  /**
   * The answer of the business rule task lookUpSanctionTerms (table
   * disciplinarySanctionCatalogue) for the applied sanction; read once, then dropped.
   */
  private static SanctionTerms decidedTerms(DelegateExecution execution,
      EmployeeCategory category) {
    String code = (String) execution.getVariable(Variables.APPLIED_SANCTION);
    Object answer = execution.getVariable(Variables.SANCTION_TERMS);
    execution.removeVariable(Variables.SANCTION_TERMS);
    if (!(answer instanceof Map<?, ?> terms) || !(terms.get("severityRank") instanceof Number rank)
        || !(terms.get("requiresPriorInvestigation") instanceof Boolean investigation)
        || !(terms.get("radiationRule") instanceof String radiation)) {
      throw new IllegalStateException(("Decision disciplinarySanctionCatalogue gives %s for %s "
          + "and %s. Check the table in dmn/discipline/").formatted(answer, category, code));
    }
    return new SanctionTerms(category, code, rank.intValue(), investigation,
        termInteger(terms, "minPercent"), termInteger(terms, "maxPercent"), termInteger(terms, "maxMonths"),
        termInteger(terms, "maxDays"), termInteger(terms, "maxYears"), RadiationRule.valueOf(radiation));
  }

  private static Integer termInteger(Map<?, ?> terms, String output) {
    return terms.get(output) instanceof Number number ? Math.toIntExact(number.longValue()) : null;
  }

  public void markFinal(DelegateExecution execution) {
    cases.setSanctionStatus(caseId(execution), "FINAL");
  }

  /** A court's (or ANFP's) outcome on a contested sanction. */
  public void applyCourtOutcome(DelegateExecution execution) {
    Object outcome = execution.getVariable(Variables.COURT_OUTCOME);
    FormRejection.require(outcome != null && Set.of("UPHELD", "ANNULLED").contains(
        outcome.toString()), Variables.COURT_OUTCOME,
            "Rezultatul contestației: UPHELD sau ANNULLED.");
    if ("ANNULLED".equals(outcome)) {
      cases.setSanctionStatus(caseId(execution), "ANNULLED");
      outcome(cases, execution, "SANCTION_ANNULLED");
    } else {
      cases.setSanctionStatus(caseId(execution), "FINAL");
    }
  }

  /**
   * Radiated de jure at its date (no rollover, TIME-5 a)): no longer a prior sanction. A
   * contractual sanction is held back while a newer one, applied within its 12 months, is on
   * record (Q19): the date moves to the newer one's radiation and the timer waits again.
   */
  public void radiate(DelegateExecution execution) {
    long id = caseId(execution);
    execution.setVariable(Variables.RADIATION_POSTPONED, false);
    if (category(execution) == EmployeeCategory.CONTRACTUAL) {
      Sanction own = cases.sanctionOf(id).orElseThrow();
      LocalDate radiation = DisciplineDeadlines.radiationAfterNewerSanctions(
          new Applied(own.communicationDate(), own.radiationDate()),
          cases.appliedSanctions(own.accusedUser(), EmployeeCategory.CONTRACTUAL).stream()
              .map(s -> new Applied(s.communicationDate(), s.radiationDate())).toList());
      if (radiation.isAfter(calendar.today())) {
        cases.postponeRadiation(id, radiation);
        execution.setVariable(Variables.RADIATION_DATE, radiation.toString());
        execution.setVariable(Variables.RADIATION_AT, calendar.startOfDay(radiation));
        execution.setVariable(Variables.RADIATION_POSTPONED, true);
        return;
      }
    }
    cases.setSanctionStatus(id, "RADIATED");
    outcome(cases, execution, "SANCTION_RADIATED");
  }

  /** Civil servants: HR sends the commission's report to ANFP (Art. 29 lit. c)). */
  public void checkAnfpReport(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.ANFP_REGISTRATION), Variables.ANFP_REGISTRATION,
        "Numărul de înregistrare al transmiterii către A.N.F.P.");
  }

  /**
   * The radiation is recorded in writing: a decision for contractual staff (Labour Code art.
   * 248(3)), a note for civil servants (spec §4.8).
   */
  public void checkRadiationRecord(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.RADIATION_ACT_NUMBER),
        Variables.RADIATION_ACT_NUMBER,
        "Numărul deciziei / notei de radiere");
  }
}
