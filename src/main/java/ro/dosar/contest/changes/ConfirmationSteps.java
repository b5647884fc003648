package ro.dosar.contest.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.changes.ContestSuspensionProcess.Variables;
import ro.dosar.tasklist.FormRejection;

/**
 * The candidates' written confirmations after a suspension or a postponement (§8.5.2(3)-(4),
 * SUS-06): a candidacy stays valid only if the candidate states in writing that he takes part at
 * the new dates. The secretary ticks the codes of those who did; everybody else still in the
 * contest is out from that day, recorded as such. Expired documents may be replaced until
 * presenting at the post (§8.5.2(5)): nothing is rejected for them here.
 */
@Component
public class ConfirmationSteps {

  private final CandidateRepository candidates;
  private final WorkingDayCalendar calendar;

  public ConfirmationSteps(CandidateRepository candidates, WorkingDayCalendar calendar) {
    this.candidates = candidates;
    this.calendar = calendar;
  }

  /**
   * The candidates who must confirm: every registered candidate not withdrawn and not rejected
   * at selection. Sets the list for the form's checklist and the task's due date.
   */
  void ask(DelegateExecution execution, Date dueAt) {
    List<Long> codes = candidates.ofContest(ContestVariables.contestId(execution)).stream()
        .filter(c -> c.withdrawnOn() == null && !"RESPINS".equals(c.selectionStatus()))
        .map(Candidate::code).toList();
    StringBuilder json = new StringBuilder("[");
    for (Long code : codes) {
      json.append(json.length() > 1 ? "," : "").append("{\"label\":\"Candidatul cu codul ")
          .append(code).append("\",\"value\":\"").append(code).append("\"}");
    }
    execution.setVariableLocal(Variables.CONFIRMATION_OPTIONS,
        SpinValues.jsonValue(json + "]").create());
    execution.setVariableLocal(Variables.CODES_TO_CONFIRM, new ArrayList<>(codes));
    execution.setVariableLocal(Variables.CONFIRMATIONS_DUE_AT, dueAt);
  }

  /** Form re-check: who confirmed; the others are out of the contest. */
  public void record(DelegateExecution task) {
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.CONFIRMATIONS_RECORDED)),
        Variables.CONFIRMATIONS_RECORDED, "Confirmați că ați înregistrat declarațiile scrise ale "
            + "candidaților (§8.5.2(3)-(4)).");
    @SuppressWarnings("unchecked")
    Collection<Object> asked = (Collection<Object>) task.getVariable(Variables.CODES_TO_CONFIRM);
    Set<Long> toConfirm = new LinkedHashSet<>();
    asked.forEach(code -> toConfirm.add(((Number) code).longValue()));
    Set<Long> confirmed = codes(task.getVariable(Variables.CONFIRMED_CODES));
    for (Long code : confirmed) {
      FormRejection.require(toConfirm.contains(code), "confirmedCodes",
          "Codul " + code + " nu este al unui candidat care trebuia să confirme.");
    }
    for (Long code : toConfirm) {
      if (!confirmed.contains(code)) {
        candidates.withdraw(code, calendar.today(), "Nu și-a exprimat în scris intenția de a "
            + "participa la concurs la noile date (§8.5.2(3)-(4)).");
      }
    }
  }

  /** The ticked codes: a JSON array from Tasklist, a list or a comma-separated text from the API. */
  static Set<Long> codes(Object value) {
    Set<Long> codes = new LinkedHashSet<>();
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(node -> items.add(node.isNumber() ? node.numberValue().toString()
          : node.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(item -> items.add(String.valueOf(item)));
    } else if (value != null && !value.toString().isBlank()) {
      items.addAll(List.of(value.toString().split("[,;\\s]+")));
    }
    for (String item : items) {
      try {
        codes.add(Long.parseLong(item.strip()));
      } catch (NumberFormatException e) {
        throw FormRejection.reject("confirmedCodes", "„" + item + "” nu este un cod de candidat.");
      }
    }
    return codes;
  }
}
