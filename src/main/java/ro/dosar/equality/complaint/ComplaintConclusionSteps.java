package ro.dosar.equality.complaint;

import static ro.dosar.equality.complaint.ComplaintVariables.clean;
import static ro.dosar.equality.complaint.ComplaintVariables.complaint;
import static ro.dosar.equality.complaint.ComplaintVariables.complaintId;
import static ro.dosar.equality.complaint.ComplaintVariables.currentUser;
import static ro.dosar.equality.complaint.ComplaintVariables.now;
import static ro.dosar.equality.complaint.ComplaintVariables.yes;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.mail.Mailer;
import ro.dosar.published.DisciplinaryCaseRegistered;
import ro.dosar.tasklist.FormRejection;

/**
 * The end of a harassment complaint (spec §6.7): the investigation's conclusion, its
 * communication, an escalation when a deadline passed, the case closed, a retaliation report
 * that starts a linked case, and the disciplinary case it called. Called as
 * {@code ${complaintConclusionSteps.<step>(execution)}}; what the process may hold is
 * {@link ComplaintSteps#PROCESS_VARIABLES}.
 */
@Component
public class ComplaintConclusionSteps {

  private final ComplaintRepository cases;
  private final ComplaintService service;
  private final WorkingDayCalendar calendar;
  private final IdentityService identity;
  private final Mailer mailer;

  public ComplaintConclusionSteps(ComplaintRepository cases,
      ComplaintService service,
      WorkingDayCalendar calendar,
      IdentityService identity,
      Mailer mailer) {
    this.cases = cases;
    this.service = service;
    this.calendar = calendar;
    this.identity = identity;
    this.mailer = mailer;
  }

  // ---- investigation and conclusion --------------------------------------------------------------

  /**
   * The conclusion: its category, its reasons, and for a substantiated case the recommended
   * measures and the disciplinary referral — mandatory for a retaliation case ([S9.2]), waived
   * for any other only with a recorded reason.
   */
  public void checkConclusion(DelegateExecution task) {
    ComplaintCase complaint = complaint(cases, task);
    Object value = task.getVariableLocal(Variables.CONCLUSION);
    Outcome outcome = Arrays.stream(Outcome.values())
        .filter(o -> o != Outcome.OUT_OF_SCOPE && o.name().equals(String.valueOf(value)))
        .findFirst().orElseThrow(() -> FormRejection.reject(Variables.CONCLUSION,
            "Alegeți concluzia cercetării."));
    String reasons = FormRejection.text(task.getVariableLocal(Variables.CONCLUSION_REASONS),
        Variables.CONCLUSION_REASONS, "Motivarea concluziei");
    String user = currentUser(identity);
    cases.addNote(complaint.id(), "CONCLUSION", outcome.name() + ": " + reasons, user, now(calendar));
    String status = "CONCLUDED";
    if (outcome == Outcome.SUBSTANTIATED) {
      String measures = FormRejection.text(task.getVariableLocal(Variables.RECOMMENDED_MEASURES),
          Variables.RECOMMENDED_MEASURES, "Măsurile recomandate");
      cases.addNote(complaint.id(), "MEASURES", measures, user, now(calendar));
      boolean retaliation = ComplaintType.RETALIATION.name().equals(complaint.complaintType());
      Object referral = task.getVariableLocal(Variables.DISCIPLINARY_REFERRAL);
      boolean refer = retaliation || yes(referral);
      if (!refer) {
        FormRejection.require("false".equals(String.valueOf(referral))
            || Boolean.FALSE.equals(referral), Variables.DISCIPLINARY_REFERRAL,
            "Alegeți dacă fapta se sesizează comisiei de disciplină.");
        String reason = FormRejection.text(task.getVariableLocal(Variables.NO_REFERRAL_REASON),
            Variables.NO_REFERRAL_REASON, "Motivul pentru care fapta nu se sesizează comisiei de "
                + "disciplină (de exemplu, autorul nu este angajat)");
        cases.addNote(complaint.id(), "NO_REFERRAL_REASON", reason, user, now(calendar));
      }
      status = refer ? "DISCIPLINARY_REFERRAL" : "CONCLUDED";
    }
    cases.conclude(complaint.id(), outcome, status);
    task.setVariable(Variables.OUTCOME, outcome.name());
    task.setVariable(Variables.STATUS, status);
    clean(task);
  }

  /** What the complainant was told, within confidentiality limits; shown on the follow-up. */
  public void checkCommunication(DelegateExecution task) {
    ComplaintCase complaint = complaint(cases, task);
    String text = FormRejection.text(task.getVariableLocal(Variables.COMMUNICATION),
        Variables.COMMUNICATION,
        "Ce i se comunică petentului");
    cases.addNote(complaint.id(), "COMMUNICATION", text, currentUser(identity), now(calendar));
    cases.content(complaint.id()).map(ComplaintRepository.Content::complainantContact)
        .filter(contact -> contact.contains("@"))
        .ifPresent(address -> mailer.queue(null, null, "COMPLAINT_OUTCOME", address,
            "Plângerea " + complaint.reference() + ": rezultatul", text));
    clean(task);
  }

  /** The Director General's note on an escalation stays in the restricted notes. */
  public void checkEscalation(DelegateExecution task) {
    Object note = task.getVariableLocal(Variables.ESCALATION_NOTE);
    if (note != null && !note.toString().isBlank()) {
      cases.addNote(complaintId(task), "NOTE", note.toString().strip(), currentUser(identity), now(calendar));
    }
    clean(task);
  }

  /** The case is closed: it counts as resolved in the year of closure (spec §6.7 step 9). */
  public void close(DelegateExecution execution) {
    long id = complaintId(execution);
    cases.close(id, now(calendar));
    execution.setVariable(Variables.STATUS, "CLOSED");
  }

  /** A retaliation report while the case is open (event subprocess): the linked case starts. */
  public void startLinkedCase(DelegateExecution execution) {
    long linked = ((Number) execution.getVariable(Variables.RETALIATION_CASE_ID)).longValue();
    service.start(cases.find(linked).orElseThrow());
  }

  /** The disciplinary case a complaint called has been registered: its id is recorded. */
  @EventListener
  public void disciplinaryCaseRegistered(DisciplinaryCaseRegistered event) {
    if (event.callerProcessInstanceId() != null) {
      cases.setDisciplinaryCase(event.callerProcessInstanceId(), event.caseId());
    }
  }
}
