package ro.dosar.equality.report;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.security.RoleGroups;

/**
 * Who may run the annual monitoring report: the Equality Officer starts it for a year (the timer
 * starts it too) and follows it; the Director General ({@code rector}) follows it; each task goes
 * to its group by the model (draft and publication: the Equality Officer; approval: the Director
 * General); everyone may read the two models. Runs after the models are deployed.
 */
@Component
@Order(29)
class ReportAccess implements ApplicationRunner {

  static final String PROCESS = "equalityMonitoringReport";
  static final String SCHEDULE = "equalityMonitoringReportSchedule";

  private final RoleGroups roleGroups;

  ReportAccess(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    roleGroups.ensureGroup(RoleGroups.EQUALITY_OFFICER,
        RoleGroups.NAMES.get(RoleGroups.EQUALITY_OFFICER));
    roleGroups.grantGroup(RoleGroups.EQUALITY_OFFICER, Resources.PROCESS_DEFINITION, PROCESS,
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY);
    roleGroups.grantGroup(RoleGroups.EQUALITY_OFFICER, Resources.PROCESS_INSTANCE, "*", CREATE);
    roleGroups.grantGroup(RoleGroups.RECTOR, Resources.PROCESS_DEFINITION, PROCESS, READ,
        READ_INSTANCE, READ_HISTORY);
    // The models themselves are no secret: whoever completes a task may read them (and the
    // engine reads the calling schedule when the last task of a timer-started report ends).
    roleGroups.grantEveryone(Resources.PROCESS_DEFINITION, PROCESS, READ);
    roleGroups.grantEveryone(Resources.PROCESS_DEFINITION, SCHEDULE, READ);
  }
}
