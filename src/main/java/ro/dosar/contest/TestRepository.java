package ro.dosar.contest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of a contest's tests: {@code contest_test}, criteria, papers, score sheets. */
@Repository
public class TestRepository {

  private static final String PAPER_COLUMNS = "id, test_id, candidate_code, paper_number, "
      + "attendance, incident, recorrection_rounds, score_fraction, display_score, status";

  private final JdbcClient jdbc;

  public TestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A test of a contest. */
  public record ContestTest(long id, long contestId, String testType, LocalDate testDate,
      boolean sealed, LocalDate resultsDisplayedOn) {
  }

  /** A criterion of the test's plan (position 1-based). */
  public record TestCriterion(int position, String label, BigDecimal maxPoints) {
  }

  /**
   * A candidate's paper in a test. {@code status}: ADMIS / RESPINS once scored, ABSENT /
   * ELIMINAT / ANULAT for who was not scored (all of them count as "respins"). {@code
   * paperNumber}: the number of a paper to correct (1..n over the candidates present), null for
   * the others.
   */
  public record Paper(long id, long testId, long candidateCode, Integer paperNumber,
      String attendance, String incident, int recorrectionRounds, String scoreFraction,
      BigDecimal displayScore, String status) {
  }

  public long createTest(long contestId, TestType type, LocalDate date, boolean sealed) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest_test (contest_id, test_type, test_date, sealed) "
            + "VALUES (?, ?, ?, ?)")
        .params(contestId, type.name(), date, sealed).update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public ContestTest test(long id) {
    return jdbc.sql("SELECT id, contest_id, test_type, test_date, sealed, results_displayed_on "
            + "FROM contest_test WHERE id = ?").param(id).query(ContestTest.class).single();
  }

  public void addCriterion(long testId, int position, String label, BigDecimal maxPoints) {
    jdbc.sql("INSERT INTO test_criterion (test_id, position, label, max_points) "
            + "VALUES (?, ?, ?, ?)").params(testId, position, label, maxPoints).update();
  }

  public void clearCriteria(long testId) {
    jdbc.sql("DELETE FROM test_criterion WHERE test_id = ?").param(testId).update();
  }

  public List<TestCriterion> criteria(long testId) {
    return jdbc.sql("SELECT position, label, max_points FROM test_criterion WHERE test_id = ? "
            + "ORDER BY position").param(testId).query(TestCriterion.class).list();
  }

  public long addPaper(long testId, long candidateCode, Integer paperNumber, String attendance,
      String incident, String status) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO test_paper (test_id, candidate_code, paper_number, attendance, "
            + "incident, recorrection_rounds, status) VALUES (?, ?, ?, ?, ?, 0, ?)")
        .params(testId, candidateCode, paperNumber, attendance, incident, status)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Paper paper(long id) {
    return jdbc.sql("SELECT " + PAPER_COLUMNS + " FROM test_paper WHERE id = ?").param(id)
        .query(Paper.class).single();
  }

  /** The paper with this number in a test: what a sealed score sheet knows of its paper. */
  public Paper paperNumbered(long testId, int paperNumber) {
    return jdbc.sql("SELECT " + PAPER_COLUMNS + " FROM test_paper WHERE test_id = ? "
            + "AND paper_number = ?").params(testId, paperNumber).query(Paper.class).single();
  }

  public List<Paper> papers(long testId) {
    return jdbc.sql("SELECT " + PAPER_COLUMNS + " FROM test_paper WHERE test_id = ? "
            + "ORDER BY candidate_code").param(testId).query(Paper.class).list();
  }

  public void recordPoints(long paperId, String memberId, int round, int criterion,
      BigDecimal points) {
    jdbc.sql("INSERT INTO score_sheet (paper_id, member_id, round, criterion, points) "
            + "VALUES (?, ?, ?, ?, ?)").params(paperId, memberId, round, criterion, points)
        .update();
  }

  /** Each member's total for the paper in a round of correction, in member order. */
  public List<BigDecimal> memberTotals(long paperId, int round) {
    return jdbc.sql("SELECT SUM(points) FROM score_sheet WHERE paper_id = ? AND round = ? "
            + "GROUP BY member_id ORDER BY member_id").params(paperId, round)
        .query(BigDecimal.class).list();
  }

  public void startRecorrection(long paperId) {
    jdbc.sql("UPDATE test_paper SET recorrection_rounds = recorrection_rounds + 1 WHERE id = ?")
        .param(paperId).update();
  }

  public void setScore(long paperId, String fraction, BigDecimal displayScore, String status) {
    jdbc.sql("UPDATE test_paper SET score_fraction = ?, display_score = ?, status = ? "
            + "WHERE id = ?").params(fraction, displayScore, status, paperId).update();
  }

  public void markDisplayed(long testId, LocalDate day) {
    jdbc.sql("UPDATE contest_test SET results_displayed_on = ? WHERE id = ?")
        .params(day, testId).update();
  }

  /** The tests of a contest whose results were displayed, in the order they were held. */
  public List<ContestTest> displayedTests(long contestId) {
    return jdbc.sql("SELECT id, contest_id, test_type, test_date, sealed, results_displayed_on "
            + "FROM contest_test WHERE contest_id = ? AND results_displayed_on IS NOT NULL "
            + "ORDER BY id").param(contestId).query(ContestTest.class).list();
  }

  public java.util.Optional<Paper> paperOf(long testId, long candidateCode) {
    return jdbc.sql("SELECT " + PAPER_COLUMNS + " FROM test_paper WHERE test_id = ? "
            + "AND candidate_code = ?").params(testId, candidateCode).query(Paper.class)
        .optional();
  }

  /** Removes a member's evaluations of a paper (a conflict of interest, §8.1.5(18)). */
  public int deleteSheets(long paperId, String memberId) {
    return jdbc.sql("DELETE FROM score_sheet WHERE paper_id = ? AND member_id = ?")
        .params(paperId, memberId).update();
  }

  /** The tests of a contest, in the order they were opened. */
  public List<ContestTest> testsOf(long contestId) {
    return jdbc.sql("SELECT id, contest_id, test_type, test_date, sealed, results_displayed_on "
            + "FROM contest_test WHERE contest_id = ? ORDER BY id").param(contestId)
        .query(ContestTest.class).list();
  }

  /** Whether the test was held: the roll call gave its candidates papers. */
  public boolean held(long testId) {
    return jdbc.sql("SELECT COUNT(*) FROM test_paper WHERE test_id = ?").param(testId)
        .query(Long.class).single() > 0;
  }

  /** A test not held yet moves to another day (postponement, resumption). */
  public void setTestDate(long testId, LocalDate day) {
    jdbc.sql("UPDATE contest_test SET test_date = ? WHERE id = ?").params(day, testId).update();
  }

  /** One member's points for one criterion of a paper, in a scoring round. */
  public record SheetLine(long paperId, String memberId, int round, int criterion,
      BigDecimal points) {
  }

  /** Every score sheet line of a test, paper by paper, member by member. */
  public List<SheetLine> sheets(long testId) {
    return jdbc.sql("SELECT s.paper_id, s.member_id, s.round, s.criterion, s.points "
            + "FROM score_sheet s JOIN test_paper p ON p.id = s.paper_id WHERE p.test_id = ? "
            + "ORDER BY s.member_id, p.candidate_code, s.round, s.criterion")
        .param(testId).query(SheetLine.class).list();
  }
}
