package ro.dosar.contest.presenting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestDriver;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.WholeContest;
import ro.dosar.support.ProcessTest;

/**
 * Presenting at the post (spec §18, PO.UVT-DRU-01 §8.6): the winner presents within 15 calendar
 * days of the final results (displayed Wed 1 Oct 2025: until Thu 16 Oct), or by a later date asked
 * in writing within 3 working days; a no-show sends the post down the ranking; nobody left: the
 * post stays vacant.
 */
@ProcessTest
class ContestPresentingProcessTest {

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

  ContestDriver contest;
  List<Long> ranking;

  @BeforeEach
  void threeRankedCandidates() {
    BpmnAwareTests.init(engine);
    contest = WholeContest.walk(engine, identity, staff, tests, "pp", 3);
    ranking = candidates.finalResults(contest.contestId).stream().map(FinalResult::code)
        .toList();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private void send(String message, long code) {
    engine.getRuntimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .localVariableEquals("offeredCode", code).correlate();
  }

  private Job presentingTimer() {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(contest.instance.getId()).activityId(Elements.PRESENTING_DEADLINE_PASSED)
        .singleResult();
  }

  private static Date closing(LocalDate day) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(16, 0))
        .atZone(ContestDriver.ZONE).toInstant());
  }

  @Test
  void theWinnerPresents_thePostIsFilled() {
    assertThat(contest.instance).isWaitingAt(Elements.AWAIT_CANDIDATE);
    assertThat(presentingTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 10, 16)));

    send("CandidatePresented", ranking.get(0));

    assertThat(contest.instance).isEnded().hasPassed(Elements.POST_TAKEN, Elements.CONTEST_CLOSED);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("FILLED");
    assertThat(candidates.offerStatus(ranking.get(0))).isEqualTo("PRESENTED");
  }

  @Test
  void noShowsCascadeDownTheRanking_theThirdTakesThePost() {
    now(LocalDate.of(2025, 10, 17), 9);
    engine.getManagementService().executeJob(presentingTimer().getId());
    // Offered to the second on Fri 17 Oct: 15 calendar days = Sat 1 Nov → Mon 3 Nov.
    assertThat(candidates.offerStatus(ranking.get(0))).isEqualTo("NO_SHOW");
    assertThat(candidates.offerStatus(ranking.get(1))).isEqualTo("OFFERED");
    assertThat(presentingTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 11, 3)));

    now(LocalDate.of(2025, 10, 20), 9);
    send("CandidateDidNotPresent", ranking.get(1));
    send("CandidatePresented", ranking.get(2));

    assertThat(contest.instance).isEnded();
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("FILLED");
    assertThat(ranking).extracting(candidates::offerStatus)
        .containsExactly("NO_SHOW", "NO_SHOW", "PRESENTED");
    assertThat(candidates.finalResults(contest.contestId)).extracting(FinalResult::finalStatus)
        .containsExactly("ADMIS", "RESPINS", "RESPINS");
  }

  @Test
  void nobodyLeftInTheRanking_thePostStaysVacant() {
    for (long code : ranking) {
      send("CandidateDidNotPresent", code);
    }

    assertThat(contest.instance).isEnded().hasPassed(Elements.NO_CANDIDATE_LEFT,
        Elements.CONTEST_CLOSED);
    assertThat(contests.get(contest.contestId).status().name())
        .isEqualTo("NOT_FILLED_NO_SHOW_EXHAUSTED");
  }

  @Test
  void aTimelyRequestMovesTheStart_aLateOneDoesNot() {
    // Late: Mon 6 Oct is the 3rd working day after Wed 1 Oct; Tue 7 Oct is too late.
    engine.getRuntimeService().createMessageCorrelation(Messages.START_DATE_CHANGE_REQUESTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .localVariableEquals("offeredCode", ranking.get(0))
        .setVariable(Variables.REQUEST_DATE, "2025-10-07")
        .setVariable(Variables.REQUESTED_START_DATE, "2025-10-27").correlate();
    assertThat(presentingTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 10, 16)));

    engine.getRuntimeService().createMessageCorrelation(Messages.START_DATE_CHANGE_REQUESTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .localVariableEquals("offeredCode", ranking.get(0))
        .setVariable(Variables.REQUEST_DATE, "2025-10-06")
        .setVariable(Variables.REQUESTED_START_DATE, "2025-10-27").correlate();
    // A lawful request goes to the Rector (EMP-02).
    assertThat(contest.instance).isWaitingAt(Elements.APPROVE_START_DATE);
    var approval = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId()).taskDefinitionKey(Elements.APPROVE_START_DATE)
        .singleResult();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService()
        .complete(approval.getId(), java.util.Map.of("startDateApproved", "false")))
        .hasMessageContaining("Motivul");
    engine.getTaskService().complete(approval.getId(),
        java.util.Map.of("startDateApproved", "true"));

    assertThat(presentingTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 10, 27)));
    assertThat(contest.instance).isWaitingAt(Elements.AWAIT_CANDIDATE);
  }

  @Test
  void aLawfulRequestTheRectorRefuses_theStandardDeadlineStands() {
    engine.getRuntimeService().createMessageCorrelation(Messages.START_DATE_CHANGE_REQUESTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .localVariableEquals("offeredCode", ranking.get(0))
        .setVariable(Variables.REQUEST_DATE, "2025-10-03")
        .setVariable(Variables.REQUESTED_START_DATE, "2025-10-29").correlate();
    var approval = engine.getTaskService().createTaskQuery()
        .processInstanceId(contest.instance.getId()).taskDefinitionKey(Elements.APPROVE_START_DATE)
        .singleResult();
    engine.getTaskService().complete(approval.getId(), java.util.Map.of(
        "startDateApproved", "false", "startDateRemarks", "Postul trebuie ocupat de urgență."));

    assertThat(presentingTimer().getDuedate()).isEqualTo(closing(LocalDate.of(2025, 10, 16)));
    assertThat(contest.instance).isWaitingAt(Elements.AWAIT_CANDIDATE);
  }

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aVacantPostsContractIsIndefinite_aTemporarilyVacantOneRunsForTheHoldersSuspension() {
    send("CandidatePresented", ranking.get(0));
    assertThat(candidates.employmentTerm(ranking.get(0))).isEqualTo("Pe durată nedeterminată.");

    ContestDriver temporary = WholeContest.walk(engine, identity, staff, tests, "pt", 2);
    jdbc.sql("UPDATE contest SET vacancy_type = 'TEMPORARILY_VACANT' WHERE id = ?")
        .param(temporary.contestId).update();
    long winner = candidates.finalResults(temporary.contestId).get(0).code();
    engine.getRuntimeService().createMessageCorrelation(Messages.CANDIDATE_PRESENTED)
        .processInstanceBusinessKey("CONCURS-" + temporary.contestId)
        .localVariableEquals("offeredCode", winner).correlate();

    assertThat(candidates.employmentTerm(winner))
        .isEqualTo("Pe perioada suspendării titularului postului (§8.6(3)).");
    assertThat(temporary.instance).isEnded();
  }

  @Test
  void anESubmitterWithoutTheOriginalsGetsNoEmploymentAct_thePostGoesToTheNext() {
    jdbc.sql("UPDATE candidate SET channel = 'EMAIL' WHERE code = ?").param(ranking.get(0))
        .update();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("CandidatePresented",
            ranking.get(0)))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining("originalele");
    assertThat(candidates.offerStatus(ranking.get(0))).isEqualTo("OFFERED");

    send("CandidateDidNotPresent", ranking.get(0));
    assertThat(candidates.offerStatus(ranking.get(1))).isEqualTo("OFFERED");
    jdbc.sql("UPDATE candidate SET channel = 'PLATFORM' WHERE code = ?").param(ranking.get(1))
        .update();
    engine.getRuntimeService().createMessageCorrelation(Messages.CANDIDATE_PRESENTED)
        .processInstanceBusinessKey("CONCURS-" + contest.contestId)
        .localVariableEquals("offeredCode", ranking.get(1))
        .setVariable(Variables.ORIGINALS_PRESENTED, true).correlate();

    assertThat(contest.instance).isEnded();
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("FILLED");
  }

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @Test
  void throughTheRestApi_aMessageThatDoesNotFitIs409_theRightOneFillsThePost() {
    if (identity.createUserQuery().userId("pp.hr").count() == 0) {
      var hr = identity.newUser("pp.hr");
      hr.setPassword("pp.hr");
      identity.saveUser(hr);
      identity.createMembership("pp.hr", "hr");
    }
    var asHr = ro.dosar.support.Http.as(port, "pp.hr", "pp.hr");
    String path = "/api/contests/" + contest.contestId + "/messages/";

    var wrongCandidate = asHr.postJson(path + "CandidatePresented",
        "{\"offeredCode\":" + ranking.get(1) + "}");
    assertThat(wrongCandidate.statusCode()).isEqualTo(409);
    assertThat(ro.dosar.support.Http.json(wrongCandidate).get("detail").asText())
        .contains("nu se potrivește");
    assertThat(asHr.postJson(path + "CandidateVanished", "{}").statusCode()).isEqualTo(400);
    assertThat(ro.dosar.support.Http.as(port, "pp.cc.m1", "pp.cc.m1")
        .postJson(path + "CandidatePresented", "{\"offeredCode\":" + ranking.get(0) + "}")
        .statusCode()).isEqualTo(404);

    var presented = asHr.postJson(path + "CandidatePresented",
        "{\"offeredCode\":" + ranking.get(0) + "}");

    assertThat(presented.statusCode()).isEqualTo(204);
    assertThat(contests.get(contest.contestId).status().name()).isEqualTo("FILLED");
    assertThat(asHr.postJson(path + "CandidatePresented",
        "{\"offeredCode\":" + ranking.get(0) + "}").statusCode()).isEqualTo(409);
  }
}
