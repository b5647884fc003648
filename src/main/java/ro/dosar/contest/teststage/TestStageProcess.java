package ro.dosar.contest.teststage;

import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.domain.ProcessNumbers;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/test-stage.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class TestStageProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "testStage";

  private TestStageProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Business rule tasks
    /** Punctajul minim al probei. */
    public static final String DETERMINE_PASS_MARK = "determinePassMark";
    /** Regula de calcul a punctajului. */
    public static final String CHOOSE_AGGREGATION_RULE = "chooseAggregationRule";

    // User tasks
    /** Stabilirea subiectelor / planului: ${testLabel}. */
    public static final String PREPARE_TEST = "prepareTest";
    /** Apel nominal și incidente: ${testLabel}. */
    public static final String ROLL_CALL = "rollCall";
    /** ${scoringTaskName}. */
    public static final String SCORE_PAPER = "scorePaper";
    /** Proces-verbal și afișarea rezultatelor: ${testLabel}. */
    public static final String DISPLAY_TEST_RESULTS = "displayTestResults";

    // Timer intermediate catch events
    /** Ziua și ora probei. */
    public static final String TEST_TIME_REACHED = "testTimeReached";

    // Subprocesses
    /** Notarea lucrărilor (câte o lucrare, fiecare membru independent). */
    public static final String SCORE_PAPERS = "scorePapers";

    // End events (queried by tests)
    /** Rezultatele probei afișate. */
    public static final String TEST_RESULTS_DISPLAYED = "testResultsDisplayed";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String ABSENT_CODES = "absentCodes";
    public static final String ADMITTED_CODES_TEXT = "admittedCodesText";
    public static final String AGGREGATION_RULE = "aggregationRule";
    public static final String ANNULLED_CODES = "annulledCodes";
    public static final String ANNULMENT_REASON = "annulmentReason";
    public static final String CC_GROUP = "ccGroup";
    public static final String CC_MEMBERS = "ccMembers";
    public static final String CC_PRESIDENT_USER = "ccPresidentUser";
    public static final String CONTEST_ID = "contestId";
    public static final String DISPLAY_DUE_AT = "displayDueAt";
    public static final String ELIMINATED_CODES = "eliminatedCodes";
    public static final String ELIMINATION_REASON = "eliminationReason";
    public static final String MEMBER = "member";
    public static final String PAPER_NUMBER = "paperNumber";
    public static final String PAPER_NUMBERS = "paperNumbers";
    public static final String PASS_MARK = "passMark";
    public static final String PRESENT_COUNT = "presentCount";
    public static final String RECORRECTION_REQUIRED = "recorrectionRequired";
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
    public static final String SCORING_DUE_AT = "scoringDueAt";
    public static final String SCORING_TASK_NAME = "scoringTaskName";
    public static final String SECRETARY = "secretary";
    public static final String TEST_DATE = "testDate";
    public static final String TEST_ID = "testId";
    public static final String TEST_LABEL = "testLabel";
    public static final String TEST_STARTS_AT = "testStartsAt";

    // Form fields only
    public static final String CRITERIA_TEXT = "criteriaText";
    public static final String I_MAX1 = "iMax1";
    public static final String I_MAX2 = "iMax2";
    public static final String I_MAX3 = "iMax3";
    public static final String I_MAX4 = "iMax4";
    public static final String I_MAX5 = "iMax5";
    public static final String I_MAX6 = "iMax6";
    public static final String I_MAX7 = "iMax7";
    public static final String I_MAX8 = "iMax8";
    public static final String I_MAX9 = "iMax9";
    public static final String P_MAX1 = "pMax1";
    public static final String P_MAX2 = "pMax2";
    public static final String P_MAX3 = "pMax3";
    public static final String P_MAX4 = "pMax4";
    public static final String P_MAX5 = "pMax5";
    public static final String P_MAX6 = "pMax6";
    public static final String PLAN_CONFIRMED = "planConfirmed";
    public static final String RECORRECTION_NOTE = "recorrectionNote";
    public static final String TEST_MINUTES_SIGNED = "testMinutesSigned";
    public static final String TEST_RESULTS_DISPLAYED = "testResultsDisplayed";
    public static final String W_MAX1 = "wMax1";
    public static final String W_MAX2 = "wMax2";
    public static final String W_MAX3 = "wMax3";
    public static final String W_MAX4 = "wMax4";
    public static final String W_MAX5 = "wMax5";

    // Set and read by code only (no model expression or form key uses them)
    /** Corectarea, în cuvinte, pentru numele sarcinii. */
    public static final String CORRECTION_LABEL = "correctionLabel";
    /** A câta corectare a lucrării este (1 = prima). */
    public static final String CORRECTION_ROUND = "correctionRound";
    /** Câte criterii are baremul probei. */
    public static final String CRITERIA_COUNT = "criteriaCount";
    /** Lucrarea de corectat, în cuvinte, pentru numele sarcinii. */
    public static final String PAPER_LABEL = "paperLabel";
    /** Categoria postului (intrare a tabelului punctajului minim). */
    public static final String POST_CATEGORY = "postCategory";
    /** Diferența dintre punctaje, în sutimi (intrare a tabelului de decizie). */
    public static final String SPREAD_HUNDREDTHS = "spreadHundredths";
    /** Tipul probei (WRITTEN, PRACTICAL, INTERVIEW). */
    public static final String TEST_TYPE = "testType";
    /** Câte punctaje valide are lucrarea (intrare a tabelului de decizie). */
    public static final String VALID_EVALUATIONS = "validEvaluations";

    private Variables() {
    }
  }

  /** The contest the test belongs to. */
  public static Long contestId(VariableScope scope) {
    return ProcessNumbers.longValue(scope, Variables.CONTEST_ID);
  }

  /** The test (proba) this instance runs. */
  public static Long testId(VariableScope scope) {
    return ProcessNumbers.longValue(scope, Variables.TEST_ID);
  }
}
