package ro.dosar.contest.contestation;

import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.domain.ProcessNumbers;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/contestation-round.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class ContestationRoundProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "contestationRound";

  private ContestationRoundProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Subprocesses
    /** Depunerea contestațiilor (1 zi lucrătoare). */
    public static final String CONTESTATION_FILING = "contestationFiling";
    /** Soluționarea contestațiilor (câte o contestație, fiecare membru independent). */
    public static final String CONTESTATION_RESOLUTION = "contestationResolution";

    // Timer intermediate catch events
    /** Termen de contestare expirat. */
    public static final String CONTESTATION_DEADLINE_REACHED = "contestationDeadlineReached";

    // User tasks
    /** Înregistrare contestație. */
    public static final String REGISTER_CONTESTATION = "registerContestation";
    /** Reevaluare: ${paperLabel}. */
    public static final String RESCORE_PAPER = "rescorePaper";
    /** Soluționare contestație: codul ${fileCode}. */
    public static final String DECIDE_CONTESTATION = "decideContestation";
    /** Opinie separată motivată: contestația ${fileCode}. */
    public static final String WRITE_CONTESTATION_SEPARATE_OPINION =
        "writeContestationSeparateOpinion";
    /** Soluționarea contestațiilor a depășit termenul. */
    public static final String ESCALATE_CONTESTATIONS = "escalateContestations";

    // Business rule tasks
    /** Punctajul minim al probei. */
    public static final String DETERMINE_RESCORE_PASS_MARK = "determineRescorePassMark";
    /** Regula de calcul a punctajului. */
    public static final String CHOOSE_RESCORE_AGGREGATION_RULE = "chooseRescoreAggregationRule";
    /** Soluția contestației. */
    public static final String DECIDE_CONTESTATION_OUTCOME = "decideContestationOutcome";
    /** Soluția contestației. */
    public static final String DECIDE_SELECTION_CONTESTATION_OUTCOME =
        "decideSelectionContestationOutcome";

    // Timer boundary events
    /** Termen de soluționare depășit. */
    public static final String RESOLUTION_OVERDUE = "resolutionOverdue";

    // End events (queried by tests)
    /** Întârziere semnalată. */
    public static final String CONTESTATIONS_ESCALATED = "contestationsEscalated";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String AGGREGATION_RULE = "aggregationRule";
    public static final String CONTEST_ID = "contestId";
    public static final String CONTESTATION_COUNT = "contestationCount";
    public static final String CONTESTATION_DEADLINE_AT = "contestationDeadlineAt";
    public static final String CONTESTATION_DECISION = "contestationDecision";
    public static final String CONTESTATION_FILED_AT = "contestationFiledAt";
    public static final String CONTESTATION_GROUNDS = "contestationGrounds";
    public static final String CONTESTATION_ID = "contestationId";
    public static final String CONTESTATION_IDS = "contestationIds";
    public static final String CONTESTATION_NUMBER = "contestationNumber";
    public static final String CONTESTATION_OUTCOME_RESULT = "contestationOutcomeResult";
    public static final String CONTESTATION_REASON = "contestationReason";
    public static final String CONTESTED_CODE = "contestedCode";
    public static final String CSC_MEMBERS = "cscMembers";
    public static final String CSC_PRESIDENT_USER = "cscPresidentUser";
    public static final String FILE_CODE = "fileCode";
    public static final String MEMBER = "member";
    public static final String MINORITY_MEMBER = "minorityMember";
    public static final String MINORITY_MEMBERS = "minorityMembers";
    public static final String NO_CONFLICT_DECLARED = "noConflictDeclared";
    public static final String PAPER_LABEL = "paperLabel";
    public static final String PASS_MARK = "passMark";
    public static final String RECORRECTION_REQUIRED = "recorrectionRequired";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    public static final String RESULTS_DISPLAYED_ON = "resultsDisplayedOn";
    public static final String SCORE1 = "score1";
    public static final String SCORE2 = "score2";
    public static final String SCORE3 = "score3";
    public static final String SCORE4 = "score4";
    public static final String SCORE5 = "score5";
    public static final String SCORE6 = "score6";
    public static final String SCORE7 = "score7";
    public static final String SCORE8 = "score8";
    public static final String SCORE9 = "score9";
    public static final String SECRETARY = "secretary";
    public static final String SELECTION_CONTESTATION = "selectionContestation";
    public static final String SEPARATE_OPINION = "separateOpinion";
    public static final String TEST_ID = "testId";

    // Form fields only
    public static final String CONTESTATION_GROUNDS_TEXT = "contestationGroundsText";
    public static final String CRITERIA_TEXT = "criteriaText";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String RECORRECTION_NOTE = "recorrectionNote";
    public static final String SELECTION_REASON_TEXT = "selectionReasonText";

    // Set and read by code only (no model expression or form key uses them)
    /** Candidatul îndeplinește condițiile (contestație la selecție). */
    public static final String CONDITIONS_MET = "conditionsMet";
    /** Ultima zi de depunere a contestațiilor (yyyy-MM-dd). */
    public static final String CONTESTATION_DEADLINE = "contestationDeadline";
    /** Termenul de depunere, cum îl citesc oamenii. */
    public static final String CONTESTATION_DEADLINE_TEXT = "contestationDeadlineText";
    /** Felul contestației (intrare a tabelului de decizie). */
    public static final String CONTESTATION_TYPE = "contestationType";
    /** A câta corectare a lucrării este (1 = prima). */
    public static final String CORRECTION_ROUND = "correctionRound";
    /** Câte criterii are baremul probei. */
    public static final String CRITERIA_COUNT = "criteriaCount";
    /** Punctajul după recorectare (intrare a tabelului de decizie). */
    public static final String NEW_SCORE = "newScore";
    /** La ce se referă opinia separată a membrului în minoritate. */
    public static final String OPINION_SUBJECT = "opinionSubject";
    /** Id-ul a ceea ce privește opinia separată. */
    public static final String OPINION_SUBJECT_ID = "opinionSubjectId";
    /** Punctajul inițial (intrare a tabelului de decizie). */
    public static final String ORIGINAL_SCORE = "originalScore";
    /** Categoria postului (intrare a tabelului punctajului minim). */
    public static final String POST_CATEGORY = "postCategory";
    /** Punctajul exact după recorectare, ca text. */
    public static final String RESCORED_SCORE = "rescoredScore";
    /** Termenul de soluționare, cum îl citesc oamenii. */
    public static final String RESOLUTION_DEADLINE_TEXT = "resolutionDeadlineText";
    /** Diferența dintre punctaje, în sutimi (intrare a tabelului de decizie). */
    public static final String SPREAD_HUNDREDTHS = "spreadHundredths";
    /** Etapa contestată (SELECTION, WRITTEN, PRACTICAL, INTERVIEW). */
    public static final String STAGE = "stage";
    /** Câte punctaje valide are lucrarea (intrare a tabelului de decizie). */
    public static final String VALID_EVALUATIONS = "validEvaluations";

    private Variables() {
    }
  }

  /** The contestation handled by the current instance of the round's loop. */
  public static Long contestationId(VariableScope scope) {
    return ProcessNumbers.longValue(scope, Variables.CONTESTATION_ID);
  }
}
