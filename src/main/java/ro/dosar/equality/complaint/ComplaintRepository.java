package ro.dosar.equality.complaint;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@code complaint_case} (the statistics part, V16) and the restricted tables of V18. Only this
 * package reads the restricted tables; the REST API decides who sees what.
 */
@Repository
public class ComplaintRepository {

  /** The statistics part of a case: what the process and the reports may know. */
  public record ComplaintCase(long id, String reference, String institutionCode,
      String complaintType, String channel, boolean anonymous, String status,
      LocalDateTime receivedAt, LocalDateTime acknowledgedAt, LocalDateTime closedAt,
      String outcome, Long linkedCaseId, Long disciplinaryCaseId, String processInstanceId) {
  }

  /** What the complainant said and who is involved. */
  public record Content(String description, String complainantName, String complainantContact,
      String personsConcerned, String registeredBy) {
  }

  /** The Equality Officer's triage (flags only) and the DMN-8 routing. */
  public record Triage(boolean inScope, boolean conflictOfInterest, boolean concernsOfficer,
      boolean concernsDirector, boolean urgentProtection, boolean supportOffered,
      boolean supportAccepted, String handlerGroup, String triagedBy,
      LocalDateTime triagedAt) {
  }

  /** Evidence, a hearing record, the conclusion's reasons, a communication... */
  public record Note(long id, String kind, String text, String author,
      LocalDateTime writtenAt) {
  }

  private static final String CASE_COLUMNS = "id, reference, institution_code, complaint_type, "
      + "channel, anonymous, status, received_at, acknowledged_at, closed_at, outcome, "
      + "linked_case_id, disciplinary_case_id, process_instance_id";

  private final JdbcClient jdbc;

  public ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new case, status RECEIVED, with its reference {@code PLG-<year>-<id>}. */
  ComplaintCase insert(String institutionCode, ComplaintType type, Channel channel,
      boolean anonymous, LocalDateTime receivedAt, Long linkedCaseId, Content content) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO complaint_case (reference, institution_code, complaint_type, channel, "
            + "anonymous, status, received_at, linked_case_id) VALUES (?, ?, ?, ?, ?, "
            + "'RECEIVED', ?, ?)")
        .params("TMP-" + UUID.randomUUID().toString().substring(0, 24), institutionCode,
            type.name(), channel.name(), anonymous, Timestamp.valueOf(receivedAt), linkedCaseId)
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    jdbc.sql("UPDATE complaint_case SET reference = ? WHERE id = ?")
        .params("PLG-%d-%05d".formatted(receivedAt.getYear(), id), id).update();
    jdbc.sql("INSERT INTO complaint_content (case_id, description, complainant_name, "
            + "complainant_contact, persons_concerned, registered_by) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, content.description(), content.complainantName(),
            content.complainantContact(), content.personsConcerned(), content.registeredBy())
        .update();
    return find(id).orElseThrow();
  }

  public Optional<ComplaintCase> find(long id) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM complaint_case WHERE id = ?").param(id)
        .query(ComplaintCase.class).optional();
  }

  public List<ComplaintCase> all() {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM complaint_case ORDER BY id")
        .query(ComplaintCase.class).list();
  }

  /** The cases linked to this one (retaliation cases). */
  public List<ComplaintCase> linkedTo(long id) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM complaint_case WHERE linked_case_id = ? "
        + "ORDER BY id").param(id).query(ComplaintCase.class).list();
  }

  Optional<ComplaintCase> byProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM complaint_case WHERE process_instance_id "
        + "= ?").param(processInstanceId).query(ComplaintCase.class).optional();
  }

  Optional<Content> content(long id) {
    return jdbc.sql("SELECT description, complainant_name, complainant_contact, "
            + "persons_concerned, registered_by FROM complaint_content WHERE case_id = ?")
        .param(id).query(Content.class).optional();
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("UPDATE complaint_case SET process_instance_id = ?, status = 'REGISTERED' "
        + "WHERE id = ?").params(processInstanceId, id).update();
  }

  void setStatus(long id, String status) {
    jdbc.sql("UPDATE complaint_case SET status = ? WHERE id = ?").params(status, id).update();
  }

  void acknowledge(long id, LocalDateTime at) {
    jdbc.sql("UPDATE complaint_case SET acknowledged_at = ?, status = 'ACKNOWLEDGED' "
        + "WHERE id = ?").params(Timestamp.valueOf(at), id).update();
  }

  void conclude(long id, Outcome outcome, String status) {
    jdbc.sql("UPDATE complaint_case SET outcome = ?, status = ? WHERE id = ?")
        .params(outcome.name(), status, id).update();
  }

  void close(long id, LocalDateTime at) {
    jdbc.sql("UPDATE complaint_case SET closed_at = ?, status = 'CLOSED' WHERE id = ?")
        .params(Timestamp.valueOf(at), id).update();
  }

  /** Records the disciplinary case a complaint's call started; false if no such complaint. */
  boolean setDisciplinaryCase(String processInstanceId, long disciplinaryCaseId) {
    return jdbc.sql("UPDATE complaint_case SET disciplinary_case_id = ? WHERE "
            + "process_instance_id = ?").params(disciplinaryCaseId, processInstanceId)
        .update() == 1;
  }

  // ---- follow-up token -------------------------------------------------------------------------

  void saveTokenHash(long id, String hash) {
    jdbc.sql("INSERT INTO complaint_follow_up (case_id, token_hash) VALUES (?, ?)")
        .params(id, hash).update();
  }

  Optional<Long> caseOfTokenHash(String hash) {
    return jdbc.sql("SELECT case_id FROM complaint_follow_up WHERE token_hash = ?").param(hash)
        .query(Long.class).optional();
  }

  // ---- triage, investigators, notes ------------------------------------------------------------

  void saveTriage(long id, Triage triage) {
    jdbc.sql("DELETE FROM complaint_triage WHERE case_id = ?").param(id).update();
    jdbc.sql("INSERT INTO complaint_triage (case_id, in_scope, conflict_of_interest, "
            + "concerns_officer, concerns_director, urgent_protection, support_offered, "
            + "support_accepted, handler_group, triaged_by, triaged_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, triage.inScope(), triage.conflictOfInterest(), triage.concernsOfficer(),
            triage.concernsDirector(), triage.urgentProtection(), triage.supportOffered(),
            triage.supportAccepted(), triage.handlerGroup(), triage.triagedBy(),
            Timestamp.valueOf(triage.triagedAt()))
        .update();
  }

  /** Who investigates the case: the answer of the business rule task {@code routeComplaint}. */
  void route(long id, String handlerGroup) {
    jdbc.sql("UPDATE complaint_triage SET handler_group = ? WHERE case_id = ?")
        .params(handlerGroup, id).update();
  }

  Optional<Triage> triage(long id) {
    return jdbc.sql("SELECT in_scope, conflict_of_interest, concerns_officer, "
            + "concerns_director, urgent_protection, support_offered, support_accepted, "
            + "handler_group, triaged_by, triaged_at FROM complaint_triage WHERE case_id = ?")
        .param(id).query(Triage.class).optional();
  }

  /** Adds an investigator; false if already assigned. */
  boolean addInvestigator(long id, String userId, String assignedBy, LocalDateTime at) {
    if (isInvestigator(id, userId)) {
      return false;
    }
    jdbc.sql("INSERT INTO complaint_investigator (case_id, user_id, assigned_by, assigned_at) "
        + "VALUES (?, ?, ?, ?)").params(id, userId, assignedBy, Timestamp.valueOf(at)).update();
    return true;
  }

  public boolean isInvestigator(long id, String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM complaint_investigator WHERE case_id = ? AND "
        + "user_id = ?").params(id, userId).query(Long.class).single() > 0;
  }

  List<String> investigators(long id) {
    return jdbc.sql("SELECT user_id FROM complaint_investigator WHERE case_id = ? ORDER BY "
        + "user_id").param(id).query(String.class).list();
  }

  List<Long> casesInvestigatedBy(String userId) {
    return jdbc.sql("SELECT case_id FROM complaint_investigator WHERE user_id = ? ORDER BY "
        + "case_id").param(userId).query(Long.class).list();
  }

  void addNote(long id, String kind, String text, String author, LocalDateTime at) {
    jdbc.sql("INSERT INTO complaint_note (case_id, kind, text, author, written_at) "
        + "VALUES (?, ?, ?, ?, ?)").params(id, kind, text, author, Timestamp.valueOf(at))
        .update();
  }

  List<Note> notes(long id) {
    return jdbc.sql("SELECT id, kind, text, author, written_at FROM complaint_note WHERE "
        + "case_id = ? ORDER BY id").param(id).query(Note.class).list();
  }

  /** The last note of a kind, e.g. what was communicated to the complainant. */
  Optional<String> lastNote(long id, String kind) {
    return jdbc.sql("SELECT text FROM complaint_note WHERE case_id = ? AND kind = ? "
        + "ORDER BY id DESC").params(id, kind).query(String.class).list().stream().findFirst();
  }
}
