package ro.dosar.contest;

import ro.dosar.commission.PostCategory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contest's state and its selection results, for integrators and supervisors. Candidates
 * appear by their numeric code only, never by name nor gender. The state includes the gender
 * equality plan's recruitment measures ({@code recruitmentMeasures}: announcement check,
 * internal notice, anonymous first stage, completion date).
 */
@RestController
@RequestMapping("/api/contests")
class ContestController {

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final ContestationRepository contestations;
  private final ContestAccess access;
  private final ContestEventRepository events;
  private final RecruitmentRecords recruitment;
  private final ContestProgress progress;

  ContestController(ContestRepository contests, CandidateRepository candidates,
      ContestationRepository contestations, ContestAccess access,
      ContestEventRepository events, RecruitmentRecords recruitment, ContestProgress progress) {
    this.progress = progress;
    this.contests = contests;
    this.recruitment = recruitment;
    this.events = events;
    this.candidates = candidates;
    this.contestations = contestations;
    this.access = access;
  }

  @GetMapping("/{id}")
  ResponseEntity<?> state(@PathVariable long id) {
    if (!access.canRead(id) || contests.find(id).isEmpty()) {
      return notFound(id);
    }
    Contest contest = contests.get(id);
    List<ContestProgress.StageState> stages = progress.stages(contest);
    List<ContestProgress.Step> calendar = progress.calendar(contest);
    return ResponseEntity.ok(new ContestState(contest.id(), contest.businessKey(),
        contest.institutionCode(), contest.postName(), contest.structure(),
        contest.postCategory(), contest.vacancyType(), contest.posts(),
        progress.status(contest, stages), contest.statusReason(),
        new Stage(progress.current(contest, stages), stages),
        new Timeline(contest.commissionsSignedOn(), contest.publicationDate(),
            contest.firstTestDate(), contest.submissionDeadline(), contest.selectionDeadline(),
            inForce(calendar, "SELECTION_RESULTS_DISPLAY", contest.selectionResultsDisplay()),
            inForce(calendar, "SELECTION_CONTESTATION_DEADLINE",
                contest.selectionContestationDeadline()),
            inForce(calendar, "SELECTION_CONTESTATION_RESOLUTION",
                contest.selectionContestationResolution())),
        calendar,
        new Commissions(contests.validMembers(id, "CC"),
            contests.validMembers(id, "CSC"),
            contests.commissionMembers(id, "SECRETARY").stream().findFirst().orElse(null)),
        candidates.codesOfContest(id).size(),
        access.canSeeResults(id) ? progress.results(contest, access.canSeeNames(id)) : null,
        contest.restartedFrom(),
        contests.restartedAs(id).orElse(null), events.of(id).stream()
            .map(e -> new Event(e.kind(), e.occurredOn(), e.outcome(), e.details())).toList(),
        recruitment.of(id)));
  }

  private static LocalDate inForce(List<ContestProgress.Step> calendar, String step,
      LocalDate recorded) {
    return calendar.stream().filter(s -> s.step().equals(step)).findFirst()
        .map(ContestProgress.Step::inForce).orElse(recorded);
  }

  @GetMapping("/{id}/selection-results")
  ResponseEntity<?> selectionResults(@PathVariable long id) {
    if (!access.canRead(id) || contests.find(id).isEmpty()) {
      return notFound(id);
    }
    List<SelectionResult> results = candidates.ofContest(id).stream()
        .map(candidate -> new SelectionResult(candidate.code(), candidate.selectionStatus(),
            candidate.selectionReason(),
            contestations.of(candidate.code(), ContestVariables.SELECTION)
                .map(Contestation::outcome).orElse(null)))
        .toList();
    return ResponseEntity.ok(results);
  }

  private static ResponseEntity<ProblemDetail> notFound(long id) {
    return ro.dosar.web.Problems.response(HttpStatus.NOT_FOUND, "Concurs inexistent",
        "Concursul " + id + " nu există sau nu aveți acces la el.");
  }

  /**
   * @param status where the contest is, as a {@link ContestStatus}
   * @param stage the step under way and the state of every stage
   * @param timeline the first part of the calendar in force (as {@code calendar})
   * @param calendar every step: planned, in force (recomputed from the actual days), actual
   * @param results the candidates' results as displayed so far; {@code null} for those who may
   *     not see them (see {@link ContestAccess#canSeeResults})
   */
  record ContestState(long id, String businessKey, String institution, String postName,
      String structure, PostCategory postCategory, VacancyType vacancyType, int posts,
      String status, String statusReason, Stage stage, Timeline timeline, List<ContestProgress.Step> calendar,
      Commissions commissions, int candidates, List<ContestProgress.CandidateResult> results,
      Long restartedFrom, Long restartedAs, List<Event> events,
      RecruitmentRecords.Measures recruitmentMeasures) {
  }

  /** {@code current}: e.g. {@code WRITTEN_CONTESTATIONS_OPEN}; {@code stages}: each stage. */
  record Stage(String current, List<ContestProgress.StageState> stages) {
  }

  /** What happened to the contest outside its normal course (notice, suspension, …), in order. */
  record Event(String kind, LocalDate occurredOn, String outcome, String details) {
  }

  record Timeline(LocalDate commissionsSignedOn, LocalDate publicationDate,
      LocalDate firstTestDate, LocalDate submissionDeadline, LocalDate selectionDeadline,
      LocalDate selectionResultsDisplay, LocalDate selectionContestationDeadline,
      LocalDate selectionContestationResolution) {
  }

  record Commissions(List<String> competition, List<String> contestation, String secretary) {
  }

  /**
   * @param status "ADMIS" / "RESPINS", null before the commission decided
   * @param contestation the outcome of the candidate's selection contestation, if any
   */
  record SelectionResult(long code, String status, String reason, String contestation) {
  }
}
