package ro.dosar.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.evaluation.EmployeeRecords.EmployeeRecord;
import ro.dosar.ops.StartupRecords;

/**
 * Demo profile only: the evaluation campaign for last year, opened by HR, so that the demo head
 * of unit ({@code sef}) finds the evaluation forms of {@code salariat} and {@code registratura}
 * in Tasklist; {@code membru6}, hired in the autumn, is not evaluated this year.
 */
@Component
@Profile("demo")
@Order(46)
class DemoEvaluationCampaign implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEvaluationCampaign.class);

  private final EmployeeRecords employees;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final FormService forms;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final StartupRecords startup;

  DemoEvaluationCampaign(EmployeeRecords employees, RuntimeService runtime,
      RepositoryService repository, FormService forms, IdentityService identity,
      WorkingDayCalendar calendar, StartupRecords startup) {
    this.startup = startup;
    this.employees = employees;
    this.runtime = runtime;
    this.repository = repository;
    this.forms = forms;
    this.identity = identity;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PerformanceEvaluationProcess.KEY)
        .count() > 0 || !startup.claim("demo-evaluation")) {
      return;
    }
    int year = calendar.today().getYear() - 1;
    employees.save(new EmployeeRecord("salariat", "Ionuț Răducanu", "CONTRACTUAL",
        "EXECUTION", "sef", LocalDate.of(2019, 3, 1), false, false, false));
    employees.save(new EmployeeRecord("registratura", "Maria Toma", "CONTRACTUAL",
        "EXECUTION", "sef", LocalDate.of(2015, 9, 1), false, false, false));
    employees.save(new EmployeeRecord("membru6", "Laura Niculescu", "CONTRACTUAL",
        "EXECUTION", "sef", LocalDate.of(year, 10, 1), false, false, false));
    identity.setAuthentication("hr", List.of("hr"));
    try {
      forms.submitStartForm(repository.createProcessDefinitionQuery()
          .processDefinitionKey(PerformanceEvaluationCampaignProcess.KEY).latestVersion()
          .singleResult().getId(),
          Map.of(PerformanceEvaluationCampaignProcess.Variables.EVALUATED_YEAR, (long) year));
    } finally {
      identity.clearAuthentication();
    }
    log.info("Demo evaluation campaign for {} opened: sef evaluates salariat and registratura",
        year);
  }
}
