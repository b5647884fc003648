package ro.dosar.discipline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.tasklist.FormCheck;

/**
 * The server-side re-checks of the disciplinary case's forms, as "end" execution listeners the
 * model names ({@code camunda:delegateExpression="${hearingCheck}"}): a refusal reaches Tasklist
 * and the REST API as a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisciplineProperties.class)
class DisciplineFormChecks {

  @Bean
  FormCheck referralCheck(DisciplinaryCaseSteps steps) {
    return steps::checkReferral;
  }

  @Bean
  FormCheck hearingScheduleCheck(DisciplinaryCaseSteps steps) {
    return steps::checkSchedule;
  }

  @Bean
  FormCheck admissibilityCheck(DisciplinaryCaseSteps steps) {
    return steps::checkAdmissibility;
  }

  @Bean
  FormCheck suspensionDecisionCheck(DisciplinaryCaseSteps steps) {
    return steps::checkSuspension;
  }

  @Bean
  FormCheck hearingCheck(DisciplinaryCaseSteps steps) {
    return steps::checkHearing;
  }

  @Bean
  FormCheck reportCheck(DisciplinaryCaseSteps steps) {
    return steps::checkReport;
  }

  @Bean
  FormCheck sanctionDecisionCheck(DisciplinaryCaseSteps steps) {
    return steps::checkDecision;
  }

  @Bean
  FormCheck sanctionActCheck(DisciplinaryCaseSteps steps) {
    return steps::checkAct;
  }

  @Bean
  FormCheck anfpReportCheck(DisciplinaryCaseSteps steps) {
    return steps::checkAnfpReport;
  }

  @Bean
  FormCheck radiationRecordCheck(DisciplinaryCaseSteps steps) {
    return steps::checkRadiationRecord;
  }

  @Bean
  FormCheck communicationCheck(DisciplinaryCaseSteps steps) {
    return steps::checkCommunication;
  }
}
