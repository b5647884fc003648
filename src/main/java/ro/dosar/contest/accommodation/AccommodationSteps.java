package ro.dosar.contest.accommodation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormCheck;
import ro.dosar.tasklist.FormRejection;

/**
 * HR's decision on a request for reasonable accommodation (the task {@code decideAccommodation}
 * of the contest's event subprocess {@code accommodationRequest}): granted or refused, always
 * with a reason (§8.4(2): the conditions are adapted to the disability, the individual needs and
 * the test), recorded with the authenticated user who decided. The decision and its reason stay
 * local to the task (its input parameters): the commissions' tasks do not see them.
 */
@Configuration(proxyBeanMethods = false)
class AccommodationSteps {

  @Bean
  FormCheck accommodationDecisionCheck(AccommodationRequests requests) {
    return task -> record(task, requests);
  }

  static void record(DelegateExecution task, AccommodationRequests requests) {
    Object value = task.getVariable(Variables.ACCOMMODATION_GRANTED);
    boolean granted = Boolean.TRUE.equals(value) || "true".equals(value);
    boolean refused = Boolean.FALSE.equals(value) || "false".equals(value);
    FormRejection.require(granted || refused, Variables.ACCOMMODATION_GRANTED,
        "Alegeți dacă adaptarea se aprobă sau se respinge.");
    String reason = FormRejection.text(task.getVariable(Variables.ACCOMMODATION_REASON),
        Variables.ACCOMMODATION_REASON, "Motivare");
    FormRejection.require(reason.length() <= AccommodationRequests.MAX_LENGTH,
        Variables.ACCOMMODATION_REASON, "Motivarea are cel mult "
            + AccommodationRequests.MAX_LENGTH + " de caractere.");
    long id = ((Number) task.getVariable(Variables.ACCOMMODATION_REQUEST_ID)).longValue();
    requests.decide(id, granted, reason, Decider.of(task, "accommodationDecidedBy"));
  }
}
