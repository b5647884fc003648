package ro.dosar.contest;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ro.dosar.gender.AnnouncementCompliance;
import ro.dosar.gender.DeclaredGender;

/**
 * What the contest records of the gender equality plan's recruitment measures (spec §6.4): the
 * announcement check (DMN-6), the internal notice of a leadership vacancy, the anonymous first
 * stage; and the candidates' declared gender, which only HR statistics read.
 */
@Repository
public class RecruitmentRecords {

  private final JdbcClient jdbc;

  public RecruitmentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A contest's recruitment measures as recorded; nulls until the step that records them. */
  public record Measures(String announcementCompliance, LocalDate internalNoticeSentOn,
      Integer internalNoticeRecipients, Integer internalNoticeUnreached,
      boolean anonymousFirstStage, String anonymousFirstStageReason, LocalDate completedOn) {
  }

  public Measures of(long contestId) {
    return jdbc.sql("SELECT announcement_compliance, internal_notice_sent_on, "
            + "internal_notice_recipients, internal_notice_unreached, anonymous_first_stage, "
            + "anonymous_first_stage_reason, completed_on FROM contest WHERE id = ?")
        .param(contestId).query(Measures.class).single();
  }

  public void setAnnouncementCompliance(long contestId, AnnouncementCompliance compliance) {
    jdbc.sql("UPDATE contest SET announcement_compliance = ? WHERE id = ?")
        .params(compliance.name(), contestId).update();
  }

  public void setAnonymousFirstStage(long contestId, boolean anonymous, String reason) {
    jdbc.sql("UPDATE contest SET anonymous_first_stage = ?, anonymous_first_stage_reason = ? "
            + "WHERE id = ?").params(anonymous, reason, contestId).update();
  }

  public boolean anonymousFirstStage(long contestId) {
    return Boolean.TRUE.equals(jdbc.sql("SELECT anonymous_first_stage FROM contest WHERE id = ?")
        .param(contestId).query(Boolean.class).optional().orElse(false));
  }

  public void setInternalNotice(long contestId, LocalDate sentOn, int recipients,
      int unreached) {
    jdbc.sql("UPDATE contest SET internal_notice_sent_on = ?, internal_notice_recipients = ?, "
            + "internal_notice_unreached = ? WHERE id = ?")
        .params(sentOn, recipients, unreached, contestId).update();
  }

  /**
   * The employees on staff on {@code day}: HR records whose period includes it (no start or a
   * start on or before it; no end or an end on or after it).
   */
  public List<String> activeEmployees(LocalDate day) {
    return jdbc.sql("SELECT user_id FROM staff_member WHERE (active_from IS NULL "
            + "OR active_from <= ?) AND (active_to IS NULL OR active_to >= ?) ORDER BY user_id")
        .params(day, day).query(String.class).list();
  }

  /** Whether the user sits (or sat) on the competition or contestation commission. */
  public boolean sitsOnCommission(long contestId, String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM commission_member WHERE contest_id = ? "
            + "AND user_id = ? AND commission IN ('CC', 'CSC')")
        .params(contestId, userId).query(Long.class).single() > 0;
  }

  /** The declared gender of a candidate: for HR statistics only. */
  public DeclaredGender candidateGender(long code) {
    return DeclaredGender.valueOf(jdbc.sql("SELECT gender FROM candidate WHERE code = ?")
        .param(code).query(String.class).single());
  }

  /** The day the candidate took up the post, if he did. */
  public LocalDate presentedOn(long code) {
    List<LocalDate> day = jdbc.sql("SELECT presented_on FROM candidate WHERE code = ?")
        .param(code).query(LocalDate.class).list();
    return day.isEmpty() ? null : day.get(0);
  }
}
