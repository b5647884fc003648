package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ro.dosar.support.StandaloneDecisions;

/** {@code contestDeadlines}: the only deadlines that differ by vacancy type (spec §8). */
class ContestDeadlinesDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = StandaloneDecisions.ENGINE;
    decision = StandaloneDecisions.parse("dmn/contest/contest-deadlines.dmn", "contestDeadlines");
  }

  private DmnDecisionTableResult evaluate(String vacancyType) {
    return engine.evaluateDecisionTable(decision, Map.of("vacancyType", vacancyType));
  }

  @Test
  void vacantPost_publishes15_submits10_selects2() {
    Map<String, Object> deadlines = evaluate("VACANT").getSingleResult().getEntryMap();

    assertThat(deadlines).containsEntry("publicationLeadWorkingDays", 15)
        .containsEntry("submissionWorkingDays", 10)
        .containsEntry("selectionWorkingDays", 2);
  }

  @Test
  void temporarilyVacantPost_publishes10_submits5_selects1() {
    Map<String, Object> deadlines =
        evaluate("TEMPORARILY_VACANT").getSingleResult().getEntryMap();

    assertThat(deadlines).containsEntry("publicationLeadWorkingDays", 10)
        .containsEntry("submissionWorkingDays", 5)
        .containsEntry("selectionWorkingDays", 1);
  }

  @Test
  void unknownVacancyType_hasNoDeadlines() {
    assertThat(evaluate("TEMPORARY")).isEmpty();
  }
}
