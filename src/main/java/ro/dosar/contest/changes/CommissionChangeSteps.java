package ro.dosar.contest.changes;

import ro.dosar.tasklist.FormDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffDirectory;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestEventRepository;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestInstances;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStateRejection;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.changes.CommissionChangeProcess.Variables;
import ro.dosar.contest.commissions.CommissionConstitutionSteps;
import ro.dosar.contest.commissions.CommissionSteps;
import ro.dosar.contest.documents.ContestDocumentSteps;
import ro.dosar.tasklist.FormRejection;

/**
 * Changing a commission (§8.5.3(1), §8.1.5(9),(17); spec §3.3, COM-14, COM-23), process
 * {@code commissionChange}: a member who cannot attend asks to be replaced at least one day
 * before the activity (OQ-47: a calendar day) — or a member was found in conflict of interest and
 * must be replaced within 2 working days; the head of the structure names the replacement, HR
 * drafts the modification decision, Legal endorses it, the Rector signs it. The commission rules
 * of §8.1.5 are checked again on the modified composition before anything is drafted. A request
 * made later than the day before (spec §3.3(4)): the head of the structure either replaces the
 * member all the same, as a modification for objective reasons (COM-14), or has the activity
 * postponed (§8.5.2). Called as {@code ${commissionChangeSteps.<step>(execution)}}.
 */
@Component
public class CommissionChangeSteps {

  private final ContestRepository contests;
  private final ContestEventRepository events;
  private final CommissionSteps commissionSteps;
  private final CommissionConstitutionSteps constitution;
  private final ContestInstances instances;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final ContestDocumentSteps documents;
  private final StaffDirectory staff;

  public CommissionChangeSteps(ContestRepository contests, ContestEventRepository events,
      CommissionSteps commissionSteps, CommissionConstitutionSteps constitution,
      ContestInstances instances, RuntimeService runtime,
      TaskService tasks, IdentityService identity, WorkingDayCalendar calendar,
      ContestDocumentSteps documents, StaffDirectory staff) {
    this.documents = documents;
    this.staff = staff;
    this.contests = contests;
    this.events = events;
    this.commissionSteps = commissionSteps;
    this.constitution = constitution;
    this.instances = instances;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.calendar = calendar;
  }

  /** {@code CommissionMemberUnavailable}: a sitting member, an activity ahead, a reason. */
  public void checkUnavailability(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Contest contest = contests.get(id);
    ContestStatus status = contest.status();
    ContestStateRejection.require(contest.commissionsSignedOn() != null && !status.terminal()
            && status != ContestStatus.SUSPENDED,
        "Comisiile concursului " + contest.businessKey() + " nu pot fi modificate acum (starea "
            + status + ").");
    String member = FormRejection.text(
        execution.getVariable(ContestHiringProcess.Variables.UNAVAILABLE_MEMBER),
        ContestHiringProcess.Variables.UNAVAILABLE_MEMBER, "Membrul care nu poate participa");
    FormRejection.require(commissionOf(id, member) != null, "unavailableMember",
        "„" + member + "” nu este membru (în funcție) al comisiilor acestui concurs.");
    LocalDate activity;
    try {
      activity = FormDates.localDate(execution.getVariable(
          ContestHiringProcess.Variables.ACTIVITY_DATE));
    } catch (RuntimeException e) {
      activity = null;
    }
    FormRejection.require(activity != null && !activity.isBefore(calendar.today()),
        "activityDate", "Indicați data activității la care membrul nu poate participa "
            + "(astăzi sau mai târziu).");
    FormRejection.text(execution.getVariable(ContestHiringProcess.Variables.UNAVAILABILITY_REASON),
        ContestHiringProcess.Variables.UNAVAILABILITY_REASON, "Motivul obiectiv");
  }

  /**
   * The replacement request is registered: late when made on the day of the activity or later
   * (it had to come at least one day before, §8.5.3(1)); the decision is due before the activity.
   */
  public void registerUnavailability(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    String member = (String) execution.getVariable(
        ContestHiringProcess.Variables.UNAVAILABLE_MEMBER);
    LocalDate activity = FormDates.localDate(execution.getVariable(
        ContestHiringProcess.Variables.ACTIVITY_DATE));
    boolean late = !calendar.today().isBefore(activity);
    execution.setVariableLocal(Variables.CHANGED_COMMISSION, commissionOf(id, member));
    execution.setVariableLocal(Variables.LATE_REQUEST, late);
    execution.setVariableLocal(Variables.CHANGE_DUE_AT, calendar.calendarDaysDeadline(
        late ? calendar.today() : activity.minusDays(1), 0));
    execution.setVariableLocal(Variables.CHANGE_REASON, "Nu poate participa la activitatea din "
        + activity.format(DisplayDates.DAY) + ": "
        + execution.getVariable(ContestHiringProcess.Variables.UNAVAILABILITY_REASON)
        + (late ? " (cerere făcută mai târziu de o zi înainte de activitate)" : ""));
    events.record(id, "COMMISSION_CHANGE", calendar.today(), "Cerere de înlocuire: "
        + member + ". " + execution.getVariable(Variables.CHANGE_REASON),
        late ? "LATE_REQUEST" : "REQUESTED");
  }

  /** The head of the structure names the replacement, or, for a late request, postpones. */
  public void checkRequest(DelegateExecution task) {
    boolean late = Boolean.TRUE.equals(task.getVariable(Variables.LATE_REQUEST));
    Object handling = task.getVariable(Variables.LATE_REQUEST_HANDLING);
    if (late) {
      FormRejection.require("REPLACE".equals(handling) || "POSTPONE".equals(handling),
          "lateRequestHandling", "Cererea a venit târziu: alegeți înlocuirea membrului (motive "
              + "obiective, §8.1.5(9)) sau amânarea activității (§8.5.2).");
    }
    boolean postpone = late && "POSTPONE".equals(handling);
    task.getProcessInstance().setVariable(Variables.CHANGE_OUTCOME,
        postpone ? "POSTPONE" : "REPLACE");
    if (postpone) {
      return;
    }
    long id = ContestVariables.contestId(task);
    String incoming = FormRejection.text(task.getVariable(Variables.REPLACEMENT_MEMBER),
        Variables.REPLACEMENT_MEMBER, "Noul membru");
    FormRejection.require(identity.createUserQuery().userId(incoming).count() == 1,
        "replacementMember", "Utilizatorul „" + incoming + "” nu există în Dosar.");
    FormRejection.require(commissionOf(id, incoming) == null
            && !contests.commissionMembers(id, "SECRETARY").contains(incoming),
        "replacementMember", "„" + incoming + "” face deja parte din comisiile acestui concurs "
            + "sau este secretarul lor (§8.1.5(13)).");
    task.getProcessInstance().setVariable(Variables.REPLACEMENT_MEMBER, incoming);
    // Those who draft, endorse and approve the decision read both people by name.
    task.getProcessInstance().setVariable(Variables.REPLACEMENT_MEMBER_NAME,
        staff.describe(incoming));
    task.getProcessInstance().setVariable(Variables.CHANGED_MEMBER_NAME,
        staff.describe((String) task.getVariable(Variables.CHANGED_MEMBER)));
  }

  /**
   * The composition the decision would make, prepared for the gender equality plan's table
   * (DMN-1): the integer inputs of the model's business rule tasks, one per commission, and
   * whether the institution's plan is in force today ({@code equalityPlanInForce}), which the
   * model's gateway reads.
   */
  public void checkComposition(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    commissionSteps.compositionGenderInputs(execution, id, changedMembers(execution, "CC"),
        changedMembers(execution, "CSC"));
  }

  /**
   * The commission rules of §8.1.5 and the gender equality plan (DMN-1's answers, as the model's
   * business rule tasks left them) on the composition the decision would make. Under HARD a
   * single-gender commission is a violation (the request goes back to the head of the
   * structure); under SOFT it is a warning, and HR must record a justification with the draft
   * ({@code commissionGenderJustification}, prefilled with the contest's current one). The
   * commissions' gender status, {@code commissionGenderStatus}, is recorded on the contest when
   * the change is made.
   */
  public void recordCompositionCheck(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    CommissionSteps.CompositionCheck check = commissionSteps.checkComposition(id,
        changedMembers(execution, "CC"), changedMembers(execution, "CSC"),
        contests.commissionMembers(id, "SECRETARY").get(0), execution);
    execution.setVariable(Variables.COMPOSITION_VALID, check.violations().isEmpty());
    execution.setVariable(Variables.COMPOSITION_VIOLATIONS, check.violations());
    execution.setVariable(Variables.COMMISSION_GENDER_WARNING, check.genderWarning());
    execution.setVariable(Variables.COMMISSION_GENDER_STATUS, check.genderStatus());
    if (!check.genderWarning().isEmpty()
        && execution.getVariable(Variables.COMMISSION_GENDER_JUSTIFICATION) == null) {
      execution.setVariable(Variables.COMMISSION_GENDER_JUSTIFICATION,
          contests.commissionGender(id).justification());
    }
  }

  /** The members of a commission (CC or CSC) once the change is made, presidents first. */
  private List<String> changedMembers(DelegateExecution execution, String commission) {
    long id = ContestVariables.contestId(execution);
    return replaced(contests.validMembers(id, commission),
        (String) execution.getVariable(Variables.CHANGED_MEMBER),
        (String) execution.getVariable(Variables.REPLACEMENT_MEMBER),
        commission.equals(execution.getVariable(Variables.CHANGED_COMMISSION)));
  }

  /** A yes/no of Legal or the Rector on the modification decision. */
  public void checkApproval(DelegateExecution task) {
    if (!ContestVariables.requireChoice(task, Variables.CHANGE_APPROVED)) {
      FormRejection.text(task.getVariable(Variables.CHANGE_REMARKS), Variables.CHANGE_REMARKS,
          "Motivul pentru care decizia nu este avizată / aprobată");
    }
  }

  /** HR drafted the modification decision. */
  public void checkDraft(DelegateExecution task) {
    FormRejection.text(task.getVariable(Variables.MODIFICATION_DECISION_NUMBER),
        Variables.MODIFICATION_DECISION_NUMBER, "Numărul deciziei de modificare");
    Object warning = task.getVariable(Variables.COMMISSION_GENDER_WARNING);
    if (warning != null && !warning.toString().isBlank()) {
      FormRejection.require(ContestVariables.optionalText(
              task.getVariable(Variables.COMMISSION_GENDER_JUSTIFICATION)) != null,
          Variables.COMMISSION_GENDER_JUSTIFICATION, "După modificare, o comisie ar fi formată din "
              + "persoane de un singur gen: înregistrați justificarea acestei componențe (planul "
              + "pentru egalitatea de gen, regim SOFT) înainte ca decizia să fie avizată și "
              + "aprobată.");
    }
  }

  /**
   * The Rector signed: the newcomer sits on the commission from today, in the contest's group;
   * the tasks waiting for the outgoing member pass to him, and every running part of the contest
   * knows the new composition.
   */
  public void apply(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    String outgoing = (String) execution.getVariable(Variables.CHANGED_MEMBER);
    String incoming = (String) execution.getVariable(Variables.REPLACEMENT_MEMBER);
    String commission = (String) execution.getVariable(Variables.CHANGED_COMMISSION);
    contests.replaceMember(id, commission, outgoing, incoming, constitution.genderOf(incoming),
        calendar.today());
    constitution.recordDecidedGender(id,
        (String) execution.getVariable(Variables.COMMISSION_GENDER_STATUS),
        (String) execution.getVariable(Variables.GENDER_ENFORCEMENT_MODE),
        ContestVariables.optionalText(execution.getVariable(
            Variables.COMMISSION_GENDER_JUSTIFICATION)));
    String group = "CC".equals(commission) ? Contest.competitionGroup(id)
        : Contest.contestationGroup(id);
    constitution.leaveGroup(group, outgoing);
    constitution.joinGroup(group, incoming);
    List<String> cc = contests.validMembers(id, "CC");
    List<String> csc = contests.validMembers(id, "CSC");
    List<String> tree = instances.tree(contests.get(id).processInstanceId(),
        Set.of(execution.getProcessInstanceId()));
    for (String instance : tree) {
      if (runtime.getVariable(instance, ContestHiringProcess.Variables.CC_MEMBERS) != null) {
        runtime.setVariable(instance, ContestHiringProcess.Variables.CC_MEMBERS,
            new ArrayList<>(cc));
        runtime.setVariable(instance, ContestHiringProcess.Variables.CC_PRESIDENT_USER, cc.get(0));
      }
      if (runtime.getVariable(instance, ContestHiringProcess.Variables.CSC_MEMBERS) != null) {
        runtime.setVariable(instance, ContestHiringProcess.Variables.CSC_MEMBERS,
            new ArrayList<>(csc));
        runtime.setVariable(instance, ContestHiringProcess.Variables.CSC_PRESIDENT_USER,
            csc.get(0));
      }
      for (Task task : tasks.createTaskQuery().processInstanceId(instance).taskAssignee(outgoing)
          .list()) {
        tasks.setAssignee(task.getId(), incoming);
      }
      for (VariableInstance member : runtime.createVariableInstanceQuery()
          .processInstanceIdIn(instance).variableName(ContestHiringProcess.Variables.MEMBER)
          .list()) {
        if (outgoing.equals(member.getValue())) {
          runtime.setVariableLocal(member.getExecutionId(),
              ContestHiringProcess.Variables.MEMBER, incoming);
        }
      }
    }
    documents.request(id, "modificationDecision", id, commission, outgoing, incoming,
        String.valueOf(execution.getVariable(Variables.MODIFICATION_DECISION_NUMBER)),
        String.valueOf(execution.getVariable(Variables.CHANGE_REASON)));
    events.record(id, "COMMISSION_CHANGE", calendar.today(), ("CC".equals(commission)
        ? "Comisia de concurs" : "Comisia de soluționare a contestațiilor") + ": " + outgoing
        + " înlocuit cu " + incoming + " prin decizia nr. "
        + execution.getVariable(Variables.MODIFICATION_DECISION_NUMBER) + ".", "REPLACED");
  }

  /** CC or CSC: the commission the user sits on (not excluded, not replaced); else null. */
  private String commissionOf(long contestId, String userId) {
    if (contests.validMembers(contestId, "CC").contains(userId)) {
      return "CC";
    }
    return contests.validMembers(contestId, "CSC").contains(userId) ? "CSC" : null;
  }

  private static List<String> replaced(List<String> members, String outgoing, String incoming,
      boolean here) {
    List<String> result = new ArrayList<>(members);
    int at = result.indexOf(outgoing);
    if (here) {
      if (at >= 0) {
        result.set(at, incoming);
      } else {
        result.add(incoming);
      }
    }
    return result;
  }

}
