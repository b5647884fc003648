package ro.dosar.contest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.tasklist.FormCheck;

/**
 * The server-side re-checks of the contest's task forms, as "end" execution listeners that the
 * models name ({@code camunda:delegateExpression="${selectionOpinionCheck}"}); the names end in
 * "Check" so that no form variable can shadow them in an expression. A listener bean, not an
 * expression: an exception thrown through an expression reaches the caller wrapped (a 500), one
 * thrown by a listener reaches it as it is, so the REST API answers 400 with the Romanian message
 * and nothing is stored. The rules themselves live in {@link ContestSteps} and
 * {@link ContestationSteps}.
 */
@Configuration(proxyBeanMethods = false)
class ContestFormChecks {

  @Bean
  FormCheck proposalCheck(ContestSteps contest) {
    return contest::checkProposal;
  }

  @Bean
  FormCheck proposalUpdateCheck(ContestSteps contest) {
    return contest::updateProposal;
  }

  @Bean
  FormCheck proposalDecisionCheck(ContestSteps contest) {
    return contest::checkProposalDecision;
  }

  @Bean
  FormCheck methodologyDecisionCheck(ContestSteps contest) {
    return execution -> contest.requireChoice(execution, "methodologyApproved");
  }

  @Bean
  FormCheck legalEndorsementCheck(ContestSteps contest) {
    return execution -> contest.requireChoice(execution, "legalEndorsed");
  }

  @Bean
  FormCheck decisionsSignatureCheck(ContestSteps contest) {
    return contest::checkSignature;
  }

  @Bean
  FormCheck publicationConfirmationCheck(ContestSteps contest) {
    return contest::checkPublication;
  }

  @Bean
  FormCheck fileRegistrationCheck(ContestSteps contest) {
    return contest::registerFile;
  }

  @Bean
  FormCheck selectionOpinionCheck(ContestSteps contest) {
    return contest::recordSelectionOpinion;
  }

  @Bean
  FormCheck separateOpinionCheck(ContestSteps contest) {
    return contest::recordSeparateOpinion;
  }

  @Bean
  FormCheck selectionDisplayConfirmationCheck(ContestSteps contest) {
    return contest::checkSelectionDisplay;
  }

  @Bean
  FormCheck contestationRegistrationCheck(ContestationSteps contestation) {
    return contestation::register;
  }

  @Bean
  FormCheck contestationOpinionCheck(ContestationSteps contestation) {
    return contestation::recordOpinion;
  }

  @Bean
  FormCheck testPlanCheck(TestStageSteps test) {
    return test::recordPlan;
  }

  @Bean
  FormCheck rollCallCheck(TestStageSteps test) {
    return test::recordRollCall;
  }

  @Bean
  FormCheck scoreSheetCheck(TestStageSteps test) {
    return test::recordScoreSheet;
  }

  @Bean
  FormCheck testDisplayCheck(TestStageSteps test) {
    return test::checkDisplay;
  }

  @Bean
  FormCheck rescoreSheetCheck(ContestationSteps contestation) {
    return contestation::recordRescore;
  }

  @Bean
  FormCheck testsChoiceCheck(FinalResultSteps results) {
    return results::checkTests;
  }

  @Bean
  FormCheck tieDecisionCheck(FinalResultSteps results) {
    return results::recordTieDecision;
  }

  @Bean
  FormCheck finalDisplayCheck(FinalResultSteps results) {
    return results::checkFinalDisplay;
  }

  @Bean
  FormCheck conflictReportCheck(ConflictSteps conflict) {
    return conflict::checkReport;
  }

  @Bean
  FormCheck conflictEstablishmentCheck(ContestSteps contest) {
    return execution -> contest.requireChoice(execution, "conflictEstablished");
  }

  @Bean
  FormCheck redisplayCheck(ConflictSteps conflict) {
    return conflict::checkRedisplay;
  }

  // ---- What can happen at any time (§8.5, §8.5.2, §8.5.3) ---------------------------------------

  @Bean
  FormCheck noticeCheck(NoticeSteps notice) {
    return notice::checkNotice;
  }

  @Bean
  FormCheck noticeVerificationCheck(NoticeSteps notice) {
    return notice::checkVerification;
  }

  @Bean
  FormCheck resumptionDecisionCheck(SuspensionSteps suspension) {
    return suspension::checkDecision;
  }

  @Bean
  FormCheck resumedMessageCheck(SuspensionSteps suspension) {
    return suspension::checkResumedMessage;
  }

  @Bean
  FormCheck confirmationsCheck(ConfirmationSteps confirmations) {
    return confirmations::record;
  }

  @Bean
  FormCheck postponementRequestCheck(PostponementSteps postponement) {
    return postponement::checkRequest;
  }

  @Bean
  FormCheck postponementAnnouncementCheck(PostponementSteps postponement) {
    return postponement::checkAnnouncement;
  }

  @Bean
  FormCheck memberUnavailableCheck(CommissionChangeSteps change) {
    return change::checkUnavailability;
  }

  @Bean
  FormCheck changeRequestCheck(CommissionChangeSteps change) {
    return change::checkRequest;
  }

  @Bean
  FormCheck changeDraftCheck(CommissionChangeSteps change) {
    return change::checkDraft;
  }

  @Bean
  FormCheck changeApprovalCheck(CommissionChangeSteps change) {
    return change::checkApproval;
  }

  @Bean
  FormCheck presentedCheck(PresentingSteps presenting) {
    return presenting::checkPresented;
  }

  @Bean
  FormCheck startDateApprovalCheck(PresentingSteps presenting, ContestSteps contest) {
    return task -> presenting.checkStartDateApproval(task, contest);
  }

  @Bean
  FormCheck paperConsultationCheck() {
    return task -> {
      ro.dosar.tasklist.FormRejection.text(task.getVariable("consultedOn"), "consultedOn",
          "Data și ora consultării");
      ro.dosar.tasklist.FormRejection.require(
          Boolean.TRUE.equals(task.getVariable("consultedInPresence")), "consultedInPresence",
          "Lucrarea se consultă numai în prezența secretarului comisiei (§8.5C(13)).");
    };
  }
}
