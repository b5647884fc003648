package ro.dosar.contest.contestation;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/paper-consultation.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class PaperConsultationProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "paperConsultation";

  private PaperConsultationProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Consultarea lucrării scrise: candidatul cu codul ${candidateCode}. */
    public static final String CONSULT_PAPER = "consultPaper";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String CANDIDATE_CODE = "candidateCode";
    public static final String SECRETARY = "secretary";

    // Form fields only
    public static final String CONSULTATION_REMARKS = "consultationRemarks";
    public static final String CONSULTED_IN_PRESENCE = "consultedInPresence";
    public static final String CONSULTED_ON = "consultedOn";

    // Set by code only (shown by the form)
    /** Punctajul lucrării consultate, ca text. */
    public static final String PAPER_SCORE = "paperScore";

    private Variables() {
    }
  }
}
