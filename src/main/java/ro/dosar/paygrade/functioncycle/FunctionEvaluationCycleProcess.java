package ro.dosar.paygrade.functioncycle;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/paygrade/function-evaluation-cycle.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class FunctionEvaluationCycleProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "functionEvaluationCycle";

  private FunctionEvaluationCycleProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Actul intern de constituire a grupului de lucru (pct. 5). */
    public static final String ESTABLISH_WORKING_GROUP = "establishWorkingGroup";
    /** Ordinul ministrului de numire a membrilor (pct. 6). */
    public static final String APPOINT_WORKING_GROUP = "appointWorkingGroup";
    /** Anunțul către unitățile bugetare și pe www.mf.gov.md (pct. 8). */
    public static final String ANNOUNCE_CYCLE = "announceCycle";
    /** Examinarea propunerilor (pct. 10). */
    public static final String EXAMINE_PROPOSALS = "examineProposals";
    /** Decizia privind metoda de evaluare (pct. 15). */
    public static final String DECIDE_METHOD = "decideMethod";
    /** Evaluarea detaliată a funcției nr. ${functionId}. */
    public static final String SCORE_DETAILED = "scoreDetailed";
    /** Punctajele evaluării simplificate (pct. 30–34). */
    public static final String SCORE_SIMPLIFIED = "scoreSimplified";
    /** Confirmarea sau modificarea gradului sugerat. */
    public static final String CONFIRM_GRADE = "confirmGrade";
    /** Revizuirea ierarhiei; funcții de reevaluat (pct. 38). */
    public static final String REVIEW_HIERARCHY = "reviewHierarchy";
    /** Pragurile de separare: cel mult 15 grade (pct. 41–42). */
    public static final String SET_THRESHOLDS = "setThresholds";
    /** Clasele de salarizare și poziționarea în rețea (pct. 42–44). */
    public static final String ASSIGN_SALARY_CLASSES = "assignSalaryClasses";
    /** Analiza impactului financiar, pe scenarii (pct. 45). */
    public static final String ANALYSE_FINANCIAL_IMPACT = "analyseFinancialImpact";
    /** Aprobarea procesului-verbal al grupului de lucru (pct. 46). */
    public static final String APPROVE_MINUTES = "approveMinutes";

    // Timer intermediate catch events
    /** Termenul de depunere a propunerilor. */
    public static final String PROPOSAL_DEADLINE_REACHED = "proposalDeadlineReached";

    // Subprocesses
    /** Evaluarea simplificată, pentru fiecare funcție selectată. */
    public static final String SIMPLIFIED_EVALUATION = "simplifiedEvaluation";

    // End events (queried by tests)
    /** Temei pentru modificarea Legii nr. 270/2018. */
    public static final String RESULTS_RECORDED = "resultsRecorded";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String ANNUAL_IMPACT = "annualImpact";
    public static final String BENCHMARK_FUNCTIONS = "benchmarkFunctions";
    public static final String CCD = "ccd";
    public static final String CCD_DEPTH = "ccdDepth";
    public static final String CCD_MENTAL = "ccdMental";
    public static final String CCD_PHYSICAL = "ccdPhysical";
    public static final String CCD_SCOPE = "ccdScope";
    public static final String COMM_DEPTH = "commDepth";
    public static final String COMM_MENTAL = "commMental";
    public static final String COMM_PHYSICAL = "commPhysical";
    public static final String COMM_SCOPE = "commScope";
    public static final String DEC = "dec";
    public static final String DEC_DEPTH = "decDepth";
    public static final String DEC_MENTAL = "decMental";
    public static final String DEC_PHYSICAL = "decPhysical";
    public static final String DEC_SCOPE = "decScope";
    public static final String EDU = "edu";
    public static final String EDU_DEPTH = "eduDepth";
    public static final String EDU_MENTAL = "eduMental";
    public static final String EDU_PHYSICAL = "eduPhysical";
    public static final String EDU_SCOPE = "eduScope";
    public static final String EFF_DEPTH = "effDepth";
    public static final String EFF_MENTAL = "effMental";
    public static final String EFF_PHYSICAL = "effPhysical";
    public static final String EFF_SCOPE = "effScope";
    public static final String EVALUATION_METHOD = "evaluationMethod";
    public static final String FUNCTION_ID = "functionId";
    public static final String FUNCTION_TEXT = "functionText";
    public static final String FUNCTIONS_TO_REEVALUATE = "functionsToReevaluate";
    public static final String FUNCTIONS_TO_SCORE = "functionsToScore";
    public static final String GRADE_DECISION = "gradeDecision";
    public static final String GRID_POSITIONS = "gridPositions";
    public static final String IMPACT = "impact";
    public static final String IMPACT_SCENARIOS = "impactScenarios";
    public static final String LEAD_DEPTH = "leadDepth";
    public static final String LEAD_MENTAL = "leadMental";
    public static final String LEAD_PHYSICAL = "leadPhysical";
    public static final String LEAD_SCOPE = "leadScope";
    public static final String MINUTES_APPROVED = "minutesApproved";
    public static final String MINUTES_NUMBER = "minutesNumber";
    public static final String OVERRIDE_GRADE = "overrideGrade";
    public static final String OVERRIDE_JUSTIFICATION = "overrideJustification";
    public static final String PROPOSAL_COUNT = "proposalCount";
    public static final String PROPOSAL_DEADLINE_AT = "proposalDeadlineAt";
    public static final String REEVALUATE = "reevaluate";
    public static final String REEVALUATION_METHOD = "reevaluationMethod";
    public static final String REJECTED_FUNCTIONS = "rejectedFunctions";
    public static final String SELECTED_FUNCTIONS = "selectedFunctions";
    public static final String SUGGESTION_TEXT = "suggestionText";
    public static final String THRESHOLDS = "thresholds";
    public static final String WG_GROUP = "wgGroup";
    public static final String WG_HEAD_USER = "wgHeadUser";
    public static final String WORK = "work";
    public static final String WORK_DEPTH = "workDepth";
    public static final String WORK_MENTAL = "workMental";
    public static final String WORK_PHYSICAL = "workPhysical";
    public static final String WORK_SCOPE = "workScope";

    // Form fields only
    public static final String ANNOUNCEMENT_PUBLISHED = "announcementPublished";
    public static final String ANNOUNCEMENT_REFERENCE = "announcementReference";
    public static final String ANNOUNCEMENT_SENT = "announcementSent";
    public static final String APPOINTMENT_ORDER_REF = "appointmentOrderRef";
    public static final String CYCLE_TITLE = "cycleTitle";
    public static final String PROPOSAL_DEADLINE = "proposalDeadline";
    public static final String WG_ACT_REFERENCE = "wgActReference";
    public static final String WG_HEAD = "wgHead";
    public static final String WG_HEAD_IS_STATE_SECRETARY = "wgHeadIsStateSecretary";
    public static final String WG_MEMBERS = "wgMembers";

    // Set and read by code only
    public static final String CYCLE_ID = "cycleId";
    public static final String GRADE_COUNT = "gradeCount";
    public static final String HIERARCHY_TEXT = "hierarchyText";
    public static final String PROPOSALS_SUMMARY = "proposalsSummary";
    public static final String PROPOSAL_DEADLINE_TEXT = "proposalDeadlineText";
    public static final String WG_MEMBER_LIST = "wgMemberList";

    private Variables() {
    }
  }
}
