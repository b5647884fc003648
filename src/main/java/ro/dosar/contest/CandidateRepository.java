package ro.dosar.contest;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code candidate} and {@code candidate_document} tables. */
@Repository
public class CandidateRepository {

  private static final String COLUMNS = "code, contest_id, full_name, email, channel, "
      + "submitted_at, selection_status, selection_reason, withdrawn_on";

  private final JdbcClient jdbc;

  public CandidateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Registers a file under its code, the registration number given by {@link
   * RegistrationNumbers}, and returns it.
   */
  public long register(long code, long contestId, String fullName, String email, String phone,
      String channel, LocalDateTime submittedAt, String registeredBy,
      Set<FileDocument> documents) {
    jdbc.sql("INSERT INTO candidate (code, contest_id, full_name, email, phone, channel, "
            + "submitted_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(code, contestId, fullName, email, phone, channel, Timestamp.valueOf(submittedAt),
            registeredBy)
        .update();
    for (FileDocument document : documents) {
      jdbc.sql("INSERT INTO candidate_document (candidate_code, document) VALUES (?, ?)")
          .params(code, document.name()).update();
    }
    return code;
  }

  public Optional<Candidate> find(long code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM candidate WHERE code = ?").param(code)
        .query(Candidate.class).optional();
  }

  public List<Candidate> ofContest(long contestId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM candidate WHERE contest_id = ? ORDER BY code")
        .param(contestId).query(Candidate.class).list();
  }

  public List<Long> codesOfContest(long contestId) {
    return jdbc.sql("SELECT code FROM candidate WHERE contest_id = ? ORDER BY code")
        .param(contestId).query(Long.class).list();
  }

  public Set<FileDocument> documents(long code) {
    Set<FileDocument> documents = EnumSet.noneOf(FileDocument.class);
    jdbc.sql("SELECT document FROM candidate_document WHERE candidate_code = ?").param(code)
        .query(String.class).list().forEach(name -> documents.add(FileDocument.valueOf(name)));
    return documents;
  }

  public void setSelection(long code, String status, String reason) {
    jdbc.sql("UPDATE candidate SET selection_status = ?, selection_reason = ? WHERE code = ?")
        .params(status, reason, code).update();
  }

  public long countAdmitted(long contestId) {
    return jdbc.sql("SELECT COUNT(*) FROM candidate WHERE contest_id = ? "
            + "AND selection_status = 'ADMIS'")
        .param(contestId).query(Long.class).single();
  }

  /** A candidate's final result (§8.3(14)-(19)); status null while a new interview decides. */
  public void setFinal(long code, String scoreFraction, java.math.BigDecimal displayScore,
      String status, Integer rank, String tieBreak) {
    jdbc.sql("UPDATE candidate SET final_score_fraction = ?, final_display_score = ?, "
            + "final_status = ?, final_rank = ?, tie_break = ? WHERE code = ?")
        .params(scoreFraction, displayScore, status, rank, tieBreak, code).update();
  }

  public void setFinalStatus(long code, String status, String tieBreak) {
    jdbc.sql("UPDATE candidate SET final_status = ?, tie_break = ? WHERE code = ?")
        .params(status, tieBreak, code).update();
  }

  /** A candidate's final result as recorded. */
  public record FinalResult(long code, String finalScoreFraction,
      java.math.BigDecimal finalDisplayScore, String finalStatus, Integer finalRank,
      String tieBreak) {
  }

  public List<FinalResult> finalResults(long contestId) {
    return jdbc.sql("SELECT code, final_score_fraction, final_display_score, final_status, "
            + "final_rank, tie_break FROM candidate WHERE contest_id = ? "
            + "ORDER BY CASE WHEN final_rank IS NULL THEN 1 ELSE 0 END, final_rank, code")
        .param(contestId).query(FinalResult.class).list();
  }

  /** The post is offered to the candidate, who must present by {@code deadline} (§8.6). */
  public void offer(long code, java.time.LocalDate offeredOn, java.time.LocalDate deadline) {
    jdbc.sql("UPDATE candidate SET offer_status = 'OFFERED', offered_on = ?, "
            + "presenting_deadline = ? WHERE code = ?").params(offeredOn, deadline, code).update();
  }

  /**
   * The candidate's self-declared gender (spec §6.4.4): stored for the HR statistics only, never
   * read into a {@link Candidate} nor shown to the commission or the public.
   */
  public void setGender(long code, ro.dosar.gender.DeclaredGender gender) {
    jdbc.sql("UPDATE candidate SET gender = ? WHERE code = ?").params(gender.name(), code)
        .update();
  }

  /** The candidate took up the post on {@code day} (the hire date, spec §7 rule 6). */
  public void presented(long code, java.time.LocalDate day) {
    jdbc.sql("UPDATE candidate SET offer_status = 'PRESENTED', presented_on = ? WHERE code = ?")
        .params(day, code).update();
  }

  public void setOfferStatus(long code, String status) {
    jdbc.sql("UPDATE candidate SET offer_status = ? WHERE code = ?").params(status, code)
        .update();
  }

  public void setPresentingDeadline(long code, java.time.LocalDate deadline) {
    jdbc.sql("UPDATE candidate SET presenting_deadline = ? WHERE code = ?")
        .params(deadline, code).update();
  }

  /**
   * The best-ranked candidate who passed every test, was not declared admis and was not offered
   * the post yet: the next to whom a post left vacant by a no-show is offered (§8.6(4), OQ-41).
   */
  public Optional<Long> nextToOffer(long contestId) {
    return jdbc.sql("SELECT code FROM candidate WHERE contest_id = ? AND final_rank IS NOT NULL "
            + "AND final_status = 'RESPINS' AND offer_status IS NULL "
            + "ORDER BY final_rank, code")
        .param(contestId).query(Long.class).list().stream().findFirst();
  }

  public long countPresented(long contestId) {
    return jdbc.sql("SELECT COUNT(*) FROM candidate WHERE contest_id = ? "
            + "AND offer_status = 'PRESENTED'").param(contestId).query(Long.class).single();
  }

  public String offerStatus(long code) {
    return jdbc.sql("SELECT offer_status FROM candidate WHERE code = ?").param(code)
        .query(String.class).optional().orElse(null);
  }

  /** The candidate is out of the contest from {@code day} (§8.5.2(3)-(4)). */
  public void withdraw(long code, java.time.LocalDate day, String reason) {
    jdbc.sql("UPDATE candidate SET withdrawn_on = ?, withdrawal_reason = ? WHERE code = ?")
        .params(day, reason, code).update();
  }

  /** How long the employment contract of the candidate who took the post runs (§8.6(3)). */
  public void setEmploymentTerm(long code, String term) {
    jdbc.sql("UPDATE candidate SET employment_term = ? WHERE code = ?").params(term, code)
        .update();
  }

  public String employmentTerm(long code) {
    return jdbc.sql("SELECT employment_term FROM candidate WHERE code = ?").param(code)
        .query(String.class).single();
  }

  /** One PDF of an electronically submitted file. */
  public record StoredFile(long candidateCode, String document, String fileName, int sizeBytes,
      String sha256) {
  }

  public void storeFile(long code, FileDocument document, String fileName, byte[] content,
      String sha256) {
    jdbc.sql("INSERT INTO candidate_file (candidate_code, document, file_name, size_bytes, "
            + "sha256, content) VALUES (?, ?, ?, ?, ?, ?)")
        .params(code, document.name(), fileName, content.length, sha256, content).update();
  }

  public List<StoredFile> files(long code) {
    return jdbc.sql("SELECT candidate_code, document, file_name, size_bytes, sha256 "
            + "FROM candidate_file WHERE candidate_code = ? ORDER BY document")
        .param(code).query(StoredFile.class).list();
  }

  public Optional<byte[]> fileContent(long code, String document) {
    return jdbc.sql("SELECT content FROM candidate_file WHERE candidate_code = ? "
            + "AND document = ?").params(code, document).query(byte[].class).optional();
  }

  public void setConsents(long code, String consents) {
    jdbc.sql("UPDATE candidate SET consents = ? WHERE code = ?").params(consents, code).update();
  }
}
