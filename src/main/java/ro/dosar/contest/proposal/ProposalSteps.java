package ro.dosar.contest.proposal;

import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.requestDocument;
import static ro.dosar.contest.ContestVariables.requireChoice;
import static ro.dosar.contest.ContestVariables.setStatus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestVariables;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.tasklist.FormRejection;

/**
 * The proposal of a contest (spec §5, Annex 1; PO.UVT-DRU-01 §8.1.2), the first phase of
 * {@code contestHiring}: the start form's re-check, the contest record, HR's update and the
 * Rector's decision. Service tasks call them as {@code ${proposalSteps.<step>(execution)}}.
 */
@Component
@EnableConfigurationProperties(ContestProperties.class)
public class ProposalSteps {

  private final ContestRepository contests;
  private final InstitutionRepository institutions;
  private final InstitutionScope scope;
  private final DocumentGeneration documentGeneration;

  public ProposalSteps(ContestRepository contests,
      InstitutionRepository institutions,
      InstitutionScope scope,
      DocumentGeneration documentGeneration) {
    this.contests = contests;
    this.institutions = institutions;
    this.scope = scope;
    this.documentGeneration = documentGeneration;
  }

  /** The start form's re-check: a complete proposal of one of the proposer's institutions. */
  public void checkProposal(DelegateExecution execution) {
    proposal(execution);
    execution.setVariable(Variables.INSTITUTION_CODE, institution(execution));
  }

  /**
   * The institution the proposal belongs to, chosen among the proposer's: the one the form names
   * (which must be registered and his), else his only one. A proposer of several institutions
   * must name one; a start without a proposer (the engine's own) must name one unless the
   * installation has a single institution.
   */
  private String institution(DelegateExecution execution) {
    String code = ContestVariables.optionalText(execution.getVariable(Variables.INSTITUTION_CODE));
    String proposer = ContestVariables.optionalText(execution.getVariable(Variables.PROPOSED_BY));
    Set<String> his = proposer == null
        ? Set.copyOf(institutions.findAll().stream().map(Institution::code).toList())
        : scope.ofUser(proposer);
    if (code != null) {
      String upper = code.toUpperCase(Locale.ROOT);
      FormRejection.require(institutions.findByCode(upper).isPresent(), "institutionCode",
          "Instituția „" + code + "” nu este înregistrată în Dosar.");
      FormRejection.require(his.contains(upper), "institutionCode",
          "Nu aparțineți instituției „" + code + "”: propunerea se face numai pentru una dintre "
              + "instituțiile dumneavoastră (" + String.join(", ", sorted(his)) + ").");
      return upper;
    }
    FormRejection.require(!his.isEmpty(), "institutionCode",
        "Nu aparțineți niciunei instituții înregistrate în Dosar: administratorul vă adaugă "
            + "instituției dumneavoastră înainte de a putea propune un concurs.");
    FormRejection.require(his.size() == 1, "institutionCode",
        "Aparțineți mai multor instituții (" + String.join(", ", sorted(his)) + "): completați "
            + "câmpul „Instituția” cu codul instituției pentru care propuneți concursul.");
    return his.iterator().next();
  }

  private static List<String> sorted(Set<String> codes) {
    return codes.stream().sorted().toList();
  }

  /** Start: the proposal becomes a contest record; the instance gets the contest's business key. */
  public void register(DelegateExecution execution) {
    Proposal proposal = proposal(execution);
    String institution = institution(execution);
    long id = contests.insert(institution, proposal.postName(), proposal.structure(),
        proposal.postCategory(), proposal.vacancyType(), proposal.posts(),
        (String) execution.getVariable(Variables.PROPOSED_BY), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(Contest.businessKey(id));
    execution.setVariable(Variables.CONTEST_ID, id);
    setStatus(contests, execution, id, ContestStatus.PROPOSED, null);
  }

  /** HR may complete or modify the proposal before endorsing it (§8.1.2(3)). */
  public void updateProposal(DelegateExecution execution) {
    Proposal proposal = proposal(execution);
    contests.updateProposal(contestId(execution), proposal.postName(), proposal.structure(),
        proposal.postCategory(), proposal.vacancyType(), proposal.posts());
  }

  /** The Rector's decision on the proposal (§8.1.2(1)); a rejection must say why. */
  public void checkProposalDecision(DelegateExecution task) {
    if (!requireChoice(task, Variables.PROPOSAL_APPROVED)) {
      FormRejection.text(task.getVariable(Variables.RECTOR_REMARKS), Variables.RECTOR_REMARKS,
          "Motivul respingerii");
    }
  }

  public void approveProposal(DelegateExecution execution) {
    setStatus(contests, execution, contestId(execution), ContestStatus.APPROVED, null);
    requestDocument(documentGeneration, execution, "proposal", contestId(execution));
  }

  public void rejectProposal(DelegateExecution execution) {
    setStatus(contests, execution, contestId(execution), ContestStatus.PROPOSAL_REJECTED,
        (String) execution.getVariable(Variables.RECTOR_REMARKS));
  }

  private Proposal proposal(VariableScope scope) {
    String postName = FormRejection.text(scope.getVariable(Variables.POST_NAME),
        Variables.POST_NAME, "Denumirea postului");
    String structure = FormRejection.text(scope.getVariable(Variables.STRUCTURE),
        Variables.STRUCTURE, "Structura (facultate / departament)");
    String category = FormRejection.text(scope.getVariable(Variables.POST_CATEGORY),
        Variables.POST_CATEGORY, "Categoria postului");
    FormRejection.require(category.equals("EXECUTION") || category.equals("LEADERSHIP"),
        "postCategory", "Categoria postului trebuie să fie „de execuție” sau „de conducere”.");
    String vacancy = FormRejection.text(scope.getVariable(Variables.VACANCY_TYPE),
        Variables.VACANCY_TYPE, "Tipul postului");
    FormRejection.require(vacancy.equals("VACANT") || vacancy.equals("TEMPORARILY_VACANT"),
        "vacancyType", "Postul trebuie să fie „vacant” sau „temporar vacant”.");
    Object postsValue = scope.getVariable(Variables.POSTS_COUNT);
    int posts = postsValue instanceof Number number ? number.intValue() : 1;
    FormRejection.require(posts >= 1 && posts <= 50, "postsCount",
        "Numărul de posturi trebuie să fie între 1 și 50.");
    return new Proposal(postName, structure, category, vacancy, posts);
  }

  private record Proposal(String postName, String structure, String postCategory,
      String vacancyType, int posts) {
  }
}
