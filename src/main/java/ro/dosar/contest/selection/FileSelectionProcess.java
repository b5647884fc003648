package ro.dosar.contest.selection;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/file-selection.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 *
 * <p>The contest calls one instance per candidate file (the call activity {@code fileSelection}
 * of {@code contestHiring}), with the contest's business key: a file's members, decision and
 * separate opinions live in its own small instance, not in the contest's execution tree
 * (docs/performance.md).
 */
public final class FileSelectionProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "fileSelection";

  private FileSelectionProcess() {
  }

  /**
   * The selection tasks of one contest (every member's {@link Elements#SELECT_FILE} and
   * {@link Elements#WRITE_SEPARATE_OPINION} of every file): the one place that answers it.
   */
  public static TaskQuery tasksOf(TaskService tasks, String contestBusinessKey) {
    return tasks.createTaskQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(contestBusinessKey);
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Selecția dosarului cu codul ${fileCode}. */
    public static final String SELECT_FILE = "selectFile";
    /** Opinie separată motivată: dosarul ${fileCode}. */
    public static final String WRITE_SEPARATE_OPINION = "writeSeparateOpinion";

    // Service tasks (queried by tests)
    /** Decizia comisiei (majoritate, §8.2.1(5)). */
    public static final String DECIDE_SELECTION = "decideSelection";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Passed in by the contest (camunda:in of the call activity fileSelection)
    public static final String CANDIDATE_CODE = "candidateCode";
    public static final String CONTEST_ID = "contestId";
    public static final String CC_MEMBERS = "ccMembers";
    public static final String SELECTION_DUE_AT = "selectionDueAt";
    public static final String SELECTION_DEADLINE = "selectionDeadline";
    public static final String POST_NAME = "postName";
    public static final String STUDY_LEVEL = "studyLevel";
    public static final String SPECIFIC_CONDITIONS = "specificConditions";

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String FILE_CODE = "fileCode";
    public static final String MEMBER = "member";
    public static final String MINORITY_MEMBER = "minorityMember";
    public static final String MINORITY_MEMBERS = "minorityMembers";
    public static final String SELECTION_DECISION = "selectionDecision";
    public static final String SELECTION_REASON = "selectionReason";
    public static final String NO_CONFLICT_DECLARED = "noConflictDeclared";
    public static final String SEPARATE_OPINION = "separateOpinion";

    // Set by loadFile, shown by the form
    public static final String CANDIDATE_NAME = "candidateName";
    public static final String FILE_DOCUMENTS_LINKS = "fileDocumentsLinks";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String DOC_A = "docA";
    public static final String DOC_B = "docB";
    public static final String DOC_C = "docC";
    public static final String DOC_D = "docD";
    public static final String DOC_E = "docE";
    public static final String DOC_F = "docF";
    public static final String DOC_G = "docG";
    public static final String DOC_H = "docH";
    public static final String DOC_I = "docI";
    public static final String DOC_J = "docJ";
    public static final String DOC_K = "docK";

    // Set and read by code only (no model expression or form key uses them)
    /** La ce se referă opinia separată a membrului în minoritate. */
    public static final String OPINION_SUBJECT = "opinionSubject";
    /** Id-ul a ceea ce privește opinia separată. */
    public static final String OPINION_SUBJECT_ID = "opinionSubjectId";

    private Variables() {
    }
  }
}
