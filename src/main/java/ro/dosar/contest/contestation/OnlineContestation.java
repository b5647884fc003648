package ro.dosar.contest.contestation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateActionRefused;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.contestation.ContestationRoundProcess.Elements;
import ro.dosar.contest.contestation.ContestationRoundProcess.Variables;
import ro.dosar.domain.InvalidInputException;

/**
 * A contestation filed by the candidate himself with his follow-up token (issue 18 item 5;
 * §8.5C(1), OQ-48): against his own result of a stage whose results were displayed, within the
 * filing window (1 working day from the display, until the closing hour of the Registry of the
 * contest's institution, {@link RegistryClosingHour}). It enters
 * the round exactly as one the Registry registers: it completes the round's open task
 * „Înregistrare contestație” with the same fields, so the same checks run
 * ({@link ContestationFilingSteps#register}) and, when the window closes, it reaches the
 * contestation commission's members like any other. Its Registry number is given here:
 * {@code PL-<code>-<stage>/<dd.MM.yyyy>}. An institution that takes contestations only at the
 * Registry turns it off ({@code dosar.contest.online-contestations=false}).
 */
@Service
public class OnlineContestation {

  static final Set<String> STAGES = Set.of("SELECTION", "WRITTEN", "PRACTICAL", "INTERVIEW");
  static final int MIN_GROUNDS = 20;
  static final int MAX_GROUNDS = 2000;

  private final CandidateRepository candidates;
  private final ContestRepository contests;
  private final ContestationRepository contestations;
  private final ContestationRoundRepository rounds;
  private final Clock clock;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final boolean enabled;
  private final RegistryClosingHour closingHour;

  OnlineContestation(CandidateRepository candidates, ContestRepository contests,
      ContestationRepository contestations, ContestationRoundRepository rounds,
      Clock clock, RuntimeService runtime, TaskService tasks,
      @Value("${dosar.contest.online-contestations:true}") boolean enabled,
      RegistryClosingHour closingHour) {
    this.closingHour = closingHour;
    this.candidates = candidates;
    this.contests = contests;
    this.contestations = contestations;
    this.rounds = rounds;
    this.clock = clock;
    this.runtime = runtime;
    this.tasks = tasks;
    this.enabled = enabled;
  }

  /**
   * Files the candidate's contestation against his result at the stage.
   *
   * @return the registered contestation
   * @throws InvalidInputException for a missing or wrong stage or grounds (400)
   * @throws CandidateActionRefused outside the filing window (422), or a second contestation
   *     for the same result (409)
   */
  public Contestation file(long code, String stage, String grounds) {
    String contested = stage == null ? "" : stage.strip().toUpperCase(java.util.Locale.ROOT);
    if (!STAGES.contains(contested)) {
      throw new InvalidInputException("stage", "Etapa contestată („stage”) este una dintre: "
          + "SELECTION (selecția dosarelor), WRITTEN (proba scrisă), PRACTICAL (proba practică),"
          + " INTERVIEW (interviul).");
    }
    String text = grounds == null ? "" : grounds.strip();
    if (text.length() < MIN_GROUNDS) {
      throw new InvalidInputException("grounds", "Scrieți motivele contestației („grounds”): "
          + "cel puțin " + MIN_GROUNDS + " de caractere, ce rezultat contestați și de ce.");
    }
    if (text.length() > MAX_GROUNDS) {
      throw new InvalidInputException("grounds", "Motivele contestației au cel mult "
          + MAX_GROUNDS + " de caractere (acum " + text.length() + ").");
    }
    Candidate candidate = candidates.find(code).orElseThrow();
    Contest contest = contests.get(candidate.contestId());
    if (candidate.withdrawnOn() != null) {
      throw refused(HttpStatus.CONFLICT, "Dosar retras", "Dosarul a fost retras la "
          + candidate.withdrawnOn().format(DisplayDates.DAY) + "; nu mai puteți depune "
          + "contestații în acest concurs.");
    }
    ContestationRoundRepository.Round round = rounds.latest(contest.id(), contested)
        .orElseThrow(() -> refused(HttpStatus.UNPROCESSABLE_ENTITY, "Rezultat neafișat",
            "Rezultatele etapei „" + label(contested) + "” nu au fost afișate; nu există încă un"
                + " rezultat de contestat (§8.5C(1))."));
    LocalDateTime deadline = closingHour.closes(contest, round.contestationDeadline());
    String legal = deadline.format(DisplayDates.DAY_TIME);
    if (contestations.of(code, contested).isPresent()) {
      throw refused(HttpStatus.CONFLICT, "Contestație deja depusă", "Ați depus deja o "
          + "contestație la rezultatul etapei „" + label(contested) + "”; un rezultat se "
          + "contestă o singură dată.");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Task task = registrationTask(contest, contested);
    if (!round.filingOpen() || now.isAfter(deadline) || task == null) {
      throw refused(HttpStatus.UNPROCESSABLE_ENTITY, "În afara termenului de contestare",
          "Contestația la rezultatul etapei „" + label(contested) + "” se putea depune până la "
              + legal + " (cel mult o zi lucrătoare de la afișarea rezultatelor, §8.5C(1)); "
              + "după acest termen dreptul de a contesta se pierde (decădere).");
    }
    if (!enabled) {
      throw refused(HttpStatus.UNPROCESSABLE_ENTITY, "Contestația se depune la Registratură",
          "Instituția primește contestațiile numai la Registratură (sau pe e-mail, dacă "
              + "Registratura o înregistrează în termen), până la " + legal + " (§8.5C(1)).");
    }
    Map<String, Object> registration = new HashMap<>();
    registration.put("contestedCode", String.valueOf(code));
    registration.put("contestationNumber", "PL-" + code + "-" + contested + "/"
        + now.toLocalDate().format(DisplayDates.DAY));
    registration.put("contestationFiledAt", now.withSecond(0).withNano(0).toString());
    registration.put("contestationGrounds", text);
    complete(contest, contested, task, registration);
    return contestations.of(code, contested).orElseThrow();
  }

  /**
   * Completes the round's registration task as the Registry would; the same task a clerk may
   * be completing at that moment: on a concurrent completion, the next one is taken.
   */
  private void complete(Contest contest, String stage, Task task,
      Map<String, Object> registration) {
    Task current = task;
    for (int attempt = 0; ; attempt++) {
      try {
        tasks.complete(current.getId(), registration);
        return;
      } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException
          e) {
        current = registrationTask(contest, stage);
        if (attempt >= 2 || current == null) {
          throw refused(HttpStatus.CONFLICT, "Reîncercați", "Registratura înregistra o altă "
              + "contestație în același moment; trimiteți din nou contestația.");
        }
      } catch (FormFieldValidationException e) {
        throw refused(HttpStatus.UNPROCESSABLE_ENTITY, "Contestație neînregistrată",
            e.getMessage());
      }
    }
  }

  /** The open „Înregistrare contestație” task of the stage's running round, if any. */
  private Task registrationTask(Contest contest, String stage) {
    if (contest.processInstanceId() == null) {
      return null;
    }
    for (ProcessInstance round : runtime.createProcessInstanceQuery()
        .superProcessInstanceId(contest.processInstanceId())
        .processDefinitionKey(ContestationRoundProcess.KEY).list()) {
      if (stage.equals(runtime.getVariable(round.getId(), Variables.STAGE))) {
        return tasks.createTaskQuery().processInstanceId(round.getId())
            .taskDefinitionKey(Elements.REGISTER_CONTESTATION).list().stream().findFirst()
            .orElse(null);
      }
    }
    return null;
  }

  private static String label(String stage) {
    return switch (stage) {
      case "SELECTION" -> "selecția dosarelor";
      case "WRITTEN" -> "proba scrisă";
      case "PRACTICAL" -> "proba practică";
      default -> "interviul";
    };
  }

  private static CandidateActionRefused refused(HttpStatus status, String title, String text) {
    return new CandidateActionRefused(status, title, text);
  }
}
