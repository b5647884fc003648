package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static ro.dosar.commission.PostCategory.EXECUTION;
import static ro.dosar.commission.PostCategory.LEADERSHIP;
import static ro.dosar.contest.scoring.ScoreStatus.ADMIS;
import static ro.dosar.contest.scoring.ScoreStatus.RESPINS;
import static ro.dosar.contest.scoring.TieBreak.NEW_INTERVIEW_REQUIRED;
import static ro.dosar.contest.scoring.TieBreak.PRACTICAL;
import static ro.dosar.contest.scoring.TieBreak.WRITTEN;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.scoring.Ranking.CandidateScores;
import ro.dosar.contest.scoring.Ranking.RankedCandidate;
import ro.dosar.domain.InvalidInputException;

/**
 * {@link Ranking} on the real tables: the tie-break examples T1–T3 of spec §13.3, several posts
 * (OQ-23), ties that do and do not decide a post (OQ-22), and who is ranked at all.
 */
class RankingTest {

  private final Ranking ranking = ScoringTestRules.ranking();

  /** A candidate's scores as text ({@code "80"}, {@code "223/3"}), null where none. */
  private static CandidateScores candidate(String code, String written, String practical,
      String interview) {
    return new CandidateScores(code, parse(written), parse(practical), parse(interview));
  }

  private static ExactScore parse(String score) {
    return score == null ? null : ExactScore.parse(score);
  }

  private List<RankedCandidate> rank(int posts, boolean writtenTestHeld, PostCategory category,
      CandidateScores... candidates) {
    return ranking.rank(posts, writtenTestHeld, category, List.of(candidates));
  }

  /** The result as (code, displayed final score, status, rank, tie-break, passedNotFirst). */
  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertRanking(List<RankedCandidate> ranked) {
    return assertThat(ranked).extracting(RankedCandidate::code,
        RankedCandidate::displayFinalScore, RankedCandidate::status, RankedCandidate::rank,
        RankedCandidate::tieBreak, RankedCandidate::passedNotFirst);
  }

  @Test
  void givenT1_whenEqualFinalScores_thenTheHigherWrittenScoreWins() {
    List<RankedCandidate> ranked = rank(1, true, EXECUTION,
        candidate("B", "70", null, "80"),
        candidate("A", "80", null, "70"));

    assertRanking(ranked).containsExactly(
        tuple("A", "75.00", ADMIS, 1, WRITTEN, false),
        tuple("B", "75.00", RESPINS, 2, WRITTEN, true));
  }

  @Test
  void givenT2_whenTheWrittenScoresAreEqualToo_thenANewInterviewAndNoWinnerYet() {
    List<RankedCandidate> ranked = rank(1, true, EXECUTION,
        candidate("A", "76", null, "74"),
        candidate("B", "76", null, "74"));

    assertRanking(ranked).containsExactly(
        tuple("A", "75.00", null, 1, NEW_INTERVIEW_REQUIRED, false),
        tuple("B", "75.00", null, 1, NEW_INTERVIEW_REQUIRED, false));
    assertThat(ranked).allMatch(RankedCandidate::newInterviewRequired);
  }

  @Test
  void givenT3_whenNoWrittenTestAndEqualFinalScores_thenTheHigherPracticalScoreWins() {
    List<RankedCandidate> ranked = rank(1, false, EXECUTION,
        candidate("A", null, "85", "65"),
        candidate("B", null, "70", "80"));

    assertRanking(ranked).containsExactly(
        tuple("A", "75.00", ADMIS, 1, PRACTICAL, false),
        tuple("B", "75.00", RESPINS, 2, PRACTICAL, true));
  }

  @Test
  void givenE10_whenRanking_thenTheFinalScoreIsExactly463Over6() {
    RankedCandidate only = rank(1, true, EXECUTION, candidate("4521", "223/3", null, "80"))
        .get(0);

    assertThat(only.finalScore()).isEqualTo(ExactScore.of(463, 6));
    assertThat(only.displayFinalScore()).isEqualTo("77.17");
    assertThat(only.status()).isEqualTo(ADMIS);
  }

  @Test
  void givenE11_whenThreeTestsWereHeld_thenTheFinalScoreIsTheMeanOfThree() {
    RankedCandidate only = rank(1, true, EXECUTION, candidate("4521", "60", "90", "75")).get(0);

    assertThat(only.finalScore()).isEqualTo(ExactScore.of(75, 1));
  }

  @Test
  void givenScoresEqualOnlyAsFractions_whenRanking_thenTheTieIsSeenAndTheWrittenTestDecides() {
    // A: (233/3 + 230/3) / 2 and B: (80 + 223/3) / 2 are both 463/6. Rounded to 34 digits, A
    // would be ahead by a rounding error; exactly, they tie and B's higher written score wins.
    List<RankedCandidate> ranked = rank(1, true, EXECUTION,
        candidate("A", "233/3", null, "230/3"),
        candidate("B", "80", null, "223/3"));

    assertRanking(ranked).containsExactly(
        tuple("B", "77.17", ADMIS, 1, WRITTEN, false),
        tuple("A", "77.17", RESPINS, 2, WRITTEN, true));
  }

  @Test
  void givenTwoIdenticalPosts_whenRanking_thenTheTopTwoWin() {
    List<RankedCandidate> ranked = rank(2, true, EXECUTION,
        candidate("C", "70", null, "70"),
        candidate("A", "90", null, "90"),
        candidate("B", "80", null, "80"));

    assertRanking(ranked).containsExactly(
        tuple("A", "90.00", ADMIS, 1, null, false),
        tuple("B", "80.00", ADMIS, 2, null, false),
        tuple("C", "70.00", RESPINS, 3, null, true));
  }

  @Test
  void givenATieAcrossTheLastWinningPosition_whenRanking_thenOnlyTheTiedSitANewInterview() {
    List<RankedCandidate> ranked = rank(2, true, EXECUTION,
        candidate("A", "90", null, "90"),
        candidate("B", "80", null, "80"),
        candidate("C", "80", null, "80"),
        candidate("D", "70", null, "70"));

    assertRanking(ranked).containsExactly(
        tuple("A", "90.00", ADMIS, 1, null, false),
        tuple("B", "80.00", null, 2, NEW_INTERVIEW_REQUIRED, false),
        tuple("C", "80.00", null, 2, NEW_INTERVIEW_REQUIRED, false),
        tuple("D", "70.00", RESPINS, 4, null, true));
  }

  @Test
  void givenATieBelowTheLastWinningPosition_whenRanking_thenNoNewInterviewAndASharedRank() {
    List<RankedCandidate> ranked = rank(1, true, EXECUTION,
        candidate("A", "90", null, "90"),
        candidate("B", "80", null, "80"),
        candidate("C", "80", null, "80"),
        candidate("D", "70", null, "70"));

    assertRanking(ranked).containsExactly(
        tuple("A", "90.00", ADMIS, 1, null, false),
        tuple("B", "80.00", RESPINS, 2, WRITTEN, true),
        tuple("C", "80.00", RESPINS, 2, WRITTEN, true),
        tuple("D", "70.00", RESPINS, 4, null, true));
  }

  @Test
  void givenATieWithinTheWinningPositions_whenRanking_thenBothWinWithoutANewInterview() {
    List<RankedCandidate> ranked = rank(3, true, EXECUTION,
        candidate("A", "90", null, "90"),
        candidate("B", "80", null, "80"),
        candidate("C", "80", null, "80"),
        candidate("D", "70", null, "70"));

    assertRanking(ranked).containsExactly(
        tuple("A", "90.00", ADMIS, 1, null, false),
        tuple("B", "80.00", ADMIS, 2, WRITTEN, false),
        tuple("C", "80.00", ADMIS, 2, WRITTEN, false),
        tuple("D", "70.00", RESPINS, 4, null, true));
  }

  @Test
  void givenThreeTiedOneAheadOnTheWrittenTest_whenRanking_thenTheOtherTwoSitANewInterview() {
    List<RankedCandidate> ranked = rank(2, true, EXECUTION,
        candidate("A", "90", null, "70"),
        candidate("B", "80", null, "80"),
        candidate("C", "80", null, "80"));

    assertRanking(ranked).containsExactly(
        tuple("A", "80.00", ADMIS, 1, WRITTEN, false),
        tuple("B", "80.00", null, 2, NEW_INTERVIEW_REQUIRED, false),
        tuple("C", "80.00", null, 2, NEW_INTERVIEW_REQUIRED, false));
  }

  @Test
  void givenCandidatesWhoFailedOrMissedATest_whenRanking_thenRejectedWithoutRankAfterTheRanked() {
    List<RankedCandidate> ranked = rank(1, true, EXECUTION,
        candidate("FAILED-WRITTEN", "49.99", null, null),
        candidate("PASSED", "50", null, "50"),
        candidate("ABSENT-INTERVIEW", "90", null, null),
        candidate("FAILED-INTERVIEW", "90", null, "49.99"));

    assertRanking(ranked).containsExactly(
        tuple("PASSED", "50.00", ADMIS, 1, null, false),
        tuple("FAILED-WRITTEN", null, RESPINS, null, null, false),
        tuple("ABSENT-INTERVIEW", null, RESPINS, null, null, false),
        tuple("FAILED-INTERVIEW", null, RESPINS, null, null, false));
    assertThat(ranked.get(1).finalScore()).isNull();
  }

  @Test
  void givenALeadershipPost_whenATestIsBelow70_thenTheCandidateIsNotRanked() {
    List<RankedCandidate> ranked = rank(1, true, LEADERSHIP,
        candidate("A", "139/2", null, "100"),
        candidate("B", "70", null, "70"));

    assertRanking(ranked).containsExactly(
        tuple("B", "70.00", ADMIS, 1, null, false),
        tuple("A", null, RESPINS, null, null, false));
  }

  @Test
  void givenAPracticalTestHeldAfterTheWrittenOne_whenACandidateHasNoPracticalScore_thenHeFailed() {
    List<RankedCandidate> ranked = rank(1, true, EXECUTION,
        candidate("A", "90", null, "90"),
        candidate("B", "60", "60", "60"));

    assertRanking(ranked).containsExactly(
        tuple("B", "60.00", ADMIS, 1, null, false),
        tuple("A", null, RESPINS, null, null, false));
  }

  @Test
  void givenNoCandidateOrNoOnePassed_whenRanking_thenNobodyWins() {
    assertThat(rank(1, true, EXECUTION)).isEmpty();
    assertRanking(rank(1, true, EXECUTION, candidate("A", "40", null, null)))
        .containsExactly(tuple("A", null, RESPINS, null, null, false));
  }

  @Test
  void givenMorePostsThanFinalists_whenRanking_thenEveryFinalistWins() {
    assertRanking(rank(3, false, EXECUTION,
        candidate("A", null, "60", "60"),
        candidate("B", null, "60", "60")))
        .containsExactly(
            tuple("A", "60.00", ADMIS, 1, PRACTICAL, false),
            tuple("B", "60.00", ADMIS, 1, PRACTICAL, false));
  }

  // ---- Refusals ---------------------------------------------------------------------------------

  private void assertRefused(int posts, boolean writtenTestHeld, PostCategory category,
      List<CandidateScores> candidates, String field, String messagePart) {
    assertThatThrownBy(() -> ranking.rank(posts, writtenTestHeld, category, candidates))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getField()).isEqualTo(field);
          assertThat(e.getMessage()).contains(messagePart);
        });
  }

  @Test
  void givenBadArguments_whenRanking_thenRefusedNamingTheField() {
    List<CandidateScores> one = List.of(candidate("A", "80", null, "80"));

    assertRefused(0, true, EXECUTION, one, "posts", "cel puțin 1");
    assertRefused(1, true, null, one, "postCategory", "obligatorie");
    assertRefused(1, true, EXECUTION, null, "candidates", "obligatorie");
  }

  @Test
  void givenBadCandidates_whenRanking_thenRefusedNamingTheCandidatesField() {
    CandidateScores good = candidate("A", "80", null, "80");
    List<CandidateScores> withNull = new ArrayList<>(List.of(good));
    withNull.add(null);

    assertRefused(1, true, EXECUTION, withNull, "candidates[1]", "lipsește");
    assertRefused(1, true, EXECUTION, List.of(good, candidate(" ", "80", null, "80")),
        "candidates[1].code", "obligatoriu");
    assertRefused(1, true, EXECUTION, List.of(good, candidate("A", "70", null, "70")),
        "candidates[1].code", "de mai multe ori");
    assertRefused(1, false, EXECUTION, List.of(candidate("A", "80", "80", "80")),
        "candidates[0].written", "Proba scrisă nu s-a organizat");
    assertRefused(1, true, EXECUTION, List.of(good, candidate("B", "80", null, "100.5")),
        "candidates[1].interview", "între 0 și 100");
  }
}
