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
  ExecutionListener referralCheck(DisciplinaryCaseSteps steps) {
    return steps::checkReferral;
  }

  @Bean
  ExecutionListener hearingScheduleCheck(DisciplinaryCaseSteps steps) {
    return steps::checkSchedule;
  }

  @Bean
  ExecutionListener admissibilityCheck(DisciplinaryCaseSteps steps) {
    return steps::checkAdmissibility;
  }

  @Bean
  ExecutionListener suspensionDecisionCheck(DisciplinaryCaseSteps steps) {
    return steps::checkSuspension;
  }

  @Bean
  ExecutionListener hearingCheck(DisciplinaryCaseSteps steps) {
    return steps::checkHearing;
  }

  @Bean
  ExecutionListener reportCheck(DisciplinaryCaseSteps steps) {
    return steps::checkReport;
  }

  @Bean
  ExecutionListener sanctionDecisionCheck(DisciplinaryCaseSteps steps) {
    return steps::checkDecision;
  }

  @Bean
  ExecutionListener sanctionActCheck(DisciplinaryCaseSteps steps) {
    return steps::checkAct;
  }

  @Bean
  ExecutionListener anfpReportCheck(DisciplinaryCaseSteps steps) {
    return steps::checkAnfpReport;
  }

  @Bean
  ExecutionListener radiationRecordCheck(DisciplinaryCaseSteps steps) {
    return steps::checkRadiationRecord;
  }

  @Bean
  ExecutionListener communicationCheck(DisciplinaryCaseSteps steps) {
    return steps::checkCommunication;
  }
}
