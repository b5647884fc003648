package ro.dosar.equality.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.tasklist.FormCheck;

/**
 * The server-side re-checks of the annual report's forms, as "end" execution listeners the model
 * names ({@code camunda:delegateExpression="${reportDraftCheck}"}): a refusal reaches Tasklist
 * and the REST API as a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
class ReportFormChecks {

  @Bean
  FormCheck reportStartCheck(ReportSteps steps) {
    return steps::checkStart;
  }

  @Bean
  FormCheck reportDraftCheck(ReportSteps steps) {
    return steps::checkDraft;
  }

  @Bean
  FormCheck reportApprovalCheck(ReportSteps steps) {
    return steps::checkApproval;
  }

  @Bean
  FormCheck reportPublicationCheck(ReportSteps steps) {
    return steps::checkPublication;
  }
}
