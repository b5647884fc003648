package ro.dosar.contest.registration;

import static ro.dosar.calendar.DisplayDates.DAY;
import static ro.dosar.calendar.DisplayDates.DAY_TIME;
import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.dateTime;
import static ro.dosar.contest.ContestVariables.optionalText;
import static ro.dosar.contest.ContestVariables.setStatus;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestMails;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.RegistrationNumbers;
import ro.dosar.contest.documents.ContestDocumentSteps;
import ro.dosar.tasklist.FormRejection;

/**
 * The registration of candidates' files (spec §7; PO.UVT-DRU-01 §8.1.4): a file registered by
 * the secretary or the Registry gets its code; when the window closes the files go to selection.
 * Called as {@code ${registrationSteps.<step>(execution)}}.
 */
@Component
public class RegistrationSteps {

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;
  private final Clock clock;
  private final ContestMails mails;
  private final ContestDocumentSteps documents;
  private final RegistrationNumbers numbers;
  private final FollowUpTokens followUps;
  private final RegistryClosingHour closingHour;

  public RegistrationSteps(ContestRepository contests,
      CandidateRepository candidates,
      WorkingDayCalendar calendar,
      IdentityService identityService,
      Clock clock,
      ContestMails mails,
      ContestDocumentSteps documents,
      RegistrationNumbers numbers,
      FollowUpTokens followUps,
      RegistryClosingHour closingHour) {
    this.closingHour = closingHour;
    this.numbers = numbers;
    this.followUps = followUps;
    this.contests = contests;
    this.candidates = candidates;
    this.calendar = calendar;
    this.identityService = identityService;
    this.clock = clock;
    this.mails = mails;
    this.documents = documents;
  }

  /**
   * The secretary or the Registry registers a file (§8.1.4(5), §8.1.5(27)(a)): it gets its code,
   * the registration number. A file submitted after the deadline is refused and nothing is stored
   * (§8.2.1(1), §8.1.4(8)).
   */
  public void registerFile(DelegateExecution task) {
    long id = contestId(task);
    String name = FormRejection.text(task.getVariable(Variables.CANDIDATE_NAME),
        Variables.CANDIDATE_NAME, "Numele și prenumele candidatului");
    String channel = FormRejection.text(task.getVariable(Variables.CHANNEL), Variables.CHANNEL,
        "Modalitatea de depunere");
    FormRejection.require(Set.of("REGISTRY", "EMAIL", "PLATFORM").contains(channel), "channel",
        "Modalitatea de depunere trebuie să fie Registratura, e-mail sau platforma U.V.T.");
    LocalDateTime submittedAt = dateTime(task.getVariable(Variables.SUBMITTED_AT),
        Variables.SUBMITTED_AT, "Data și ora depunerii");
    Contest contest = contests.get(id);
    LocalDateTime deadline = closingHour.submissionCloses(contest);
    FormRejection.require(!submittedAt.isAfter(deadline), "submittedAt",
        "Dosarul a fost depus la " + submittedAt.format(DisplayDates.DAY_TIME)
            + ", după termenul-limită de " + deadline.format(DisplayDates.DAY_TIME)
            + "; nu poate fi înregistrat (§8.2.1(1), §8.1.4(8)).");
    FormRejection.require(!submittedAt.toLocalDate().isBefore(contest.publicationDate()),
        "submittedAt", "Dosarul nu poate fi depus înainte de publicarea anunțului ("
            + contest.publicationDate().format(DisplayDates.DAY) + ").");
    FormRejection.require(!submittedAt.isAfter(LocalDateTime.now(clock)), "submittedAt",
        "Data și ora depunerii nu pot fi în viitor.");
    // Self-declared, for HR statistics only: a local variable of this task, never a process
    // variable the commission's tasks could read (gender equality plan, spec §6.4.4).
    ro.dosar.gender.DeclaredGender gender = ro.dosar.gender.DeclaredGender
        .parse(task.getVariable(Variables.CANDIDATE_GENDER))
        .orElseThrow(() -> FormRejection.reject(Variables.CANDIDATE_GENDER,
            ro.dosar.gender.DeclaredGender.INVALID_MESSAGE));
    Set<FileDocument> documents = EnumSet.noneOf(FileDocument.class);
    for (FileDocument document : FileDocument.values()) {
      if (Boolean.TRUE.equals(task.getVariable(document.formKey()))) {
        documents.add(document);
      }
    }
    long code = candidates.register(numbers.useFor(id, task.getId()), id, name,
        optionalText(task.getVariable(Variables.CANDIDATE_EMAIL)),
        optionalText(task.getVariable(Variables.CANDIDATE_PHONE)), channel, submittedAt,
        currentUser(), documents);
    candidates.setGender(code, gender);
    task.getProcessInstance().setVariable(Variables.LAST_REGISTERED_CODE, code);
    this.documents.request(id, "registrationForm", code);
    // The candidate's follow-up token: on the Registry's receipt, shown once to the clerk
    // (GET /api/contests/{id}/candidates/{code}/follow-up-receipt), and e-mailed with the code
    // when the candidate gave an address.
    String token = followUps.issueForReceipt(code);
    mails.codeToSubmitter(code, token);
  }

  /**
   * The registration task is created: it reserves the file's registration number, which its form
   * shows ({@code reservedCode}) before the Registry registers the file.
   */
  public void reserveCode(DelegateTask task) {
    long code = numbers.reserve(contestId(task), task.getId(),
        task.getExecutionId());
    task.setVariableLocal(Variables.RESERVED_CODE, String.valueOf(code));
  }

  /**
   * The registration task ended without a file (the submission window closed, the contest was
   * suspended or ended): its reserved number is voided, never given to another file.
   */
  public void voidReservedCode(DelegateTask task) {
    numbers.voidFor(task.getId(), "Număr rezervat, neatribuit: sarcina de înregistrare s-a "
        + "închis fără dosar (termenul de depunere a expirat sau procedura s-a oprit).");
  }

  /** The window closed: the files registered so far go to selection. */
  public void closeRegistration(DelegateExecution execution) {
    long id = contestId(execution);
    // A file its candidate withdrew before the window closed goes to no commission.
    List<Long> codes = candidates.ofContest(id).stream()
        .filter(candidate -> candidate.withdrawnOn() == null)
        .map(ro.dosar.contest.Candidate::code).toList();
    execution.setVariable(Variables.CANDIDATE_CODES, codes);
    execution.setVariable(Variables.CANDIDATE_COUNT, codes.size());
    if (codes.isEmpty()) {
      setStatus(contests, execution, id, ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE,
          "Niciun dosar depus până la termenul-limită.");
    } else {
      setStatus(contests, execution, id, ContestStatus.SELECTION, null);
    }
  }
  private String currentUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? "sistem" : authentication.getUserId();
  }

}
