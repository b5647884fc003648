package ro.dosar.contest;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static ro.dosar.security.ProcedureGrants.everyone;
import static ro.dosar.security.ProcedureGrants.everyoneEvaluates;
import static ro.dosar.security.ProcedureGrants.group;
import static ro.dosar.security.ProcedureGrants.hrSupervises;
import static ro.dosar.security.RoleGroups.HEAD_OF_STRUCTURE;
import static ro.dosar.security.RoleGroups.HR;
import static ro.dosar.security.RoleGroups.RECTOR;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ro.dosar.contest.changes.CommissionChangeProcess;
import ro.dosar.contest.changes.ContestSuspensionProcess;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.contest.contestation.PaperConsultationProcess;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.teststage.TestStageProcess;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.ProcedureGrants;

/**
 * The recruitment contest's grants at start (PO.UVT-DRU-01): a head of structure proposes a
 * contest; HR and the Rector follow every contest and contestation round; HR supervises every
 * contest process in Cockpit; every user reads the models and evaluates the tables.
 */
@Component
@Order(1)
public class ContestGrants implements ProcedureGrants {

  @Override
  public List<Grant> grants() {
    return Stream.of(
        List.of(
            group(HEAD_OF_STRUCTURE, PROCESS_DEFINITION, ContestHiringProcess.KEY, READ,
                CREATE_INSTANCE),
            group(HEAD_OF_STRUCTURE, PROCESS_INSTANCE, "*", CREATE),
            group(HR, PROCESS_DEFINITION, ContestHiringProcess.KEY, READ, READ_INSTANCE,
                READ_HISTORY),
            group(HR, PROCESS_DEFINITION, ContestationRoundProcess.KEY, READ, READ_INSTANCE,
                READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, ContestHiringProcess.KEY, READ, READ_INSTANCE,
                READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, ContestationRoundProcess.KEY, READ, READ_INSTANCE,
                READ_HISTORY),
            group(RECTOR, APPLICATION, "cockpit", ACCESS),
            everyone(PROCESS_DEFINITION, ContestHiringProcess.KEY, READ),
            everyone(PROCESS_DEFINITION, ContestationRoundProcess.KEY, READ),
            // A file's selection, called by the contest: its members submit their forms there.
            everyone(PROCESS_DEFINITION, FileSelectionProcess.KEY, READ)),
        hrSupervises(ContestHiringProcess.KEY, FileSelectionProcess.KEY,
            ContestationRoundProcess.KEY, TestStageProcess.KEY, PaperConsultationProcess.KEY,
            CommissionChangeProcess.KEY, ContestSuspensionProcess.KEY),
        everyoneEvaluates(List.of(ContestDeadlineRules.DECISION_KEY)),
        everyoneEvaluates(ScoringRules.DECISION_KEYS))
        .flatMap(List::stream).toList();
  }
}
