package ro.dosar.contest;

import org.camunda.bpm.engine.delegate.VariableScope;
import ro.dosar.domain.ProcessNumbers;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/contest/contest-hiring.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class ContestHiringProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "contestHiring";

  private ContestHiringProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    // Subprocesses
    /** Propunerea și metodologia de concurs. */
    public static final String PROPOSAL_PHASE = "proposalPhase";
    /** Constituirea comisiilor. */
    public static final String COMMISSIONS_PHASE = "commissionsPhase";
    /** Anunțul și publicarea. */
    public static final String ANNOUNCEMENT_PHASE = "announcementPhase";
    /** Înscrierea candidaților. */
    public static final String REGISTRATION_PHASE = "registrationPhase";
    /** Selecția dosarelor și contestațiile. */
    public static final String SELECTION_PHASE = "selectionPhase";
    /** Rezultatele finale. */
    public static final String FINAL_RESULTS_PHASE = "finalResultsPhase";
    /** Prezentarea la post (§8.6). */
    public static final String PRESENTING_AT_POST = "presentingAtPost";
    /** Conflict de interese constatat (§8.1.5(14)-(19)). */
    public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";
    /** Recorectarea de către membrii rămași. */
    public static final String RECORRECT_AFTER_CONFLICT = "recorrectAfterConflict";
    /** Sesizare privind nerespectarea prevederilor legale (§8.5(1)-(4)). */
    public static final String IRREGULARITY_NOTICE = "irregularityNotice";
    /** Amânarea unei probe (§8.5.2). */
    public static final String CONTEST_POSTPONEMENT = "contestPostponement";
    /** Membru care nu poate participa (§8.5.3(1)). */
    public static final String MEMBER_UNAVAILABLE = "memberUnavailable";
    /** Anularea concursului (§8.1.3(6)). */
    public static final String CONTEST_ANNULMENT = "contestAnnulment";
    /** Reluarea procedurii (§8.1.5(19), §8.5.2(1) lit. b)). */
    public static final String CONTEST_RESTART = "contestRestart";
    /** Cerere de adaptare rezonabilă a probelor (§8.1.4(9), §8.4). */
    public static final String REASONABLE_ACCOMMODATION = "reasonableAccommodation";

    // User tasks
    /** Verificare și avizare propunere (D.R.U.). */
    public static final String REVIEW_PROPOSAL = "reviewProposal";
    /** Aprobare propunere (Rector). */
    public static final String APPROVE_PROPOSAL = "approveProposal";
    /** Elaborare metodologie de concurs. */
    public static final String DRAFT_METHODOLOGY = "draftMethodology";
    /** Aprobare metodologie (Rector). */
    public static final String APPROVE_METHODOLOGY = "approveMethodology";
    /** Întocmire decizii de constituire a comisiilor. */
    public static final String DRAFT_COMMISSION_DECISIONS = "draftCommissionDecisions";
    /** Avizare decizii (consilier juridic). */
    public static final String ENDORSE_COMMISSION_DECISIONS = "endorseCommissionDecisions";
    /** Semnare decizii comisii (Rector). */
    public static final String SIGN_COMMISSION_DECISIONS = "signCommissionDecisions";
    /** Întocmire anunț și calendar. */
    public static final String PREPARE_ANNOUNCEMENT = "prepareAnnouncement";
    /** Publicare anunț (sediu, site, posturi.gov.ro). */
    public static final String PUBLISH_ANNOUNCEMENT = "publishAnnouncement";
    /** Înregistrare dosar de concurs. */
    public static final String REGISTER_FILE = "registerFile";
    /** Selecția dosarelor a depășit termenul. */
    public static final String ESCALATE_SELECTION = "escalateSelection";
    /** Proces-verbal de selecție și afișarea rezultatelor. */
    public static final String DISPLAY_SELECTION_RESULTS = "displaySelectionResults";
    /** Interviu nou pentru candidații la egalitate (§8.3(18),(19)). */
    public static final String DECIDE_TIE = "decideTie";
    /** Proces-verbal și afișarea rezultatelor finale. */
    public static final String DISPLAY_FINAL_RESULTS = "displayFinalResults";
    /** Aprobarea termenului ulterior de prezentare (Rector). */
    public static final String APPROVE_START_DATE = "approveStartDate";
    /** Constatarea conflictului de interese (Rector). */
    public static final String ESTABLISH_CONFLICT = "establishConflict";
    /** Recorectare: ${paperLabel}. */
    public static final String RESCORE_AFTER_CONFLICT = "rescoreAfterConflict";
    /** Re-afișarea rezultatelor recalculate (§8.1.3(5)). */
    public static final String REDISPLAY_RESULTS = "redisplayResults";
    /** Înlocuirea membrului în conflict a depășit termenul. */
    public static final String ESCALATE_REPLACEMENT = "escalateReplacement";
    /** Verificarea de urgență a sesizării nr. ${noticeId} (Rector). */
    public static final String VERIFY_NOTICE = "verifyNotice";
    /** Anunțarea amânării și informarea candidaților (§8.5.2(2)). */
    public static final String ANNOUNCE_POSTPONEMENT = "announcePostponement";
    /** Confirmările scrise ale candidaților (§8.5.2(3)-(4)). */
    public static final String COLLECT_POSTPONEMENT_CONFIRMATIONS =
        "collectPostponementConfirmations";
    /** Soluționarea cererii de adaptare rezonabilă: dosarul ${accommodationCode}. */
    public static final String DECIDE_ACCOMMODATION = "decideAccommodation";

    // Business rule tasks
    /** Componența pe gen a comisiei de concurs. */
    public static final String ASSESS_COMPETITION_COMMISSION_GENDER =
        "assessCompetitionCommissionGender";
    /** Componența pe gen a comisiei de contestații. */
    public static final String ASSESS_CONTESTATION_COMMISSION_GENDER =
        "assessContestationCommissionGender";
    /** Punctajul minim al probei. */
    public static final String DETERMINE_RECORRECTION_PASS_MARK = "determineRecorrectionPassMark";
    /** Conformitatea anunțului cu planul pentru egalitate de gen. */
    public static final String ASSESS_ANNOUNCEMENT_COMPLIANCE = "assessAnnouncementCompliance";
    /** Valabilitatea evaluărilor rămase. */
    public static final String ASSESS_EVALUATION_VALIDITY = "assessEvaluationValidity";
    /** Regula de calcul a punctajului. */
    public static final String CHOOSE_RECORRECTED_AGGREGATION_RULE =
        "chooseRecorrectedAggregationRule";

    // Timer intermediate catch events
    /** Termen de depunere expirat. */
    public static final String SUBMISSION_DEADLINE_REACHED = "submissionDeadlineReached";

    // Call activities
    /** Selecția dosarelor (câte un dosar, fiecare membru independent). */
    public static final String FILE_SELECTION = "fileSelection";
    /** Contestații la selecția dosarelor. */
    public static final String SELECTION_CONTESTATIONS = "selectionContestations";
    /** Proba scrisă. */
    public static final String WRITTEN_TEST = "writtenTest";
    /** Contestații la proba scrisă. */
    public static final String WRITTEN_CONTESTATIONS = "writtenContestations";
    /** Proba practică. */
    public static final String PRACTICAL_TEST = "practicalTest";
    /** Contestații la proba practică. */
    public static final String PRACTICAL_CONTESTATIONS = "practicalContestations";
    /** Interviul. */
    public static final String INTERVIEW_TEST = "interviewTest";
    /** Contestații la interviu. */
    public static final String INTERVIEW_CONTESTATIONS = "interviewContestations";
    /** Înlocuirea membrului în conflict (max. 2 zile lucrătoare). */
    public static final String REPLACE_CONFLICTED_MEMBER = "replaceConflictedMember";
    /** Suspendarea concursului. */
    public static final String SUSPEND_CONTEST = "suspendContest";
    /** Modificarea comisiei. */
    public static final String REPLACE_UNAVAILABLE_MEMBER = "replaceUnavailableMember";

    // Timer boundary events
    /** Termen de selecție depășit. */
    public static final String SELECTION_OVERDUE = "selectionOverdue";
    /** Termen de prezentare depășit. */
    public static final String PRESENTING_DEADLINE_PASSED = "presentingDeadlinePassed";
    /** 2 zile lucrătoare depășite. */
    public static final String REPLACEMENT_OVERDUE = "replacementOverdue";

    // Receive tasks
    /** Așteptarea prezentării la post. */
    public static final String AWAIT_CANDIDATE = "awaitCandidate";

    // Message boundary events
    /** Neprezentare / refuz scris. */
    public static final String CANDIDATE_DID_NOT_PRESENT = "candidateDidNotPresent";
    /** Cerere de termen ulterior. */
    public static final String START_DATE_CHANGE_REQUESTED = "startDateChangeRequested";

    // Message start events
    /** Conflict de interese semnalat. */
    public static final String CONFLICT_REPORTED = "conflictReported";
    /** Sesizare primită. */
    public static final String NOTICE_RECEIVED = "noticeReceived";
    /** Data probei nu poate fi respectată. */
    public static final String POSTPONEMENT_REQUESTED = "postponementRequested";
    /** Cerere de înlocuire. */
    public static final String MEMBER_UNAVAILABLE_REPORTED = "memberUnavailableReported";
    /** Cerere de adaptare primită. */
    public static final String ACCOMMODATION_REQUESTED = "accommodationRequested";

    // End events (queried by tests)
    /** Decizie consemnată și afișată candidatului. */
    public static final String ACCOMMODATION_DECIDED = "accommodationDecided";
    /** Anulare hotărâtă (§8.1.3(6)). */
    public static final String ANNULLED_AFTER_SUSPENSION = "annulledAfterSuspension";
    /** Membru înlocuit. */
    public static final String CONFLICTED_MEMBER_REPLACED = "conflictedMemberReplaced";
    /** Conflict neconstatat. */
    public static final String CONFLICT_NOT_ESTABLISHED = "conflictNotEstablished";
    /** Rezultate recalculate afișate. */
    public static final String CONFLICT_RESOLVED = "conflictResolved";
    /** Concurs anulat. */
    public static final String CONTEST_ANNULLED = "contestAnnulled";
    /** Concurs încheiat (post ocupat sau neocupat). */
    public static final String CONTEST_CLOSED = "contestClosed";
    /** Concurs amânat. */
    public static final String CONTEST_POSTPONED = "contestPostponed";
    /** Procedură reluată. */
    public static final String CONTEST_RESTARTED = "contestRestarted";
    /** Concurs reluat. */
    public static final String CONTEST_RESUMED_END = "contestResumedEnd";
    /** Rezultate finale afișate. */
    public static final String FINAL_RESULTS_DISPLAYED = "finalResultsDisplayed";
    /** Încălcarea regulilor de publicitate: anulare (§8.1.3(6)). */
    public static final String NOTICE_ANNULMENT = "noticeAnnulment";
    /** Prevederi respectate: concursul continuă (§8.5(4)). */
    public static final String NOTICE_COMPLIANT = "noticeCompliant";
    /** Post neocupat: niciun candidat promovat. */
    public static final String NOT_FILLED_AFTER_INTERVIEW = "notFilledAfterInterview";
    /** Post neocupat: niciun candidat promovat. */
    public static final String NOT_FILLED_AFTER_PRACTICAL = "notFilledAfterPractical";
    /** Post neocupat: niciun candidat promovat. */
    public static final String NOT_FILLED_AFTER_WRITTEN = "notFilledAfterWritten";
    /** Niciun candidat admis. */
    public static final String NO_ADMITTED_CANDIDATE = "noAdmittedCandidate";
    /** Clasament epuizat. */
    public static final String NO_CANDIDATE_LEFT = "noCandidateLeft";
    /** Niciun dosar depus. */
    public static final String NO_FILES = "noFiles";
    /** Peste 15 zile lucrătoare: procedura se reia (§8.5.2(1) lit. b)). */
    public static final String POSTPONEMENT_RESTART = "postponementRestart";
    /** Post ocupat. */
    public static final String POST_TAKEN = "postTaken";
    /** Propunere respinsă. */
    public static final String PROPOSAL_REJECTED = "proposalRejected";
    /** Întârziere semnalată. */
    public static final String REPLACEMENT_ESCALATED = "replacementEscalated";
    /** Întârziere semnalată. */
    public static final String SELECTION_ESCALATED = "selectionEscalated";
    /** Cerere soluționată. */
    public static final String UNAVAILABILITY_HANDLED = "unavailabilityHandled";

    // Service tasks (queried by tests)
    /** Verificarea membrilor numiți în evidența de personal. */
    public static final String CHECK_COMMISSIONS = "checkCommissions";
    /** Verificarea componenței comisiilor (§8.1.5). */
    public static final String RECORD_COMMISSIONS_CHECK = "recordCommissionsCheck";

    // Gateways (queried by tests)
    /** Probă practică? */
    public static final String PRACTICAL_HELD = "practicalHeld";

    private Elements() {
    }
  }

  /** Names of the messages the process waits for (correlate with these). */
  public static final class Messages {

    public static final String CANDIDATE_DID_NOT_PRESENT = "CandidateDidNotPresent";
    /** A candidate asks for reasonable accommodation of the tests (§8.1.4(9), §8.4). */
    public static final String ACCOMMODATION_REQUESTED = "AccommodationRequested";
    public static final String CANDIDATE_PRESENTED = "CandidatePresented";
    public static final String COMMISSION_MEMBER_UNAVAILABLE = "CommissionMemberUnavailable";
    public static final String CONFLICT_OF_INTEREST_REPORTED = "ConflictOfInterestReported";
    public static final String CONTEST_POSTPONEMENT_REQUESTED = "ContestPostponementRequested";
    public static final String IRREGULARITY_NOTICE_RECEIVED = "IrregularityNoticeReceived";
    public static final String START_DATE_CHANGE_REQUESTED = "StartDateChangeRequested";

    private Messages() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {

    // Used in the model: expressions, conditions, mappings, collections, decision results
    /** Accommodation request (local to its event subprocess): the request's id. */
    public static final String ACCOMMODATION_REQUEST_ID = "accommodationRequestId";
    /** The code of the candidate who asks for accommodation. */
    public static final String ACCOMMODATION_CODE = "accommodationCode";
    /** The request's text (confidential: HR's task only). */
    public static final String ACCOMMODATION_REQUEST = "accommodationRequest";
    /** When HR's decision is due: the last working day before the first test. */
    public static final String ACCOMMODATION_DUE_AT = "accommodationDueAt";
    /** HR's decision: "true" granted, "false" refused (local to the task). */
    public static final String ACCOMMODATION_GRANTED = "accommodationGranted";
    /** The reason of HR's decision (local to the task). */
    public static final String ACCOMMODATION_REASON = "accommodationReason";
    public static final String ADMITTED_COUNT = "admittedCount";
    public static final String AGGREGATION_RULE = "aggregationRule";
    public static final String ANNOUNCEMENT_CHECKLIST_CONFIRMED = "announcementChecklistConfirmed";
    public static final String ANNOUNCEMENT_COMPLIANCE = "announcementCompliance";
    public static final String ANNOUNCEMENT_MODE = "announcementMode";
    public static final String ANNOUNCEMENT_VALID = "announcementValid";
    public static final String ANNULMENT_REASON = "annulmentReason";
    public static final String ANONYMOUS_FIRST_STAGE = "anonymousFirstStage";
    public static final String CANDIDATE_CODE = "candidateCode";
    public static final String CANDIDATE_CODES = "candidateCodes";
    public static final String CANDIDATE_COUNT = "candidateCount";
    public static final String CANDIDATE_EMAIL = "candidateEmail";
    public static final String CANDIDATE_GENDER = "candidateGender";
    public static final String CANDIDATE_NAME = "candidateName";
    public static final String CANDIDATE_PHONE = "candidatePhone";
    public static final String CC_GENDER_ACTION = "ccGenderAction";
    public static final String CC_GENDER_STATUS = "ccGenderStatus";
    public static final String CC_MEMBER_COUNT = "ccMemberCount";
    public static final String CC_MEMBERS = "ccMembers";
    public static final String CC_MEN_COUNT = "ccMenCount";
    public static final String CC_PRESIDENT_USER = "ccPresidentUser";
    public static final String CC_UNDERREPRESENTED_GENDER = "ccUnderrepresentedGender";
    public static final String CC_WOMEN_COUNT = "ccWomenCount";
    public static final String CHANGE_DUE_AT = "changeDueAt";
    public static final String CHANGE_REASON = "changeReason";
    public static final String CHANGED_COMMISSION = "changedCommission";
    public static final String CHANNEL = "channel";
    public static final String COMMISSIONS_NAMED = "commissionsNamed";
    public static final String COMMISSIONS_VALID = "commissionsValid";
    public static final String CONFIRMATIONS_DUE_AT = "confirmationsDueAt";
    public static final String CONFLICT_ESTABLISHED = "conflictEstablished";
    public static final String CONFLICT_MEMBER = "conflictMember";
    public static final String CONFLICT_REPLACEMENT_DUE_AT = "conflictReplacementDueAt";
    public static final String CONTEST_ID = "contestId";
    public static final String CSC_GENDER_ACTION = "cscGenderAction";
    public static final String CSC_GENDER_STATUS = "cscGenderStatus";
    public static final String CSC_MEMBER_COUNT = "cscMemberCount";
    public static final String CSC_MEMBERS = "cscMembers";
    public static final String CSC_MEN_COUNT = "cscMenCount";
    public static final String CSC_PRESIDENT_USER = "cscPresidentUser";
    public static final String CSC_UNDERREPRESENTED_GENDER = "cscUnderrepresentedGender";
    public static final String CSC_WOMEN_COUNT = "cscWomenCount";
    public static final String CURRENT_TEST_ID = "currentTestId";
    public static final String DECISIONS_SIGNED = "decisionsSigned";
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
    public static final String ENCOURAGEMENT_STATEMENT_PRESENT = "encouragementStatementPresent";
    public static final String ENFORCEMENT_MODE = "enforcementMode";
    public static final String EQUALITY_PLAN_IN_FORCE = "equalityPlanInForce";
    public static final String EVALUATION_VALIDITY = "evaluationValidity";
    public static final String FILE_CODE = "fileCode";
    public static final String FINAL_DISPLAY_DUE_AT = "finalDisplayDueAt";
    public static final String FIRST_TEST_DATE = "firstTestDate";
    public static final String GENDER_COMPOSITION = "genderComposition";
    public static final String GENDER_ENFORCEMENT_MODE = "genderEnforcementMode";
    public static final String HAS_ENCOURAGEMENT_STATEMENT = "hasEncouragementStatement";
    public static final String INTERVIEW_DATE = "interviewDate";
    public static final String LATE_REQUEST = "lateRequest";
    public static final String LEGAL_ENDORSED = "legalEndorsed";
    public static final String MEMBER = "member";
    public static final String MEMBER_COUNT = "memberCount";
    public static final String MEN_COUNT = "menCount";
    public static final String METHODOLOGY_APPROVED = "methodologyApproved";
    public static final String MINORITY_MEMBER = "minorityMember";
    public static final String MINORITY_MEMBERS = "minorityMembers";
    public static final String MODE = "mode";
    public static final String NEW_INTERVIEW_REQUIRED = "newInterviewRequired";
    public static final String NO_CONFLICT_DECLARED = "noConflictDeclared";
    public static final String NOTICE_DUE_AT = "noticeDueAt";
    public static final String NOTICE_FINDINGS = "noticeFindings";
    public static final String NOTICE_ID = "noticeId";
    public static final String NOTICE_OUTCOME = "noticeOutcome";
    public static final String OFFER_AVAILABLE = "offerAvailable";
    public static final String OFFERED_CODE = "offeredCode";
    public static final String PAPER_ID = "paperId";
    public static final String PAPER_LABEL = "paperLabel";
    public static final String PAPERS_TO_RECORRECT = "papersToRecorrect";
    public static final String PASS_MARK = "passMark";
    public static final String POST_WINNERS = "postWinners";
    public static final String POSTPONEMENT_DECISION = "postponementDecision";
    public static final String PRACTICAL_TEST = "practicalTest";
    public static final String PRESENTING_DUE_AT = "presentingDueAt";
    public static final String PROPOSAL_APPROVED = "proposalApproved";
    public static final String RECORRECTION_COUNT = "recorrectionCount";
    public static final String RECRUITMENT_POLICY_IN_FORCE = "recruitmentPolicyInForce";
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
    public static final String SECRETARY = "secretary";
    public static final String SELECTION_DECISION = "selectionDecision";
    public static final String SELECTION_DEADLINE = "selectionDeadline";
    public static final String SELECTION_DISPLAY_DUE_AT = "selectionDisplayDueAt";
    public static final String SELECTION_DUE_AT = "selectionDueAt";
    public static final String SELECTION_REASON = "selectionReason";
    public static final String SEPARATE_OPINION = "separateOpinion";
    public static final String START_DATE_APPROVED = "startDateApproved";
    public static final String START_DATE_REQUEST_LAWFUL = "startDateRequestLawful";
    public static final String SUBMISSION_DEADLINE_AT = "submissionDeadlineAt";
    public static final String SUBMITTED_AT = "submittedAt";
    public static final String SUSPENSION_OUTCOME = "suspensionOutcome";
    public static final String TIE_WINNER_CODES = "tieWinnerCodes";
    public static final String UNAVAILABLE_MEMBER = "unavailableMember";
    public static final String WINNER_CODE = "winnerCode";
    public static final String WOMEN_COUNT = "womenCount";
    public static final String WRITTEN_TEST = "writtenTest";

    // Form fields only
    public static final String ADMINISTRATIVE_CODE_INCLUDED = "administrativeCodeIncluded";
    public static final String ANNOUNCEMENT_COMPLIANCE_NOTE = "announcementComplianceNote";
    public static final String ANNOUNCEMENT_NUMBER = "announcementNumber";
    public static final String ANNOUNCEMENT_VIOLATIONS = "announcementViolations";
    public static final String ANONYMOUS_FIRST_STAGE_REASON = "anonymousFirstStageReason";
    public static final String BIBLIOGRAPHY = "bibliography";
    public static final String CANDIDATES_INFORMED = "candidatesInformed";
    public static final String CC_ALTERNATES = "ccAlternates";
    public static final String CC_MEMBER1 = "ccMember1";
    public static final String CC_MEMBER2 = "ccMember2";
    public static final String CC_MEMBER3 = "ccMember3";
    public static final String CC_MEMBER4 = "ccMember4";
    public static final String CC_PRESIDENT = "ccPresident";
    public static final String COMMISSION_GENDER_JUSTIFICATION = "commissionGenderJustification";
    public static final String COMMISSION_GENDER_WARNING = "commissionGenderWarning";
    public static final String COMMISSION_VIOLATIONS = "commissionViolations";
    public static final String CONFIRMATIONS_RECORDED = "confirmationsRecorded";
    public static final String CONFIRMED_CODES = "confirmedCodes";
    public static final String CONFLICT_REMARKS = "conflictRemarks";
    public static final String CONFLICT_REPORT = "conflictReport";
    public static final String CONTRACT_DURATION = "contractDuration";
    public static final String CONTRACT_PERIOD = "contractPeriod";
    public static final String CONTRACT_TYPE = "contractType";
    public static final String COR_CODE = "corCode";
    public static final String CRITERIA_TEXT = "criteriaText";
    public static final String CSC_MEMBER1 = "cscMember1";
    public static final String CSC_MEMBER2 = "cscMember2";
    public static final String CSC_MEMBER3 = "cscMember3";
    public static final String CSC_MEMBER4 = "cscMember4";
    public static final String CSC_PRESIDENT = "cscPresident";
    public static final String DUTIES = "duties";
    public static final String EQUAL_OPPORTUNITY_STATEMENT = "equalOpportunityStatement";
    public static final String ESCALATION_NOTE = "escalationNote";
    public static final String FINAL_MINUTES_SIGNED = "finalMinutesSigned";
    public static final String FINAL_RESULTS_SHOWN = "finalResultsShown";
    public static final String FIRST_TEST_HOUR = "firstTestHour";
    public static final String GENERAL_CONDITIONS_INCLUDED = "generalConditionsIncluded";
    public static final String HR_ENDORSED = "hrEndorsed";
    public static final String INFORMATION_MEANS = "informationMeans";
    public static final String INSTITUTION_CODE = "institutionCode";
    public static final String INTERVIEW_HOUR = "interviewHour";
    public static final String LEGAL_REMARKS = "legalRemarks";
    public static final String MERIT_BASED_CRITERIA_CONFIRMED = "meritBasedCriteriaConfirmed";
    public static final String METHODOLOGY = "methodology";
    public static final String METHODOLOGY_REMARKS = "methodologyRemarks";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String NEUTRAL_LANGUAGE_CONFIRMED = "neutralLanguageConfirmed";
    public static final String NOTICE_FROM = "noticeFrom";
    public static final String NOTICE_TEXT = "noticeText";
    public static final String POST_CATEGORY = "postCategory";
    public static final String POST_NAME = "postName";
    public static final String POSTPONEMENT_PUBLISHED = "postponementPublished";
    public static final String POSTS_COUNT = "postsCount";
    public static final String PROPOSED_COMMISSIONS = "proposedCommissions";
    public static final String PUBLICATION_DATE = "publicationDate";
    public static final String PUBLISHED_AT_HEADQUARTERS = "publishedAtHeadquarters";
    public static final String PUBLISHED_ON_WEBSITE = "publishedOnWebsite";
    public static final String RECALCULATED_RESULTS_DISPLAYED = "recalculatedResultsDisplayed";
    public static final String RECORRECTION_NOTE = "recorrectionNote";
    public static final String RECTOR_DECISION_REMARKS = "rectorDecisionRemarks";
    public static final String RECTOR_REMARKS = "rectorRemarks";
    public static final String REQUIRED_DOCUMENTS = "requiredDocuments";
    /** The registration number the Registry's task reserved (task-local, read-only). */
    public static final String RESERVED_CODE = "reservedCode";
    public static final String SECRETARY_CONTACT = "secretaryContact";
    public static final String SELECTION_MINUTES_SIGNED = "selectionMinutesSigned";
    public static final String SELECTION_RESULTS_DISPLAYED = "selectionResultsDisplayed";
    public static final String SENT_TO_NATIONAL_PORTAL = "sentToNationalPortal";
    public static final String SPECIFIC_CONDITIONS = "specificConditions";
    public static final String START_DATE_REMARKS = "startDateRemarks";
    public static final String STRUCTURE = "structure";
    public static final String STUDY_LEVEL = "studyLevel";
    public static final String SUBMISSION_HOUR = "submissionHour";
    public static final String SUBMISSION_PLACE = "submissionPlace";
    public static final String TEST_PLACE = "testPlace";
    public static final String TIE_DECISION_MINUTES = "tieDecisionMinutes";
    public static final String VACANCY_TYPE = "vacancyType";
    public static final String WORK_NORM = "workNorm";
    public static final String WORKING_TIME = "workingTime";

    // Set and read by code only (no model expression or form key uses them)
    /** Data activității la care membrul comisiei nu poate participa. */
    public static final String ACTIVITY_DATE = "activityDate";
    /** Componența comisiilor, ca text pentru avizare și semnare. */
    public static final String COMMISSIONS_TEXT = "commissionsText";
    /** Starea concursului, ținută la zi pentru Cockpit și rapoarte. */
    public static final String CONTEST_STATUS = "contestStatus";
    /** Durata contractului de muncă oferit câștigătorului. */
    public static final String EMPLOYMENT_CONTRACT_TERM = "employmentContractTerm";
    /** Ziua afișării rezultatelor finale (yyyy-MM-dd). */
    public static final String FINAL_RESULTS_DISPLAYED_ON = "finalResultsDisplayedOn";
    /** Cui s-a trimis anunțul de recrutare internă. */
    public static final String INTERNAL_NOTICE_RECIPIENTS = "internalNoticeRecipients";
    /** Codul ultimului dosar înregistrat. */
    public static final String LAST_REGISTERED_CODE = "lastRegisteredCode";
    /** Cea mai târzie dată la care se poate amâna proba (yyyy-MM-dd). */
    public static final String LATEST_POSTPONED_DATE = "latestPostponedDate";
    /** Data nouă a probei amânate. */
    public static final String NEW_TEST_DATE = "newTestDate";
    /** Ziua în care postul a fost oferit candidatului (yyyy-MM-dd). */
    public static final String OFFERED_ON = "offeredOn";
    /** Candidatul a prezentat originalele documentelor din dosar. */
    public static final String ORIGINALS_PRESENTED = "originalsPresented";
    /** Motivul amânării probei. */
    public static final String POSTPONEMENT_REASON = "postponementReason";
    /** Utilizatorul care a propus concursul. */
    public static final String PROPOSED_BY = "proposedBy";
    /** Ziua publicării anunțului (yyyy-MM-dd). */
    public static final String PUBLISHED_ON = "publishedOn";
    /** Termenul de prezentare la post după cerere (yyyy-MM-dd). */
    public static final String REQUESTED_DEADLINE = "requestedDeadline";
    /** Data de prezentare la post cerută de candidat. */
    public static final String REQUESTED_START_DATE = "requestedStartDate";
    /** Data cererii candidatului de a se prezenta la post mai târziu. */
    public static final String REQUEST_DATE = "requestDate";
    /** Id-ul concursului care reia procedura. */
    public static final String RESTARTED_AS = "restartedAs";
    /** Id-ul concursului pe care acesta îl reia. */
    public static final String RESTARTED_FROM = "restartedFrom";
    /** De ce cererea de prezentare mai târziu a fost admisă sau nu. */
    public static final String START_DATE_CHANGE_REASON = "startDateChangeReason";
    /** Ultima zi de depunere a dosarelor (yyyy-MM-dd). */
    public static final String SUBMISSION_DEADLINE = "submissionDeadline";
    /** Codurile candidaților la egalitate, ca text. */
    public static final String TIED_CODES_TEXT = "tiedCodesText";
    /** Motivul obiectiv pentru care membrul nu poate participa. */
    public static final String UNAVAILABILITY_REASON = "unavailabilityReason";

    private Variables() {
    }
  }

  /** The contest this instance runs (the contest record's id). */
  public static Long contestId(VariableScope scope) {
    return ProcessNumbers.longValue(scope, Variables.CONTEST_ID);
  }
}
