package ro.dosar.contest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.MajorityVote;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of {@code contestationRound} (bpmn/contest/contestation-round.bpmn), the reusable
 * round of contestations after a stage's results are displayed (spec §15, PO.UVT-DRU-01 §8.5C).
 * Called from the model as {@code ${contestation.<step>(execution)}} (service tasks, and the "end"
 * listeners that re-check task forms on the server).
 *
 * <p>This part covers the contestations of the file selection (stage {@code SELECTION}): the
 * contestation commission decides by majority whether the candidate meets the conditions.
 */
@Component("contestation")
public class ContestationSteps {

  static final String SUBJECT = "CONTESTATION";

  private final ContestationRepository contestations;
  private final CandidateRepository candidates;
  private final MemberOpinionRepository opinions;
  private final WorkingDayCalendar calendar;
  private final ContestProperties properties;
  private final Clock clock;

  public ContestationSteps(ContestationRepository contestations, CandidateRepository candidates,
      MemberOpinionRepository opinions, WorkingDayCalendar calendar, ContestProperties properties,
      Clock clock) {
    this.contestations = contestations;
    this.candidates = candidates;
    this.opinions = opinions;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Opens the filing window: at most 1 working day from the display of the results (§8.5C(1)),
   * until the closing hour; the commission then has 1 more working day (§8.5C(2),(4)).
   */
  public void open(DelegateExecution execution) {
    LocalDate displayed = ContestSteps.localDate(execution.getVariable("resultsDisplayedOn"));
    LocalDate deadline = calendar.addWorkingDays(displayed, 1);
    LocalDate resolution = calendar.addWorkingDays(deadline, 1);
    execution.setVariable("contestationDeadline", deadline.toString());
    execution.setVariable("contestationDeadlineText",
        deadline.format(ContestSteps.DAY) + ", ora " + calendar.closingTime());
    execution.setVariable("contestationDeadlineAt", calendar.workingDaysDeadline(deadline, 0));
    execution.setVariable("resolutionDueAt", calendar.workingDaysDeadline(resolution, 0));
    execution.setVariable("resolutionDeadlineText", resolution.format(ContestSteps.DAY));
  }

  /**
   * Registers a contestation at the Registry (§8.5C(1), §8.1.5(27)(b)): only a candidate of this
   * contest, only against his own result, once per stage, and only within the deadline: a late
   * contestation is refused (forfeiture, "sub sancțiunea decăderii") and nothing is stored.
   */
  public void register(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    long contestId = ContestSteps.contestId(task);
    String stage = (String) task.getVariable("stage");
    long code = code(task.getVariable("contestedCode"));
    Candidate candidate = candidates.find(code).filter(c -> c.contestId() == contestId)
        .orElseThrow(() -> FormRejection.reject("contestedCode",
            "Codul „" + code + "” nu aparține unui candidat înscris la acest concurs."));
    FormRejection.require(!"SELECTION".equals(stage) || "RESPINS".equals(candidate.selectionStatus()),
        "contestedCode", "Candidatul cu codul " + code + " a fost admis la selecția dosarelor; "
            + "un candidat poate contesta doar propriul rezultat nefavorabil (§8.5C(1)).");
    FormRejection.require(contestations.of(code, stage).isEmpty(), "contestedCode",
        "Candidatul cu codul " + code + " a depus deja o contestație pentru această etapă.");
    String number = FormRejection.text(task.getVariable("contestationNumber"),
        "contestationNumber", "Numărul de înregistrare la Registratură");
    LocalDateTime filedAt = ContestSteps.dateTime(task.getVariable("contestationFiledAt"),
        "contestationFiledAt", "Data și ora depunerii");
    LocalDate deadline = LocalDate.parse((String) task.getVariable("contestationDeadline"));
    LocalDateTime closes = deadline.atTime(calendar.closingTime());
    FormRejection.require(!filedAt.isAfter(closes), "contestationFiledAt",
        "Contestația a fost depusă la " + filedAt.format(ContestSteps.DAY_TIME)
            + ", după termenul de " + closes.format(ContestSteps.DAY_TIME)
            + ": dreptul de a contesta s-a stins (decădere, §8.5C(1)); nu se înregistrează.");
    FormRejection.require(!filedAt.isAfter(LocalDateTime.now(clock)), "contestationFiledAt",
        "Data și ora depunerii nu pot fi în viitor.");
    contestations.file(contestId, code, stage, number, filedAt,
        ContestSteps.optionalText(task.getVariable("contestationGrounds")));
  }

  /** The window closed: the registered contestations go to the commission. */
  public void collect(DelegateExecution execution) {
    List<Long> ids = contestations.ofStage(ContestSteps.contestId(execution),
        (String) execution.getVariable("stage")).stream().map(Contestation::id).toList();
    execution.setVariable("contestationIds", ids);
    execution.setVariable("contestationCount", ids.size());
  }

  /** What each member of the contestation commission sees: the code and the file's documents. */
  public void load(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    Contestation contestation = contestations.find(id).orElseThrow();
    Candidate candidate = candidates.find(contestation.candidateCode()).orElseThrow();
    execution.setVariableLocal("fileCode", String.valueOf(candidate.code()));
    execution.setVariableLocal("contestationGroundsText",
        contestation.grounds() == null ? "(fără motivare scrisă)" : contestation.grounds());
    execution.setVariableLocal("selectionReasonText",
        candidate.selectionReason() == null ? "" : candidate.selectionReason());
    execution.setVariableLocal("opinionSubject", SUBJECT);
    execution.setVariableLocal("opinionSubjectId", id);
  }

  /** One member's own opinion on one contestation: does the candidate meet the conditions? */
  public void recordOpinion(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    Boolean admits = ContestSteps.decision(task.getVariable("contestationDecision"),
        "contestationDecision");
    String reason = FormRejection.text(task.getVariable("contestationReason"),
        "contestationReason", "Motivarea");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable("noConflictDeclared")),
        "noConflictDeclared", "Confirmați că nu vă aflați în conflict de interese cu candidatul "
            + "(§8.1.5(14)); dacă vă aflați, sesizați în scris conflictul și abțineți-vă.");
    long id = ((Number) task.getVariable("contestationId")).longValue();
    opinions.record(SUBJECT, id, (String) task.getVariable("member"), admits, reason);
  }

  /**
   * The commission decides by majority (§8.5C(3)); an admitted selection contestation admits the
   * candidate to the next stage (§8.5C(5)(i), DMN contestationOutcome rules 1–2). The result is
   * displayed at once (§8.5C(7)): its decision time is its display time.
   */
  public void decide(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    MajorityVote vote = MajorityVote.of(opinions.opinions(SUBJECT, id),
        properties.evenSplitAdmits());
    Contestation contestation = contestations.find(id).orElseThrow();
    contestations.decide(id, vote.admits() ? "ADMITTED" : "REJECTED");
    if (vote.admits()) {
      candidates.setSelection(contestation.candidateCode(), "ADMIS",
          "Admis în urma contestației (§8.5C(5)(i))");
    }
    execution.setVariableLocal("minorityMembers", vote.minority());
  }

  private static long code(Object value) {
    String text = FormRejection.text(value, "contestedCode", "Codul candidatului");
    try {
      return Long.parseLong(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
    } catch (NumberFormatException e) {
      throw FormRejection.reject("contestedCode", "Codul „" + text + "” nu este un număr.");
    }
  }
}
