package ro.dosar.contest.announcement;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.tasklist.FormCheck;

/**
 * The listeners of the gender equality plan's recruitment measures in {@code contestHiring}, as
 * {@link ContestFormChecks} declares the contest's own: the methodology's anonymity choice, the
 * announcement's check (DMN-6), and the internal notice sent when the publication is lawful (a
 * "take" listener of the flow into the registration of files).
 */
@Configuration(proxyBeanMethods = false)
class RecruitmentFormChecks {

  @Bean
  FormCheck anonymityChoiceCheck(RecruitmentSteps recruitment) {
    return recruitment::recordAnonymityChoice;
  }

  @Bean
  FormCheck announcementComplianceCheck(RecruitmentSteps recruitment) {
    return recruitment::checkAnnouncement;
  }

  @Bean
  ExecutionListener internalNoticeOnPublication(RecruitmentSteps recruitment) {
    return recruitment::sendInternalNotice;
  }
}
