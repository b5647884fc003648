package ro.dosar.paygrade;

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
  ExecutionListener simplifiedScoreCheck(FunctionCycleSteps steps) {
    return steps::checkSimplified;
  }

  @Bean
  ExecutionListener functionGradeCheck(FunctionCycleSteps steps) {
    return steps::checkGrade;
  }

  @Bean
  ExecutionListener detailedScoreCheck(FunctionCycleSteps steps) {
    return steps::checkDetailed;
  }

  @Bean
  ExecutionListener hierarchyReviewCheck(FunctionCycleSteps steps) {
    return steps::checkReview;
  }

  @Bean
  ExecutionListener thresholdsCheck(FunctionCycleSteps steps) {
    return steps::checkThresholds;
  }

  @Bean
  ExecutionListener salaryClassesCheck(FunctionCycleSteps steps) {
    return steps::checkClasses;
  }

  @Bean
  ExecutionListener financialImpactCheck(FunctionCycleSteps steps) {
    return steps::checkImpact;
  }

  @Bean
  ExecutionListener minutesApprovalCheck(FunctionCycleSteps steps) {
    return steps::checkMinutes;
  }
}
