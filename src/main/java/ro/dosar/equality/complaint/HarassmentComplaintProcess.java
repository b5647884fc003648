package ro.dosar.equality.complaint;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/equality/harassment-complaint.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class HarassmentComplaintProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "harassmentComplaint";

  private HarassmentComplaintProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // User tasks
    /** Confirmarea primirii către petent. */
    public static final String ACKNOWLEDGE_COMPLAINT = "acknowledgeComplaint";
    /** Escaladare: confirmarea primirii a depășit termenul. */
    public static final String ESCALATE_ACKNOWLEDGEMENT = "escalateAcknowledgement";
    /** Triajul plângerii (competență, conflict de interese, protecție, sprijin). */
    public static final String TRIAGE_COMPLAINT = "triageComplaint";
    /** Cercetarea plângerii și concluzia. */
    public static final String INVESTIGATE_COMPLAINT = "investigateComplaint";
    /** Escaladare: cercetarea a depășit termenul. */
    public static final String ESCALATE_INVESTIGATION = "escalateInvestigation";
    /** Informarea petentului (în limitele confidențialității). */
    public static final String INFORM_COMPLAINANT = "informComplainant";
    /** Sesizarea scrisă către comisia de disciplină. */
    public static final String WRITE_COMPLAINT_REFERRAL = "writeComplaintReferral";

    // Business rule tasks
    /** Cine cercetează plângerea. */
    public static final String ROUTE_COMPLAINT = "routeComplaint";

    // Timer boundary events
    /** Termenul confirmării depășit. */
    public static final String ACKNOWLEDGEMENT_OVERDUE = "acknowledgementOverdue";
    /** Termenul cercetării depășit. */
    public static final String INVESTIGATION_OVERDUE = "investigationOverdue";

    // Call activities
    /** Cercetarea disciplinară a autorului. */
    public static final String REFER_TO_DISCIPLINE = "referToDiscipline";

    // Subprocesses
    /** Sesizarea comisiei de disciplină. */
    public static final String REFERRAL_TO_DISCIPLINE = "referralToDiscipline";
    /** Represalii semnalate. */
    public static final String RETALIATION_SUBPROCESS = "retaliationSubprocess";

    // Service tasks
    /** Deschiderea cazului legat de represalii. */
    public static final String OPEN_RETALIATION_CASE = "openRetaliationCase";

    // Message start events
    /** Represalii semnalate. */
    public static final String RETALIATION_REPORTED = "retaliationReported";

    private Elements() {
    }
  }

  /** Names of the messages the process waits for (correlate with these). */
  public static final class Messages {

    public static final String RETALIATION_REPORTED = "RetaliationReported";

    private Messages() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    public static final String ACCUSED_NAME = "accusedName";
    public static final String ACCUSED_USER = "accusedUser";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String ACKNOWLEDGEMENT_DUE_AT = "acknowledgementDueAt";
    public static final String ACKNOWLEDGEMENT_ESCALATE_AT = "acknowledgementEscalateAt";
    public static final String COMMUNICATION = "communication";
    public static final String COMPLAINT_HANDLER = "complaintHandler";
    public static final String CONCERNS_DG = "concernsDG";
    public static final String CONCERNS_DIRECTOR_GENERAL = "concernsDirectorGeneral";
    public static final String CONCERNS_EQUALITY_OFFICER = "concernsEqualityOfficer";
    public static final String CONCLUSION = "conclusion";
    public static final String CONCLUSION_REASONS = "conclusionReasons";
    public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";
    public static final String DISCIPLINARY_REFERRAL = "disciplinaryReferral";
    public static final String EMPLOYEE_CATEGORY = "employeeCategory";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String EVIDENCE = "evidence";
    public static final String IN_SCOPE = "inScope";
    public static final String INVESTIGATION_DUE_AT = "investigationDueAt";
    public static final String INVESTIGATION_ESCALATE_AT = "investigationEscalateAt";
    public static final String INVESTIGATORS = "investigators";
    public static final String KNOWLEDGE_DATE = "knowledgeDate";
    public static final String NO_REFERRAL_REASON = "noReferralReason";
    public static final String OFFENCE_DATE = "offenceDate";
    public static final String OFFENCE_DESCRIPTION = "offenceDescription";
    public static final String RECOMMENDED_MEASURES = "recommendedMeasures";
    public static final String REFERENCE = "reference";
    public static final String REFERRER_NAME = "referrerName";
    public static final String REFERRER_ROLE = "referrerRole";
    public static final String REFERRER_USER = "referrerUser";
    public static final String STATUS = "status";
    public static final String SUPPORT_ACCEPTED = "supportAccepted";
    public static final String SUPPORT_OFFERED = "supportOffered";
    public static final String TRIAGE_NOTE = "triageNote";
    public static final String URGENT_PROTECTION = "urgentProtection";

    // Set and read by code only
    public static final String ANONYMOUS = "anonymous";
    public static final String COMPLAINT_ID = "complaintId";
    public static final String COMPLAINT_TYPE = "complaintType";
    public static final String LINKED_CASE_ID = "linkedCaseId";
    public static final String OUTCOME = "outcome";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String RETALIATION_CASE_ID = "retaliationCaseId";

    private Variables() {
    }
  }
}
