package ro.dosar.contest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import ro.dosar.commission.PostCategory;
import ro.dosar.domain.InvalidInputException;

/**
 * The final classification of a contest (§8.3(14)–(19), §8.5C(8); spec §13.4): who passed every
 * test, their final scores in descending order, the tie-breaks, and who wins the posts.
 *
 * <ul>
 *   <li>Only a candidate who passed every test held (each score at least the pass mark,
 *       §8.3(10), (13)) has a final score and a rank; everyone else is „respins” with neither.</li>
 *   <li>Equal final scores are ordered by the higher written-test score, or the higher
 *       practical-test score when no written test was held (§8.3(18), (19)).</li>
 *   <li>The top {@code posts} candidates win (§8.3(17); several identical posts, spec OQ-23).</li>
 *   <li>Candidates still equal share a rank. Their tie is settled by a new interview only when it
 *       decides who wins, i.e. when they straddle the last winning position (spec OQ-22): they get
 *       {@link TieBreak#NEW_INTERVIEW_REQUIRED} and no status yet, because the commission has not
 *       decided. Equal candidates wholly above the boundary all win; wholly below, none wins.</li>
 * </ul>
 * All comparisons use the exact scores ({@link ExactScore}), never the displayed ones.
 *
 * <p>Bad input is refused with an {@link InvalidInputException} whose field is named as in the
 * REST body of {@code POST /api/scoring/rank} ({@code posts}, {@code postCategory},
 * {@code candidates[1].written}) and whose message is Romanian.
 */
@Service
public class Ranking {

  private final ScoringRules rules;
  private final ScoreAggregator aggregator;

  public Ranking(ScoringRules rules, ScoreAggregator aggregator) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
  }

  /**
   * One candidate's final test scores, after contestations.
   *
   * @param code the candidate's numeric identification code, under which results are displayed
   *     (§8.5C(9))
   * @param written the written-test score, null if the test was not held or the candidate did not
   *     sit or pass it
   * @param practical the practical-test score, null likewise
   * @param interview the interview score, null if the candidate did not sit or pass it
   */
  public record CandidateScores(String code, ExactScore written, ExactScore practical,
      ExactScore interview) {

    /** The same from decimal scores (a null stays null). */
    public static CandidateScores of(String code, BigDecimal written, BigDecimal practical,
        BigDecimal interview) {
      return new CandidateScores(code, exact(written), exact(practical), exact(interview));
    }

    private static ExactScore exact(BigDecimal score) {
      return score == null ? null : ExactScore.of(score);
    }
  }

  /**
   * One candidate in the final classification.
   *
   * @param code the candidate's code
   * @param finalScore the exact final score (§8.3(14)); null if he did not pass every test
   * @param displayFinalScore the final score as displayed, 2 decimals HALF_UP; null likewise
   * @param status „admis” for a winner, „respins” for everyone else (§8.5C(8)); null while a new
   *     interview must decide between him and the candidates tied with him ({@code tieBreak} is
   *     then {@link TieBreak#NEW_INTERVIEW_REQUIRED})
   * @param rank 1 for the best final score; equal candidates share a rank and the next rank skips
   *     accordingly (1, 2, 2, 4); null if he did not pass every test
   * @param tieBreak how his equal final score was settled, null if no other candidate has it
   * @param passedNotFirst internal sub-status (spec §13.4, OQ-41): he passed every test and has a
   *     rank but did not win, so the post may be offered to him if a winner does not present
   *     himself (§8.6(4)); shown as „respins”
   */
  public record RankedCandidate(String code, ExactScore finalScore, String displayFinalScore,
      ScoreStatus status, Integer rank, TieBreak tieBreak, boolean passedNotFirst) {

    /** Whether a new interview must decide between him and the candidates tied with him. */
    public boolean newInterviewRequired() {
      return tieBreak == TieBreak.NEW_INTERVIEW_REQUIRED;
    }
  }

  /**
   * The final classification.
   *
   * @param posts how many identical posts the contest fills, at least 1
   * @param writtenTestHeld whether a written test was held: its score is then a test of every
   *     candidate and the first tie-break; otherwise the practical test is (§8.3(19)). A practical
   *     test is also counted when a written test was held and any candidate has a practical score
   * @param candidates everyone who took part, in any order
   * @return the ranked candidates in rank order (equal ones in the given order), then the others
   *     in the given order
   * @throws InvalidInputException naming the field of bad input
   */
  public List<RankedCandidate> rank(int posts, boolean writtenTestHeld, PostCategory postCategory,
      List<CandidateScores> candidates) {
    requireValid(posts, writtenTestHeld, postCategory, candidates);
    BigDecimal minScore = rules.minScore(postCategory);
    boolean practicalTestHeld =
        !writtenTestHeld || candidates.stream().anyMatch(c -> c.practical() != null);

    List<Finalist> finalists = new ArrayList<>();
    List<RankedCandidate> failed = new ArrayList<>();
    for (CandidateScores candidate : candidates) {
      List<ExactScore> testsHeld = new ArrayList<>();
      if (writtenTestHeld) {
        testsHeld.add(candidate.written());
      }
      if (practicalTestHeld) {
        testsHeld.add(candidate.practical());
      }
      testsHeld.add(candidate.interview());
      if (testsHeld.stream().allMatch(score -> score != null && score.isAtLeast(minScore))) {
        finalists.add(new Finalist(candidate.code(), aggregator.finalScore(testsHeld),
            writtenTestHeld ? candidate.written() : candidate.practical()));
      } else {
        failed.add(new RankedCandidate(candidate.code(), null, null, ScoreStatus.RESPINS, null,
            null, false));
      }
    }

    List<RankedCandidate> result = classify(finalists, posts,
        writtenTestHeld ? TieBreak.WRITTEN : TieBreak.PRACTICAL);
    result.addAll(failed);
    return result;
  }

  /** A candidate who passed every test: his final score and the score that breaks a tie. */
  private record Finalist(String code, ExactScore finalScore, ExactScore tieBreakScore) {

    boolean equalTo(Finalist other) {
      return finalScore.equals(other.finalScore) && tieBreakScore.equals(other.tieBreakScore);
    }
  }

  /** Ranks the finalists and decides who wins the first {@code posts} positions. */
  private static List<RankedCandidate> classify(List<Finalist> finalists, int posts,
      TieBreak tieBreakTest) {
    List<Finalist> ordered = new ArrayList<>(finalists);
    // A stable sort: candidates equal on both scores keep the order they were given in.
    ordered.sort(Comparator.comparing(Finalist::finalScore)
        .thenComparing(Finalist::tieBreakScore).reversed());
    Map<ExactScore, Integer> sameFinalScore = new HashMap<>();
    ordered.forEach(f -> sameFinalScore.merge(f.finalScore(), 1, Integer::sum));

    List<RankedCandidate> ranked = new ArrayList<>();
    int first = 0;
    while (first < ordered.size()) {
      // [first, end) are equal on the final score and on the tie-break score.
      int end = first + 1;
      while (end < ordered.size() && ordered.get(end).equalTo(ordered.get(first))) {
        end++;
      }
      int rank = first + 1;
      // The group occupies positions rank..end: all of them win, none does, or the group
      // straddles the last winning position and a new interview decides among them (OQ-22).
      boolean allWin = end <= posts;
      boolean noneWins = rank > posts;
      ScoreStatus status = allWin ? ScoreStatus.ADMIS : noneWins ? ScoreStatus.RESPINS : null;
      for (Finalist finalist : ordered.subList(first, end)) {
        TieBreak tieBreak = null;
        if (status == null) {
          tieBreak = TieBreak.NEW_INTERVIEW_REQUIRED;
        } else if (sameFinalScore.get(finalist.finalScore()) > 1) {
          tieBreak = tieBreakTest;
        }
        ranked.add(new RankedCandidate(finalist.code(), finalist.finalScore(),
            finalist.finalScore().display(), status, rank, tieBreak,
            status == ScoreStatus.RESPINS));
      }
      first = end;
    }
    return ranked;
  }

  private static void requireValid(int posts, boolean writtenTestHeld,
      PostCategory postCategory, List<CandidateScores> candidates) {
    if (posts < 1) {
      throw new InvalidInputException("posts", ("Numărul posturilor scoase la concurs "
          + "(„posts”) trebuie să fie cel puțin 1; s-a primit %d.").formatted(posts));
    }
    ScoreAggregator.requireCategory(postCategory);
    if (candidates == null) {
      throw new InvalidInputException("candidates",
          "Lista candidaților („candidates”) este obligatorie.");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      String field = "candidates[%d]".formatted(i);
      CandidateScores candidate = candidates.get(i);
      if (candidate == null) {
        throw new InvalidInputException(field, "Candidatul „%s” lipsește.".formatted(field));
      }
      if (candidate.code() == null || candidate.code().isBlank()) {
        throw new InvalidInputException(field + ".code",
            "Codul candidatului („%s.code”) este obligatoriu.".formatted(field));
      }
      if (!codes.add(candidate.code())) {
        throw new InvalidInputException(field + ".code", ("Codul „%s” apare de mai multe ori; "
            + "fiecare candidat are propriul cod numeric.").formatted(candidate.code()));
      }
      if (!writtenTestHeld && candidate.written() != null) {
        throw new InvalidInputException(field + ".written", ("Proba scrisă nu s-a organizat "
            + "(„writtenTestHeld” este false), deci candidatul „%s” nu poate avea punctaj la "
            + "proba scrisă.").formatted(candidate.code()));
      }
      checkOptional(field + ".written", candidate.written());
      checkOptional(field + ".practical", candidate.practical());
      checkOptional(field + ".interview", candidate.interview());
    }
  }

  private static void checkOptional(String field, ExactScore score) {
    if (score != null) {
      ScoreAggregator.requireTestScore(field, score);
    }
  }
}
