package ro.dosar.contest.changes;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/commission-change.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class CommissionChangeProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "commissionChange";

  private CommissionChangeProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Cerere de modificare a comisiei: înlocuirea membrului ${changedMemberName}. */
    public static final String REQUEST_COMMISSION_CHANGE = "requestCommissionChange";
    /** Decizia de modificare a comisiei (D.R.U.). */
    public static final String DRAFT_MODIFICATION_DECISION = "draftModificationDecision";
    /** Avizarea deciziei de modificare (consilier juridic). */
    public static final String ENDORSE_MODIFICATION_DECISION = "endorseModificationDecision";
    /** Aprobarea deciziei de modificare (Rector). */
    public static final String SIGN_MODIFICATION_DECISION = "signModificationDecision";

    // Business rule tasks
    /** Componența pe gen a comisiei de concurs. */
    public static final String ASSESS_CHANGED_COMPETITION_COMMISSION_GENDER =
        "assessChangedCompetitionCommissionGender";
    /** Componența pe gen a comisiei de contestații. */
    public static final String ASSESS_CHANGED_CONTESTATION_COMMISSION_GENDER =
        "assessChangedContestationCommissionGender";

    // Service tasks (queried by tests)
    /** Verificarea componenței (§8.1.5; egalitate de gen). */
    public static final String RECORD_COMPOSITION_CHECK = "recordCompositionCheck";

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String CC_GENDER_ACTION = "ccGenderAction";
    public static final String CC_GENDER_STATUS = "ccGenderStatus";
    public static final String CC_MEMBER_COUNT = "ccMemberCount";
    public static final String CC_MEN_COUNT = "ccMenCount";
    public static final String CC_PRESIDENT_USER = "ccPresidentUser";
    public static final String CC_UNDERREPRESENTED_GENDER = "ccUnderrepresentedGender";
    public static final String CC_WOMEN_COUNT = "ccWomenCount";
    public static final String CHANGE_APPROVED = "changeApproved";
    public static final String CHANGE_DUE_AT = "changeDueAt";
    public static final String CHANGE_OUTCOME = "changeOutcome";
    public static final String CHANGE_REASON = "changeReason";
    public static final String CHANGED_COMMISSION = "changedCommission";
    public static final String CHANGED_MEMBER = "changedMember";
    public static final String CHANGED_MEMBER_NAME = "changedMemberName";
    public static final String COMPOSITION_VALID = "compositionValid";
    public static final String CONTEST_ID = "contestId";
    public static final String CSC_GENDER_ACTION = "cscGenderAction";
    public static final String CSC_GENDER_STATUS = "cscGenderStatus";
    public static final String CSC_MEMBER_COUNT = "cscMemberCount";
    public static final String CSC_MEN_COUNT = "cscMenCount";
    public static final String CSC_UNDERREPRESENTED_GENDER = "cscUnderrepresentedGender";
    public static final String CSC_WOMEN_COUNT = "cscWomenCount";
    /** Inputs of the decision, local to the business rule tasks. */
    public static final String ENFORCEMENT_MODE = "enforcementMode";
    public static final String EQUALITY_PLAN_IN_FORCE = "equalityPlanInForce";
    /** The result variable of the business rule tasks, local to each of them. */
    public static final String GENDER_COMPOSITION = "genderComposition";
    public static final String GENDER_ENFORCEMENT_MODE = "genderEnforcementMode";
    public static final String LATE_REQUEST = "lateRequest";
    public static final String LATE_REQUEST_HANDLING = "lateRequestHandling";
    public static final String MEMBER_COUNT = "memberCount";
    public static final String MEN_COUNT = "menCount";
    public static final String SECRETARY = "secretary";
    public static final String WOMEN_COUNT = "womenCount";

    // Form fields only
    public static final String CHANGE_REMARKS = "changeRemarks";
    public static final String COMMISSION_GENDER_JUSTIFICATION = "commissionGenderJustification";
    public static final String COMMISSION_GENDER_WARNING = "commissionGenderWarning";
    public static final String COMPOSITION_VIOLATIONS = "compositionViolations";
    public static final String MODIFICATION_DECISION_NUMBER = "modificationDecisionNumber";
    public static final String REPLACEMENT_MEMBER = "replacementMember";

    // Steps only: the verdict's gender status, recorded on the contest when the change is made
    public static final String COMMISSION_GENDER_STATUS = "commissionGenderStatus";
    /** Numele noului membru, pentru cei care redactează și aprobă decizia. */
    public static final String REPLACEMENT_MEMBER_NAME = "replacementMemberName";

    private Variables() {
    }
  }
}
