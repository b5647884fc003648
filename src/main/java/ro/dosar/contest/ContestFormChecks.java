package ro.dosar.contest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.contest.announcement.AnnouncementSteps;
import ro.dosar.contest.changes.CommissionChangeSteps;
import ro.dosar.contest.changes.ConfirmationSteps;
import ro.dosar.contest.changes.ConflictSteps;
import ro.dosar.contest.changes.NoticeSteps;
import ro.dosar.contest.changes.PostponementSteps;
import ro.dosar.contest.changes.SuspensionSteps;
import ro.dosar.contest.commissions.CommissionSteps;
import ro.dosar.contest.contestation.ContestationFilingSteps;
import ro.dosar.contest.contestation.ContestationSteps;
import ro.dosar.contest.contestation.PaperConsultationProcess.Variables;
import ro.dosar.contest.presenting.PresentingSteps;
import ro.dosar.contest.proposal.ProposalSteps;
import ro.dosar.contest.registration.RegistrationSteps;
import ro.dosar.contest.results.FinalResultSteps;
import ro.dosar.contest.selection.SelectionSteps;
import ro.dosar.contest.teststage.ScoreSheetSteps;
import ro.dosar.contest.teststage.TestStageSteps;
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
  FormCheck proposalCheck(ProposalSteps contest) {
    return contest::checkProposal;
  }

  @Bean
  FormCheck proposalUpdateCheck(ProposalSteps contest) {
    return contest::updateProposal;
  }

  @Bean
  FormCheck proposalDecisionCheck(ProposalSteps contest) {
    return contest::checkProposalDecision;
  }

  @Bean
  FormCheck methodologyDecisionCheck() {
    return execution -> ContestVariables.requireChoice(execution, "methodologyApproved");
  }

  @Bean
  FormCheck legalEndorsementCheck() {
    return execution -> ContestVariables.requireChoice(execution, "legalEndorsed");
  }

  @Bean
  FormCheck commissionsDraftCheck(CommissionSteps contest) {
    return contest::checkDraft;
  }

  @Bean
  FormCheck decisionsSignatureCheck(CommissionSteps contest) {
    return contest::checkSignature;
  }

  @Bean
  FormCheck publicationConfirmationCheck(AnnouncementSteps contest) {
    return contest::checkPublication;
  }

  @Bean
  FormCheck fileRegistrationCheck(RegistrationSteps contest) {
    return contest::registerFile;
  }

  @Bean
  FormCheck selectionOpinionCheck(SelectionSteps contest) {
    return contest::recordSelectionOpinion;
  }

  @Bean
  FormCheck separateOpinionCheck(SelectionSteps contest) {
    return contest::recordSeparateOpinion;
  }

  @Bean
  FormCheck selectionDisplayConfirmationCheck(SelectionSteps contest) {
    return contest::checkSelectionDisplay;
  }

  @Bean
  FormCheck contestationRegistrationCheck(ContestationFilingSteps contestation) {
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
  FormCheck scoreSheetCheck(ScoreSheetSteps test) {
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
  FormCheck conflictEstablishmentCheck() {
    return execution -> ContestVariables.requireChoice(execution, "conflictEstablished");
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
  FormCheck startDateApprovalCheck(PresentingSteps presenting) {
    return presenting::checkStartDateApproval;
  }

  @Bean
  FormCheck paperConsultationCheck() {
    return task -> {
      ro.dosar.tasklist.FormRejection.text(task.getVariable(Variables.CONSULTED_ON),
          Variables.CONSULTED_ON, "Data și ora consultării");
      ro.dosar.tasklist.FormRejection.require(
          Boolean.TRUE.equals(task.getVariable(Variables.CONSULTED_IN_PRESENCE)),
          Variables.CONSULTED_IN_PRESENCE,
          "Lucrarea se consultă numai în prezența secretarului comisiei (§8.5C(13)).");
    };
  }
}
