package ro.dosar.contest;

import org.camunda.bpm.engine.delegate.ExecutionListener;
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
import ro.dosar.contest.presenting.PresentingSteps;
import ro.dosar.contest.proposal.ProposalSteps;
import ro.dosar.contest.registration.RegistrationSteps;
import ro.dosar.contest.results.FinalResultSteps;
import ro.dosar.contest.selection.SelectionSteps;
import ro.dosar.contest.teststage.ScoreSheetSteps;
import ro.dosar.contest.teststage.TestStageSteps;

/**
 * The server-side re-checks of the contest's task forms, as "end" execution listeners that the
 * models name ({@code camunda:delegateExpression="${selectionOpinionCheck}"}); the names end in
 * "Check" so that no form variable can shadow them in an expression. A listener bean, not an
 * expression: an exception thrown through an expression reaches the caller wrapped (a 500), one
 * thrown by a listener reaches it as it is, so the REST API answers 400 with the Romanian message
 * and nothing is stored. The rules themselves live in the phases' {@code *Steps} and
 * {@link ContestationSteps}.
 */
@Configuration(proxyBeanMethods = false)
class ContestFormChecks {

  @Bean
  ExecutionListener proposalCheck(ProposalSteps proposal) {
    return proposal::checkProposal;
  }

  @Bean
  ExecutionListener proposalUpdateCheck(ProposalSteps proposal) {
    return proposal::updateProposal;
  }

  @Bean
  ExecutionListener proposalDecisionCheck(ProposalSteps proposal) {
    return proposal::checkProposalDecision;
  }

  @Bean
  ExecutionListener methodologyDecisionCheck() {
    return execution -> ContestVariables.requireChoice(execution, "methodologyApproved");
  }

  @Bean
  ExecutionListener legalEndorsementCheck() {
    return execution -> ContestVariables.requireChoice(execution, "legalEndorsed");
  }

  @Bean
  ExecutionListener decisionsSignatureCheck(CommissionSteps commissions) {
    return commissions::checkSignature;
  }

  @Bean
  ExecutionListener publicationConfirmationCheck(AnnouncementSteps announcement) {
    return announcement::checkPublication;
  }

  @Bean
  ExecutionListener fileRegistrationCheck(RegistrationSteps registration) {
    return registration::registerFile;
  }

  @Bean
  ExecutionListener selectionOpinionCheck(SelectionSteps selection) {
    return selection::recordSelectionOpinion;
  }

  @Bean
  ExecutionListener separateOpinionCheck(SelectionSteps selection) {
    return selection::recordSeparateOpinion;
  }

  @Bean
  ExecutionListener selectionDisplayConfirmationCheck(SelectionSteps selection) {
    return selection::checkSelectionDisplay;
  }

  @Bean
  ExecutionListener contestationRegistrationCheck(ContestationFilingSteps contestation) {
    return contestation::register;
  }

  @Bean
  ExecutionListener contestationOpinionCheck(ContestationSteps contestation) {
    return contestation::recordOpinion;
  }

  @Bean
  ExecutionListener testPlanCheck(TestStageSteps test) {
    return test::recordPlan;
  }

  @Bean
  ExecutionListener rollCallCheck(TestStageSteps test) {
    return test::recordRollCall;
  }

  @Bean
  ExecutionListener scoreSheetCheck(ScoreSheetSteps scoreSheets) {
    return scoreSheets::recordScoreSheet;
  }

  @Bean
  ExecutionListener testDisplayCheck(TestStageSteps test) {
    return test::checkDisplay;
  }

  @Bean
  ExecutionListener rescoreSheetCheck(ContestationSteps contestation) {
    return contestation::recordRescore;
  }

  @Bean
  ExecutionListener testsChoiceCheck(FinalResultSteps results) {
    return results::checkTests;
  }

  @Bean
  ExecutionListener tieDecisionCheck(FinalResultSteps results) {
    return results::recordTieDecision;
  }

  @Bean
  ExecutionListener finalDisplayCheck(FinalResultSteps results) {
    return results::checkFinalDisplay;
  }

  @Bean
  ExecutionListener conflictReportCheck(ConflictSteps conflict) {
    return conflict::checkReport;
  }

  @Bean
  ExecutionListener conflictEstablishmentCheck() {
    return execution -> ContestVariables.requireChoice(execution, "conflictEstablished");
  }

  @Bean
  ExecutionListener redisplayCheck(ConflictSteps conflict) {
    return conflict::checkRedisplay;
  }

  // ---- What can happen at any time (§8.5, §8.5.2, §8.5.3) ---------------------------------------

  @Bean
  ExecutionListener noticeCheck(NoticeSteps notice) {
    return notice::checkNotice;
  }

  @Bean
  ExecutionListener noticeVerificationCheck(NoticeSteps notice) {
    return notice::checkVerification;
  }

  @Bean
  ExecutionListener resumptionDecisionCheck(SuspensionSteps suspension) {
    return suspension::checkDecision;
  }

  @Bean
  ExecutionListener resumedMessageCheck(SuspensionSteps suspension) {
    return suspension::checkResumedMessage;
  }

  @Bean
  ExecutionListener confirmationsCheck(ConfirmationSteps confirmations) {
    return confirmations::record;
  }

  @Bean
  ExecutionListener postponementRequestCheck(PostponementSteps postponement) {
    return postponement::checkRequest;
  }

  @Bean
  ExecutionListener postponementAnnouncementCheck(PostponementSteps postponement) {
    return postponement::checkAnnouncement;
  }

  @Bean
  ExecutionListener memberUnavailableCheck(CommissionChangeSteps change) {
    return change::checkUnavailability;
  }

  @Bean
  ExecutionListener changeRequestCheck(CommissionChangeSteps change) {
    return change::checkRequest;
  }

  @Bean
  ExecutionListener changeDraftCheck(CommissionChangeSteps change) {
    return change::checkDraft;
  }

  @Bean
  ExecutionListener changeApprovalCheck(CommissionChangeSteps change) {
    return change::checkApproval;
  }

  @Bean
  ExecutionListener presentedCheck(PresentingSteps presenting) {
    return presenting::checkPresented;
  }

  @Bean
  ExecutionListener startDateApprovalCheck(PresentingSteps presenting) {
    return presenting::checkStartDateApproval;
  }

  @Bean
  ExecutionListener paperConsultationCheck() {
    return task -> {
      if (task.isCanceled()) {
        return;
      }
      ro.dosar.tasklist.FormRejection.text(task.getVariable("consultedOn"), "consultedOn",
          "Data și ora consultării");
      ro.dosar.tasklist.FormRejection.require(
          Boolean.TRUE.equals(task.getVariable("consultedInPresence")), "consultedInPresence",
          "Lucrarea se consultă numai în prezența secretarului comisiei (§8.5C(13)).");
    };
  }
}
