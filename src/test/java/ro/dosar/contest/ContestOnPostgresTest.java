package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * The contest's first part on a real PostgreSQL 16 server (production profile): every record
 * the process writes (contest, files with their codes, opinions, contestations) works there as
 * on H2.
 */
@SpringBootTest(properties = {"dosar.institutions[0].code=UVT",
    "dosar.institutions[0].name=Universitatea de Vest din Timișoara",
    "dosar.institutions[0].country=RO", "camunda.bpm.job-execution.enabled=false",
    // ContestDriver's people log in with their user id as password: the password policy of the
    // postgres profile is proven by ro.dosar.security.ProductionProfileTest, not here.
    "camunda.bpm.generic-properties.properties.enable-password-policy=false"})
@ActiveProfiles("postgres")
@DirtiesContext
class ContestOnPostgresTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> "administrator");
    registry.add("DOSAR_ADMIN_PASSWORD", () -> "Parola-" + System.nanoTime() + "!");
  }

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ContestRepository contests;
  @Autowired
  ContestationRepository contestations;
  @Autowired
  MemberOpinionRepository opinions;

  @BeforeEach
  void assertionsOnThisEngine() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aContestRunsFromProposalToTheEndOfSelectionContestations() {
    ContestDriver.employees(identity, staff, "p.cc:Drept:leader", "p.m1:Economic",
        "p.m2:Economic", "p.csc:Litere:leader", "p.c1:Juridic", "p.c2:Tehnic", "p.sec:HR");
    List<String> cc = List.of("p.cc", "p.m1", "p.m2");
    List<String> csc = List.of("p.csc", "p.c1", "p.c2");
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("TEMPORARILY_VACANT", "EXECUTION")
        .approveProposal().constitute(cc, csc, "p.sec")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 16));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();
    assertThat(contests.get(contest.contestId).submissionDeadline())
        .isEqualTo(LocalDate.of(2025, 9, 8));

    now(LocalDate.of(2025, 9, 5), 12);
    long admitted = contest.registerFile("Ana Pop", LocalDateTime.of(2025, 9, 5, 9, 0),
        "ABDEFGHI");
    long contested = contest.registerFile("Ion Șerban", LocalDateTime.of(2025, 9, 5, 10, 0),
        "ABDEFHI");
    now(LocalDate.of(2025, 9, 8), 17);
    contest.closeWindow();
    for (String member : cc) {
      contest.select(member, admitted, true, null);
    }
    contest.select("p.cc", contested, false, "Lipsește adeverința medicală.")
        .select("p.m1", contested, false, "Lipsește adeverința medicală.")
        .select("p.m2", contested, true, null)
        .separateOpinion("p.m2", contested, "Adeverința poate fi depusă până la prima probă.");
    now(LocalDate.of(2025, 9, 10), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 9, 11), 12);
    contest.contest(contested, "700/11.09.2025", LocalDateTime.of(2025, 9, 11, 11, 0));
    now(LocalDate.of(2025, 9, 11), 17);
    contest.closeWindow();
    for (String member : csc) {
      contest.decideContestation(member, contested, true);
    }

    assertThat(contest.instance).isWaitingAt(Elements.WRITTEN_TEST);
    assertThat(candidates.find(contested).orElseThrow().selectionStatus()).isEqualTo("ADMIS");
    assertThat(contestations.of(contested, "SELECTION").orElseThrow().outcome())
        .isEqualTo("ADMITTED");
    assertThat(opinions.separateOpinion("SELECTION", contested, "p.m2")).contains("prima probă");
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("SELECTION_COMPLETED");
  }

  @Autowired
  TestRepository tests;

  @Test
  void twelveCandidatesFromProposalToFinalResults() {
    ContestDriver contest = WholeContest.walk(engine, identity, staff, tests, "pg12", 12);

    assertThat(contest.instance).hasPassed(Elements.FINAL_RESULTS_DISPLAYED)
        .isWaitingAt(Elements.AWAIT_CANDIDATE);
    var results = candidates.finalResults(contest.contestId);
    assertThat(results).hasSize(12);
    assertThat(results.get(0).finalStatus()).isEqualTo("ADMIS");
    assertThat(results.get(0).finalDisplayScore()).isEqualByComparingTo("87.50");
    assertThat(results).extracting(CandidateRepository.FinalResult::finalRank)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(results.subList(1, 12)).extracting(CandidateRepository.FinalResult::finalStatus)
        .containsOnly("RESPINS");
  }
}
