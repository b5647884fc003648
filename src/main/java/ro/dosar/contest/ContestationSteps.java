package ro.dosar.contest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.MajorityVote;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.contest.scoring.ContestationOutcome;
import ro.dosar.contest.scoring.ContestationType;
import ro.dosar.contest.scoring.ExactScore;
import ro.dosar.contest.scoring.ScoreAggregator;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.contest.scoring.ScoreStatus;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of {@code contestationRound} (bpmn/contest/contestation-round.bpmn), the reusable
 * round of contestations after a stage's results are displayed (spec §15, PO.UVT-DRU-01 §8.5C).
 * Called from the model as {@code ${contestation.<step>(execution)}} (service tasks, and the "end"
 * listeners that re-check task forms on the server).
 *
 * <p>Selection ({@code SELECTION}): the contestation commission decides by majority whether the
 * candidate meets the conditions. A test ({@code WRITTEN}, {@code PRACTICAL},
 * {@code INTERVIEW}): every member re-scores the contested paper or interview on his own sheet,
 * the spread rule applies, and the higher score replaces the contested one.
 */
@Component("contestation")
public class ContestationSteps {

  static final String SUBJECT = "CONTESTATION";

  private final ContestationRepository contestations;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestRepository contests;
  private final ScoreAggregator aggregator;
  private final ScoringRules scoringRules;
  private final MemberOpinionRepository opinions;
  private final WorkingDayCalendar calendar;
  private final ContestProperties properties;
  private final Clock clock;
  private final ContestDocumentSteps documents;
  private final ContestationRoundRepository rounds;

  public ContestationSteps(ContestationRepository contestations, CandidateRepository candidates,
      TestRepository tests, ContestRepository contests, ScoreAggregator aggregator,
      ScoringRules scoringRules, MemberOpinionRepository opinions, WorkingDayCalendar calendar,
      ContestProperties properties, Clock clock, ContestDocumentSteps documents,
      ContestationRoundRepository rounds) {
    this.documents = documents;
    this.rounds = rounds;
    this.contestations = contestations;
    this.candidates = candidates;
    this.tests = tests;
    this.contests = contests;
    this.aggregator = aggregator;
    this.scoringRules = scoringRules;
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
        deadline.format(DisplayDates.DAY) + ", ora " + calendar.closingTime());
    execution.setVariable("contestationDeadlineAt", calendar.workingDaysDeadline(deadline, 0));
    execution.setVariable("resolutionDueAt", calendar.workingDaysDeadline(resolution, 0));
    execution.setVariable("resolutionDeadlineText", resolution.format(DisplayDates.DAY));
    rounds.open(ContestSteps.contestId(execution), (String) execution.getVariable("stage"),
        displayed, deadline, resolution);
  }

  /**
   * Registers a contestation at the Registry (§8.5C(1), §8.1.5(27)(b)): only a candidate of this
   * contest, only against his own result, once per stage. One stamped after the deadline is
   * registered all the same and recorded as forfeited ("decăzut din drept", sub sancțiunea
   * decăderii): it reaches no commission member and appears in the round's minutes.
   */
  public void register(DelegateExecution task) {
    long contestId = ContestSteps.contestId(task);
    String stage = (String) task.getVariable("stage");
    Long testId = "SELECTION".equals(stage) ? null
        : ((Number) task.getVariable("testId")).longValue();
    LocalDate deadline = LocalDate.parse((String) task.getVariable("contestationDeadline"));
    file(contestId, stage, testId, deadline, false, task.getVariable("contestedCode"),
        task.getVariable("contestationNumber"), task.getVariable("contestationFiledAt"),
        task.getVariable("contestationGrounds"));
  }

  /**
   * A contestation that reaches the Registry once the stage's filing window has closed
   * (§8.5C(1)): registered and recorded as forfeited; no commission task. If the round's
   * minutes were already drawn up, they are drawn up again with it.
   *
   * @return the contestation's id
   * @throws ContestStateRejection if the stage's results were never displayed, or its filing
   *     window is still open (then it is registered in the round's task)
   */
  public long registerAfterWindow(long contestId, String stage, Object code, Object number,
      Object filedAt, Object grounds) {
    FormRejection.require(stage != null && java.util.Set.of("SELECTION", "WRITTEN", "PRACTICAL",
        "INTERVIEW").contains(stage), "stage",
        "Etapa contestată trebuie să fie SELECTION, WRITTEN, PRACTICAL sau INTERVIEW.");
    ContestationRoundRepository.Round round = rounds.latest(contestId, stage)
        .orElseThrow(() -> new ContestStateRejection("Rezultatele acestei etape nu au fost "
            + "afișate; nu există încă un rezultat de contestat."));
    ContestStateRejection.require(!round.filingOpen(), "Termenul de contestare al acestei etape "
        + "este deschis până la " + round.contestationDeadline().format(DisplayDates.DAY)
        + ", ora " + calendar.closingTime() + ": contestația se înregistrează în sarcina "
        + "„Înregistrare contestație”.");
    Long testId = null;
    if (!"SELECTION".equals(stage)) {
      testId = tests.testsOf(contestId).stream().filter(t -> t.testType().equals(stage))
          .reduce((first, second) -> second).map(TestRepository.ContestTest::id).orElseThrow();
    }
    long id = file(contestId, stage, testId, round.contestationDeadline(), true, code, number,
        filedAt, grounds);
    if (round.decided()) {
      documents.contestationMinutes(contestId, stage);
    }
    return id;
  }

  private long file(long contestId, String stage, Long testId, LocalDate deadline,
      boolean onlyLate, Object codeValue, Object numberValue, Object filedAtValue, Object groundsValue) {
    long code = code(codeValue);
    Candidate candidate = candidates.find(code).filter(c -> c.contestId() == contestId)
        .orElseThrow(() -> FormRejection.reject("contestedCode",
            "Codul „" + code + "” nu aparține unui candidat înscris la acest concurs."));
    FormRejection.require(!"SELECTION".equals(stage) || "RESPINS".equals(candidate.selectionStatus()),
        "contestedCode", "Candidatul cu codul " + code + " a fost admis la selecția dosarelor; "
            + "un candidat poate contesta doar propriul rezultat nefavorabil (§8.5C(1)).");
    TestRepository.Paper paper = null;
    if (testId != null) {
      paper = tests.paperOf(testId, code).filter(p -> p.scoreFraction() != null)
          .orElseThrow(() -> FormRejection.reject("contestedCode", "Candidatul cu codul " + code
              + " nu are un punctaj la această probă; se poate contesta doar un punctaj acordat "
              + "(§8.5C(1),(4))."));
    }
    FormRejection.require(contestations.of(code, stage).isEmpty(), "contestedCode",
        "Candidatul cu codul " + code + " a depus deja o contestație pentru această etapă.");
    String number = FormRejection.text(numberValue, "contestationNumber",
        "Numărul de înregistrare la Registratură");
    FormRejection.require(number.length() <= 40, "contestationNumber",
        "Numărul de înregistrare are cel mult 40 de caractere.");
    LocalDateTime filedAt = ContestSteps.dateTime(filedAtValue, "contestationFiledAt",
        "Data și ora depunerii");
    FormRejection.require(!filedAt.isAfter(LocalDateTime.now(clock)), "contestationFiledAt",
        "Data și ora depunerii nu pot fi în viitor.");
    boolean late = filedAt.isAfter(deadline.atTime(calendar.closingTime()));
    FormRejection.require(late || !onlyLate, "contestationFiledAt", "Contestația a fost depusă la "
        + filedAt.format(DisplayDates.DAY_TIME) + ", în termen (până la "
        + deadline.format(DisplayDates.DAY) + ", ora " + calendar.closingTime() + "): aici se "
        + "înregistrează numai contestațiile depuse după termen.");
    String grounds = ContestSteps.optionalText(groundsValue);
    FormRejection.require(grounds == null || grounds.length() <= 2000, "contestationGrounds",
        "Motivele contestației au cel mult 2000 de caractere.");
    long id = paper == null
        ? contestations.file(contestId, code, stage, number, filedAt, grounds)
        : contestations.fileAgainstTest(contestId, code, stage, paper.testId(), number, filedAt,
            grounds, paper.scoreFraction());
    if (late) {
      contestations.decide(id, Contestation.FORFEITED);
    }
    return id;
  }

  /** The window closed: the registered contestations go to the commission. */
  public void collect(DelegateExecution execution) {
    long contestId = ContestSteps.contestId(execution);
    String stage = (String) execution.getVariable("stage");
    rounds.filingClosed(contestId, stage, calendar.today());
    // A forfeited contestation (filed late) goes to no commission member (§8.5C(1)).
    List<Long> ids = contestations.ofStage(contestId, stage).stream()
        .filter(contestation -> !contestation.forfeited()).map(Contestation::id).toList();
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
    boolean selection = ContestSteps.SELECTION.equals(contestation.stage());
    execution.setVariableLocal("selectionContestation", selection);
    if (!selection) {
      long testId = contestations.testId(id);
      execution.setVariableLocal("paperLabel", "candidatul cu codul " + candidate.code()
          + " (contestație)");
      execution.setVariableLocal("criteriaText", TestStageSteps.criteriaText(
          tests.criteria(testId)));
      execution.setVariableLocal("criteriaCount", tests.criteria(testId).size());
      execution.setVariableLocal("correctionRound", contestations.recorrectionRounds(id) + 1);
      // Inputs and answer of the business rule task determineRescorePassMark (passThreshold),
      // kept in this contestation's scope.
      execution.setVariableLocal("postCategory",
          contests.get(contestation.contestId()).postCategory());
      execution.setVariableLocal("passMark", null);
    }
  }

  /**
   * One contestation-commission member's own re-scoring of the contested paper or interview
   * (§8.5C(4)), criterion by criterion, like the commission's score sheet.
   */
  public void recordRescore(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    int round = contestations.recorrectionRounds(id) + 1;
    String member = Decider.of(execution, "member");
    for (TestRepository.TestCriterion criterion : tests.criteria(contestations.testId(id))) {
      String key = "score" + criterion.position();
      contestations.recordPoints(id, member, round, criterion.position(),
          TestStageSteps.points(execution.getVariable(key), key, criterion.label(),
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
    Aggregation result = aggregator.aggregate(
        contestations.memberTotals(id, contestations.recorrectionRounds(id) + 1),
        TestStageSteps.decidedAggregationRule(execution), TestStageSteps.passMark(execution));
    if (result.recorrectionRequired()) {
      contestations.startRecorrection(id);
      execution.setVariableLocal("recorrectionRequired", true);
      execution.setVariableLocal("recorrectionNote", "Punctajele acordate diferă cu "
          + result.spread().stripTrailingZeros().toPlainString() + " puncte (mai mult de 10): "
          + "fiecare membru reevaluează (§8.5C(4), §8.3(7)).");
      return;
    }
    execution.setVariableLocal("recorrectionRequired", false);
    // The exact inputs of the business rule task decideContestationOutcome: both scores as
    // integers over their common denominator, so that the table compares fractions exactly.
    ExactScore original = ExactScore.parse(contestations.originalScore(id));
    ExactScore rescored = result.score();
    execution.setVariableLocal("rescoredScore", rescored.toString());
    execution.setVariableLocal("contestationType",
        ContestationType.valueOf(contestation.stage()).name());
    execution.setVariableLocal("conditionsMet", null);
    execution.setVariableLocal("newScore",
        rescored.numerator().multiply(original.denominator()).longValueExact());
    execution.setVariableLocal("originalScore",
        original.numerator().multiply(rescored.denominator()).longValueExact());
    execution.setVariableLocal("contestationOutcomeResult", null);
  }

  /**
   * Applies the answer of the business rule task decideContestationOutcome (table
   * contestationOutcome): the outcome is recorded and, if the table says so, the contestation
   * commission's score replaces the contested one with its status against the pass mark.
   */
  public void applyRescoreOutcome(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    Contestation contestation = contestations.find(id).orElseThrow();
    long testId = contestations.testId(id);
    ExactScore rescored = ExactScore.parse((String) execution.getVariable("rescoredScore"));
    ContestationOutcome outcome = decidedOutcome(execution);
    contestations.decideScore(id, outcome.outcome().name(), rescored.toString());
    if (outcome.scoreReplaced()) {
      TestRepository.Paper paper = tests.paperOf(testId, contestation.candidateCode())
          .orElseThrow();
      tests.setScore(paper.id(), rescored.toString(), new BigDecimal(rescored.display()),
          (rescored.isAtLeast(TestStageSteps.passMark(execution)) ? ScoreStatus.ADMIS
              : ScoreStatus.RESPINS).name());
    }
    execution.setVariableLocal("minorityMembers", List.of());
  }

  /** The answer of decideContestationOutcome: outputs {@code outcome}, {@code scoreReplaced}. */
  private static ContestationOutcome decidedOutcome(DelegateExecution execution) {
    if (execution.getVariable("contestationOutcomeResult") instanceof Map<?, ?> result
        && result.get("outcome") instanceof String outcome
        && result.get("scoreReplaced") instanceof Boolean replaced) {
      return new ContestationOutcome(ContestationOutcome.Outcome.valueOf(outcome), replaced);
    }
    throw new IllegalStateException("Decision contestationOutcome gives "
        + execution.getVariable("contestationOutcomeResult") + " for newScore="
        + execution.getVariable("newScore") + ", originalScore="
        + execution.getVariable("originalScore") + ". Check the table in dmn/contest/");
  }

  /**
   * The exact inputs of the table scoreAggregation for the contestation commission's totals,
   * evaluated next by the business rule task chooseRescoreAggregationRule (§8.5C(4), §8.3(7)).
   */
  public void rescoreInputs(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    List<BigDecimal> totals =
        contestations.memberTotals(id, contestations.recorrectionRounds(id) + 1);
    execution.setVariableLocal("validEvaluations", totals.size());
    execution.setVariableLocal("spreadHundredths",
        ScoringRules.FromDecisions.spreadHundredths(ScoreAggregator.spread(totals)));
    execution.setVariableLocal("aggregationRule", null);
  }

  /** One member's own opinion on one contestation: does the candidate meet the conditions? */
  public void recordOpinion(DelegateExecution task) {
    Boolean admits = ContestSteps.decision(task.getVariable("contestationDecision"),
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
    // The inputs of the business rule task decideSelectionContestationOutcome.
    execution.setVariableLocal("contestationType", ContestationType.SELECTION.name());
    execution.setVariableLocal("conditionsMet", vote.admits());
    execution.setVariableLocal("newScore", null);
    execution.setVariableLocal("originalScore", null);
    execution.setVariableLocal("contestationOutcomeResult", null);
    execution.setVariableLocal("minorityMembers", vote.minority());
  }

  /**
   * Applies the answer of decideSelectionContestationOutcome (table contestationOutcome, rules
   * 1–2): an admitted selection contestation admits the candidate (§8.5C(5)(i)).
   */
  public void applySelectionOutcome(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("contestationId")).longValue();
    Contestation contestation = contestations.find(id).orElseThrow();
    ContestationOutcome outcome = decidedOutcome(execution);
    contestations.decide(id, outcome.outcome().name());
    if (outcome.admitted()) {
      candidates.setSelection(contestation.candidateCode(), "ADMIS",
          "Admis în urma contestației (§8.5C(5)(i))");
    }
  }

  private static long code(Object value) {
    String text = FormRejection.text(value, "contestedCode", "Codul candidatului");
    try {
      return Long.parseLong(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
    } catch (NumberFormatException e) {
      throw FormRejection.reject("contestedCode", "Codul „" + text + "” nu este un număr.");
    }
  }

  /**
   * The round is over: its contestations were decided and displayed, or none was filed in time.
   * The contestation commission's minutes of the round (§8.1.5(24)(c), CON-10) list every
   * contestation registered, the forfeited ones too; a round without any has none.
   */
  public void minutes(DelegateExecution execution) {
    long contestId = ContestSteps.contestId(execution);
    String stage = (String) execution.getVariable("stage");
    rounds.decided(contestId, stage, calendar.today());
    if (!contestations.ofStage(contestId, stage).isEmpty()) {
      documents.contestationMinutes(contestId, stage);
    }
  }
}
