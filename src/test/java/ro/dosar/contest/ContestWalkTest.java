package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.support.ProcessTest;

/**
 * A whole contest, from the proposal to the displayed final results: selection, the written
 * test with a contestation that raises a "respins" to "admis" (§8.5C(5)), the interview, and a
 * tie on the final score broken by the written test (spec §13.3 T1).
 */
@ProcessTest
class ContestWalkTest {

  static final ContestWalkDriver WALK = new ContestWalkDriver("w");
  static final List<String> CC = WALK.cc;
  static final List<String> CSC = WALK.csc;

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
  @Autowired
  ContestRepository contests;
  @Autowired
  ContestationRepository contestations;
  @Autowired
  ro.dosar.documents.ContestDocuments documents;

  @BeforeEach
  void employees() {
    WALK.employ(identity, staff);
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void fromProposalToFinalResults_aContestationAdmitsOne_andTheWrittenTestBreaksTheTie()
      throws java.io.IOException {
    ContestDriver contest = WALK.toRegistration(engine);
    long a = contest.registerFile("Ana", LocalDateTime.of(2025, 9, 10, 9, 0), "ABDEFGHI");
    long b = contest.registerFile("Bogdan", LocalDateTime.of(2025, 9, 10, 9, 5), "ABDEFGHI");
    long c = contest.registerFile("Carmen", LocalDateTime.of(2025, 9, 10, 9, 10), "ABDEFGHI");
    long d = contest.registerFile("Dorin", LocalDateTime.of(2025, 9, 10, 9, 15), "ABDEF");
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    for (String member : CC) {
      contest.select(member, a, true, null).select(member, b, true, null)
          .select(member, c, true, null).select(member, d, false, "Dosar incomplet.");
    }
    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    // Written test, Tue 23 Sep 2025: A 80, B 70, C 44.33 (respins).
    assertThat(contest.instance).isWaitingAt(Elements.WRITTEN_TEST);
    now(LocalDate.of(2025, 9, 23), 9);
    TestDriver written = WALK.writtenTest(engine, contest, tests);
    written.scoreAll(a, "80", "80", "80").scoreAll(b, "70", "70", "70")
        .scoreAll(c, "40", "45", "48");
    assertThat(written.paperOf(c).status()).isEqualTo("RESPINS");
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();

    // C contests; the contestation commission re-scores 52, 50, 51 = 51 > 44.33: admitted.
    now(LocalDate.of(2025, 9, 25), 12);
    contest.contest(c, "900/25.09.2025", LocalDateTime.of(2025, 9, 25, 10, 0));
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();
    rescore(contest, written, c, "52", "50", "51");

    assertThat(contestations.of(c, "WRITTEN").orElseThrow().outcome()).isEqualTo("ADMITTED");
    assertThat(written.paperOf(c).status()).isEqualTo("ADMIS");
    assertThat(written.paperOf(c).displayScore()).isEqualByComparingTo("51.00");
    // The contestation commission's minutes of the round: the contested and the new score.
    var minutes = documents.of(contest.contestId).stream()
        .filter(doc -> doc.kind().equals("pv-contestatii")).toList();
    assertThat(minutes).hasSize(1);
    assertThat(ro.dosar.support.PdfText.of(documents.content(minutes.get(0).id()))).contains(
        "900/25.09.2025 " + c + " 44.33 51.00 ADMISĂ",
        "comisiei de soluționare a contestațiilor: proba scrisă");

    // Interview, Mon 29 Sep 2025 (4 working days after the written test): A 70, B 80, C 60.
    assertThat(contest.instance).isWaitingAt(Elements.INTERVIEW_TEST);
    now(LocalDate.of(2025, 9, 29), 9);
    TestDriver interview = WALK.interview(engine, contest, tests);
    interview.scoreAll(a, "70", "70", "70").scoreAll(b, "80", "80", "80")
        .scoreAll(c, "60", "60", "60");
    now(LocalDate.of(2025, 9, 30), 9);
    interview.display();
    now(LocalDate.of(2025, 10, 1), 17);
    contest.closeWindow();

    // Final: A 75 (written 80) before B 75 (written 70); C 55.50.
    assertThat(contest.instance).isWaitingAt(Elements.DISPLAY_FINAL_RESULTS);
    Task display = contest.task("displayFinalResults");
    // The minutes to sign exist while the secretary's display task is open (it links to them).
    assertThat(documents.of(contest.contestId)).extracting(
        ro.dosar.documents.ContestDocument::kind).contains("pv-selectie", "pv-proba",
        "fise-individuale", "pv-rezultate-finale").doesNotContain("raport-final");
    assertThat(display.getDueDate()).isEqualTo(java.util.Date.from(
        LocalDateTime.of(2025, 10, 2, 16, 0).atZone(ContestDriver.ZONE).toInstant()));
    contest.complete("displayFinalResults", Map.of("finalMinutesSigned", true,
        "finalResultsShown", true));

    assertThat(contest.instance).hasPassed(Elements.FINAL_RESULTS_DISPLAYED)
        .isWaitingAt(Elements.AWAIT_CANDIDATE);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("PRESENTING");
    List<FinalResult> results = candidates.finalResults(contest.contestId);
    assertThat(results).extracting(FinalResult::code).containsExactly(a, b, c, d);
    assertThat(results).extracting(FinalResult::finalStatus)
        .containsExactly("ADMIS", "RESPINS", "RESPINS", "RESPINS");
    assertThat(results).extracting(FinalResult::finalRank).containsExactly(1, 2, 3, null);
    assertThat(results.get(0).finalDisplayScore()).isEqualByComparingTo("75.00");
    assertThat(results.get(1).tieBreak()).isEqualTo("WRITTEN");
    assertThat(results.get(2).finalDisplayScore()).isEqualByComparingTo(new BigDecimal("55.50"));
  }

  /** Each contestation-commission member re-scores the contested paper. */
  private void rescore(ContestDriver contest, TestDriver test, long code, String... totals) {
    for (int i = 0; i < totals.length; i++) {
      Task task = engine.getTaskService().createTaskQuery()
          .processInstanceId(contest.contestationRound().getId())
          .taskDefinitionKey(ContestationRoundProcess.Elements.RESCORE_PAPER)
          .taskAssignee(CSC.get(i)).singleResult();
      engine.getTaskService().complete(task.getId(),
          TestDriver.sheet(tests.criteria(test.testId()), new BigDecimal(totals[i])));
    }
  }
}
