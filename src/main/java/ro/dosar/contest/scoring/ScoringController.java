package ro.dosar.contest.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.scoring.Ranking.CandidateScores;
import ro.dosar.contest.scoring.Ranking.RankedCandidate;
import ro.dosar.contest.scoring.ScoreAggregator.Aggregation;
import ro.dosar.web.InvalidRequestException;

/**
 * The scoring rules for clients, computed by the same services the contest process uses
 * ({@link ScoreAggregator}, {@link Ranking}) on the deployed decision tables.
 *
 * <pre>
 * POST /api/scoring/aggregate
 * {"postCategory":"EXECUTION","scores":[62,75,80]}
 * → {"rule":"RECORRECT","score":null,"displayScore":null,"status":null,"fraction":null}
 * {"postCategory":"EXECUTION","scores":[70,75,78]}
 * → {"rule":"MEAN","score":"74.3333333333","displayScore":"74.33","status":"ADMIS",
 *    "fraction":"223/3"}
 *
 * POST /api/scoring/rank
 * {"posts":1,"writtenTestHeld":true,"postCategory":"EXECUTION",
 *  "candidates":[{"code":"4521","written":80,"practical":null,"interview":70}, …]}
 * → [{"code":"4521","finalScore":"75.0000000000","displayFinalScore":"75.00","status":"ADMIS",
 *     "rank":1,"tieBreak":"WRITTEN"}, …]
 * </pre>
 *
 * <ul>
 *   <li>Decisions are made on the exact values. {@code score} and {@code finalScore} show the exact
 *       value to 10 decimals (HALF_UP), {@code displayScore} and {@code displayFinalScore} as
 *       displayed (2 decimals HALF_UP); {@code fraction} is the exact value ({@code "223/3"}),
 *       which {@code /rank} accepts as a test score so that nothing is lost between the two.</li>
 *   <li>{@code rule} {@code RECORRECT}: no score yet, the members re-correct (§8.3(7)(a));
 *       {@code score}, {@code displayScore}, {@code status} and {@code fraction} are null.</li>
 *   <li>{@code /rank} answers in rank order, then the candidates without a final score;
 *       {@code status} is null for candidates who must sit a new interview
 *       ({@code tieBreak} {@code NEW_INTERVIEW_REQUIRED}).</li>
 *   <li>400 {@code application/problem+json}: {@code field} names the bad field ({@code scores},
 *       {@code scores[2]}, {@code postCategory}, {@code posts}, {@code candidates[1].written}…),
 *       {@code detail} says in Romanian what is wrong.</li>
 * </ul>
 *
 * <p>The body is read here as a JSON tree whose decimals are {@link BigDecimal}s taken from the
 * text (never binary floating point), so that a score is exactly what the client wrote and every
 * bad value is a 400 naming its field.
 */
@RestController
@RequestMapping("/api/scoring")
public class ScoringController {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final ScoreAggregator aggregator;
  private final Ranking ranking;

  public ScoringController(ScoreAggregator aggregator, Ranking ranking) {
    this.aggregator = aggregator;
    this.ranking = ranking;
  }

  /** The body of a {@code /aggregate} answer. */
  public record AggregateResponse(String rule, String score, String displayScore, String status,
      String fraction) {

    static AggregateResponse of(Aggregation aggregation) {
      ExactScore score = aggregation.score();
      return new AggregateResponse(aggregation.rule().name(),
          score == null ? null : score.exactText(),
          aggregation.displayScore(),
          aggregation.status() == null ? null : aggregation.status().name(),
          score == null ? null : score.toString());
    }
  }

  /** One element of a {@code /rank} answer. */
  public record RankResponse(String code, String finalScore, String displayFinalScore,
      String status, Integer rank, String tieBreak) {

    static RankResponse of(RankedCandidate candidate) {
      return new RankResponse(candidate.code(),
          candidate.finalScore() == null ? null : candidate.finalScore().exactText(),
          candidate.displayFinalScore(),
          candidate.status() == null ? null : candidate.status().name(),
          candidate.rank(),
          candidate.tieBreak() == null ? null : candidate.tieBreak().name());
    }
  }

  /** The score of one test from the members' totals (spec §13.2). */
  @PostMapping(path = "/aggregate", produces = MediaType.APPLICATION_JSON_VALUE)
  public AggregateResponse aggregate(@RequestBody String body) {
    JsonNode request = object(body);
    PostCategory postCategory = postCategory(request);
    JsonNode scores = request.get(ScoreAggregator.SCORES);
    if (scores == null || !scores.isArray()) {
      throw new InvalidRequestException(ScoreAggregator.SCORES, "Câmpul „scores” este "
          + "obligatoriu: lista punctajelor acordate de membrii comisiei, 2–5 numere.");
    }
    List<BigDecimal> totals = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      JsonNode score = scores.get(i);
      String field = "scores[%d]".formatted(i);
      if (!score.isNull() && !score.isNumber()) {
        throw notANumber(field);
      }
      totals.add(score.isNull() ? null : score.decimalValue());
    }
    return AggregateResponse.of(aggregator.aggregate(postCategory, totals));
  }

  /** The final classification of a contest (§8.3(14)–(19)). */
  @PostMapping(path = "/rank", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<RankResponse> rank(@RequestBody String body) {
    JsonNode request = object(body);
    JsonNode posts = request.get("posts");
    if (posts == null || !posts.isIntegralNumber() || !posts.canConvertToInt()) {
      throw new InvalidRequestException("posts", "Câmpul „posts” este obligatoriu: numărul "
          + "posturilor scoase la concurs, un număr întreg de cel puțin 1.");
    }
    JsonNode writtenTestHeld = request.get("writtenTestHeld");
    if (writtenTestHeld == null || !writtenTestHeld.isBoolean()) {
      throw new InvalidRequestException("writtenTestHeld", "Câmpul „writtenTestHeld” este "
          + "obligatoriu: true dacă s-a organizat proba scrisă, altfel false.");
    }
    PostCategory postCategory = postCategory(request);
    JsonNode candidates = request.get("candidates");
    if (candidates == null || !candidates.isArray()) {
      throw new InvalidRequestException("candidates",
          "Câmpul „candidates” este obligatoriu: lista candidaților cu punctajele lor.");
    }
    List<CandidateScores> scores = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      scores.add(candidate("candidates[%d]".formatted(i), candidates.get(i)));
    }
    return ranking.rank(posts.intValue(), writtenTestHeld.booleanValue(), postCategory, scores)
        .stream().map(RankResponse::of).toList();
  }

  // ---- Reading fields ---------------------------------------------------------------------------

  private static JsonNode object(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRequestException("body",
          "Corpul cererii lipsește sau nu este un obiect JSON valid.");
    }
    return node;
  }

  private static PostCategory postCategory(JsonNode request) {
    JsonNode value = request.get(ScoreAggregator.POST_CATEGORY);
    String text = value == null || value.isNull() ? null
        : value.isTextual() ? value.textValue() : value.toString();
    return PostCategory.parse(ScoreAggregator.POST_CATEGORY, text);
  }

  private static CandidateScores candidate(String field, JsonNode candidate) {
    if (!candidate.isObject()) {
      throw new InvalidRequestException(field, ("Candidatul „%s” trebuie să fie un obiect cu "
          + "„code”, „written”, „practical” și „interview”.").formatted(field));
    }
    JsonNode code = candidate.get("code");
    String text = code != null && (code.isTextual() || code.isIntegralNumber())
        ? code.asText().strip() : null;
    if (text == null || text.isEmpty()) {
      throw new InvalidRequestException(field + ".code", ("Codul candidatului („%s.code”) este "
          + "obligatoriu: codul numeric de identificare.").formatted(field));
    }
    return new CandidateScores(text,
        testScore(field + ".written", candidate.get("written")),
        testScore(field + ".practical", candidate.get("practical")),
        testScore(field + ".interview", candidate.get("interview")));
  }

  /**
   * A test score: null when absent; a JSON number; or a string holding a decimal ({@code "74.5"})
   * or an exact fraction as {@code /aggregate} returns it ({@code "223/3"}).
   */
  private static ExactScore testScore(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return ScoreAggregator.testScore(field, value.decimalValue());
    }
    if (value.isTextual()) {
      String text = value.textValue().strip();
      try {
        if (!text.contains("/")) {
          return ScoreAggregator.testScore(field, new BigDecimal(text));
        }
        return ScoreAggregator.requireTestScore(field, ExactScore.parse(text));
      } catch (NumberFormatException e) {
        throw notANumber(field);
      }
    }
    throw notANumber(field);
  }

  private static InvalidRequestException notANumber(String field) {
    return new InvalidRequestException(field, ("Punctajul „%s” trebuie să fie un număr între 0 "
        + "și 100.").formatted(field));
  }
}
