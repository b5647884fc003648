package ro.dosar.contest.accommodation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestRepository;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.mail.Mailer;

/**
 * A candidate's request for reasonable accommodation of the tests (§8.1.4(9), §8.4; spec FILE-06,
 * DIS-01–DIS-10): stored in {@code accommodation_request} and sent to the contest as the message
 * {@value ContestHiringProcess.Messages#ACCOMMODATION_REQUESTED}, which opens HR's task in the
 * contest's event subprocess „Cerere de adaptare rezonabilă”, due on the last working day before
 * the first test at the closing hour (the Rector provides the tools in time for the tests,
 * §8.4(5)).
 *
 * <p>The content is confidential: it travels to the process only as variables of the triggered scope, that
 * event subprocess (HR's task shows it; a commission member's task, in another scope, does not
 * see it), and is shown to nobody else but the candidate himself, with his follow-up token.
 */
@Service
public class AccommodationRequests {

  /** The longest request text accepted. */
  public static final int MAX_LENGTH = 2000;

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final Mailer mailer;

  AccommodationRequests(JdbcClient jdbc, RuntimeService runtime, ContestRepository contests,
      CandidateRepository candidates, WorkingDayCalendar calendar, Clock clock, Mailer mailer) {
    this.mailer = mailer;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.contests = contests;
    this.candidates = candidates;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * One request and, once HR decided, its decision.
   *
   * @param decision {@code GRANTED}, {@code REFUSED}, or null while HR has not decided
   */
  public record Request(long id, long contestId, long code, String channel, String text,
      LocalDateTime requestedAt, LocalDateTime dueAt, String decision, String reason,
      LocalDateTime decidedAt) {

    /** The request's state as the candidate reads it, in Romanian. */
    public String status() {
      if (decision == null) {
        return "în analiză la Resurse Umane";
      }
      return "GRANTED".equals(decision) ? "aprobată" : "respinsă";
    }
  }

  /** A request that cannot be filed now (the tests have started, the file was withdrawn). */
  public static class NotNowException extends RuntimeException {
    NotNowException(String message) {
      super(message);
    }
  }

  /**
   * The request text, checked: null or blank means "no request"; longer than {@value
   * #MAX_LENGTH} characters is refused naming the field.
   */
  public static Optional<String> checked(String text, String field) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw new InvalidInputException(field, "Cererea de adaptare rezonabilă are cel mult "
          + MAX_LENGTH + " de caractere (are " + stripped.length() + ").");
    }
    return Optional.of(stripped);
  }

  /**
   * Files the candidate's request and opens HR's task in his contest.
   *
   * @param channel {@code APPLICATION} (the online application form) or {@code FOLLOW_UP} (his
   *     follow-up token)
   * @throws InvalidInputException for an empty or too long text (field {@code request})
   * @throws NotNowException once the first test has started, for a withdrawn file or a contest
   *     that has ended
   */
  @Transactional
  public Request file(long code, String text, String channel) {
    String request = checked(text, "request").orElseThrow(() -> new InvalidInputException(
        "request", "Descrieți adaptarea de care aveți nevoie la probe (câmpul „request”)."));
    Candidate candidate = candidates.find(code).orElseThrow();
    Contest contest = contests.get(candidate.contestId());
    LocalDate today = calendar.today();
    if (contest.status().terminal()) {
      throw new NotNowException("Concursul " + contest.businessKey() + " s-a încheiat.");
    }
    if (candidate.withdrawnOn() != null) {
      throw new NotNowException("Dosarul " + code + " a fost retras la "
          + candidate.withdrawnOn().format(DisplayDates.DAY) + ".");
    }
    LocalDate firstTest = contest.firstTestDate();
    if (firstTest != null && !today.isBefore(firstTest)) {
      throw new NotNowException("Probele au început la " + firstTest.format(DisplayDates.DAY)
          + "; o cerere de adaptare se depune înainte de prima probă (§8.1.4(9), §8.4(5)). "
          + "Adresați-vă secretarului comisiei.");
    }
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock), calendar.zone());
    LocalDateTime due = dueAt(firstTest, now);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO accommodation_request (contest_id, candidate_code, channel, "
            + "request_text, requested_at, due_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(contest.id(), code, channel, request, Timestamp.valueOf(now),
            Timestamp.valueOf(due))
        .update(key, "id");
    long id = key.getKey().longValue();
    try {
      runtime.createMessageCorrelation(ContestHiringProcess.Messages.ACCOMMODATION_REQUESTED)
          .processInstanceBusinessKey(contest.businessKey())
          .setVariablesToTriggeredScope(Map.of(
              ContestHiringProcess.Variables.ACCOMMODATION_REQUEST_ID, id,
              ContestHiringProcess.Variables.ACCOMMODATION_CODE, code,
              ContestHiringProcess.Variables.ACCOMMODATION_REQUEST, request,
              ContestHiringProcess.Variables.ACCOMMODATION_DUE_AT,
              Date.from(due.atZone(calendar.zone()).toInstant())))
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new NotNowException("Concursul " + contest.businessKey() + " nu primește acum "
          + "cereri (este suspendat sau încheiat); adresați-vă secretarului comisiei.");
    }
    return find(id).orElseThrow();
  }

  /**
   * The deadline of HR's decision: the last working day before the first test, at the closing
   * hour; without a first-test date, 2 working days from the request.
   */
  LocalDateTime dueAt(LocalDate firstTest, LocalDateTime now) {
    LocalDate day;
    if (firstTest == null) {
      day = calendar.addWorkingDays(now.toLocalDate(), 2);
    } else {
      day = firstTest.minusDays(1);
      while (!calendar.isWorkingDay(day)) {
        day = day.minusDays(1);
      }
    }
    return day.atTime(calendar.closingTime());
  }

  /**
   * Records HR's decision on the request (the task's form, re-checked by {@link
   * AccommodationSteps}).
   */
  void decide(long id, boolean granted, String reason, String decidedBy) {
    jdbc.sql("UPDATE accommodation_request SET decision = ?, reason = ?, decided_by = ?, "
            + "decided_at = ? WHERE id = ?")
        .params(granted ? "GRANTED" : "REFUSED", reason, decidedBy,
            Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(clock), calendar.zone())), id)
        .update();
    mailDecision(id);
  }

  /**
   * Tells the candidate HR's decision by e-mail, when he gave an address: his code, granted or
   * refused, the reason, the dates. Queued through the outbox in the deciding step and recorded
   * on the request ({@code decision_mail_id}), so that it is sent once.
   */
  private void mailDecision(long id) {
    Request decided = find(id).orElseThrow();
    boolean mailed = jdbc.sql("SELECT COUNT(*) FROM accommodation_request WHERE id = ? "
            + "AND decision_mail_id IS NOT NULL").param(id).query(Long.class).single() > 0;
    Candidate candidate = candidates.find(decided.code()).orElse(null);
    if (mailed || decided.decision() == null || candidate == null || candidate.email() == null
        || candidate.email().isBlank()) {
      return;
    }
    Contest contest = contests.get(decided.contestId());
    boolean granted = "GRANTED".equals(decided.decision());
    LocalDate firstTest = contest.firstTestDate();
    Long mailId = mailer.queue(contest.id(), contest.businessKey(), "ACCOMMODATION",
        candidate.email(), "Cererea de adaptare rezonabilă a probelor a fost "
            + (granted ? "aprobată" : "respinsă") + " — " + contest.postName() + " (codul "
            + decided.code() + ")",
        "Bună ziua,\n\nLa concursul „" + contest.postName() + "” (" + contest.businessKey()
            + "), cererea de adaptare rezonabilă a probelor depusă la "
            + decided.requestedAt().format(DisplayDates.DAY) + " pentru dosarul cu codul "
            + decided.code() + " a fost " + (granted ? "APROBATĂ" : "RESPINSĂ") + " la "
            + decided.decidedAt().format(DisplayDates.DAY) + " de Resurse Umane.\n\n"
            + "Motivarea: " + decided.reason() + "\n\n"
            + (firstTest == null ? "" : "Prima probă are loc la "
                + firstTest.format(DisplayDates.DAY) + ".\n\n")
            + "Cererea și decizia le vedeți și pe pagina „Dosarul meu” "
            + "(/concursuri/dosarul-meu), cu codul personal de urmărire primit la înscriere.\n\n"
            + "Resurse Umane\n" + contest.businessKey());
    if (mailId != null) {
      jdbc.sql("UPDATE accommodation_request SET decision_mail_id = ? WHERE id = ?")
          .params(mailId, id).update();
    }
  }

  /** The request with that id. */
  public Optional<Request> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(AccommodationRequests::row)
        .optional();
  }

  /** The candidate's requests, oldest first. */
  public List<Request> ofCandidate(long code) {
    return jdbc.sql(SELECT + " WHERE candidate_code = ? ORDER BY id").param(code)
        .query(AccommodationRequests::row).list();
  }

  private static final String SELECT = "SELECT id, contest_id, candidate_code, channel, "
      + "request_text, requested_at, due_at, decision, reason, decided_at "
      + "FROM accommodation_request";

  private static Request row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new Request(rs.getLong("id"), rs.getLong("contest_id"), rs.getLong("candidate_code"),
        rs.getString("channel"), rs.getString("request_text"),
        rs.getTimestamp("requested_at").toLocalDateTime(),
        rs.getTimestamp("due_at").toLocalDateTime(), rs.getString("decision"),
        rs.getString("reason"), decided == null ? null : decided.toLocalDateTime());
  }
}
