package ro.dosar.contest.documents;

import static ro.dosar.contest.documents.ContestDocumentModels.paperStatus;
import static ro.dosar.contest.documents.ContestDocumentModels.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.MemberOpinionRepository.Opinion;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository.SheetLine;
import ro.dosar.contest.TestType;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.contest.teststage.TestStageProcess.Variables;

/**
 * The figures the secretary confirms by signing a minutes, shown read-only on the display task
 * (markdown in the task-local variable {@value #VARIABLE}, set when the task is created by the
 * "create" task listeners the models name): per candidate code, each member's opinion or score,
 * the result and why. Computed from the same records as the minutes ({@link ContestMinutes}),
 * never from anything the form sends. Candidates by code only, members by name.
 */
@Configuration(proxyBeanMethods = false)
public class MinutesFigures {

  public static final String VARIABLE = "minutesFigures";

  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestRepository contests;
  private final ScoringRules scoring;
  private final MemberOpinionRepository opinions;
  private final ContestDocumentModels models;

  MinutesFigures(CandidateRepository candidates, TestRepository tests, ContestRepository contests,
      ScoringRules scoring, MemberOpinionRepository opinions, ContestDocumentModels models) {
    this.candidates = candidates;
    this.tests = tests;
    this.contests = contests;
    this.scoring = scoring;
    this.opinions = opinions;
    this.models = models;
  }

  @Bean
  TaskListener selectionMinutesFigures() {
    return task -> task.setVariableLocal(VARIABLE,
        shown(selection(ContestVariables.contestId(task.getExecution()))));
  }

  @Bean
  TaskListener testMinutesFigures() {
    return task -> task.setVariableLocal(VARIABLE, shown(test(testId(task))));
  }

  @Bean
  TaskListener finalMinutesFigures() {
    return task -> task.setVariableLocal(VARIABLE,
        shown(finalResults(ContestVariables.contestId(task.getExecution()))));
  }

  /**
   * The markdown as a JSON string: a contest of a few hundred files runs past the 4,000
   * characters a String variable may hold, a JSON value has no such limit, and Tasklist hands
   * the form the string itself.
   */
  static JsonValue shown(String markdown) {
    try {
      return SpinValues.jsonValue(new ObjectMapper().writeValueAsString(markdown)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long testId(DelegateTask task) {
    return ((Number) task.getVariable(Variables.TEST_ID)).longValue();
  }

  /**
   * The selection (§8.2.1(3),(4)): per code the result, the reason of a rejection, and each
   * member's opinion with his reason and his separate opinion (§8.2.1(5)).
   */
  public String selection(long contestId) {
    List<Candidate> all = candidates.ofContest(contestId).stream()
        .sorted(Comparator.comparingLong(Candidate::code)).toList();
    long admitted = all.stream().filter(c -> "ADMIS".equals(c.selectionStatus())).count();
    StringBuilder text = new StringBuilder("Dosare: ").append(all.size()).append(" · admise: ")
        .append(admitted).append(" · respinse: ").append(all.size() - admitted).append('\n');
    for (Candidate candidate : all) {
      boolean admis = "ADMIS".equals(candidate.selectionStatus());
      text.append("\n**Codul ").append(candidate.code()).append(" — ")
          .append(admis ? "ADMIS" : "RESPINS").append("**");
      if (!admis && candidate.selectionReason() != null) {
        text.append(" (motivul respingerii: ").append(candidate.selectionReason()).append(')');
      }
      text.append('\n');
      for (Opinion opinion : opinions.all(ContestVariables.SELECTION, candidate.code())) {
        text.append("\n- ").append(models.name(opinion.memberId())).append(": ")
            .append(opinion.admits() ? "admis" : "respins");
        if (opinion.reason() != null && !opinion.reason().isBlank()) {
          text.append(" — ").append(opinion.reason());
        }
        if (opinion.separateOpinion() != null && !opinion.separateOpinion().isBlank()) {
          text.append("; opinie separată: ").append(opinion.separateOpinion());
        }
      }
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * A test (§8.3(11)–(16)): the pass mark, then per paper (by code) each member's total in each
   * round of correction, the score (the average of the members' totals) and the result.
   */
  public String test(long testId) {
    ContestTest test = tests.test(testId);
    BigDecimal passMark = scoring.minScore(contests.get(test.contestId()).postCategory());
    Map<Long, Map<String, List<BigDecimal>>> totals = memberTotals(testId);
    StringBuilder text = new StringBuilder("Proba: ")
        .append(TestType.valueOf(test.testType()).label()).append(" · punctajul minim pentru "
            + "promovare: ").append(passMark.stripTrailingZeros().toPlainString())
        .append(" puncte\n");
    for (Paper paper : tests.papers(testId)) {
      text.append("\n**Codul ").append(paper.candidateCode()).append(" — ")
          .append(paperStatus(paper));
      if (paper.displayScore() != null) {
        text.append(", punctaj ").append(score(paper)).append(" (media punctajelor membrilor)");
      }
      text.append("**\n");
      totals.getOrDefault(paper.id(), Map.of()).forEach((member, rounds) -> {
        text.append("\n- ").append(models.name(member)).append(": ");
        for (int round = 0; round < rounds.size(); round++) {
          text.append(round == 0 ? "" : "; recorectare: ")
              .append(rounds.get(round).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
      });
      text.append('\n');
    }
    return text.toString();
  }

  /** paper id → member id → his total in each round, in order of rounds. */
  private Map<Long, Map<String, List<BigDecimal>>> memberTotals(long testId) {
    Map<Long, Map<String, Map<Integer, BigDecimal>>> byRound = new LinkedHashMap<>();
    for (SheetLine line : tests.sheets(testId)) {
      byRound.computeIfAbsent(line.paperId(), p -> new LinkedHashMap<>())
          .computeIfAbsent(line.memberId(), m -> new java.util.TreeMap<>())
          .merge(line.round(), line.points(), BigDecimal::add);
    }
    Map<Long, Map<String, List<BigDecimal>>> totals = new LinkedHashMap<>();
    byRound.forEach((paper, members) -> members.forEach((member, rounds) ->
        totals.computeIfAbsent(paper, p -> new LinkedHashMap<>())
            .put(member, new ArrayList<>(rounds.values()))));
    return totals;
  }

  /**
   * The final results (§8.3(15),(20)): by final score, highest first, each code with its score
   * in every test, the final score and the result.
   */
  public String finalResults(long contestId) {
    List<ContestTest> held = tests.displayedTests(contestId);
    List<FinalResult> results = new ArrayList<>(candidates.finalResults(contestId));
    results.sort(Comparator.comparing((FinalResult r) -> r.finalRank() == null)
        .thenComparing(r -> r.finalRank() == null ? Integer.MAX_VALUE : r.finalRank())
        .thenComparingLong(FinalResult::code));
    StringBuilder text = new StringBuilder();
    for (FinalResult result : results) {
      text.append(text.isEmpty() ? "" : "\n").append("**")
          .append(result.finalRank() == null ? "" : result.finalRank() + ". ")
          .append("Codul ").append(result.code()).append(" — ")
          .append(result.finalStatus() == null ? "RESPINS" : result.finalStatus());
      if (result.finalDisplayScore() != null) {
        text.append(", punctaj final ").append(result.finalDisplayScore()
            .setScale(2, RoundingMode.HALF_UP).toPlainString());
      }
      text.append("**\n");
      for (ContestTest test : held) {
        text.append("\n- ").append(TestType.valueOf(test.testType()).label()).append(": ")
            .append(tests.paperOf(test.id(), result.code())
                .map(ContestDocumentModels::scoreOrMark).orElse("—"));
      }
      text.append('\n');
    }
    return text.isEmpty() ? "Niciun candidat nu a susținut probele." : text.toString();
  }
}
