package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.Test;

/** {@code passThreshold}: 50 points for execution posts, 70 for leadership (§8.3(10), (13)). */
class PassThresholdDecisionTest {

  private static DmnDecisionTableResult evaluate(String postCategory) {
    return ScoringTestRules.evaluateTable(ScoringRules.PASS_THRESHOLD,
        Map.of("postCategory", postCategory));
  }

  @Test
  void givenAnExecutionPost_whenEvaluating_thenTheMinimumIs50() {
    assertThat(evaluate("EXECUTION").getSingleResult().getEntryMap())
        .containsExactly(Map.entry("minScore", 50));
  }

  @Test
  void givenALeadershipPost_whenEvaluating_thenTheMinimumIs70() {
    assertThat(evaluate("LEADERSHIP").getSingleResult().getEntryMap())
        .containsExactly(Map.entry("minScore", 70));
  }

  @Test
  void givenAnUnknownCategory_whenEvaluating_thenNoRuleApplies() {
    assertThat(evaluate("MANAGEMENT")).isEmpty();
  }
}
