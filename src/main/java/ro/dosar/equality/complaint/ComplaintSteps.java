package ro.dosar.equality.complaint;

import static ro.dosar.equality.complaint.ComplaintVariables.clean;
import static ro.dosar.equality.complaint.ComplaintVariables.complaint;
import static ro.dosar.equality.complaint.ComplaintVariables.complaintId;
import static ro.dosar.equality.complaint.ComplaintVariables.flag;
import static ro.dosar.equality.complaint.ComplaintVariables.now;
import static ro.dosar.equality.complaint.ComplaintVariables.setStatus;
import static ro.dosar.equality.complaint.ComplaintVariables.yes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.equality.complaint.ComplaintRepository.Triage;
import ro.dosar.gender.ComplaintHandler;
import ro.dosar.gender.EqualityRules;
import ro.dosar.mail.Mailer;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of process {@code harassmentComplaint} (spec §6.7) from the complaint's registration
 * to its routing (DMN-8), called as {@code ${complaintSteps.<step>(execution)}}, and the
 * re-checks of their forms ({@link ComplaintFormChecks}); the investigation's conclusion is
 * {@link ComplaintConclusionSteps}.
 *
 * <p>Confidentiality: the process instance holds only the variables of {@link #PROCESS_VARIABLES}.
 * A form's fields are local to its task (empty input parameters in the model); the task's end
 * listener moves them into the restricted tables and removes them, and {@link
 * ComplaintHistoryFilter} keeps every other variable of this process out of the history.
 */
@Component
public class ComplaintSteps {

  private final ComplaintRepository cases;
  private final ComplaintSettings settings;
  private final ComplaintService service;
  private final WorkingDayCalendar calendar;
  private final EqualityRules rules;
  private final IdentityService identity;
  private final Mailer mailer;

  public ComplaintSteps(ComplaintRepository cases,
      ComplaintSettings settings,
      ComplaintService service,
      WorkingDayCalendar calendar,
      EqualityRules rules,
      IdentityService identity,
      Mailer mailer) {
    this.cases = cases;
    this.settings = settings;
    this.service = service;
    this.calendar = calendar;
    this.rules = rules;
    this.identity = identity;
    this.mailer = mailer;
  }

  public static final String PROCESS_KEY = HarassmentComplaintProcess.KEY;
  public static final String RETALIATION_MESSAGE =
      HarassmentComplaintProcess.Messages.RETALIATION_REPORTED;
  /**
   * The only variables a complaint process instance may hold (ids, type, status, dates, flag, and
   * the tenant of its institution, which places the instance in that institution).
   */
  public static final Set<String> PROCESS_VARIABLES = Set.of(Variables.COMPLAINT_ID,
      Variables.REFERENCE, Variables.COMPLAINT_TYPE, Variables.ANONYMOUS,
      Variables.LINKED_CASE_ID, Variables.STATUS, Variables.OUTCOME, Variables.RECEIVED_AT,
      Variables.ACKNOWLEDGEMENT_DUE_AT, Variables.ACKNOWLEDGEMENT_ESCALATE_AT,
      Variables.INVESTIGATION_DUE_AT, Variables.INVESTIGATION_ESCALATE_AT,
      Variables.RETALIATION_CASE_ID, InstitutionScope.TENANT_VARIABLE);
  // ---- start and registration -------------------------------------------------------------------

  /** No complaint process starts while a deadline is unset (spec §6.7 step 11). */
  public void checkStart(DelegateExecution execution) {
    String refusal = settings.refusal();
    if (refusal != null) {
      throw new ProcessEngineException(refusal);
    }
  }

  /** Ties the case registered by the REST API to this instance and sets its deadlines. */
  public void register(DelegateExecution execution) {
    Object id = execution.getVariable(Variables.COMPLAINT_ID);
    ComplaintCase complaint = id instanceof Number number
        ? cases.find(number.longValue()).orElse(null) : null;
    if (complaint == null || complaint.processInstanceId() != null) {
      throw new ProcessEngineException("O plângere se înregistrează prin formularul public "
          + "(/api/public/complaints) sau de Responsabilul cu egalitatea de șanse "
          + "(/api/equality/complaints), nu prin pornirea directă a procesului.");
    }
    cases.setProcessInstance(complaint.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(complaint.reference());
    execution.setVariable(Variables.STATUS, "REGISTERED");
    LocalDate due = calendar.addWorkingDays(complaint.receivedAt().toLocalDate(),
        settings.acknowledgementWorkingDays());
    execution.setVariable(Variables.ACKNOWLEDGEMENT_DUE_AT, calendar.endOfDay(due));
    execution.setVariable(Variables.ACKNOWLEDGEMENT_ESCALATE_AT,
        calendar.endOfDay(calendar.addWorkingDays(due, settings.escalationWorkingDays())));
  }

  // ---- acknowledgement ---------------------------------------------------------------------------

  /** The Officer confirms the acknowledgement; an e-mail goes to a complainant who gave one. */
  public void checkAcknowledgement(DelegateExecution task) {
    FormRejection.require(yes(task.getVariableLocal(Variables.ACKNOWLEDGED)),
        Variables.ACKNOWLEDGED,
        "Confirmați că primirea plângerii a fost confirmată petentului (sau că petentul nu "
            + "poate fi contactat).");
    ComplaintCase complaint = complaint(cases, task);
    cases.acknowledge(complaint.id(), now(calendar));
    setStatus(cases, task, complaint.id(), "ACKNOWLEDGED");
    cases.content(complaint.id()).map(ComplaintRepository.Content::complainantContact)
        .filter(contact -> contact.contains("@"))
        .ifPresent(address -> mailer.queue(null, null, "COMPLAINT_ACKNOWLEDGEMENT", address,
            "Plângerea " + complaint.reference() + " a fost înregistrată",
            "Plângerea dumneavoastră a fost înregistrată cu numărul " + complaint.reference()
                + ". Responsabilul cu egalitatea de șanse o tratează confidențial. Puteți urmări "
                + "stadiul ei cu codul de urmărire primit la înregistrare."));
    clean(task);
  }

  // ---- triage and routing (DMN-8) ----------------------------------------------------------------

  /**
   * The triage's flags go to {@code complaint_triage}; the named investigators are assigned and
   * receive access to this case only. Who investigates is decided right after, by the business
   * rule task {@code routeComplaint} ({@link #recordRouting}). The form is refused when that
   * answer would name a body that is not configured: to refuse before the task completes, this
   * check asks the same table (DMN-8) through {@link EqualityRules}, that is through the one
   * decision evaluator {@code ro.dosar.decision.DeployedDecisions}.
   */
  public void checkTriage(DelegateExecution task) {
    ComplaintCase complaint = complaint(cases, task);
    boolean inScope = flag(task, Variables.IN_SCOPE);
    boolean conflict = flag(task, Variables.CONFLICT_OF_INTEREST);
    boolean concernsOfficer = flag(task, Variables.CONCERNS_EQUALITY_OFFICER);
    boolean concernsDirector = flag(task, Variables.CONCERNS_DIRECTOR_GENERAL);
    boolean urgent = flag(task, Variables.URGENT_PROTECTION);
    boolean offered = flag(task, Variables.SUPPORT_OFFERED);
    boolean accepted = flag(task, Variables.SUPPORT_ACCEPTED);
    FormRejection.require(offered || !accepted, Variables.SUPPORT_ACCEPTED,
        "Sprijinul nu poate fi acceptat dacă nu a fost oferit.");
    ComplaintHandler handler = rules.complaintRouting(complaint.complaintType(),
        concernsOfficer || conflict, concernsDirector);
    FormRejection.require(handlerGroup(handler) != null, Variables.CONCERNS_DIRECTOR_GENERAL,
        "Plângerea "
        + "îl privește pe Directorul General: organismul care o cercetează nu este configurat ("
        + ComplaintSettings.PREFIX + "alternate-body-group). Stabiliți-l conform regulamentului "
        + "intern înainte de triaj.");
    List<String> investigators = new ArrayList<>();
    Object named = task.getVariableLocal(Variables.INVESTIGATORS);
    if (named != null && !named.toString().isBlank()) {
      for (String user : named.toString().split("[,;\\s]+")) {
        if (!user.isBlank()) {
          FormRejection.require(identity.createUserQuery().userId(user).count() == 1,
              Variables.INVESTIGATORS, "Utilizatorul „" + user + "” nu există.");
          investigators.add(user);
        }
      }
    }
    String user = identity.getCurrentAuthentication() == null ? "system"
        : identity.getCurrentAuthentication().getUserId();
    cases.saveTriage(complaint.id(), new Triage(inScope, conflict, concernsOfficer,
        concernsDirector, urgent, offered, accepted, null, user, now(calendar)));
    Object note = task.getVariableLocal(Variables.TRIAGE_NOTE);
    if (note != null && !note.toString().isBlank()) {
      cases.addNote(complaint.id(), "TRIAGE", note.toString().strip(), user, now(calendar));
    }
    for (String investigator : investigators) {
      service.assignInvestigator(complaint, investigator, user);
    }
    if (!inScope) {
      cases.conclude(complaint.id(), Outcome.OUT_OF_SCOPE, "OUT_OF_SCOPE");
      task.setVariable(Variables.OUTCOME, Outcome.OUT_OF_SCOPE.name());
      setStatus(cases, task, complaint.id(), "OUT_OF_SCOPE");
    } else {
      setStatus(cases, task, complaint.id(), "UNDER_INVESTIGATION");
      LocalDate due = calendar.addWorkingDays(calendar.today(),
          settings.investigationWorkingDays());
      task.setVariable(Variables.INVESTIGATION_DUE_AT, calendar.endOfDay(due));
      task.setVariable(Variables.INVESTIGATION_ESCALATE_AT,
          calendar.endOfDay(calendar.addWorkingDays(due, settings.escalationWorkingDays())));
    }
    clean(task);
  }

  /**
   * An input of {@code routeComplaint}: the complaint concerns the Equality Officer, or the
   * Officer has a conflict of interest and steps aside as if it did (read from the restricted
   * triage, local to the task).
   */
  public boolean concernsEqualityOfficer(DelegateExecution execution) {
    Triage triage = triage(execution);
    return triage.concernsOfficer() || triage.conflictOfInterest();
  }

  /** An input of {@code routeComplaint}: the complaint concerns the Director General. */
  public boolean concernsDirectorGeneral(DelegateExecution execution) {
    return triage(execution).concernsDirector();
  }

  /**
   * Records the answer of {@code routeComplaint} (local {@code complaintHandler}) as the
   * Camunda group that investigates the case and informs the complainant.
   */
  public void recordRouting(DelegateExecution execution) {
    Object answer = execution.getVariableLocal(HarassmentComplaintProcess.Variables
        .COMPLAINT_HANDLER);
    ComplaintHandler handler = answer == null ? null : ComplaintHandler.valueOf(answer.toString());
    String group = handler == null ? null : handlerGroup(handler);
    if (group == null) {
      throw new IllegalStateException("Decision complaintRouting gives " + answer + " for case "
          + complaintId(execution) + ", which names no configured group. Check "
          + "dmn/equality/complaint-routing.dmn and " + ComplaintSettings.PREFIX
          + "alternate-body-group");
    }
    cases.route(complaintId(execution), group);
  }

  private Triage triage(DelegateExecution execution) {
    return cases.triage(complaintId(execution)).orElseThrow(() -> new IllegalStateException(
        "Case " + complaintId(execution) + " has no triage to route"));
  }

  /** The Camunda group that investigates the case (DMN-8), read from the restricted triage. */
  public String handlerGroup(DelegateExecution execution) {
    return cases.triage(complaintId(execution)).map(Triage::handlerGroup)
        .orElse(RoleGroups.EQUALITY_OFFICER);
  }

  /** The assigned investigators, as the candidate users of the investigation. */
  public List<String> investigators(DelegateExecution execution) {
    return cases.investigators(complaintId(execution));
  }

  private String handlerGroup(ComplaintHandler handler) {
    return switch (handler) {
      case EQUALITY_OFFICER -> RoleGroups.EQUALITY_OFFICER;
      case DIRECTOR_GENERAL -> RoleGroups.RECTOR;
      case ALTERNATE_BODY -> settings.alternateBodyGroup() == null
          || settings.alternateBodyGroup().isBlank() ? null : settings.alternateBodyGroup();
    };
  }
}
