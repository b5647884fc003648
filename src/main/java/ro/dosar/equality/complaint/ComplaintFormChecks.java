package ro.dosar.equality.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import ro.dosar.equality.complaint.ComplaintConclusionSteps;
import ro.dosar.equality.complaint.ComplaintSteps;
import ro.dosar.tasklist.FormCheck;

/**
 * The listeners that process {@code harassmentComplaint} names: the start refusal while the
 * deadlines are unset, and the "end" re-checks of its forms, which also move the form's fields
 * into the restricted tables ({@link ComplaintSteps}). Logs a warning at start while the deadlines
 * are unset.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintSettings.class)
class ComplaintFormChecks {

  private static final Logger log = LoggerFactory.getLogger(ComplaintFormChecks.class);

  @Bean
  FormCheck complaintStartCheck(ComplaintSteps steps) {
    return steps::checkStart;
  }

  @Bean
  FormCheck complaintAcknowledgementCheck(ComplaintSteps steps) {
    return steps::checkAcknowledgement;
  }

  @Bean
  FormCheck complaintTriageCheck(ComplaintSteps steps) {
    return steps::checkTriage;
  }

  @Bean
  FormCheck complaintConclusionCheck(ComplaintConclusionSteps steps) {
    return steps::checkConclusion;
  }

  @Bean
  FormCheck complaintCommunicationCheck(ComplaintConclusionSteps steps) {
    return steps::checkCommunication;
  }

  @Bean
  FormCheck complaintEscalationCheck(ComplaintConclusionSteps steps) {
    return steps::checkEscalation;
  }

  @Bean
  ComplaintsStartupWarning complaintsStartupWarning(ComplaintSettings settings) {
    return new ComplaintsStartupWarning(settings);
  }

  /** Says at start-up that complaints cannot be received while a deadline is unset. */
  static class ComplaintsStartupWarning {

    private final ComplaintSettings settings;

    ComplaintsStartupWarning(ComplaintSettings settings) {
      this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
      if (!settings.missing().isEmpty()) {
        log.warn("Harassment and discrimination complaints are refused until the institution's "
            + "anti-harassment regulation sets their deadlines: {}", settings.missing());
      }
    }
  }
}
