package ro.dosar.contest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;
import ro.dosar.contest.announcement.ContestTimeline;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.Gender;

/** The {@code contest} and {@code commission_member} tables. */
@Repository
public class ContestRepository {

  private static final String COLUMNS = "id, institution_code, post_name, structure, "
      + "post_category, vacancy_type, posts, status, status_reason, process_instance_id, "
      + "commissions_signed_on, publication_date, first_test_date, submission_deadline, "
      + "selection_deadline, selection_results_display, selection_contestation_deadline, "
      + "selection_contestation_resolution, restarted_from";

  private final JdbcClient jdbc;
  private final ro.dosar.calendar.WorkingDayCalendar calendar;

  public ContestRepository(JdbcClient jdbc, ro.dosar.calendar.WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  public long insert(String institutionCode, String postName, String structure,
      String postCategory, String vacancyType, int posts, String proposedBy,
      String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest (institution_code, post_name, structure, post_category, "
            + "vacancy_type, posts, status, proposed_by, process_instance_id, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(institutionCode, postName, structure, postCategory, vacancyType, posts,
            ContestStatus.PROPOSED.name(), proposedBy, processInstanceId,
            EngineClock.timestamp())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Contest> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM contest WHERE id = ?").param(id)
        .query(Contest.class).optional();
  }

  public Contest get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No contest " + id));
  }

  public void updateProposal(long id, String postName, String structure, String postCategory,
      String vacancyType, int posts) {
    jdbc.sql("UPDATE contest SET post_name = ?, structure = ?, post_category = ?, "
            + "vacancy_type = ?, posts = ? WHERE id = ?")
        .params(postName, structure, postCategory, vacancyType, posts, id).update();
  }

  /**
   * The contest's new status; a terminal one also dates the end of the contest ({@code
   * completed_on}, today, kept if already set): the year the monitoring report counts it in
   * (gender equality plan, spec §7 rule 6).
   */
  public void setStatus(long id, ContestStatus status, String reason) {
    jdbc.sql("UPDATE contest SET status = ?, status_reason = ?, completed_on = CASE WHEN ? "
            + "THEN COALESCE(completed_on, ?) ELSE completed_on END WHERE id = ?")
        .params(status.name(), reason, status.terminal(), calendar.today(), id).update();
  }

  public void setCommissionsSigned(long id, LocalDate signedOn) {
    jdbc.sql("UPDATE contest SET commissions_signed_on = ?, status = ? WHERE id = ?")
        .params(signedOn, ContestStatus.COMMISSIONS_CONSTITUTED.name(), id).update();
  }

  public void setTimeline(long id, ContestTimeline timeline) {
    jdbc.sql("UPDATE contest SET publication_date = ?, first_test_date = ?, "
            + "submission_deadline = ?, selection_deadline = ?, selection_results_display = ?, "
            + "selection_contestation_deadline = ?, selection_contestation_resolution = ? "
            + "WHERE id = ?")
        .params(timeline.publicationDate(), timeline.firstTestDate(),
            timeline.submissionDeadline(), timeline.selectionDeadline(),
            timeline.selectionResultsDisplay(), timeline.selectionContestationDeadline(),
            timeline.selectionContestationResolution(), id)
        .update();
  }

  /**
   * A seat of a commission ({@code CC}, {@code CSC}) or the secretary ({@code SECRETARY}), with
   * the person's gender as HR recorded it when the commission was constituted ({@code null}: not
   * recorded; gender equality plan §7 rule 7 counts seats).
   */
  public void addCommissionMember(long contestId, String commission, String userId,
      boolean president, Gender gender) {
    jdbc.sql("INSERT INTO commission_member (contest_id, commission, user_id, president, gender) "
            + "VALUES (?, ?, ?, ?, ?)")
        .params(contestId, commission, userId, president, gender == null ? null : gender.name())
        .update();
  }

  /**
   * How the contest's commissions were judged under the gender equality plan (DMN-1): {@code
   * MIXED} or {@code SINGLE_GENDER}, the institution's enforcement mode, the justification of a
   * single-gender composition.
   */
  public record CommissionGender(String status, String mode, String justification) {
  }

  public void recordCommissionGender(long contestId, CommissionGender gender) {
    jdbc.sql("UPDATE contest SET commission_gender_status = ?, commission_gender_mode = ?, "
            + "commission_gender_justification = ? WHERE id = ?")
        .params(gender.status(), gender.mode(), gender.justification(), contestId).update();
  }

  public CommissionGender commissionGender(long contestId) {
    return jdbc.sql("SELECT commission_gender_status AS status, commission_gender_mode AS mode, "
            + "commission_gender_justification AS justification FROM contest WHERE id = ?")
        .param(contestId).query(CommissionGender.class).single();
  }

  /** The members of one commission of the contest ({@code CC}, {@code CSC}, {@code SECRETARY}). */
  public List<String> commissionMembers(long contestId, String commission) {
    return jdbc.sql("SELECT user_id FROM commission_member WHERE contest_id = ? "
            + "AND commission = ? ORDER BY president DESC, user_id")
        .params(contestId, commission).query(String.class).list();
  }

  /** Whether the user sits on a commission of the contest or is its secretary. */
  public boolean isCommissionMember(long contestId, String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM commission_member WHERE contest_id = ? AND user_id = ?")
        .params(contestId, userId).query(Long.class).single() > 0;
  }

  /** Records that a member was found in conflict of interest on {@code day}. */
  public void exclude(long contestId, String commission, String userId,
      java.time.LocalDate day, String reason) {
    jdbc.sql("UPDATE commission_member SET excluded_on = ?, exclusion_reason = ? "
            + "WHERE contest_id = ? AND commission = ? AND user_id = ?")
        .params(day, reason, contestId, commission, userId).update();
  }

  /** The members of a commission neither excluded for a conflict of interest nor replaced. */
  public List<String> validMembers(long contestId, String commission) {
    return jdbc.sql("SELECT user_id FROM commission_member WHERE contest_id = ? "
            + "AND commission = ? AND excluded_on IS NULL AND replaced_on IS NULL "
            + "ORDER BY president DESC, user_id")
        .params(contestId, commission).query(String.class).list();
  }

  /**
   * The seats of a commission's members neither excluded nor replaced, with the gender recorded
   * for each seat (the gender equality plan's check of a sitting commission).
   */
  public List<CommissionGenderCheck.Seat> validSeats(long contestId, String commission) {
    return jdbc.sql("SELECT user_id, gender FROM commission_member WHERE contest_id = ? "
            + "AND commission = ? AND excluded_on IS NULL AND replaced_on IS NULL "
            + "ORDER BY president DESC, user_id")
        .params(contestId, commission)
        .query((row, n) -> new CommissionGenderCheck.Seat(row.getString("user_id"),
            row.getString("gender") == null ? null : Gender.valueOf(row.getString("gender"))))
        .list();
  }

  /**
   * A modification decision replaced {@code outgoing} by {@code incoming} in a commission from
   * {@code day} (§8.5.3(1)); the newcomer takes the outgoing member's place as president if he
   * was one. The newcomer's seat keeps his gender as recorded today.
   */
  public void replaceMember(long contestId, String commission, String outgoing, String incoming,
      Gender incomingGender, LocalDate day) {
    boolean president = Boolean.TRUE.equals(jdbc.sql("SELECT president FROM commission_member "
            + "WHERE contest_id = ? AND commission = ? AND user_id = ?")
        .params(contestId, commission, outgoing).query(Boolean.class).optional().orElse(false));
    jdbc.sql("UPDATE commission_member SET replaced_on = ?, replaced_by = ?, president = FALSE "
            + "WHERE contest_id = ? AND commission = ? AND user_id = ?")
        .params(day, incoming, contestId, commission, outgoing).update();
    addCommissionMember(contestId, commission, incoming, president, incomingGender);
  }

  /** A new contest for the same post, continuing a restarted procedure (OQ-31). */
  public long insertRestart(Contest previous, String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest (institution_code, post_name, structure, post_category, "
            + "vacancy_type, posts, status, proposed_by, process_instance_id, created_at, "
            + "restarted_from, anonymous_first_stage, anonymous_first_stage_reason) "
            + "SELECT institution_code, post_name, structure, post_category, "
            + "vacancy_type, posts, ?, proposed_by, ?, ?, id, anonymous_first_stage, "
            + "anonymous_first_stage_reason FROM contest WHERE id = ?")
        .params(ContestStatus.APPROVED.name(), processInstanceId, EngineClock.timestamp(),
            previous.id())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("UPDATE contest SET process_instance_id = ? WHERE id = ?")
        .params(processInstanceId, id).update();
  }

  /** The contest that continues a restarted one, if any. */
  public Optional<Long> restartedAs(long id) {
    return jdbc.sql("SELECT id FROM contest WHERE restarted_from = ?").param(id)
        .query(Long.class).optional();
  }

  public void setFirstTestDate(long id, LocalDate day) {
    jdbc.sql("UPDATE contest SET first_test_date = ? WHERE id = ?").params(day, id).update();
  }
}
