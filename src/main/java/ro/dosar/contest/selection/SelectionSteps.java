package ro.dosar.contest.selection;

import static ro.dosar.contest.ContestVariables.SELECTION;
import static ro.dosar.contest.ContestVariables.confirmed;
import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.decision;
import static ro.dosar.contest.ContestVariables.optionalText;
import static ro.dosar.contest.ContestVariables.setStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.MajorityVote;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.selection.FileSelectionProcess.Variables;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormRejection;

/**
 * The selection of files (spec §9; PO.UVT-DRU-01 §8.2.1): each member's own opinion on each
 * file, the commission's majority decision, the separate opinions of the minority, and the
 * results displayed. Called as {@code ${selectionSteps.<step>(execution)}}.
 */
@Component
public class SelectionSteps {

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final MemberOpinionRepository opinions;
  private final ContestProperties properties;
  private final WorkingDayCalendar calendar;
  private final SelectionFileView fileView;

  public SelectionSteps(ContestRepository contests,
      CandidateRepository candidates,
      MemberOpinionRepository opinions,
      ContestProperties properties,
      WorkingDayCalendar calendar,
      SelectionFileView fileView) {
    this.contests = contests;
    this.candidates = candidates;
    this.opinions = opinions;
    this.properties = properties;
    this.calendar = calendar;
    this.fileView = fileView;
  }

  // ---- File selection (spec §9) -----------------------------------------------------------------

  /**
   * Puts the candidate's file into the scope of its selection: what every member's task shows
   * (the code, never the name on anything public; the documents of the file).
   */
  public void loadFile(DelegateExecution execution) {
    long code = ((Number) execution.getVariable(Variables.CANDIDATE_CODE)).longValue();
    Set<FileDocument> documents = candidates.documents(code);
    execution.setVariableLocal(Variables.FILE_CODE, String.valueOf(code));
    execution.setVariableLocal(Variables.OPINION_SUBJECT, SELECTION);
    execution.setVariableLocal(Variables.OPINION_SUBJECT_ID, code);
    List<String> missing = new ArrayList<>();
    for (FileDocument document : FileDocument.values()) {
      execution.setVariableLocal(document.formKey(), documents.contains(document));
      if (document.required() && !documents.contains(document)) {
        missing.add(document.label());
      }
    }
    execution.setVariableLocal(Variables.MISSING_DOCUMENTS,
        missing.isEmpty() ? "Dosarul conține toate documentele obligatorii."
            : "Lipsesc: " + String.join("; ", missing) + ".");
    fileView.show(execution, code);
  }

  /**
   * One member's own decision on one file, recorded in his individual sheet (§8.2.1(2)). A
   * rejection must give the reason; every member declares that he is in none of the situations of
   * §8.1.5(14) towards the candidate.
   */
  public void recordSelectionOpinion(DelegateExecution task) {
    Boolean admits = decision(task.getVariable(Variables.SELECTION_DECISION),
        Variables.SELECTION_DECISION);
    String reason = optionalText(task.getVariable(Variables.SELECTION_REASON));
    FormRejection.require(admits || reason != null, "selectionReason",
        "Motivați respingerea dosarului (§8.2.1(4)).");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(Variables.NO_CONFLICT_DECLARED)),
        Variables.NO_CONFLICT_DECLARED,
        "Confirmați că nu vă aflați în conflict de interese cu candidatul "
            + "(§8.1.5(14)); dacă vă aflați, sesizați în scris conflictul și abțineți-vă.");
    long code = Long.parseLong((String) task.getVariable(Variables.FILE_CODE));
    opinions.record(SELECTION, code, Decider.of(task, "member"), admits, reason);
  }

  /**
   * The commission's decision on one file: the majority of the members' opinions (§8.2.1(5)).
   * Sets {@code minorityMembers}: each of them owes a reasoned separate opinion.
   */
  public void decideSelection(DelegateExecution execution) {
    long code = ((Number) execution.getVariable(Variables.CANDIDATE_CODE)).longValue();
    MajorityVote vote = MajorityVote.of(opinions.opinions(SELECTION, code),
        properties.evenSplitAdmits());
    String reason = vote.admits() ? null
        : RejectionReasons.ofCommission(opinions.reasons(SELECTION, code, false));
    candidates.setSelection(code, vote.admits() ? "ADMIS" : "RESPINS", reason);
    execution.setVariableLocal(Variables.MINORITY_MEMBERS, vote.minority());
  }

  /** The reasoned separate opinion of a member in the minority (§8.2.1(5), §8.5C(3)). */
  public void recordSeparateOpinion(DelegateExecution task) {
    String text = FormRejection.text(task.getVariable(Variables.SEPARATE_OPINION),
        Variables.SEPARATE_OPINION, "Opinia separată motivată");
    String subject = (String) task.getVariable(Variables.OPINION_SUBJECT);
    long subjectId = Long.parseLong(task.getVariable(Variables.OPINION_SUBJECT_ID).toString());
    opinions.recordSeparateOpinion(subject, subjectId, Decider.of(task, "minorityMember"),
        text);
  }

  /** The selection minutes are signed and the results displayed (§8.2.1(3),(4)). */
  public void displaySelectionResults(DelegateExecution execution) {
    long id = contestId(execution);
    execution.setVariable(ContestHiringProcess.Variables.RESULTS_DISPLAYED_ON,
        calendar.today().toString());
    execution.setVariable(ContestHiringProcess.Variables.ADMITTED_COUNT,
        candidates.countAdmitted(id));
    setStatus(contests, execution, id, ContestStatus.SELECTION_CONTESTATIONS, null);
  }

  /**
   * Selection and its contestations are over: the admitted candidates go to the first test, or,
   * if none is left, the post is not filled.
   */
  public void closeSelection(DelegateExecution execution) {
    long id = contestId(execution);
    long admitted = candidates.countAdmitted(id);
    execution.setVariable(ContestHiringProcess.Variables.ADMITTED_COUNT, admitted);
    if (admitted == 0) {
      setStatus(contests, execution, id, ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE,
          "Niciun candidat admis la selecția dosarelor.");
    } else {
      setStatus(contests, execution, id, ContestStatus.SELECTION_COMPLETED, null);
    }
  }
  /** The selection minutes are signed and the results displayed before the round opens. */
  public void checkSelectionDisplay(DelegateExecution task) {
    confirmed(task, "selectionMinutesSigned", "semnarea procesului-verbal de selecție");
    confirmed(task, "selectionResultsDisplayed", "afișarea rezultatelor selecției");
  }

}
