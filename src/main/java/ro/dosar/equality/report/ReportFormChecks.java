package ro.dosar.equality.report;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server-side re-checks of the annual report's forms, as "end" execution listeners the model
 * names ({@code camunda:delegateExpression="${reportDraftCheck}"}): a refusal reaches Tasklist
 * and the REST API as a 400 with the Romanian message, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
class ReportFormChecks {

  @Bean
  ExecutionListener reportStartCheck(ReportSteps steps) {
    return steps::checkStart;
  }

  @Bean
  ExecutionListener reportDraftCheck(ReportSteps steps) {
    return steps::checkDraft;
  }

  @Bean
  ExecutionListener reportApprovalCheck(ReportSteps steps) {
    return steps::checkApproval;
  }

  @Bean
  ExecutionListener reportPublicationCheck(ReportSteps steps) {
    return steps::checkPublication;
  }
}
