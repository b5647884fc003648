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
import ro.dosar.contest.ContestHiringProcess.Elements;
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
  private static final List<String> KEPT = List.of(Variables.POST_NAME, Variables.STRUCTURE,
      Variables.POST_CATEGORY, Variables.VACANCY_TYPE, Variables.POSTS_COUNT,
      Variables.STUDY_LEVEL, Variables.CONTRACT_DURATION, Variables.WORK_NORM, Variables.DUTIES,
      Variables.SPECIFIC_CONDITIONS, Variables.BIBLIOGRAPHY, Variables.WRITTEN_TEST,
      Variables.PRACTICAL_TEST, Variables.PROPOSED_COMMISSIONS, Variables.HR_ENDORSED,
      Variables.PROPOSAL_APPROVED, Variables.PROPOSED_BY, Variables.INSTITUTION_CODE,
      Variables.METHODOLOGY, Variables.METHODOLOGY_APPROVED, Variables.CC_PRESIDENT,
      Variables.CC_MEMBER1, Variables.CC_MEMBER2, Variables.CC_MEMBER3, Variables.CC_MEMBER4,
      Variables.CSC_PRESIDENT, Variables.CSC_MEMBER1, Variables.CSC_MEMBER2,
      Variables.CSC_MEMBER3, Variables.CSC_MEMBER4, Variables.SECRETARY, Variables.CC_ALTERNATES);

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
    variables.put(Variables.CONTEST_ID, newId);
    variables.put(Variables.RESTARTED_FROM, id);
    if (commissionsKept) {
      String secretary = contests.commissionMembers(id, "SECRETARY").get(0);
      constitution.constitute(newId, cc, csc, secretary, previous.commissionsSignedOn());
      constitution.recordCommissionGender(newId, contests.commissionGender(id).justification());
      variables.put(Variables.CC_MEMBERS, new ArrayList<>(cc));
      variables.put(Variables.CSC_MEMBERS, new ArrayList<>(csc));
      variables.put(Variables.CC_PRESIDENT_USER, cc.get(0));
      variables.put(Variables.CSC_PRESIDENT_USER, csc.get(0));
      variables.put(Variables.CONTEST_STATUS, ContestStatus.COMMISSIONS_CONSTITUTED.name());
    } else {
      variables.put(Variables.CONTEST_STATUS, ContestStatus.APPROVED.name());
      variables.put(Variables.COMMISSION_VIOLATIONS, "Procedura a fost reluată, iar comisiile nu "
          + "mai au 3–5 membri fiecare: întocmiți noile decizii (§8.1.5(4)).");
    }
    ProcessInstance next = runtime.createProcessInstanceByKey(ContestHiringProcess.KEY)
        .businessKey(Contest.businessKey(newId))
        .startBeforeActivity(commissionsKept ? Elements.PREPARE_ANNOUNCEMENT
            : Elements.DRAFT_COMMISSION_DECISIONS)
        .setVariables(variables)
        .execute();
    contests.setProcessInstance(newId, next.getId());
    execution.setVariable(Variables.RESTARTED_AS, newId);
    events.record(id, "RESTART", calendar.today(), reason + " Continuă ca "
        + Contest.businessKey(newId) + (commissionsKept ? ", cu aceleași comisii." : "."),
        ContestStatus.RESTARTED.name());
  }

}
