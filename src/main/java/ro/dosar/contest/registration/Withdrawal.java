package ro.dosar.contest.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateActionRefused;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.domain.InvalidInputException;

/**
 * The candidate withdraws his file himself, with his follow-up token (issue 18 item 5), at any
 * time before the final results: the file is recorded as withdrawn that day, and the contest
 * drops it from what is still to be done — a file not yet selected is not handed to the
 * commission, the work still open on his file (the members' selection of it, the scoring of his
 * paper, its re-correction after a conflict of interest, the decision on his contestation) is
 * withdrawn from the members, and he is in no later test (a withdrawn candidate is not
 * {@link Candidate#inTheRunning()}). His records so far stay.
 */
@Service
public class Withdrawal {

  /** The words the candidate types to confirm. */
  public static final String CONFIRMATION = "îmi retrag dosarul";

  private static final Set<ContestStatus> BEFORE_FINAL_RESULTS = Set.of(
      ContestStatus.PUBLISHED, ContestStatus.SELECTION, ContestStatus.SELECTION_CONTESTATIONS,
      ContestStatus.SELECTION_COMPLETED, ContestStatus.TESTS, ContestStatus.SUSPENDED);

  /**
   * The per-file parts of the contest's models (multi-instance subprocesses, and the call
   * activity of the file selection, whose file's own instance is cancelled with it) and the
   * variable that names the file of each instance.
   */
  private static final List<String[]> PER_FILE = List.of(
      new String[] {"fileSelection", "candidateCode"},
      new String[] {"scorePapers", "paperNumber"},
      new String[] {"recorrectAfterConflict", "paperId"},
      new String[] {"contestationResolution", "contestationId"});

  private final CandidateRepository candidates;
  private final ContestRepository contests;
  private final ContestationRepository contestations;
  private final TestRepository tests;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtime;
  private final org.camunda.bpm.engine.ManagementService management;

  Withdrawal(CandidateRepository candidates, ContestRepository contests,
      ContestationRepository contestations, TestRepository tests, WorkingDayCalendar calendar,
      RuntimeService runtime, org.camunda.bpm.engine.ManagementService management) {
    this.management = management;
    this.candidates = candidates;
    this.contests = contests;
    this.contestations = contestations;
    this.tests = tests;
    this.calendar = calendar;
    this.runtime = runtime;
  }

  /**
   * Withdraws the file.
   *
   * @return the day of the withdrawal
   * @throws InvalidInputException without the confirmation words (400)
   * @throws CandidateActionRefused already withdrawn, or the final results are out (409)
   */
  @Transactional
  public LocalDate withdraw(long code, String confirmation) {
    if (confirmation == null || !CONFIRMATION.equals(confirmation.strip()
        .toLowerCase(new Locale("ro")).replaceAll("\\s+", " "))) {
      throw new InvalidInputException("confirmation", "Pentru a vă retrage dosarul scrieți, "
          + "în câmpul „confirmation”, exact cuvintele „Îmi retrag dosarul”. Retragerea nu se "
          + "poate anula.");
    }
    Candidate candidate = candidates.find(code).orElseThrow();
    if (candidate.withdrawnOn() != null) {
      throw new CandidateActionRefused(HttpStatus.CONFLICT, "Dosar deja retras",
          "Dosarul cu codul " + code + " a fost retras la "
              + candidate.withdrawnOn().format(DisplayDates.DAY) + ".");
    }
    Contest contest = contests.get(candidate.contestId());
    if (!BEFORE_FINAL_RESULTS.contains(contest.status())) {
      throw new CandidateActionRefused(HttpStatus.CONFLICT, "Retragere imposibilă",
          "Rezultatele finale ale concursului au fost stabilite; dosarul nu se mai poate "
              + "retrage. Dacă nu doriți postul, nu vă prezentați sau anunțați în scris "
              + "secretarul comisiei (§8.6).");
    }
    LocalDate today = calendar.today();
    candidates.withdraw(code, today, "Retras de candidat, cu codul de urmărire (pagina „Dosarul "
        + "meu”).");
    dropOpenWork(contest, candidate);
    return today;
  }

  /**
   * Ends the per-file work still open on his file. Each is one instance of a parallel
   * multi-instance subprocess: it is cancelled when other files' instances still run (the
   * subprocess then completes with them); when it is the last one, the subprocess is left as if
   * it had completed, so the contest goes on.
   */
  private void dropOpenWork(Contest contest, Candidate candidate) {
    if (contest.processInstanceId() == null) {
      return;
    }
    List<String> instances = new ArrayList<>();
    instances.add(contest.processInstanceId());
    // A file's own selection instance has no per-file part: it ends with its call activity.
    runtime.createProcessInstanceQuery().superProcessInstanceId(contest.processInstanceId())
        .processDefinitionKeyNotIn(FileSelectionProcess.KEY).list().stream().map(ProcessInstance::getId).forEach(instances::add);
    for (String instance : instances) {
      ActivityInstance tree = runtime.getActivityInstance(instance);
      if (tree != null) {
        drop(instance, tree, candidate);
      }
    }
  }

  private void drop(String instance, ActivityInstance node, Candidate candidate) {
    for (ActivityInstance child : node.getChildActivityInstances()) {
      String[] perFile = PER_FILE.stream()
          .filter(part -> (part[0] + "#multiInstanceBody").equals(child.getActivityId()))
          .findFirst().orElse(null);
      if (perFile == null) {
        drop(instance, child, candidate);
        continue;
      }
      // Each file's instance: running (an activity instance) or still waiting for the job
      // executor to start it (a transition instance, the multi-instance is asynchronous).
      List<String[]> inner = new ArrayList<>();
      for (ActivityInstance file : child.getChildActivityInstances()) {
        inner.add(new String[] {file.getId(), file.getExecutionIds()[0], "activity"});
      }
      for (TransitionInstance file : child.getChildTransitionInstances()) {
        // Only a file whose job is still waiting; an instance already ended shows no job.
        if (management.createJobQuery().executionId(file.getExecutionId()).count() > 0) {
          inner.add(new String[] {file.getId(), file.getExecutionId(), "transition"});
        }
      }
      for (String[] file : inner) {
        Object value = runtime.getVariable(file[1], perFile[1]);
        if (!mine(instance, perFile[1], value, candidate)) {
          continue;
        }
        var modification = runtime.createProcessInstanceModification(instance);
        if (inner.size() > 1) {
          (file[2].equals("activity") ? modification.cancelActivityInstance(file[0])
              : modification.cancelTransitionInstance(file[0])).execute();
        } else {
          modification.startAfterActivity(child.getActivityId(), node.getId())
              .cancelActivityInstance(child.getId()).execute();
        }
      }
    }
  }

  private boolean mine(String instance, String variable, Object value, Candidate candidate) {
    if (!(value instanceof Number number)) {
      return false;
    }
    return switch (variable) {
      case "candidateCode" -> number.longValue() == candidate.code();
      case "contestationId" -> contestations.find(number.longValue())
          .map(c -> c.candidateCode() == candidate.code()).orElse(false);
      case "paperId" -> tests.paper(number.longValue()).candidateCode() == candidate.code();
      default -> runtime.getVariable(instance, Variables.TEST_ID) instanceof Number testId
          && tests.paperOf(testId.longValue(), candidate.code())
              .map(TestRepository.Paper::paperNumber)
              .map(paper -> paper == number.intValue()).orElse(false);
    };
  }
}
