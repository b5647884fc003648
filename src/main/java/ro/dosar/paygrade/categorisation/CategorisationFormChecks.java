package ro.dosar.paygrade.categorisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ro.dosar.tasklist.FormCheck;

/**
 * The server-side re-checks of the institution categorisation's forms, as "end" execution
 * listeners the model names ({@code camunda:delegateExpression="${categorisationRequestCheck}"}):
 * a refusal reaches Tasklist and the REST API as a 400 with the Romanian message, and nothing is
 * started or stored.
 */
@Configuration(proxyBeanMethods = false)
class CategorisationFormChecks {

  /** The start form "Cerere de categorisire". */
  @Bean
  FormCheck categorisationRequestCheck(CategorisationSteps steps) {
    return steps::checkRequest;
  }

  /** The task "Categorisirea manuală". */
  @Bean
  FormCheck manualCategorisationCheck(CategorisationSteps steps) {
    return steps::checkManual;
  }
}
