package ro.dosar.contest.documents;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.documents.DocumentGeneration;

/**
 * The minutes a secretary signs before displaying results are generated when the display task
 * starts ("start" execution listeners the models name), so that the task can link to them: the
 * selection minutes, each test's minutes and score sheets, the final-results minutes with the
 * nominal summary sheet. {@code GET /api/contests/{id}/documents} serves them. Each is generated
 * by its own asynchronous job ({@link DocumentGeneration}), so a PDF failure never fails the step
 * that starts the task.
 */
@Configuration(proxyBeanMethods = false)
class ContestDocumentListeners {

  private static final String STEPS = "contestMinutes";

  @Bean
  ExecutionListener selectionMinutesDraft(DocumentGeneration documents) {
    return execution -> documents.later(execution.getProcessBusinessKey(), STEPS,
        "selectionMinutes", ContestVariables.contestId(execution));
  }

  @Bean
  ExecutionListener testMinutesDraft(DocumentGeneration documents) {
    return execution -> {
      long testId = ((Number) execution.getVariable(Variables.TEST_ID)).longValue();
      documents.later(execution.getProcessBusinessKey(), STEPS, "testMinutes", testId);
      documents.later(execution.getProcessBusinessKey(), STEPS, "scoreSheets", testId);
    };
  }

  @Bean
  ExecutionListener finalMinutesDraft(DocumentGeneration documents) {
    return execution -> documents.later(execution.getProcessBusinessKey(), STEPS,
        "finalResults", ContestVariables.contestId(execution));
  }
}
