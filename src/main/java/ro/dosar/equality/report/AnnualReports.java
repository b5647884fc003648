package ro.dosar.equality.report;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;

/** The {@code equality_report} table: one annual monitoring report per institution and year. */
@Repository
public class AnnualReports {

  private final JdbcClient jdbc;

  public AnnualReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored report. */
  public record AnnualReport(long id, String institutionCode, int reportYear, String status,
      String snapshot, Integer indicatorsMonitored, Integer indicatorsMet,
      String recommendations, String difficulties, String returnComments, LocalDate approvedOn,
      String approvedBy, Long documentId, LocalDate publishedInternallyOn,
      LocalDate publishedOnWebsiteOn, String websiteUrl, String processInstanceId) {
  }

  private static final String COLUMNS = "id, institution_code, report_year, status, snapshot, "
      + "indicators_monitored, indicators_met, recommendations, difficulties, return_comments, "
      + "approved_on, approved_by, document_id, published_internally_on, "
      + "published_on_website_on, website_url, process_instance_id";

  public Optional<AnnualReport> find(String institution, int year) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM equality_report WHERE institution_code = ? "
            + "AND report_year = ?").params(institution, year).query(AnnualReport.class)
        .optional();
  }

  public AnnualReport get(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM equality_report WHERE id = ?").param(id)
        .query(AnnualReport.class).single();
  }

  public long create(String institution, int year, String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO equality_report (institution_code, report_year, status, "
            + "process_instance_id) VALUES (?, ?, 'DRAFT', ?)")
        .params(institution, year, processInstanceId).update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void snapshot(long id, String json, int monitored, int met) {
    jdbc.sql("UPDATE equality_report SET snapshot = ?, computed_at = ?, "
            + "indicators_monitored = ?, indicators_met = ?, status = 'DRAFT' WHERE id = ?")
        .params(json, EngineClock.timestamp(), monitored, met, id).update();
  }

  public void submitted(long id, String recommendations, String difficulties) {
    jdbc.sql("UPDATE equality_report SET recommendations = ?, difficulties = ?, "
            + "status = 'SUBMITTED' WHERE id = ?")
        .params(recommendations, difficulties, id).update();
  }

  public void returned(long id, String comments) {
    jdbc.sql("UPDATE equality_report SET return_comments = ?, status = 'RETURNED' WHERE id = ?")
        .params(comments, id).update();
  }

  public void approved(long id, LocalDate on, String by) {
    jdbc.sql("UPDATE equality_report SET approved_on = ?, approved_by = ?, status = 'APPROVED' "
        + "WHERE id = ?").params(on, by, id).update();
  }

  public void document(long id, long documentId) {
    jdbc.sql("UPDATE equality_report SET document_id = ? WHERE id = ?").params(documentId, id)
        .update();
  }

  public void published(long id, LocalDate internally, LocalDate website, String url) {
    jdbc.sql("UPDATE equality_report SET published_internally_on = ?, "
            + "published_on_website_on = ?, website_url = ?, status = 'PUBLISHED' WHERE id = ?")
        .params(internally, website, url, id).update();
  }
}
