package ro.dosar.contest.publicpages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestType;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionRepository;

/**
 * The one place that decides what the public may see of a contest (spec §6.1, §15 CON-07/CON-08,
 * §19.4): which contests are listed, their calendar, and the results displayed so far.
 *
 * <p>Candidates appear by their numeric code only. Nothing else from the {@code candidate} table
 * (name, e-mail, phone, documents) is ever read here, so no page or JSON built on these records
 * can leak it.
 */
@Service
public class PublicContestService {

  /** Before publication, or a proposal that was never published. */
  private static final Set<ContestStatus> NOT_PUBLIC = EnumSet.of(ContestStatus.PROPOSED,
      ContestStatus.APPROVED, ContestStatus.COMMISSIONS_CONSTITUTED,
      ContestStatus.PROPOSAL_REJECTED);

  /** Statuses in which the selection results have been displayed (§8.2.1(4)). */
  private static final Set<ContestStatus> SELECTION_DISPLAYED = EnumSet.of(
      ContestStatus.SELECTION_CONTESTATIONS, ContestStatus.SELECTION_COMPLETED,
      ContestStatus.TESTS, ContestStatus.FINAL_RESULTS, ContestStatus.FINAL_RESULTS_DISPLAYED,
      ContestStatus.PRESENTING, ContestStatus.FILLED,
      ContestStatus.NOT_FILLED_NO_SHOW_EXHAUSTED);

  /** Statuses in which the final results have been displayed (§8.5C(8)), presenting included. */
  private static final Set<ContestStatus> FINAL_DISPLAYED = EnumSet.of(
      ContestStatus.FINAL_RESULTS_DISPLAYED, ContestStatus.PRESENTING, ContestStatus.FILLED,
      ContestStatus.NOT_FILLED_NO_SHOW_EXHAUSTED);

  /** PUB-03: the announcement stays online at least 2 working days after the final results. */
  static final int DAYS_ONLINE_AFTER_FINAL_RESULTS = 2;

  private static final String SELECTION = "SELECTION";

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final ContestationRepository contestations;
  private final TestRepository tests;
  private final InstitutionRepository institutions;
  private final WorkingDayCalendar calendar;
  private final HistoryService history;
  private final JdbcClient jdbc;
  private final RegistryClosingHour closingHour;

  public PublicContestService(JdbcClient jdbc, ContestRepository contests, CandidateRepository candidates,
      ContestationRepository contestations, TestRepository tests,
      InstitutionRepository institutions, WorkingDayCalendar calendar, HistoryService history,
      RegistryClosingHour closingHour) {
    this.closingHour = closingHour;
    this.contests = contests;
    this.candidates = candidates;
    this.contestations = contestations;
    this.tests = tests;
    this.institutions = institutions;
    this.calendar = calendar;
    this.history = history;
    this.jdbc = jdbc;
  }

  // ---- Public records (also the JSON of /api/public/contests) -----------------------------------

  /** A contest as listed: its announcement. */
  public record PublicContest(long id, String businessKey, String institution, String postName,
      String structure, String postCategory, String vacancyType, int posts, String status,
      LocalDate publicationDate, LocalDate submissionDeadline, LocalTime submissionDeadlineHour,
      LocalDate firstTestDate, LocalDate onlineUntil) {
  }

  /** The contest calendar (§6.2(f)); a date not yet set is null. */
  public record PublicCalendar(PublicContest contest, LocalDate publicationDate,
      LocalDate submissionDeadline, LocalTime submissionDeadlineHour, LocalDate selectionDeadline,
      LocalDate selectionResultsDisplay, LocalDate selectionContestationDeadline,
      LocalDate selectionContestationResolution, LocalDate firstTestDate,
      List<TestDate> tests) {
  }

  /** A test and its date. */
  public record TestDate(String testType, String name, LocalDate date,
      LocalDate resultsDisplayedOn) {
  }

  /** Everything displayed so far; a stage not yet displayed is null or absent. */
  public record PublicResults(PublicContest contest, List<SelectionRow> selection,
      List<ContestationRow> selectionContestations, List<TestResults> tests,
      List<FinalRow> finalResults) {
  }

  /** @param result ADMIS or RESPINS; @param reason why a file was rejected, or null */
  public record SelectionRow(long code, String result, String reason) {
  }

  /** @param outcome ADMISĂ or RESPINSĂ */
  public record ContestationRow(long code, String outcome) {
  }

  /** The displayed results of one test and its decided contestations. */
  public record TestResults(String testType, String name, LocalDate testDate,
      LocalDate resultsDisplayedOn, List<TestRow> results,
      List<ContestationRow> contestations) {
  }

  /**
   * @param score with 2 decimals, e.g. "74.33"; null when not scored
   * @param result ADMIS, RESPINS, ABSENT, ELIMINAT or ANULAT
   */
  public record TestRow(long code, String score, String result) {
  }

  /** @param result ADMIS or RESPINS */
  public record FinalRow(long code, String score, String result) {
  }

  // ---- Queries --------------------------------------------------------------------------------

  /** The contests the public may see, newest publication first. */
  public List<PublicContest> listed() {
    return jdbc.sql("SELECT id FROM contest ORDER BY id").query(Long.class).list().stream()
        .map(contests::find)
        .flatMap(Optional::stream)
        .map(this::ifPublic)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(PublicContest::publicationDate).reversed()
            .thenComparing(PublicContest::id))
        .toList();
  }

  /** The contest, if the public may see it. */
  public Optional<PublicContest> contest(long id) {
    return contests.find(id).flatMap(this::ifPublic);
  }

  public Optional<PublicCalendar> calendar(long id) {
    return contests.find(id).flatMap(contest -> ifPublic(contest).map(pub ->
        new PublicCalendar(pub, contest.publicationDate(), contest.submissionDeadline(),
            contest.submissionDeadline() == null ? null
                : closingHour.of(contest.institutionCode()),
            contest.selectionDeadline(), contest.selectionResultsDisplay(),
            contest.selectionContestationDeadline(), contest.selectionContestationResolution(),
            contest.firstTestDate(),
            tests.testsOf(id).stream().map(test -> new TestDate(test.testType(),
                testName(test.testType()), test.testDate(), test.resultsDisplayedOn())).toList())));
  }

  public Optional<PublicResults> results(long id) {
    return contests.find(id).flatMap(contest -> ifPublic(contest).map(pub ->
        new PublicResults(pub, selection(contest), decided(id, SELECTION, contest),
            displayedTests(id), finalResults(contest))));
  }

  // ---- What is public, and when ---------------------------------------------------------------

  private Optional<PublicContest> ifPublic(Contest contest) {
    ContestStatus status = status(contest);
    if (contest.publicationDate() == null || status == null || NOT_PUBLIC.contains(status)
        || contest.publicationDate().isAfter(calendar.today())) {
      return Optional.empty();
    }
    LocalDate onlineUntil = null;
    if (FINAL_DISPLAYED.contains(status)) {
      Optional<LocalDate> displayed = finalResultsDisplayedOn(contest);
      if (displayed.isPresent()) {
        onlineUntil = calendar.addWorkingDays(displayed.get(), DAYS_ONLINE_AFTER_FINAL_RESULTS);
        if (calendar.today().isAfter(onlineUntil)) {
          return Optional.empty();
        }
      }
    }
    String institution = institutions.findByCode(contest.institutionCode())
        .map(Institution::name).orElse(contest.institutionCode());
    return Optional.of(new PublicContest(contest.id(), contest.businessKey(), institution,
        contest.postName(), contest.structure(), name(contest.postCategory()),
        name(contest.vacancyType()), contest.posts(), name(contest.status()),
        contest.publicationDate(),
        contest.submissionDeadline(),
        contest.submissionDeadline() == null ? null : closingHour.of(contest.institutionCode()),
        contest.firstTestDate(), onlineUntil));
  }

  /**
   * The day the final results were displayed, as the process recorded it; empty if the history
   * has no trace (then the contest stays listed: PUB-03 sets a minimum, not a maximum).
   */
  private Optional<LocalDate> finalResultsDisplayedOn(Contest contest) {
    if (contest.processInstanceId() == null) {
      return Optional.empty();
    }
    List<String> instances = new ArrayList<>();
    instances.add(contest.processInstanceId());
    history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(contest.processInstanceId())
        .processDefinitionKeyNotIn(List.of(FileSelectionProcess.KEY)).list()
        .forEach(instance -> instances.add(instance.getId()));
    return history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new))
        .variableName(ContestHiringProcess.Variables.FINAL_RESULTS_DISPLAYED_ON).list().stream()
        .map(HistoricVariableInstance::getValue)
        .filter(String.class::isInstance)
        .map(value -> LocalDate.parse((String) value))
        .max(Comparator.naturalOrder());
  }

  private List<SelectionRow> selection(Contest contest) {
    if (!SELECTION_DISPLAYED.contains(status(contest))) {
      return null;
    }
    return candidates.ofContest(contest.id()).stream()
        .filter(candidate -> candidate.selectionStatus() != null)
        .map(candidate -> new SelectionRow(candidate.code(), candidate.selectionStatus(),
            "RESPINS".equals(candidate.selectionStatus()) ? candidate.selectionReason() : null))
        .toList();
  }

  /** The decided contestations of a stage (CON-07: displayed at once after the decision). */
  private List<ContestationRow> decided(long contestId, String stage, Contest contest) {
    if (SELECTION.equals(stage) && !SELECTION_DISPLAYED.contains(status(contest))) {
      return null;
    }
    return contestations.ofStage(contestId, stage).stream()
        .filter(contestation -> contestation.outcome() != null)
        .map(PublicContestService::row)
        .toList();
  }

  private static ContestationRow row(Contestation contestation) {
    return new ContestationRow(contestation.candidateCode(),
        "ADMITTED".equals(contestation.outcome()) ? "ADMISĂ" : "RESPINSĂ");
  }

  private List<TestResults> displayedTests(long contestId) {
    return tests.displayedTests(contestId).stream().map(test -> testResults(contestId, test))
        .toList();
  }

  private TestResults testResults(long contestId, ContestTest test) {
    List<TestRow> rows = tests.papers(test.id()).stream()
        .map(paper -> new TestRow(paper.candidateCode(), score(paper.displayScore()),
            paper.status()))
        .toList();
    List<ContestationRow> contested = contestations.ofStage(contestId, test.testType()).stream()
        .filter(contestation -> contestation.outcome() != null)
        .map(PublicContestService::row)
        .toList();
    return new TestResults(test.testType(), testName(test.testType()), test.testDate(),
        test.resultsDisplayedOn(), rows, contested);
  }

  private List<FinalRow> finalResults(Contest contest) {
    if (!FINAL_DISPLAYED.contains(status(contest))) {
      return null;
    }
    return candidates.finalResults(contest.id()).stream()
        .filter(result -> result.finalStatus() != null)
        .map(result -> new FinalRow(result.code(), score(result.finalDisplayScore()),
            result.finalStatus()))
        .toList();
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  static String score(BigDecimal score) {
    return score == null ? null : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String testName(String testType) {
    try {
      return TestType.valueOf(testType).label();
    } catch (IllegalArgumentException e) {
      return testType;
    }
  }

  private static ContestStatus status(Contest contest) {
    try {
      return contest.status();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
