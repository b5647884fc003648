package ro.dosar.paygrade.functioncycle;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side re-checks of the function evaluation cycle's forms, as "end" execution
 * listeners the model names ({@code camunda:delegateExpression="${thresholdsCheck}"}): a refusal
 * reaches Tasklist and the REST API as a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
class FunctionCycleFormChecks {

  @Bean
  ExecutionListener cycleStartCheck(FunctionCycleSteps steps) {
    return steps::checkStart;
  }

  @Bean
  ExecutionListener wgActCheck(FunctionCycleSteps steps) {
    return steps::checkWorkingGroupAct;
  }

  @Bean
  ExecutionListener wgAppointmentCheck(FunctionCycleSteps steps) {
    return steps::checkAppointment;
  }

  @Bean
  ExecutionListener announcementCheck(FunctionCycleSteps steps) {
    return steps::checkAnnouncement;
  }

  @Bean
  ExecutionListener proposalExaminationCheck(FunctionCycleSteps steps) {
    return steps::checkExamination;
  }

  @Bean
  ExecutionListener evaluationMethodCheck(FunctionCycleSteps steps) {
    return steps::checkMethod;
  }

  @Bean
  ExecutionListener simplifiedScoreCheck(FunctionScoringSteps steps) {
    return steps::checkSimplified;
  }

  @Bean
  ExecutionListener functionGradeCheck(FunctionScoringSteps steps) {
    return steps::checkGrade;
  }

  @Bean
  ExecutionListener detailedScoreCheck(FunctionScoringSteps steps) {
    return steps::checkDetailed;
  }

  @Bean
  ExecutionListener hierarchyReviewCheck(FunctionGradingSteps steps) {
    return steps::checkReview;
  }

  @Bean
  ExecutionListener thresholdsCheck(FunctionGradingSteps steps) {
    return steps::checkThresholds;
  }

  @Bean
  ExecutionListener salaryClassesCheck(FunctionGradingSteps steps) {
    return steps::checkClasses;
  }

  @Bean
  ExecutionListener financialImpactCheck(FunctionGradingSteps steps) {
    return steps::checkImpact;
  }

  @Bean
  ExecutionListener minutesApprovalCheck(FunctionGradingSteps steps) {
    return steps::checkMinutes;
  }
}
