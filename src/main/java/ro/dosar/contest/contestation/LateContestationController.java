package ro.dosar.contest.contestation;

import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.ContestAccess;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStateRejection;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.InvalidRequestException;

/**
 * {@code POST /api/contests/{id}/late-contestations}: the Registry (or the secretary, HR)
 * registers a contestation that arrived after the stage's filing window closed (§8.5C(1)). It is
 * recorded as forfeited ("decăzut din drept"), reaches no commission member, and appears in the
 * round's minutes (drawn up again if the round was already decided). While the window is open a
 * contestation is registered in the round's task instead (409 here). Body: {@code {"stage":
 * "WRITTEN", "contestedCode": 1003, "contestationNumber": "912/26.09.2025",
 * "contestationFiledAt": "2025-09-26T09:30", "contestationGrounds": "…"}}.
 */
@RestController
@RequestMapping("/api/contests/{id}/late-contestations")
class LateContestationController {

  private final ContestationFilingSteps steps;
  private final ContestRepository contests;
  private final ContestationRepository contestations;
  private final ContestAccess access;

  LateContestationController(ContestationFilingSteps steps, ContestRepository contests,
      ContestationRepository contestations, ContestAccess access) {
    this.steps = steps;
    this.contests = contests;
    this.contestations = contestations;
    this.access = access;
  }

  @PostMapping
  @Transactional
  ResponseEntity<?> register(@PathVariable long id,
      @RequestBody(required = false) Map<String, Object> body) {
    boolean registers = CurrentUser.inAnyGroup(RoleGroups.REGISTRY, RoleGroups.HR,
        RoleGroups.COMMISSION_SECRETARY, Groups.CAMUNDA_ADMIN);
    if (!registers || contests.find(id).isEmpty()) {
      return ro.dosar.web.Problems.response(HttpStatus.NOT_FOUND, "Concurs inexistent",
          "Concursul " + id + " nu există sau nu aveți dreptul să înregistrați contestații.");
    }
    Map<String, Object> request = body == null ? Map.of() : body;
    long contestationId;
    try {
      contestationId = steps.registerAfterWindow(id, text(request.get("stage")),
          request.get("contestedCode"), request.get("contestationNumber"),
          request.get("contestationFiledAt"), request.get("contestationGrounds"));
    } catch (ContestStateRejection e) {
      return ro.dosar.web.Problems.response(HttpStatus.CONFLICT, "Contestație nepotrivită",
          e.getMessage());
    } catch (FormFieldValidationException e) {
      throw new InvalidRequestException(String.valueOf((Object) e.getDetail()), e.getMessage());
    }
    Contestation contestation = contestations.find(contestationId).orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(contestation.id(),
        contestation.candidateCode(), contestation.stage(), contestation.outcome()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  /** The contestation as registered; {@code outcome} is {@code FORFEITED}. */
  record Registered(long id, long code, String stage, String outcome) {
  }
}
