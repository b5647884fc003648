package ro.dosar.contest.selection;

import static ro.dosar.contest.ContestVariables.contestId;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.CandidateRepository.StoredFile;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.RecruitmentRecords;
import ro.dosar.contest.selection.FileSelectionProcess.Variables;

/**
 * What a member's selection task shows beside the checklist, so that he judges the file he sees
 * (§8.2.1(2)): {@code fileDocumentsLinks}, the file's PDFs as links that open in the browser
 * (markdown, one line each), and {@code candidateName}, only where the first stage is not
 * anonymous. The post's conditions are the proposal's own variables. Set local to the file's
 * execution, like the rest of the file.
 */
@Component
public class SelectionFileView {

  private final CandidateRepository candidates;
  private final RecruitmentRecords records;

  public SelectionFileView(CandidateRepository candidates, RecruitmentRecords records) {
    this.candidates = candidates;
    this.records = records;
  }

  public void show(DelegateExecution execution, long code) {
    long contestId = contestId(execution);
    boolean anonymous = records.anonymousFirstStage(contestId);
    List<String> links = new ArrayList<>();
    if (!anonymous) {
      // The registration form names the candidate: not for the commission of an anonymous stage.
      candidates.find(code).ifPresent(candidate ->
          execution.setVariableLocal(Variables.CANDIDATE_NAME, candidate.fullName()));
      links.add(link("Cererea de înscriere (Anexa 3), înregistrată",
          "/api/contests/" + contestId + "/documents/registration-form/" + code));
    }
    for (StoredFile file : candidates.files(code)) {
      links.add(link(label(file.document()),
          "/api/contests/" + contestId + "/candidates/" + code + "/files/" + file.document()));
    }
    execution.setVariableLocal(Variables.FILE_DOCUMENTS_LINKS, links.isEmpty()
        ? "Dosarul a fost depus pe hârtie: documentele se consultă la secretarul comisiei."
        : String.join("\n", links));
  }

  private static String link(String label, String path) {
    return "- [" + label + " (PDF)](" + path + ")";
  }

  private static String label(String document) {
    for (FileDocument known : FileDocument.values()) {
      if (known.name().equals(document)) {
        return known.name().toLowerCase() + ") " + known.label();
      }
    }
    return document;
  }
}
