package ro.dosar.paygrade.functioncycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.Country;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.ops.StartupRecords;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Elements;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;

/**
 * Demo profile only: one running function evaluation cycle in the Moldovan demo tenant
 * ({@code MFRM}): the Working Group is set up and appointed ({@code mf.secretar} heads it,
 * {@code mf.grup1}, {@code mf.grup2}), the announcement is out, and the cycle receives the units'
 * proposals ({@code mf.unitate}, REST) until its deadline, ten Moldovan working days ahead.
 */
@Component
@Profile("demo")
@Order(46)
class DemoFunctionCycle implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFunctionCycle.class);
  static final String TENANT = "MFRM";

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final FormService forms;
  private final TaskService tasks;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final StartupRecords startup;

  DemoFunctionCycle(RuntimeService runtime, RepositoryService repository, FormService forms,
      TaskService tasks, IdentityService identity, WorkingDayCalendar calendar, StartupRecords startup) {
    this.startup = startup;
    this.runtime = runtime;
    this.repository = repository;
    this.forms = forms;
    this.tasks = tasks;
    this.identity = identity;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (identity.createTenantQuery().tenantId(TENANT).count() == 0
        || identity.createUserQuery().userId("mf.politica").count() == 0
        || runtime.createProcessInstanceQuery().processDefinitionKey(FunctionEvaluationCycleProcess.KEY)
            .count() > 0 || !startup.claim("demo-function-cycle")) {
      return;
    }
    LocalDate deadline = calendar.addWorkingDays(calendar.today(), 10, Country.MD);
    String definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance cycle = as("mf.politica", FunctionCycleSteps.PAY_POLICY,
        () -> forms.submitStartForm(definition, Map.of(Variables.CYCLE_TITLE,
            "Evaluarea sistemică a funcțiilor din sectorul bugetar, " + calendar.today().getYear(),
            Variables.PROPOSAL_DEADLINE, deadline.toString())));
    as("mf.politica", FunctionCycleSteps.PAY_POLICY, () -> complete(cycle,
        Elements.ESTABLISH_WORKING_GROUP, Map.of(Variables.WG_ACT_REFERENCE,
            "Dispoziția nr. 12 din " + calendar.today().format(DisplayDates.DAY))));
    as("mf.ministru", FunctionCycleSteps.MINISTER, () -> complete(cycle,
        Elements.APPOINT_WORKING_GROUP, Map.of(
            Variables.APPOINTMENT_ORDER_REF, "Ordinul ministrului finanțelor nr. 45",
            Variables.WG_HEAD, "mf.secretar",
            Variables.WG_HEAD_IS_STATE_SECRETARY, true,
            Variables.WG_MEMBERS, "mf.grup1, mf.grup2")));
    as("mf.politica", FunctionCycleSteps.PAY_POLICY, () -> complete(cycle,
        Elements.ANNOUNCE_CYCLE, Map.of(
            Variables.ANNOUNCEMENT_SENT, true,
            Variables.ANNOUNCEMENT_PUBLISHED, true,
            Variables.ANNOUNCEMENT_REFERENCE, "www.mf.gov.md/evaluarea-functiilor")));
    log.info("Demo function evaluation cycle open for proposals until {} (tenant {})", deadline,
        TENANT);
  }

  private Object complete(ProcessInstance cycle, String key, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(key).singleResult().getId(), variables);
    return null;
  }

  private <T> T as(String user, String group, java.util.function.Supplier<T> action) {
    identity.setAuthentication(user, List.of(group), List.of(TENANT));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
