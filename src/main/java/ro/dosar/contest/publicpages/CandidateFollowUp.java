package ro.dosar.contest.publicpages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.accommodation.AccommodationRequests;
import ro.dosar.contest.accommodation.AccommodationRequests.Request;
import ro.dosar.contest.publicpages.PublicAnnouncements.Step;
import ro.dosar.contest.publicpages.PublicContestService.ContestationRow;
import ro.dosar.contest.publicpages.PublicContestService.FinalRow;
import ro.dosar.contest.publicpages.PublicContestService.PublicResults;
import ro.dosar.contest.publicpages.PublicContestService.SelectionRow;
import ro.dosar.contest.publicpages.PublicContestService.TestResults;
import ro.dosar.contest.publicpages.PublicContestService.TestRow;
import ro.dosar.contest.registration.FollowUpTokens;

/**
 * What a candidate sees of his own file with his follow-up token (issue 18 item 5): his code, the
 * contest's stage, each result of his that has been displayed (selection and its reason, each
 * test's score and status, his decided contestations, the final result and rank) and the dates
 * ahead. Built from the public results ({@link PublicContestService}) kept to his own code, so
 * that nothing the public may not yet see, and nothing of another candidate, can appear.
 */
@Service
public class CandidateFollowUp {

  private final FollowUpTokens tokens;
  private final CandidateRepository candidates;
  private final PublicContestService contests;
  private final PublicAnnouncements announcements;
  private final WorkingDayCalendar calendar;
  private final AccommodationRequests accommodations;

  CandidateFollowUp(FollowUpTokens tokens, CandidateRepository candidates,
      PublicContestService contests, PublicAnnouncements announcements,
      WorkingDayCalendar calendar, AccommodationRequests accommodations) {
    this.accommodations = accommodations;
    this.tokens = tokens;
    this.candidates = candidates;
    this.contests = contests;
    this.announcements = announcements;
    this.calendar = calendar;
  }

  /**
   * The file of the token.
   *
   * @param status the contest's stage, as the public pages word it
   * @param selection the selection result and, for a rejected file, its reason; null until shown
   * @param tests each displayed test: its name, his score and status
   * @param contestations his decided contestations: the stage and the outcome
   * @param finalResult his final score, result and rank; null until displayed
   * @param ahead the steps of the calendar from today on, with their hours
   * @param accommodations his requests for reasonable accommodation and HR's decisions (his own
   *     text included: only he sees this view)
   */
  public record FollowUp(String contest, long contestId, String postName, long code,
      LocalDate submittedOn, LocalDate withdrawnOn, String status, SelectionRow selection,
      List<TestOutcome> tests, List<ContestationOutcome> contestations, FinalOutcome finalResult,
      List<Step> ahead, List<Request> accommodations) {
  }

  /** His result at one displayed test. */
  public record TestOutcome(String test, LocalDate date, String score, String result) {
  }

  /** One of his decided contestations. */
  public record ContestationOutcome(String stage, String outcome) {
  }

  /** His final result. */
  public record FinalOutcome(String score, String result, Integer rank) {
  }

  /** The file the token follows; empty for a missing or unknown token. */
  public Optional<FollowUp> of(String token) {
    return tokens.codeOf(token).flatMap(candidates::find).map(this::followUp);
  }

  private FollowUp followUp(Candidate candidate) {
    long code = candidate.code();
    long contestId = candidate.contestId();
    Optional<PublicResults> results = contests.results(contestId);
    SelectionRow selection = null;
    List<TestOutcome> tests = new ArrayList<>();
    List<ContestationOutcome> contestations = new ArrayList<>();
    FinalOutcome finalResult = null;
    String status = null;
    String postName = null;
    if (results.isPresent()) {
      PublicResults shown = results.get();
      status = shown.contest().status();
      postName = shown.contest().postName();
      if (shown.selection() != null) {
        selection = shown.selection().stream().filter(row -> row.code() == code).findFirst()
            .orElse(null);
      }
      mine(shown.selectionContestations(), code, "selecția dosarelor", contestations);
      for (TestResults test : shown.tests()) {
        for (TestRow row : test.results()) {
          if (row.code() == code) {
            tests.add(new TestOutcome(test.name(), test.testDate(), row.score(), row.result()));
          }
        }
        mine(test.contestations(), code, test.name(), contestations);
      }
      if (shown.finalResults() != null) {
        for (FinalRow row : shown.finalResults()) {
          if (row.code() == code) {
            Integer rank = candidates.finalResults(contestId).stream()
                .filter(result -> result.code() == code).findFirst()
                .map(FinalResult::finalRank).orElse(null);
            finalResult = new FinalOutcome(row.score(), row.result(), rank);
          }
        }
      }
    }
    LocalDate today = calendar.today();
    List<Step> ahead = announcements.of(contestId).map(announcement -> announcement.steps()
        .stream().filter(step -> step.date() != null && !step.date().isBefore(today)).toList())
        .orElse(List.of());
    return new FollowUp(ro.dosar.contest.Contest.businessKey(contestId), contestId, postName,
        code, candidate.submittedAt() == null ? null : candidate.submittedAt().toLocalDate(),
        candidate.withdrawnOn(), status, selection, tests, contestations, finalResult, ahead,
        accommodations.ofCandidate(code));
  }

  private static void mine(List<ContestationRow> rows, long code, String stage,
      List<ContestationOutcome> into) {
    if (rows == null) {
      return;
    }
    rows.stream().filter(row -> row.code() == code)
        .forEach(row -> into.add(new ContestationOutcome(stage, row.outcome())));
  }
}
