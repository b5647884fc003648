package ro.dosar.discipline;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side re-checks of the disciplinary case's forms, as "end" execution listeners the
 * model names ({@code camunda:delegateExpression="${hearingCheck}"}): a refusal reaches Tasklist
 * and the REST API as a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisciplineProperties.class)
class DisciplineFormChecks {

  @Bean
  ExecutionListener referralCheck(ReferralSteps steps) {
    return steps::checkReferral;
  }

  @Bean
  ExecutionListener hearingScheduleCheck(ReferralSteps steps) {
    return steps::checkSchedule;
  }

  @Bean
  ExecutionListener admissibilityCheck(ReferralSteps steps) {
    return steps::checkAdmissibility;
  }

  @Bean
  ExecutionListener suspensionDecisionCheck(InvestigationSteps steps) {
    return steps::checkSuspension;
  }

  @Bean
  ExecutionListener hearingCheck(InvestigationSteps steps) {
    return steps::checkHearing;
  }

  @Bean
  ExecutionListener reportCheck(InvestigationSteps steps) {
    return steps::checkReport;
  }

  @Bean
  ExecutionListener sanctionDecisionCheck(SanctionSteps steps) {
    return steps::checkDecision;
  }

  @Bean
  ExecutionListener sanctionActCheck(SanctionSteps steps) {
    return steps::checkAct;
  }

  @Bean
  ExecutionListener anfpReportCheck(SanctionSteps steps) {
    return steps::checkAnfpReport;
  }

  @Bean
  ExecutionListener radiationRecordCheck(SanctionSteps steps) {
    return steps::checkRadiationRecord;
  }

  @Bean
  ExecutionListener communicationCheck(SanctionSteps steps) {
    return steps::checkCommunication;
  }
}
