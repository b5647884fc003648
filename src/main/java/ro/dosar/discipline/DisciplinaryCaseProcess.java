package ro.dosar.discipline;

import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.domain.ProcessNumbers;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/discipline/disciplinary-case.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class DisciplinaryCaseProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "disciplinaryCase";

  private DisciplinaryCaseProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Prezentarea sesizării președintelui comisiei. */
    public static final String PRESENT_TO_PRESIDENT = "presentToPresident";
    /** Stabilirea ședinței și citarea părților (≥ 3 zile). */
    public static final String SCHEDULE_HEARING = "scheduleHearing";
    /** Verificarea legalității sesizării (Art. 33). */
    public static final String ADMISSIBILITY_CHECK = "admissibilityCheck";
    /** Audierea salariatului (sub sancțiunea nulității). */
    public static final String HEAR_EMPLOYEE = "hearEmployee";
    /** Reprogramarea audierii și o nouă citație (≥ 3 zile). */
    public static final String RESCHEDULE_HEARING = "rescheduleHearing";
    /** Raportul comisiei și propunerea. */
    public static final String ADOPT_REPORT = "adoptReport";
    /** Decizia Directorului (5 zile lucrătoare). */
    public static final String DECIDE_SANCTION = "decideSanction";
    /** Decizia de sancționare a depășit termenul (Art. 34). */
    public static final String ESCALATE_ISSUE = "escalateIssue";
    /** Actul de sancționare (elementele obligatorii). */
    public static final String ISSUE_SANCTION_ACT = "issueSanctionAct";
    /** Suspendarea contractului pe durata cercetării? (Director). */
    public static final String DECIDE_SUSPENSION = "decideSuspension";
    /** Comunicarea actului de sancționare. */
    public static final String COMMUNICATE_ACT = "communicateAct";
    /** Transmiterea raportului comisiei la A.N.F.P. (Art. 29). */
    public static final String REPORT_TO_ANFP = "reportToAnfp";
    /** Decizia de constatare a radierii / nota de radiere. */
    public static final String RECORD_RADIATION = "recordRadiation";

    // Subprocesses
    /** Cercetarea și decizia (în termenul de prescripție). */
    public static final String INVESTIGATION = "investigation";

    // Timer boundary events
    /** 5 zile lucrătoare depășite. */
    public static final String ISSUE_OVERDUE = "issueOverdue";
    /** Termen de prescripție împlinit. */
    public static final String HARD_DEADLINE_REACHED = "hardDeadlineReached";

    // Business rule tasks
    /** Componența pe gen a comisiei de disciplină. */
    public static final String ASSESS_COMMISSION_GENDER = "assessCommissionGender";
    /** Condițiile sancțiunii aplicate (catalogul sancțiunilor). */
    public static final String LOOK_UP_SANCTION_TERMS = "lookUpSanctionTerms";

    // Message intermediate catch events
    /** Contestație depusă la instanță. */
    public static final String CONTESTATION_FILED = "contestationFiled";

    // Timer intermediate catch events
    /** Termen de contestare expirat. */
    public static final String CONTEST_WINDOW_CLOSED = "contestWindowClosed";
    /** Data radierii. */
    public static final String RADIATION_DUE = "radiationDue";

    // Receive tasks
    /** Hotărârea instanței. */
    public static final String AWAIT_COURT_OUTCOME = "awaitCourtOutcome";

    // End events (queried by tests)
    /** Caz închis (clasat sau fără sancțiune). */
    public static final String CASE_CLOSED = "caseClosed";
    /** Caz închis (clasat sau fără sancțiune). */
    public static final String CLOSED_NO_SANCTION = "closedNoSanction";
    /** Sesizare clasată. */
    public static final String REFERRAL_CLOSED = "referralClosed";
    /** Sancțiune anulată. */
    public static final String SANCTION_ANNULLED = "sanctionAnnulled";
    /** Sancțiune radiată. */
    public static final String SANCTION_RADIATED = "sanctionRadiated";
    /** Caz prescris. */
    public static final String TIME_BARRED = "timeBarred";

    // Gateways (queried by tests)
    /** Contestată în 30 de zile? */
    public static final String CONTEST_GATEWAY = "contestGateway";

    private Elements() {
    }
  }

  /** Names of the messages the process waits for (correlate with these). */
  public static final class Messages {

    public static final String CONTESTATION_FILED = "ContestationFiled";
    public static final String CONTESTATION_RESOLVED = "ContestationResolved";

    private Messages() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String APPLIED_SANCTION = "appliedSanction";
    public static final String CASE_OUTCOME = "caseOutcome";
    public static final String COMMUNICATION_DUE_AT = "communicationDueAt";
    public static final String COMPLAINT_REFERENCE = "complaintReference";
    public static final String CONTEST_DEADLINE_AT = "contestDeadlineAt";
    public static final String DC_GENDER_ACTION = "dcGenderAction";
    public static final String DC_GENDER_STATUS = "dcGenderStatus";
    public static final String DC_GROUP = "dcGroup";
    public static final String DC_MEMBER_COUNT = "dcMemberCount";
    public static final String DC_MEN_COUNT = "dcMenCount";
    public static final String DC_PRESIDENT = "dcPresident";
    public static final String DC_SECRETARY = "dcSecretary";
    public static final String DC_WOMEN_COUNT = "dcWomenCount";
    public static final String EMPLOYEE_CATEGORY = "employeeCategory";
    public static final String ENFORCEMENT_MODE = "enforcementMode";
    public static final String EQUALITY_PLAN_IN_FORCE = "equalityPlanInForce";
    public static final String GENDER_COMPOSITION = "genderComposition";
    public static final String GENDER_ENFORCEMENT_MODE = "genderEnforcementMode";
    public static final String GUILT_ESTABLISHED = "guiltEstablished";
    public static final String HARD_DEADLINE_AT = "hardDeadlineAt";
    public static final String HEARING_STATUS = "hearingStatus";
    public static final String ISSUE_DUE_AT = "issueDueAt";
    public static final String MEMBER_COUNT = "memberCount";
    public static final String MEN_COUNT = "menCount";
    public static final String PRESENT_DUE_AT = "presentDueAt";
    public static final String RADIATES = "radiates";
    public static final String RADIATION_AT = "radiationAt";
    public static final String RADIATION_POSTPONED = "radiationPostponed";
    public static final String REFERRAL_LEGAL = "referralLegal";
    public static final String SANCTION_CODE = "sanctionCode";
    public static final String SANCTION_TERMS = "sanctionTerms";
    public static final String SUSPEND_CONTRACT = "suspendContract";
    public static final String WOMEN_COUNT = "womenCount";

    // Form fields only
    public static final String ACCUSED_NAME = "accusedName";
    public static final String ACCUSED_USER = "accusedUser";
    public static final String ACT_DESCRIPTION = "actDescription";
    public static final String ACT_NUMBER = "actNumber";
    public static final String ADMISSIBILITY_REASONS = "admissibilityReasons";
    public static final String ANFP_REGISTRATION = "anfpRegistration";
    public static final String BREACHED_PROVISIONS = "breachedProvisions";
    public static final String COMMUNICATION_DATE = "communicationDate";
    public static final String COMMUNICATION_METHOD = "communicationMethod";
    public static final String CONTEST_INFO = "contestInfo";
    public static final String DECISION_REASONS = "decisionReasons";
    public static final String DEFENCE_REASONS = "defenceReasons";
    public static final String DIRECTOR_DECISION = "directorDecision";
    public static final String DIRECTOR_SANCTION = "directorSanction";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String EVIDENCE = "evidence";
    public static final String GRAVITY_REASONING = "gravityReasoning";
    public static final String HEARING_DATE = "hearingDate";
    public static final String HEARING_MINUTES = "hearingMinutes";
    public static final String HEARING_PLACE = "hearingPlace";
    public static final String INDIVIDUALISATION = "individualisation";
    public static final String IS_GRAVE = "isGrave";
    public static final String KNOWLEDGE_DATE = "knowledgeDate";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String OFFENCE_DATE = "offenceDate";
    public static final String OFFENCE_DESCRIPTION = "offenceDescription";
    public static final String PRESENTED_TO_PRESIDENT = "presentedToPresident";
    public static final String PROPOSED_SANCTION = "proposedSanction";
    public static final String RADIATION_ACT_NUMBER = "radiationActNumber";
    public static final String REFERRER_NAME = "referrerName";
    public static final String REFERRER_ROLE = "referrerRole";
    public static final String REFERRER_USER = "referrerUser";
    public static final String REPORT_FINDINGS = "reportFindings";
    public static final String SANCTION_DAYS = "sanctionDays";
    public static final String SANCTION_MONTHS = "sanctionMonths";
    public static final String SANCTION_PERCENT = "sanctionPercent";
    public static final String SANCTION_YEARS = "sanctionYears";
    public static final String SUMMONS_DELIVERED_DATE = "summonsDeliveredDate";
    public static final String SUSPENDED_FROM = "suspendedFrom";
    public static final String SUSPENDED_UNTIL = "suspendedUntil";

    // Set and read by code only
    public static final String CASE_ID = "caseId";
    public static final String COURT_OUTCOME = "courtOutcome";
    public static final String DC_MEMBERS = "dcMembers";
    public static final String HARD_DEADLINE = "hardDeadline";
    public static final String HARD_DEADLINE_RULE = "hardDeadlineRule";
    public static final String HEARING_RESCHEDULES = "hearingReschedules";
    public static final String RADIATION_DATE = "radiationDate";
    public static final String REFERRAL_DEADLINE = "referralDeadline";
    public static final String REFERRAL_LATE = "referralLate";
    public static final String REGISTRATION_DATE = "registrationDate";

    private Variables() {
    }
  }

  /** The case's id ({@code disciplinary_case.id}), set when the referral is registered. */
  public static long caseId(VariableScope scope) {
    return ProcessNumbers.longValue(scope, Variables.CASE_ID);
  }

  /** The employee the case is about (user id). */
  public static String accusedUser(VariableScope scope) {
    Object value = scope.getVariable(Variables.ACCUSED_USER);
    return (String) value;
  }
}
