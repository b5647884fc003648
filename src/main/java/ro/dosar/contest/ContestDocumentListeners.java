package ro.dosar.contest;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The minutes a secretary signs before displaying results are generated when the display task
 * starts ("start" execution listeners the models name), so that the task can link to them: the
 * selection minutes, each test's minutes and score sheets, the final-results minutes with the
 * nominal summary sheet. {@code GET /api/contests/{id}/documents} serves them.
 */
@Configuration(proxyBeanMethods = false)
class ContestDocumentListeners {

  @Bean
  ExecutionListener selectionMinutesDraft(ContestDocumentSteps documents) {
    return execution -> documents.selectionMinutes(ContestSteps.contestId(execution));
  }

  @Bean
  ExecutionListener testMinutesDraft(ContestDocumentSteps documents) {
    return execution -> {
      long testId = ((Number) execution.getVariable("testId")).longValue();
      documents.testMinutes(testId);
      documents.scoreSheets(testId);
    };
  }

  @Bean
  ExecutionListener finalMinutesDraft(ContestDocumentSteps documents) {
    return execution -> documents.finalResults(ContestSteps.contestId(execution));
  }
}
