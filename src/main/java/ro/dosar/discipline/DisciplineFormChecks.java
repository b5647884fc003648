package ro.dosar.discipline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.discipline.InvestigationSteps;
import ro.dosar.discipline.ReferralSteps;
import ro.dosar.discipline.SanctionSteps;
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
  FormCheck referralCheck(ReferralSteps steps) {
    return steps::checkReferral;
  }

  @Bean
  FormCheck hearingScheduleCheck(ReferralSteps steps) {
    return steps::checkSchedule;
  }

  @Bean
  FormCheck admissibilityCheck(ReferralSteps steps) {
    return steps::checkAdmissibility;
  }

  @Bean
  FormCheck suspensionDecisionCheck(InvestigationSteps steps) {
    return steps::checkSuspension;
  }

  @Bean
  FormCheck hearingCheck(InvestigationSteps steps) {
    return steps::checkHearing;
  }

  @Bean
  FormCheck reportCheck(InvestigationSteps steps) {
    return steps::checkReport;
  }

  @Bean
  FormCheck sanctionDecisionCheck(SanctionSteps steps) {
    return steps::checkDecision;
  }

  @Bean
  FormCheck sanctionActCheck(SanctionSteps steps) {
    return steps::checkAct;
  }

  @Bean
  FormCheck anfpReportCheck(SanctionSteps steps) {
    return steps::checkAnfpReport;
  }

  @Bean
  FormCheck radiationRecordCheck(SanctionSteps steps) {
    return steps::checkRadiationRecord;
  }

  @Bean
  FormCheck communicationCheck(SanctionSteps steps) {
    return steps::checkCommunication;
  }
}
