package ro.dosar.contest.publicpages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.publicpages.PublicAnnouncements.Step;
import ro.dosar.contest.publicpages.PublicContestService.ContestationRow;
import ro.dosar.contest.publicpages.PublicContestService.PublicResults;
import ro.dosar.contest.publicpages.PublicContestService.TestResults;
import ro.dosar.mail.Mailer;

/**
 * The e-mail each candidate with an address gets when a result of his is published (issue 18
 * item 5): the selection, each test, the contestation results (to those who contested), the
 * final results. One message per candidate and publication, in Romanian: his code, his result as
 * displayed, the next date, and the page „Dosarul meu”. Written from the public results, so it
 * says nothing the public display does not; queued through the outbox ({@link Mailer}) in the
 * step that published, and recorded in {@code result_mail}, so that a step run again sends
 * nothing twice. A withdrawn candidate gets none.
 */
@Service
public class ResultMails {

  static final String PAGE = "/concursuri/dosarul-meu";

  private final PublicContestService publicResults;
  private final PublicAnnouncements announcements;
  private final CandidateRepository candidates;
  private final ContestRepository contests;
  private final Mailer mailer;
  private final JdbcClient jdbc;
  private final WorkingDayCalendar calendar;

  ResultMails(PublicContestService publicResults, PublicAnnouncements announcements,
      CandidateRepository candidates, ContestRepository contests, Mailer mailer, JdbcClient jdbc,
      WorkingDayCalendar calendar) {
    this.publicResults = publicResults;
    this.announcements = announcements;
    this.candidates = candidates;
    this.contests = contests;
    this.mailer = mailer;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /**
   * The results of a stage (SELECTION, WRITTEN, PRACTICAL, INTERVIEW) were displayed and its
   * contestation window opened until {@code contestationDeadline}.
   *
   * @param publication what identifies this display (the contestation round's id)
   */
  public void stageResults(long contestId, String stage, String publication,
      LocalDateTime contestationDeadline) {
    Optional<PublicResults> shown = publicResults.results(contestId);
    if (shown.isEmpty()) {
      return;
    }
    String next = "Dacă nu sunteți de acord cu rezultatul, puteți depune contestație până la "
        + contestationDeadline.format(DisplayDates.DAY_TIME) + " (§8.5C(1)), la Registratură "
        + "sau pe pagina „Dosarul meu”.";
    if ("SELECTION".equals(stage)) {
      if (shown.get().selection() == null) {
        return;
      }
      for (PublicContestService.SelectionRow row : shown.get().selection()) {
        String result = label(row.result()) + (row.reason() == null ? "" : " (" + row.reason()
            + ")");
        send(contestId, stage + "-" + publication, row.code(), "selecția dosarelor", result,
            next);
      }
      return;
    }
    latestTest(shown.get(), stage).ifPresent(test -> {
      for (PublicContestService.TestRow row : test.results()) {
        String result = (row.score() == null ? "" : row.score() + " puncte, ")
            + label(row.result());
        send(contestId, stage + "-" + publication, row.code(), test.name(), result, next);
      }
    });
  }

  /** The contestation commission's decisions of a round were displayed: to each contestant. */
  public void contestationResults(long contestId, String stage, String publication) {
    Optional<PublicResults> shown = publicResults.results(contestId);
    if (shown.isEmpty()) {
      return;
    }
    List<ContestationRow> rows = "SELECTION".equals(stage)
        ? shown.get().selectionContestations()
        : latestTest(shown.get(), stage).map(TestResults::contestations).orElse(null);
    if (rows == null) {
      return;
    }
    String what = "contestația la " + ("SELECTION".equals(stage) ? "selecția dosarelor"
        : latestTest(shown.get(), stage).map(TestResults::name).orElse("probă"));
    for (ContestationRow row : rows) {
      send(contestId, "CONTESTATIONS-" + stage + "-" + publication, row.code(), what,
          "contestație " + row.outcome().toLowerCase(new java.util.Locale("ro")),
          nextStep(contestId));
    }
  }

  /** The final results were displayed. */
  public void finalResults(long contestId) {
    Optional<PublicResults> shown = publicResults.results(contestId);
    if (shown.isEmpty() || shown.get().finalResults() == null) {
      return;
    }
    List<FinalResult> ranks = candidates.finalResults(contestId);
    for (PublicContestService.FinalRow row : shown.get().finalResults()) {
      Integer rank = ranks.stream().filter(result -> result.code() == row.code()).findFirst()
          .map(FinalResult::finalRank).orElse(null);
      String result = (row.score() == null ? "" : row.score() + " puncte, ") + label(row.result())
          + (rank == null ? "" : ", locul " + rank);
      send(contestId, "FINAL", row.code(), "rezultatele finale", result,
          "ADMIS".equals(row.result()) && Integer.valueOf(1).equals(rank)
              ? "Secretariatul comisiei vă comunică separat termenul de prezentare la post "
                  + "(§8.6)." : "");
    }
  }

  private void send(long contestId, String publication, long code, String what, String result,
      String next) {
    Candidate candidate = candidates.find(code).orElse(null);
    if (candidate == null || candidate.email() == null || candidate.email().isBlank()
        || candidate.withdrawnOn() != null) {
      return;
    }
    boolean sent = jdbc.sql("SELECT COUNT(*) FROM result_mail WHERE contest_id = ? "
            + "AND publication = ? AND candidate_code = ?")
        .params(contestId, publication, code).query(Long.class).single() > 0;
    if (sent) {
      return;
    }
    Contest contest = contests.get(contestId);
    Long mailId = mailer.queue(contestId, contest.businessKey(), "RESULT", candidate.email(),
        "Rezultat afișat: " + what + " — " + contest.postName() + " (codul " + code + ")",
        "Bună ziua,\n\nLa concursul „" + contest.postName() + "” (" + contest.businessKey()
            + ") s-au afișat rezultatele pentru " + what + ".\n\nDosarul cu codul " + code
            + ": " + result + ".\n\n" + (next.isEmpty() ? "" : next + "\n\n")
            + "Situația completă a dosarului și termenele următoare le vedeți pe pagina „Dosarul "
            + "meu” (" + PAGE + "), cu codul personal de urmărire primit la înscriere.\n\n"
            + "Secretariatul comisiei de concurs\n" + contest.businessKey());
    jdbc.sql("INSERT INTO result_mail (contest_id, publication, candidate_code, mail_id) "
        + "VALUES (?, ?, ?, ?)").params(contestId, publication, code, mailId).update();
  }

  private String nextStep(long contestId) {
    LocalDate today = calendar.today();
    return announcements.of(contestId).flatMap(announcement -> announcement.steps().stream()
            .filter(step -> step.date() != null && step.date().isAfter(today)).findFirst())
        .map(ResultMails::describe).orElse("");
  }

  private static String describe(Step step) {
    return "Următorul termen: " + step.name() + ", " + step.date().format(DisplayDates.DAY)
        + (step.hour() == null ? "" : ", ora " + step.hour().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))) + ".";
  }

  private static Optional<TestResults> latestTest(PublicResults shown, String stage) {
    return shown.tests().stream().filter(test -> stage.equals(test.testType()))
        .reduce((first, second) -> second);
  }

  private static String label(String result) {
    return result == null ? "—" : switch (result) {
      case "ADMIS" -> "admis";
      case "RESPINS" -> "respins";
      case "ABSENT" -> "absent";
      case "ELIMINAT" -> "eliminat";
      case "ANULAT" -> "anulat";
      default -> result.toLowerCase(new java.util.Locale("ro"));
    };
  }
}
