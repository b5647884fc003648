package ro.dosar.contest.contestation;

import ro.dosar.tasklist.FormDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStateRejection;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.contestation.ContestationRoundProcess.Variables;
import ro.dosar.contest.documents.ContestMinutes;
import ro.dosar.contest.publicpages.ResultMails;
import ro.dosar.tasklist.FormRejection;

/**
 * The filing of contestations in a round of {@code contestationRound}
 * (bpmn/contest/contestation-round.bpmn; spec §15, PO.UVT-DRU-01 §8.5C(1)): the window opened
 * from the display of the contested results, each contestation registered in it (or after it, as
 * forfeited), and the registered ones handed to the commission when it closes. Called as
 * {@code ${contestationFilingSteps.<step>(execution)}}.
 */
@Component
public class ContestationFilingSteps {

  private static final java.time.format.DateTimeFormatter HOUR =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm");

  private final ContestationRepository contestations;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final ContestMinutes documents;
  private final ContestationRoundRepository rounds;
  private final ResultMails resultMails;
  private final ContestRepository contests;
  private final RegistryClosingHour closingHour;

  public ContestationFilingSteps(ContestationRepository contestations,
      CandidateRepository candidates,
      TestRepository tests,
      WorkingDayCalendar calendar,
      Clock clock,
      ContestMinutes documents,
      ContestationRoundRepository rounds,
      ResultMails resultMails,
      ContestRepository contests,
      RegistryClosingHour closingHour) {
    this.resultMails = resultMails;
    this.contests = contests;
    this.closingHour = closingHour;
    this.contestations = contestations;
    this.candidates = candidates;
    this.tests = tests;
    this.calendar = calendar;
    this.clock = clock;
    this.documents = documents;
    this.rounds = rounds;
  }

  /**
   * Opens the filing window: at most 1 working day from the display of the results (§8.5C(1)),
   * until the closing hour; the commission then has 1 more working day (§8.5C(2),(4)).
   */
  public void open(DelegateExecution execution) {
    LocalDate displayed = FormDates.localDate(execution.getVariable(
        Variables.RESULTS_DISPLAYED_ON));
    LocalDate deadline = calendar.addWorkingDays(displayed, 1);
    LocalDate resolution = calendar.addWorkingDays(deadline, 1);
    long contestId = ContestVariables.contestId(execution);
    LocalDateTime closes = closes(contestId, deadline);
    execution.setVariable(Variables.CONTESTATION_DEADLINE, deadline.toString());
    execution.setVariable(Variables.CONTESTATION_DEADLINE_TEXT, closes.format(DisplayDates.DAY)
        + ", ora " + closes.format(HOUR));
    execution.setVariable(Variables.CONTESTATION_DEADLINE_AT,
        Date.from(closes.atZone(calendar.zone()).toInstant()));
    execution.setVariable(Variables.RESOLUTION_DUE_AT, calendar.workingDaysDeadline(resolution, 0));
    execution.setVariable(Variables.RESOLUTION_DEADLINE_TEXT, resolution.format(DisplayDates.DAY));
    String stage = (String) execution.getVariable(Variables.STAGE);
    rounds.open(contestId, stage, displayed, deadline, resolution);
    // The results just displayed: an e-mail to each candidate, with the contestation deadline.
    rounds.latest(contestId, stage).ifPresent(round -> resultMails.stageResults(contestId, stage,
        String.valueOf(round.id()), closes));
  }

  /**
   * The moment a contestation window ending on that day closes: the closing hour of the
   * contest's institution's Registry (§8.5C(1), OQ-03), where contestations are filed.
   */
  private LocalDateTime closes(long contestId, LocalDate deadline) {
    return closingHour.closes(contests.get(contestId), deadline);
  }

  /**
   * Registers a contestation at the Registry (§8.5C(1), §8.1.5(27)(b)): only a candidate of this
   * contest, only against his own result, once per stage. One stamped after the deadline is
   * registered all the same and recorded as forfeited ("decăzut din drept", sub sancțiunea
   * decăderii): it reaches no commission member and appears in the round's minutes.
   */
  public void register(DelegateExecution task) {
    long contestId = ContestVariables.contestId(task);
    String stage = (String) task.getVariable(Variables.STAGE);
    Long testId = "SELECTION".equals(stage) ? null
        : ((Number) task.getVariable(Variables.TEST_ID)).longValue();
    LocalDate deadline = LocalDate.parse((String) task.getVariable(
        Variables.CONTESTATION_DEADLINE));
    file(contestId, stage, testId, deadline, false, task.getVariable(Variables.CONTESTED_CODE),
        task.getVariable(Variables.CONTESTATION_NUMBER),
        task.getVariable(Variables.CONTESTATION_FILED_AT),
        task.getVariable(Variables.CONTESTATION_GROUNDS));
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
        + "este deschis până la " + closes(contestId, round.contestationDeadline())
            .format(DisplayDates.DAY_TIME) + ": contestația se înregistrează în sarcina "
        + "„Înregistrare contestație”.");
    Long testId = null;
    if (!"SELECTION".equals(stage)) {
      testId = tests.testsOf(contestId).stream().filter(t -> t.testType().equals(stage))
          .reduce((first, second) -> second).map(TestRepository.ContestTest::id).orElseThrow();
    }
    long id = file(contestId, stage, testId, round.contestationDeadline(), true, code, number,
        filedAt, grounds);
    if (round.decided()) {
      documents.requestContestationMinutes(contestId, stage);
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
    LocalDateTime filedAt = ContestVariables.dateTime(filedAtValue, "contestationFiledAt",
        "Data și ora depunerii");
    FormRejection.require(!filedAt.isAfter(LocalDateTime.now(clock)), "contestationFiledAt",
        "Data și ora depunerii nu pot fi în viitor.");
    LocalDateTime closes = closes(contestId, deadline);
    boolean late = filedAt.isAfter(closes);
    FormRejection.require(late || !onlyLate, "contestationFiledAt", "Contestația a fost depusă la "
        + filedAt.format(DisplayDates.DAY_TIME) + ", în termen (până la "
        + closes.format(DisplayDates.DAY) + ", ora " + closes.format(HOUR) + "): aici se "
        + "înregistrează numai contestațiile depuse după termen.");
    String grounds = ContestVariables.optionalText(groundsValue);
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
    long contestId = ContestVariables.contestId(execution);
    String stage = (String) execution.getVariable(Variables.STAGE);
    rounds.filingClosed(contestId, stage, calendar.today());
    // A forfeited contestation (filed late) goes to no commission member (§8.5C(1)).
    List<Long> ids = contestations.ofStage(contestId, stage).stream()
        .filter(contestation -> !contestation.forfeited()).map(Contestation::id).toList();
    execution.setVariable(Variables.CONTESTATION_IDS, ids);
    execution.setVariable(Variables.CONTESTATION_COUNT, ids.size());
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
