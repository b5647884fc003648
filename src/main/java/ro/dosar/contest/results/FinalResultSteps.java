package ro.dosar.contest.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestType;
import ro.dosar.contest.documents.ContestDocumentSteps;
import ro.dosar.contest.scoring.ExactScore;
import ro.dosar.contest.scoring.Ranking.CandidateScores;
import ro.dosar.contest.scoring.Ranking.RankedCandidate;
import ro.dosar.contest.scoring.Ranking;
import ro.dosar.contest.scoring.TieBreak;
import ro.dosar.contest.teststage.TestStageSteps;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of {@code contestHiring} after file selection: who goes on after each test, the
 * ranking and the final results (spec §13.1 SC-14–SC-19, §13.4; §8.5C(8)). Called from the model
 * as {@code ${contestResults.<step>(execution)}}.
 */
@Component
public class FinalResultSteps {

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final TestStageSteps testStage;
  private final Ranking ranking;
  private final WorkingDayCalendar calendar;
  private final ContestDocumentSteps documents;
  private final ro.dosar.contest.publicpages.ResultMails resultMails;

  public FinalResultSteps(ContestRepository contests, CandidateRepository candidates,
      TestRepository tests, TestStageSteps testStage, Ranking ranking,
      WorkingDayCalendar calendar, ContestDocumentSteps documents,
      ro.dosar.contest.publicpages.ResultMails resultMails) {
    this.resultMails = resultMails;
    this.documents = documents;
    this.contests = contests;
    this.candidates = candidates;
    this.tests = tests;
    this.testStage = testStage;
    this.ranking = ranking;
    this.calendar = calendar;
  }

  /** The proposal's choice of tests: a written and/or a practical test, then the interview. */
  public void checkTests(DelegateExecution execution) {
    FormRejection.require(Boolean.TRUE.equals(execution.getVariable(Variables.WRITTEN_TEST))
            || Boolean.TRUE.equals(execution.getVariable(Variables.PRACTICAL_TEST)),
        Variables.WRITTEN_TEST,
        "Concursul are o probă scrisă și/sau o probă practică, apoi interviul (§8.2(1)); "
            + "alegeți cel puțin una dintre primele două.");
  }

  /**
   * A test and its contestations are over: who is still admitted goes on (every test is
   * eliminatory); if nobody is, the post is not filled.
   */
  public void closeTest(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    int admitted = testStage.admittedCodes(contestId).size();
    execution.setVariable(Variables.ADMITTED_COUNT, admitted);
    if (admitted == 0) {
      contests.setStatus(contestId, ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE,
          "Niciun candidat nu a promovat proba.");
      execution.setVariable(Variables.CONTEST_STATUS,
          ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE.name());
    } else {
      contests.setStatus(contestId, ContestStatus.TESTS, null);
      execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.TESTS.name());
    }
  }

  /**
   * Final scores and ranking (§8.3(14)-(19)): the mean of the tests held, in descending order
   * among the candidates who passed every test; the top N win; ties by the written (or practical)
   * score; a tie that decides a post needs a new interview ({@code newInterviewRequired}).
   */
  public void rank(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    Contest contest = contests.get(contestId);
    List<ContestTest> held = tests.displayedTests(contestId);
    ContestTest written = held(held, TestType.WRITTEN);
    ContestTest practical = held(held, TestType.PRACTICAL);
    ContestTest interview = held(held, TestType.INTERVIEW);
    List<CandidateScores> scores = new ArrayList<>();
    for (Candidate candidate : candidates.ofContest(contestId)) {
      if (!candidate.inTheRunning()) {
        candidates.setFinal(candidate.code(), null, null, "RESPINS", null, null);
        continue;
      }
      scores.add(new CandidateScores(String.valueOf(candidate.code()),
          passed(written, candidate.code()), passed(practical, candidate.code()),
          passed(interview, candidate.code())));
    }
    List<RankedCandidate> ranked = ranking.rank(contest.posts(), written != null,
        contest.postCategory(), scores);
    List<String> tied = new ArrayList<>();
    for (RankedCandidate result : ranked) {
      long code = Long.parseLong(result.code());
      candidates.setFinal(code, result.finalScore() == null ? null : result.finalScore().toString(),
          result.displayFinalScore() == null ? null : new BigDecimal(result.displayFinalScore()),
          result.status() == null ? null : result.status().name(), result.rank(),
          result.tieBreak() == null ? null : result.tieBreak().name());
      if (result.tieBreak() == TieBreak.NEW_INTERVIEW_REQUIRED) {
        tied.add(result.code());
      }
    }
    // The model ranks only when somebody passed every test (closeTest), so somebody has a rank.
    execution.setVariable(Variables.NEW_INTERVIEW_REQUIRED, !tied.isEmpty());
    execution.setVariable(Variables.TIED_CODES_TEXT, String.join(", ", tied));
    execution.setVariable(Variables.FINAL_DISPLAY_DUE_AT,
        calendar.workingDaysDeadline(calendar.today(), 1));
    contests.setStatus(contestId, ContestStatus.FINAL_RESULTS, null);
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.FINAL_RESULTS.name());
  }

  /**
   * The commission's decision after the new interview of tied candidates (§8.3(18),(19)): the
   * codes it names win the posts still open, the other tied candidates do not.
   */
  public void recordTieDecision(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    Set<String> tied = new LinkedHashSet<>(List.of(
        ((String) execution.getVariable(Variables.TIED_CODES_TEXT)).split(",\\s*")));
    String text = FormRejection.text(execution.getVariable(Variables.TIE_WINNER_CODES),
        Variables.TIE_WINNER_CODES, "Codurile candidaților declarați admiși după noul interviu");
    Set<String> winners = new LinkedHashSet<>(List.of(text.split("[,;\\s]+")));
    FormRejection.require(tied.containsAll(winners), "tieWinnerCodes",
        "Doar candidații aflați la egalitate (" + String.join(", ", tied)
            + ") pot fi declarați admiși după noul interviu.");
    long alreadyWinning = candidates.finalResults(contestId).stream()
        .filter(result -> "ADMIS".equals(result.finalStatus())).count();
    int open = contests.get(contestId).posts() - (int) alreadyWinning;
    FormRejection.require(winners.size() == open, "tieWinnerCodes",
        "Mai sunt " + open + " posturi de ocupat; numiți exact " + open + " candidați.");
    for (String code : tied) {
      candidates.setFinalStatus(Long.parseLong(code),
          winners.contains(code) ? "ADMIS" : "RESPINS", "NEW_INTERVIEW_DECIDED");
    }
  }

  /** The final results are displayed (§8.5C(8)): admis / respins, by code. */
  public void displayFinalResults(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    contests.setStatus(contestId, ContestStatus.FINAL_RESULTS_DISPLAYED, null);
    execution.setVariable(Variables.CONTEST_STATUS, ContestStatus.FINAL_RESULTS_DISPLAYED.name());
    execution.setVariable(Variables.FINAL_RESULTS_DISPLAYED_ON, calendar.today().toString());
    documents.request(contestId, "finalReport", contestId);
    resultMails.finalResults(contestId);
  }

  /** The final minutes and the display are confirmed (form re-check). */
  public void checkFinalDisplay(DelegateExecution execution) {
    FormRejection.require(
        Boolean.TRUE.equals(execution.getVariable(Variables.FINAL_MINUTES_SIGNED)),
        Variables.FINAL_MINUTES_SIGNED,
        "Confirmați semnarea procesului-verbal al rezultatelor finale.");
    FormRejection.require(Boolean.TRUE.equals(execution.getVariable(Variables.FINAL_RESULTS_SHOWN)),
        Variables.FINAL_RESULTS_SHOWN, "Confirmați afișarea rezultatelor finale.");
  }

  private static ContestTest held(List<ContestTest> held, TestType type) {
    return held.stream().filter(test -> test.testType().equals(type.name())).findFirst()
        .orElse(null);
  }

  /** The candidate's exact score in a test he passed; null if not held or not passed. */
  private ExactScore passed(ContestTest test, long code) {
    if (test == null) {
      return null;
    }
    return tests.paperOf(test.id(), code)
        .filter(paper -> "ADMIS".equals(paper.status()))
        .map(paper -> ExactScore.parse(paper.scoreFraction())).orElse(null);
  }
}
