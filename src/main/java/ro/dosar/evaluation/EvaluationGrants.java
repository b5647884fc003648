package ro.dosar.evaluation;

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
import static ro.dosar.security.ProcedureGrants.hrSupervises;
import static ro.dosar.security.RoleGroups.HR;
import static ro.dosar.security.RoleGroups.RECTOR;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.ProcedureGrants;

/**
 * The professional performance evaluation's grants at start: HR opens a campaign or an
 * evaluation, HR and the Director follow them, HR supervises them in Cockpit; every user reads
 * the models and evaluates the tables.
 */
@Component
@Order(3)
public class EvaluationGrants implements ProcedureGrants {

  @Override
  public List<Grant> grants() {
    return Stream.of(
        hrSupervises(PerformanceEvaluationProcess.KEY, PerformanceEvaluationCampaignProcess.KEY),
        everyoneEvaluates(EvaluationRules.DECISION_KEYS),
        Stream.of(PerformanceEvaluationProcess.KEY, PerformanceEvaluationCampaignProcess.KEY)
            .flatMap(process -> Stream.of(
                group(HR, PROCESS_DEFINITION, process, READ, CREATE_INSTANCE, READ_INSTANCE,
                    READ_HISTORY),
                group(RECTOR, PROCESS_DEFINITION, process, READ, READ_INSTANCE, READ_HISTORY),
                everyone(PROCESS_DEFINITION, process, READ))).toList(),
        List.of(group(HR, PROCESS_INSTANCE, "*", CREATE)))
        .flatMap(List::stream).toList();
  }
}
