package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.support.ProcessTest;

/**
 * A contest with 200 candidates runs to its final results (functional, not timed): 600 file
 * selections, 600 written-test sheets, 600 interview sheets, one winner, 199 ranked others.
 */
@ProcessTest
class LargeContestTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  TestRepository tests;
  @Autowired
  CandidateRepository candidates;

  @BeforeEach
  void assertionsOnThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void twoHundredCandidatesFromProposalToFinalResults() {
    ContestDriver contest = WholeContest.walk(engine, identity, staff, tests, "big", 200);

    assertThat(contest.instance).hasPassed(Elements.FINAL_RESULTS_DISPLAYED)
        .isWaitingAt(Elements.AWAIT_CANDIDATE);
    List<FinalResult> results = candidates.finalResults(contest.contestId);
    assertThat(results).hasSize(200);
    assertThat(results).filteredOn(result -> "ADMIS".equals(result.finalStatus())).hasSize(1);
    assertThat(results.get(0).finalRank()).isEqualTo(1);
    assertThat(results.get(199).finalRank()).isNotNull();
  }
}
