package ro.dosar.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.evaluation.CampaignSteps;
import ro.dosar.evaluation.EvaluationSteps;
import ro.dosar.tasklist.FormCheck;

/**
 * The server-side re-checks of the performance evaluation's forms, as "end" execution listeners
 * the models name: a refusal is a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationFormChecks {

  /** One campaign per year and institution: a second start is refused with 409. */
  @Bean
  FormCheck campaignStartCheck(CampaignSteps steps) {
    return steps::checkCampaignStart;
  }

  @Bean
  FormCheck evaluationFormCheck(EvaluationSteps steps) {
    return steps::checkForm;
  }

  @Bean
  FormCheck interviewCheck(EvaluationSteps steps) {
    return steps::checkInterview;
  }

  @Bean
  FormCheck countersignatureCheck(EvaluationSteps steps) {
    return steps::checkCountersignature;
  }

  @Bean
  FormCheck acknowledgementCheck(EvaluationSteps steps) {
    return steps::checkAcknowledgement;
  }

  @Bean
  FormCheck contestReferenceCheck(EvaluationSteps steps) {
    return steps::checkReference;
  }

  @Bean
  FormCheck contestResolutionCheck(EvaluationSteps steps) {
    return steps::checkContestResolution;
  }
}
