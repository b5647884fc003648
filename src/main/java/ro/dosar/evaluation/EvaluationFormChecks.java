package ro.dosar.evaluation;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side re-checks of the performance evaluation's forms, as "end" execution listeners
 * the models name: a refusal is a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationFormChecks {

  /** One campaign per year and institution: a second start is refused with 409. */
  @Bean
  ExecutionListener campaignStartCheck(CampaignSteps steps) {
    return steps::checkCampaignStart;
  }

  @Bean
  ExecutionListener evaluationFormCheck(EvaluationSteps steps) {
    return steps::checkForm;
  }

  @Bean
  ExecutionListener interviewCheck(EvaluationSteps steps) {
    return steps::checkInterview;
  }

  @Bean
  ExecutionListener countersignatureCheck(EvaluationSteps steps) {
    return steps::checkCountersignature;
  }

  @Bean
  ExecutionListener acknowledgementCheck(EvaluationSteps steps) {
    return steps::checkAcknowledgement;
  }

  @Bean
  ExecutionListener contestReferenceCheck(EvaluationSteps steps) {
    return steps::checkReference;
  }

  @Bean
  ExecutionListener contestResolutionCheck(EvaluationSteps steps) {
    return steps::checkContestResolution;
  }
}
