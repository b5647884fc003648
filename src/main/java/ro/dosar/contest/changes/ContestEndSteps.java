package ro.dosar.contest.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestEventRepository;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.commissions.CommissionConstitutionSteps;

/**
 * The two ends a contest can come to at any moment (spec §16.3): annulment for a breach of the
 * publicity rules (§8.1.3(6)), and the restart of the procedure (§8.1.5(19), §8.5.2(1)(b)). A
 * restart closes this contest as {@code RESTARTED} and opens a new one for the same post from the
 * announcement, with the approved proposal and, while they still have 3–5 members each, the same
 * commissions (OQ-31); the candidates apply again. Called as {@code ${contestEndSteps.<step>(…)}}.
 */
@Component
public class ContestEndSteps {

  /** BPMN error that ends a contest as {@code ANNULLED}. */
  static final String ANNUL = "contestAnnulled";

  /** What a restarted procedure keeps: the approved proposal, the methodology, the decisions. */
  private static final List<String> KEPT = List.of("postName", "structure", "postCategory",
      "vacancyType", "postsCount", "studyLevel", "contractDuration", "workNorm", "duties",
      "specificConditions", "bibliography", "writtenTest", "practicalTest", "proposedCommissions",
      "hrEndorsed", "proposalApproved", "proposedBy", "institutionCode", "methodology",
      "methodologyApproved", "ccPresident", "ccMember1", "ccMember2", "ccMember3", "ccMember4",
      "cscPresident", "cscMember1", "cscMember2", "cscMember3", "cscMember4", "secretary",
      "ccAlternates");

  private final ContestRepository contests;
  private final ContestEventRepository events;
  private final CommissionConstitutionSteps constitution;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;

  public ContestEndSteps(ContestRepository contests, ContestEventRepository events,
      CommissionConstitutionSteps constitution, RuntimeService runtime,
      WorkingDayCalendar calendar) {
    this.contests = contests;
    this.events = events;
    this.constitution = constitution;
    this.runtime = runtime;
    this.calendar = calendar;
  }

  /** The Rector annulled the contest (§8.1.3(6)): the reason is the one he wrote. */
  public void annul(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Object why = execution.getVariable(Variables.ANNULMENT_REASON);
    String reason = "Concurs anulat de Rector pentru încălcarea regulilor de publicitate "
        + "(§8.1.3(6))" + (why == null ? "." : ": " + why);
    contests.setStatus(id, ContestStatus.ANNULLED, reason);
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.ANNULLED.name());
    events.record(id, "ANNULMENT", calendar.today(), reason,
        ContestStatus.ANNULLED.name());
  }

  /**
   * Closes the contest as {@code RESTARTED} (the reason was written when the restart was
   * decided) and starts the procedure again as a new contest.
   */
  public void restart(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Contest previous = contests.get(id);
    String reason = previous.statusReason() == null ? "Procedura de concurs se reia."
        : previous.statusReason();
    contests.setStatus(id, ContestStatus.RESTARTED, reason);
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.RESTARTED.name());

    List<String> cc = contests.validMembers(id, "CC");
    List<String> csc = contests.validMembers(id, "CSC");
    boolean commissionsKept = cc.size() >= 3 && cc.size() <= 5 && csc.size() >= 3
        && csc.size() <= 5;
    Map<String, Object> variables = new HashMap<>();
    for (String name : KEPT) {
      Object value = execution.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    long newId = contests.insertRestart(previous, null);
    variables.put("contestId", newId);
    variables.put("restartedFrom", id);
    if (commissionsKept) {
      String secretary = contests.commissionMembers(id, "SECRETARY").get(0);
      constitution.constitute(newId, cc, csc, secretary, previous.commissionsSignedOn());
      constitution.recordCommissionGender(newId, contests.commissionGender(id).justification());
      variables.put("ccMembers", new ArrayList<>(cc));
      variables.put("cscMembers", new ArrayList<>(csc));
      variables.put("ccPresidentUser", cc.get(0));
      variables.put("cscPresidentUser", csc.get(0));
      variables.put("contestStatus", ContestStatus.COMMISSIONS_CONSTITUTED.name());
    } else {
      variables.put("contestStatus", ContestStatus.APPROVED.name());
      variables.put("commissionViolations", "Procedura a fost reluată, iar comisiile nu mai au "
          + "3–5 membri fiecare: întocmiți noile decizii (§8.1.5(4)).");
    }
    ProcessInstance next = runtime.createProcessInstanceByKey(ContestHiringProcess.KEY)
        .businessKey(Contest.businessKey(newId))
        .startBeforeActivity(commissionsKept ? "prepareAnnouncement" : "draftCommissionDecisions")
        .setVariables(variables)
        .execute();
    contests.setProcessInstance(newId, next.getId());
    execution.setVariable(Variables.RESTARTED_AS, newId);
    events.record(id, "RESTART", calendar.today(), reason + " Continuă ca "
        + Contest.businessKey(newId) + (commissionsKept ? ", cu aceleași comisii." : "."),
        ContestStatus.RESTARTED.name());
  }

}
