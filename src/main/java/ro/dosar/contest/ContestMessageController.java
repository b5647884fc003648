package ro.dosar.contest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.changes.ContestSuspensionProcess;
import ro.dosar.security.AsSystem;
import ro.dosar.web.InvalidRequestException;

/**
 * {@code POST /api/contests/{id}/messages/{name}}: what happened outside the system, told to the
 * contest by HR, the secretary, the Rector or an administrator — a notice of irregularity, a test
 * that must be postponed, a member who cannot attend, a conflict of interest, the Rector's
 * resumption of a suspended contest (Rector only), a candidate who presented at the post, did
 * not, or asked for a later start. The message names are a contract. A message that does not fit
 * the contest's state is answered 409, not swallowed; wrong or missing data 400, nothing stored.
 * The body: {@code {"offeredCode": 1001, "variables": {"requestDate": "2025-10-06", …}}}.
 */
@RestController
@RequestMapping("/api/contests/{id}/messages")
class ContestMessageController {

  /** The one message the suspended contest waits for (in its suspension). */
  private static final String CONTEST_RESUMED = ContestSuspensionProcess.Messages.CONTEST_RESUMED;
  /** Messages this endpoint delivers; those about one offer need its code. */
  static final Set<String> MESSAGES = Set.of(Messages.IRREGULARITY_NOTICE_RECEIVED,
      Messages.CONTEST_POSTPONEMENT_REQUESTED, CONTEST_RESUMED,
      Messages.COMMISSION_MEMBER_UNAVAILABLE, Messages.CONFLICT_OF_INTEREST_REPORTED,
      Messages.START_DATE_CHANGE_REQUESTED, Messages.CANDIDATE_PRESENTED,
      Messages.CANDIDATE_DID_NOT_PRESENT);
  /** Messages that start a part of the contest of their own: their data stays with that part. */
  private static final Set<String> STARTING = Set.of(Messages.IRREGULARITY_NOTICE_RECEIVED,
      Messages.CONTEST_POSTPONEMENT_REQUESTED, Messages.COMMISSION_MEMBER_UNAVAILABLE,
      Messages.CONFLICT_OF_INTEREST_REPORTED);
  private static final Set<String> ABOUT_AN_OFFER = Set.of(Messages.CANDIDATE_PRESENTED,
      Messages.CANDIDATE_DID_NOT_PRESENT, Messages.START_DATE_CHANGE_REQUESTED);

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ContestRepository contests;
  private final ContestAccess access;

  ContestMessageController(RuntimeService runtimeService, IdentityService identityService,
      ContestRepository contests, ContestAccess access) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.contests = contests;
    this.access = access;
  }

  @PostMapping("/{name}")
  ResponseEntity<?> send(@PathVariable long id, @PathVariable String name,
      @RequestBody(required = false) Map<String, Object> body) {
    if (!access.canAct(id) || contests.find(id).isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "Concurs inexistent",
          "Concursul " + id + " nu există sau nu aveți dreptul să îi transmiteți mesaje.");
    }
    if (!MESSAGES.contains(name)) {
      throw new InvalidRequestException("name", "Mesajul „" + name + "” nu este cunoscut; "
          + "mesaje acceptate: " + String.join(", ", MESSAGES.stream().sorted().toList()) + ".");
    }
    if (CONTEST_RESUMED.equals(name) && !access.isRector()) {
      return problem(HttpStatus.FORBIDDEN, "Acces interzis",
          "Reluarea unui concurs suspendat este decizia Rectorului (§8.5).");
    }
    Contest contest = contests.get(id);
    ContestStatus status = contest.status();
    if (status.terminal()) {
      return problem(HttpStatus.CONFLICT, "Mesaj nepotrivit", "Concursul " + id
          + " s-a încheiat (" + status + "); mesajul „" + name + "” nu mai are efect.");
    }
    if ((status == ContestStatus.SUSPENDED) != CONTEST_RESUMED.equals(name)) {
      return problem(HttpStatus.CONFLICT, "Mesaj nepotrivit", status == ContestStatus.SUSPENDED
          ? "Concursul " + id + " este suspendat (" + contest.statusReason() + "); până la "
              + "reluare nu primește decât „ContestResumed”."
          : "Concursul " + id + " nu este suspendat: nu are ce relua.");
    }
    Map<String, Object> request = body == null ? Map.of() : body;
    MessageCorrelationBuilder correlation = runtimeService.createMessageCorrelation(name)
        .processInstanceBusinessKey(Contest.businessKey(id));
    if (ABOUT_AN_OFFER.contains(name)) {
      Object code = request.get("offeredCode");
      if (!(code instanceof Number number)) {
        throw new InvalidRequestException("offeredCode",
            "Indicați codul candidatului căruia i s-a oferit postul („offeredCode”).");
      }
      correlation.localVariableEquals("offeredCode", number.longValue());
    }
    if (request.get("variables") instanceof Map<?, ?> variables) {
      Map<String, Object> values = new HashMap<>();
      variables.forEach((key, value) -> values.put(String.valueOf(key), value));
      if (STARTING.contains(name)) {
        // On the event subprocess the message starts, not on the contest: two reports in a row
        // (two members who cannot attend) each keep their own data.
        correlation.setVariablesToTriggeredScope(values);
      } else {
        correlation.setVariables(values);
      }
    }
    // Dosar checked who may tell the contest this; the engine acts on it for the institution.
    try {
      AsSystem.run(identityService, correlation::correlate);
    } catch (ContestStateRejection e) {
      return problem(HttpStatus.CONFLICT, "Mesaj nepotrivit", e.getMessage());
    } catch (FormFieldValidationException e) {
      throw new InvalidRequestException(String.valueOf((Object) e.getDetail()), e.getMessage());
    } catch (MismatchingMessageCorrelationException e) {
      return problem(HttpStatus.CONFLICT, "Mesaj nepotrivit",
          "Mesajul „" + name + "” nu se potrivește stării concursului " + id
              + " (nicio etapă nu îl așteaptă acum, sau codul nu este al candidatului căruia "
              + "i s-a oferit postul).");
    }
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title,
      String detail) {
    return ro.dosar.web.Problems.response(status, title, detail);
  }
}
