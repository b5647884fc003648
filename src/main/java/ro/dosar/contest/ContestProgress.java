package ro.dosar.contest;

import ro.dosar.tasklist.FormDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.changes.ContestSchedule;
import ro.dosar.contest.contestation.ContestationRoundRepository.Round;
import ro.dosar.contest.contestation.ContestationRoundRepository;

/**
 * Where a contest really stands, read from its records: the calendar in force beside the
 * planned one, the stage of each step (each test planned, held, scored, displayed, its
 * contestations open or decided), and the candidates' results as far as they were displayed.
 *
 * <p>The calendar in force (spec §8): every "within N working days of an event" term counts from
 * the event's actual day once it happened (the publication, the display of a stage's results,
 * the display of the contestation results), and from the term in force before it otherwise; so
 * when an actual day differs from the plan, every later deadline follows it. These are the
 * deadlines the process enforces (its timers and checks count from the same actual days).
 */
@Component
public class ContestProgress {

  /** The statuses from which the final results are displayed (§8.5C(8)). */
  private static final Set<ContestStatus> FINAL_DISPLAYED = EnumSet.of(
      ContestStatus.FINAL_RESULTS_DISPLAYED, ContestStatus.PRESENTING, ContestStatus.FILLED,
      ContestStatus.NOT_FILLED_NO_SHOW_EXHAUSTED);

  private final JdbcClient jdbc;
  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestationRoundRepository rounds;
  private final ContestDeadlineRules rules;
  private final WorkingDayCalendar calendar;
  private final HistoryService history;

  public ContestProgress(JdbcClient jdbc, ContestRepository contests,
      CandidateRepository candidates, TestRepository tests, ContestationRoundRepository rounds,
      ContestDeadlineRules rules, WorkingDayCalendar calendar, HistoryService history) {
    this.jdbc = jdbc;
    this.contests = contests;
    this.candidates = candidates;
    this.tests = tests;
    this.rounds = rounds;
    this.rules = rules;
    this.calendar = calendar;
    this.history = history;
  }

  // ---- the plan, as the announcement published it ------------------------------------------------

  /** The dates the announcement planned: publication, first test, interview. */
  record Plan(LocalDate publication, LocalDate firstTest, LocalDate interview) {
  }

  /** Keeps the announcement's dates when it is published (the plan, §8.1.3(2)(f)). */
  public void recordPlan(long contestId, LocalDate publication, LocalDate firstTest,
      LocalDate interview) {
    jdbc.sql("UPDATE contest SET planned_publication_date = ?, planned_first_test_date = ?, "
            + "planned_interview_date = ? WHERE id = ?")
        .params(publication, firstTest, interview, contestId).update();
  }

  private Plan plan(long contestId) {
    return jdbc.sql("SELECT planned_publication_date AS publication, planned_first_test_date AS "
            + "first_test, planned_interview_date AS interview FROM contest WHERE id = ?")
        .param(contestId).query(Plan.class).single();
  }

  // ---- the calendar ----------------------------------------------------------------------------

  /**
   * One step of the calendar.
   *
   * @param step what happens (a contract: {@code PUBLICATION}, {@code SUBMISSION_DEADLINE}, …,
   *     {@code WRITTEN_TEST}, {@code WRITTEN_CONTESTATION_DEADLINE}, …, {@code
   *     FINAL_RESULTS_DISPLAY})
   * @param label the step in Romanian
   * @param planned the day the announcement's calendar gives it
   * @param inForce the day in force: the actual day once it happened, else the last day
   *     allowed counted from the actual days before it
   * @param actual the day it actually happened; {@code null} while it has not
   * @param actualOnWorkingDay whether the actual day is a working day; {@code null} while none
   */
  public record Step(String step, String label, LocalDate planned, LocalDate inForce,
      LocalDate actual, Boolean actualOnWorkingDay) {

    /** Whether the day in force differs from the planned one. */
    public boolean changed() {
      return planned != null && inForce != null && !planned.equals(inForce);
    }
  }

  public List<Step> calendar(Contest contest) {
    List<Step> steps = new ArrayList<>();
    if (contest.publicationDate() == null) {
      return steps;
    }
    Plan plan = plan(contest.id());
    ContestDeadlineRules.Deadlines deadlines =
        rules.forVacancy(contest.vacancyType());
    LocalDate plannedPublication = plan.publication() == null ? contest.publicationDate()
        : plan.publication();
    steps.add(step("PUBLICATION", "Publicarea anunțului", plannedPublication,
        contest.publicationDate(), contest.publicationDate()));
    LocalDate plannedSubmission = add(plannedPublication, deadlines.submissionWorkingDays());
    steps.add(step("SUBMISSION_DEADLINE", "Termenul de depunere a dosarelor",
        plannedSubmission, contest.submissionDeadline(), null));
    LocalDate plannedSelection = add(plannedSubmission, deadlines.selectionWorkingDays());
    steps.add(step("SELECTION_DEADLINE", "Selecția dosarelor", plannedSelection,
        contest.selectionDeadline(), null));
    LocalDate[] last = round(steps, contest.id(), "SELECTION", "la selecția dosarelor",
        add(plannedSelection, 1), add(contest.selectionDeadline(), 1),
        "Afișarea rezultatelor selecției");

    List<ContestTest> held = tests.testsOf(contest.id());
    LocalDate plannedFirst = plan.firstTest() == null ? contest.firstTestDate()
        : plan.firstTest();
    LocalDate plannedInterview = plan.interview() == null
        ? variable(contest, ContestSchedule.INTERVIEW) : plan.interview();
    List<String> order = new ArrayList<>();
    held.stream().map(ContestTest::testType).filter(t -> !TestType.INTERVIEW.name().equals(t))
        .forEach(order::add);
    if (order.isEmpty()) {
      order.add(Boolean.TRUE.equals(variableValue(contest, "writtenTest"))
          || variableValue(contest, "writtenTest") == null ? TestType.WRITTEN.name()
          : TestType.PRACTICAL.name());
    }
    order.add(TestType.INTERVIEW.name());
    for (int i = 0; i < order.size(); i++) {
      String type = order.get(i);
      TestType testType = TestType.valueOf(type);
      boolean interview = testType == TestType.INTERVIEW;
      Optional<ContestTest> test = held.stream().filter(t -> t.testType().equals(type))
          .findFirst();
      LocalDate planned = interview ? plannedInterview : i == 0 ? plannedFirst : null;
      LocalDate inForce = test.map(ContestTest::testDate).orElse(interview
          ? variable(contest, ContestSchedule.INTERVIEW) : i == 0 ? contest.firstTestDate() : null);
      LocalDate actual = test.filter(t -> tests.held(t.id())).map(ContestTest::testDate)
          .orElse(null);
      String label = capitalized(testType.label());
      steps.add(step(type + "_TEST", label, planned, inForce, actual));
      // §8.3(16): results displayed within 1 working day of the end of the test.
      last = round(steps, contest.id(), type, "la " + testType.label(), add(planned, 1),
          add(inForce, 1), "Afișarea rezultatelor: " + testType.label());
    }
    // §8.5C(8), OQ-44b: final results within 1 working day of the display of the last
    // contestation results (the end of the contestation term when nobody contested).
    LocalDate finalActual = FINAL_DISPLAYED.contains(contest.status())
        ? variable(contest, ContestHiringProcess.Variables.FINAL_RESULTS_DISPLAYED_ON) : null;
    steps.add(step("FINAL_RESULTS_DISPLAY", "Afișarea rezultatelor finale", add(last[0], 1),
        finalActual != null ? finalActual : add(last[1], 1), finalActual));
    return steps;
  }

  /**
   * The display of a stage's results and its contestation round: display, filing deadline,
   * resolution. Returns the planned and in-force days the next term counts from (the display of
   * the contestation results).
   */
  private LocalDate[] round(List<Step> steps, long contestId, String stage, String of,
      LocalDate plannedDisplay, LocalDate displayDue, String displayLabel) {
    Optional<Round> round = rounds.latest(contestId, stage);
    LocalDate displayed = round.map(Round::resultsDisplayedOn).orElse(null);
    steps.add(step(stage + "_RESULTS_DISPLAY", displayLabel, plannedDisplay,
        displayed != null ? displayed : displayDue, displayed));
    LocalDate plannedDeadline = add(plannedDisplay, 1);
    LocalDate deadline = round.map(Round::contestationDeadline)
        .orElse(add(displayed != null ? displayed : displayDue, 1));
    steps.add(step(stage + "_CONTESTATION_DEADLINE", "Termenul de depunere a contestațiilor "
        + of, plannedDeadline, deadline, round.map(Round::filingClosedOn).orElse(null)));
    LocalDate plannedResolution = add(plannedDeadline, 1);
    LocalDate decided = round.map(Round::decidedOn).orElse(null);
    LocalDate resolution = decided != null ? decided
        : round.map(Round::resolutionDeadline).orElse(add(deadline, 1));
    steps.add(step(stage + "_CONTESTATION_RESOLUTION", "Soluționarea și afișarea contestațiilor "
        + of, plannedResolution, resolution, decided));
    return new LocalDate[] {plannedResolution, resolution};
  }

  private Step step(String code, String label, LocalDate planned, LocalDate inForce,
      LocalDate actual) {
    return new Step(code, label, planned, inForce, actual,
        actual == null ? null : calendar.isWorkingDay(actual));
  }

  private LocalDate add(LocalDate day, int workingDays) {
    return day == null ? null : calendar.addWorkingDays(day, workingDays);
  }

  // ---- the stage -------------------------------------------------------------------------------

  /**
   * A stage of the contest: the file selection or a test.
   *
   * @param stage {@code SELECTION}, {@code WRITTEN}, {@code PRACTICAL}, {@code INTERVIEW}
   * @param state {@code PLANNED}, {@code HELD} (roll call done), {@code SCORED} (every paper
   *     scored), {@code DISPLAYED}; for the selection {@code PLANNED} or {@code DISPLAYED}
   * @param date the test's day (in force); {@code null} for the selection
   * @param resultsDisplayedOn when its results were displayed
   * @param contestations {@code NOT_OPEN}, {@code OPEN} (filing until the deadline), {@code
   *     DECIDING} (filing closed, the contestation commission deciding), {@code DECIDED}
   * @param contestationDeadline the filing deadline in force (16:00 that day)
   */
  public record StageState(String stage, String label, String state, LocalDate date,
      LocalDate resultsDisplayedOn, String contestations, LocalDate contestationDeadline) {
  }

  public List<StageState> stages(Contest contest) {
    List<StageState> stages = new ArrayList<>();
    Optional<Round> selection = rounds.latest(contest.id(), "SELECTION");
    stages.add(new StageState("SELECTION", "Selecția dosarelor",
        selection.isPresent() ? "DISPLAYED" : "PLANNED", null,
        selection.map(Round::resultsDisplayedOn).orElse(null), contestations(selection),
        selection.map(Round::contestationDeadline).orElse(null)));
    for (ContestTest test : tests.testsOf(contest.id())) {
      Optional<Round> round = rounds.latest(contest.id(), test.testType());
      List<Paper> papers = tests.papers(test.id());
      String state = test.resultsDisplayedOn() != null ? "DISPLAYED"
          : papers.isEmpty() ? "PLANNED"
          : papers.stream().allMatch(paper -> paper.status() != null) ? "SCORED" : "HELD";
      stages.add(new StageState(test.testType(),
          capitalized(TestType.valueOf(test.testType()).label()), state, test.testDate(),
          test.resultsDisplayedOn(), contestations(round),
          round.map(Round::contestationDeadline).orElse(null)));
    }
    return stages;
  }

  private static String contestations(Optional<Round> round) {
    return round.map(r -> r.decided() ? "DECIDED" : r.filingOpen() ? "OPEN" : "DECIDING")
        .orElse("NOT_OPEN");
  }

  /**
   * Where the contest is now: its status while it has not reached the tests or once it is past
   * them, else the stage under way and its state ({@code WRITTEN_HELD}, {@code
   * WRITTEN_CONTESTATIONS_OPEN}, …).
   */
  public String current(Contest contest, List<StageState> stages) {
    ContestStatus status = contest.status();
    if (status == ContestStatus.SELECTION_CONTESTATIONS || status == ContestStatus.SELECTION_COMPLETED
        || status == ContestStatus.TESTS) {
      StageState last = stages.get(stages.size() - 1);
      if (!"DISPLAYED".equals(last.state())) {
        return last.stage() + "_" + last.state();
      }
      return last.stage() + "_CONTESTATIONS_" + switch (last.contestations()) {
        case "NOT_OPEN" -> "OPEN";
        default -> last.contestations();
      };
    }
    return status.name();
  }

  /**
   * The contest's status as it really is: {@code SELECTION_COMPLETED} stays on the record until
   * a test is over; once a test is held the contest is in its tests.
   */
  public String status(Contest contest, List<StageState> stages) {
    if (contest.status() == ContestStatus.SELECTION_COMPLETED
        && stages.stream().anyMatch(s -> !"SELECTION".equals(s.stage())
            && !"PLANNED".equals(s.state()))) {
      return ContestStatus.TESTS.name();
    }
    return contest.status() == null ? null : contest.status().name();
  }

  // ---- the results -----------------------------------------------------------------------------

  /** A test's displayed result of a candidate: the score (2 decimals) or its mark, the status. */
  public record TestResult(String test, String score, String status) {
  }

  /**
   * A candidate's results as displayed so far (never before a result is displayed).
   *
   * @param name only for HR, the Rector and the secretary; {@code null} for anybody else
   * @param selection ADMIS / RESPINS once the selection results were displayed
   * @param tests each test whose results were displayed
   * @param finalScore, rank, finalStatus once the final results were displayed
   * @param offerStatus OFFERED / PRESENTED / … once the post was offered to him
   */
  public record CandidateResult(long code, String name, String selection,
      String selectionReason, List<TestResult> tests, String finalScore, Integer rank,
      String finalStatus, String offerStatus) {
  }

  public List<CandidateResult> results(Contest contest, boolean withNames) {
    boolean selectionDisplayed = rounds.latest(contest.id(), "SELECTION").isPresent();
    boolean finalDisplayed = FINAL_DISPLAYED.contains(contest.status());
    List<ContestTest> displayed = tests.displayedTests(contest.id());
    List<CandidateResult> results = new ArrayList<>();
    List<CandidateRepository.FinalResult> finals = candidates.finalResults(contest.id());
    for (Candidate candidate : candidates.ofContest(contest.id())) {
      List<TestResult> testResults = new ArrayList<>();
      for (ContestTest test : displayed) {
        tests.paperOf(test.id(), candidate.code()).ifPresent(paper -> testResults.add(
            new TestResult(test.testType(), paper.displayScore() == null ? null
                : paper.displayScore().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                paper.status())));
      }
      CandidateRepository.FinalResult result = finalDisplayed ? finals.stream()
          .filter(f -> f.code() == candidate.code()).findFirst().orElse(null) : null;
      BigDecimal finalScore = result == null ? null : result.finalDisplayScore();
      results.add(new CandidateResult(candidate.code(),
          withNames ? candidate.fullName() : null,
          selectionDisplayed ? candidate.selectionStatus() : null,
          selectionDisplayed && "RESPINS".equals(candidate.selectionStatus())
              ? candidate.selectionReason() : null,
          testResults,
          finalScore == null ? null : finalScore.setScale(2, RoundingMode.HALF_UP).toPlainString(),
          result == null ? null : result.finalRank(),
          result == null ? null : result.finalStatus() == null ? "RESPINS" : result.finalStatus(),
          finalDisplayed ? candidates.offerStatus(candidate.code()) : null));
    }
    return results;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private LocalDate variable(Contest contest, String name) {
    Object value = variableValue(contest, name);
    try {
      return FormDates.localDate(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A variable of the contest's own process instance, while it runs or after it ended. */
  private Object variableValue(Contest contest, String name) {
    if (contest.processInstanceId() == null) {
      return null;
    }
    return history.createHistoricVariableInstanceQuery()
        .processInstanceId(contest.processInstanceId()).variableName(name).list().stream()
        .filter(v -> contest.processInstanceId().equals(v.getExecutionId()))
        .map(HistoricVariableInstance::getValue).findFirst().orElse(null);
  }

  private static String capitalized(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
