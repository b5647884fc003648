package ro.dosar.contest.contestation;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.MajorityVote;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.documents.ContestMinutes;
import ro.dosar.contest.scoring.ContestationOutcome;
import ro.dosar.contest.scoring.ContestationType;
import ro.dosar.contest.scoring.ExactScore;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.contest.scoring.ScoreAggregator;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.contest.teststage.ScoreSheetSteps;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormRejection;

/**
 * The contestation commission's work in a round of {@code contestationRound}
 * (bpmn/contest/contestation-round.bpmn; spec §15, PO.UVT-DRU-01 §8.5C), called as
 * {@code ${contestationSteps.<step>(execution)}} (service tasks, and the "end" listeners that
 * re-check task forms on the server); the filing is {@link ContestationFilingSteps}.
 *
 * <p>Selection ({@code SELECTION}): the contestation commission decides by majority whether the
 * candidate meets the conditions. A test ({@code WRITTEN}, {@code PRACTICAL},
 * {@code INTERVIEW}): every member re-scores the contested paper or interview on his own sheet,
 * the spread rule applies, and the higher score replaces the contested one.
 */
@Component
public class ContestationSteps {

  public static final String SUBJECT = "CONTESTATION";

  private final ContestationRepository contestations;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestRepository contests;
  private final ScoreAggregator aggregator;
  private final ScoringRules scoringRules;
  private final MemberOpinionRepository opinions;
  private final WorkingDayCalendar calendar;
  private final ContestProperties properties;
  private final ContestMinutes documents;
  private final ContestationRoundRepository rounds;

  public ContestationSteps(ContestationRepository contestations,
      CandidateRepository candidates,
      TestRepository tests,
      ContestRepository contests,
      ScoreAggregator aggregator,
      ScoringRules scoringRules,
      MemberOpinionRepository opinions,
      WorkingDayCalendar calendar,
      ContestProperties properties,
      ContestMinutes documents,
      ContestationRoundRepository rounds) {
    this.contestations = contestations;
    this.candidates = candidates;
    this.tests = tests;
    this.contests = contests;
    this.aggregator = aggregator;
    this.scoringRules = scoringRules;
    this.opinions = opinions;
    this.calendar = calendar;
    this.properties = properties;
    this.documents = documents;
    this.rounds = rounds;
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
    boolean selection = ContestVariables.SELECTION.equals(contestation.stage());
    execution.setVariableLocal("selectionContestation", selection);
    if (!selection) {
      long testId = contestations.testId(id);
      execution.setVariableLocal("paperLabel", "candidatul cu codul " + candidate.code()
          + " (contestație)");
      execution.setVariableLocal("criteriaText", ScoreSheetSteps.criteriaText(
          tests.criteria(testId)));
      execution.setVariableLocal("criteriaCount", tests.criteria(testId).size());
      execution.setVariableLocal("correctionRound", contestations.recorrectionRounds(id) + 1);
    }
  }

  /**
   * One contestation-commission member's own re-scoring of the contested paper or interview
   * (§8.5C(4)), criterion by criterion, like the commission's score sheet.
   */
  public void recordRescore(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    int round = contestations.recorrectionRounds(id) + 1;
    String member = Decider.of(execution, "member");
    for (TestRepository.TestCriterion criterion : tests.criteria(contestations.testId(id))) {
      String key = "score" + criterion.position();
      contestations.recordPoints(id, member, round, criterion.position(),
          ScoreSheetSteps.points(execution.getVariable(key), key, criterion.label(),
              criterion.maxPoints()));
    }
  }

  /**
   * The contestation commission's score (same spread rule as the competition commission,
   * §8.5C(4), §8.3(7)) and the outcome (§8.5C(5),(6), DMN contestationOutcome): admitted only if
   * higher than the score contested; then the score is replaced and its status recomputed, so a
   * "respins" reaching the pass mark becomes "admis". Never a worse score on contestation.
   */
  public void decideRescore(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    Contestation contestation = contestations.find(id).orElseThrow();
    long testId = contestations.testId(id);
    PostCategory category = PostCategory.valueOf(
        contests.get(contestation.contestId()).postCategory());
    Aggregation result = aggregator.aggregate(category,
        contestations.memberTotals(id, contestations.recorrectionRounds(id) + 1));
    if (result.recorrectionRequired()) {
      contestations.startRecorrection(id);
      execution.setVariableLocal("recorrectionRequired", true);
      execution.setVariableLocal("recorrectionNote", "Punctajele acordate diferă cu "
          + result.spread().stripTrailingZeros().toPlainString() + " puncte (mai mult de 10): "
          + "fiecare membru reevaluează (§8.5C(4), §8.3(7)).");
      return;
    }
    execution.setVariableLocal("recorrectionRequired", false);
    ExactScore original = ExactScore.parse(contestations.originalScore(id));
    ContestationOutcome outcome = scoringRules.contestationOutcome(
        ContestationType.valueOf(contestation.stage()), null, result.score(), original);
    contestations.decideScore(id, outcome.outcome().name(), result.score().toString());
    if (outcome.scoreReplaced()) {
      TestRepository.Paper paper = tests.paperOf(testId, contestation.candidateCode())
          .orElseThrow();
      tests.setScore(paper.id(), result.score().toString(),
          new BigDecimal(result.score().display()),
          aggregator.testStatus(category, result.score()).name());
    }
    execution.setVariableLocal("minorityMembers", List.of());
  }

  /** One member's own opinion on one contestation: does the candidate meet the conditions? */
  public void recordOpinion(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    Boolean admits = ContestVariables.decision(task.getVariable("contestationDecision"),
        "contestationDecision");
    String reason = FormRejection.text(task.getVariable("contestationReason"),
        "contestationReason", "Motivarea");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable("noConflictDeclared")),
        "noConflictDeclared", "Confirmați că nu vă aflați în conflict de interese cu candidatul "
            + "(§8.1.5(14)); dacă vă aflați, sesizați în scris conflictul și abțineți-vă.");
    long id = ((Number) task.getVariable("contestationId")).longValue();
    opinions.record(SUBJECT, id, Decider.of(task, "member"), admits, reason);
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

  /**
   * The round is over: its contestations were decided and displayed, or none was filed in time.
   * The contestation commission's minutes of the round (§8.1.5(24)(c), CON-10) list every
   * contestation registered, the forfeited ones too; a round without any has none.
   */
  public void minutes(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    String stage = (String) execution.getVariable("stage");
    rounds.decided(contestId, stage, calendar.today());
    if (!contestations.ofStage(contestId, stage).isEmpty()) {
      documents.contestationMinutes(contestId, stage);
    }
  }
}
