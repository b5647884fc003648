package ro.dosar.equality;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static ro.dosar.security.ProcedureGrants.everyone;
import static ro.dosar.security.ProcedureGrants.everyoneEvaluates;
import static ro.dosar.security.ProcedureGrants.group;
import static ro.dosar.security.RoleGroups.EQUALITY_OFFICER;
import static ro.dosar.security.RoleGroups.RECTOR;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ro.dosar.equality.complaint.HarassmentComplaintProcess;
import ro.dosar.equality.report.EqualityMonitoringReportProcess;
import ro.dosar.equality.report.EqualityMonitoringReportScheduleProcess;
import ro.dosar.gender.EqualityRules;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations.Group;
import ro.dosar.security.ProcedureGrants;
import ro.dosar.security.RoleGroups;

/**
 * The gender equality plan's grants at start: every user evaluates its tables; the annual
 * monitoring report is started by the Equality Officer (or its timer) and followed by the
 * Director General (rector); harassment complaints (spec §6.7) are confidential: the Equality
 * Officer and the Director General only, no grant to everyone (an investigator gets READ on his
 * case's instance when assigned; complaints are registered through Dosar's API, which starts the
 * process itself).
 */
@Component
@Order(5)
public class EqualityGrants implements ProcedureGrants {

  private static final String REPORT = EqualityMonitoringReportProcess.KEY;
  private static final String COMPLAINT = HarassmentComplaintProcess.KEY;

  @Override
  public List<Group> groups() {
    return List.of(new Group(EQUALITY_OFFICER, RoleGroups.NAMES.get(EQUALITY_OFFICER)));
  }

  @Override
  public List<Grant> grants() {
    return Stream.of(
        everyoneEvaluates(EqualityRules.DECISION_KEYS),
        List.of(
            group(EQUALITY_OFFICER, PROCESS_DEFINITION, REPORT, READ, CREATE_INSTANCE,
                READ_INSTANCE, READ_HISTORY),
            group(EQUALITY_OFFICER, PROCESS_INSTANCE, "*", CREATE),
            group(RECTOR, PROCESS_DEFINITION, REPORT, READ, READ_INSTANCE, READ_HISTORY),
            everyone(PROCESS_DEFINITION, REPORT, READ),
            // The engine reads the calling schedule when a timer-started report ends.
            everyone(PROCESS_DEFINITION, EqualityMonitoringReportScheduleProcess.KEY, READ),
            group(EQUALITY_OFFICER, PROCESS_DEFINITION, COMPLAINT, READ, CREATE_INSTANCE,
                READ_INSTANCE, READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, COMPLAINT, READ, READ_INSTANCE, READ_HISTORY)))
        .flatMap(List::stream).toList();
  }
}
