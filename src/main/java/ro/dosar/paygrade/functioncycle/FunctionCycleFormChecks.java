package ro.dosar.paygrade.functioncycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.paygrade.functioncycle.FunctionCycleSteps;
import ro.dosar.paygrade.functioncycle.FunctionGradingSteps;
import ro.dosar.paygrade.functioncycle.FunctionScoringSteps;
import ro.dosar.tasklist.FormCheck;

/**
 * The server-side re-checks of the function evaluation cycle's forms, as "end" execution
 * listeners the model names ({@code camunda:delegateExpression="${thresholdsCheck}"}): a refusal
 * reaches Tasklist and the REST API as a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
class FunctionCycleFormChecks {

  @Bean
  FormCheck cycleStartCheck(FunctionCycleSteps steps) {
    return steps::checkStart;
  }

  @Bean
  FormCheck wgActCheck(FunctionCycleSteps steps) {
    return steps::checkWorkingGroupAct;
  }

  @Bean
  FormCheck wgAppointmentCheck(FunctionCycleSteps steps) {
    return steps::checkAppointment;
  }

  @Bean
  FormCheck announcementCheck(FunctionCycleSteps steps) {
    return steps::checkAnnouncement;
  }

  @Bean
  FormCheck proposalExaminationCheck(FunctionCycleSteps steps) {
    return steps::checkExamination;
  }

  @Bean
  FormCheck evaluationMethodCheck(FunctionCycleSteps steps) {
    return steps::checkMethod;
  }

  @Bean
  FormCheck simplifiedScoreCheck(FunctionScoringSteps steps) {
    return steps::checkSimplified;
  }

  @Bean
  FormCheck functionGradeCheck(FunctionScoringSteps steps) {
    return steps::checkGrade;
  }

  @Bean
  FormCheck detailedScoreCheck(FunctionScoringSteps steps) {
    return steps::checkDetailed;
  }

  @Bean
  FormCheck hierarchyReviewCheck(FunctionGradingSteps steps) {
    return steps::checkReview;
  }

  @Bean
  FormCheck thresholdsCheck(FunctionGradingSteps steps) {
    return steps::checkThresholds;
  }

  @Bean
  FormCheck salaryClassesCheck(FunctionGradingSteps steps) {
    return steps::checkClasses;
  }

  @Bean
  FormCheck financialImpactCheck(FunctionGradingSteps steps) {
    return steps::checkImpact;
  }

  @Bean
  FormCheck minutesApprovalCheck(FunctionGradingSteps steps) {
    return steps::checkMinutes;
  }
}
