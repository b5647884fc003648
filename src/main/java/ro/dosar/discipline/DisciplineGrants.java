package ro.dosar.discipline;

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
import static ro.dosar.security.RoleGroups.COMMISSION_SECRETARY;
import static ro.dosar.security.RoleGroups.HEAD_OF_STRUCTURE;
import static ro.dosar.security.RoleGroups.HR;
import static ro.dosar.security.RoleGroups.RECTOR;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.ProcedureGrants;

/**
 * The disciplinary case's grants at start (Art. 30, 32): HR, the commission's secretary, the
 * Director or a head of unit registers a referral; HR and the Director follow every case; HR
 * supervises the cases in Cockpit; every user reads the model and evaluates the catalogue.
 */
@Component
@Order(2)
public class DisciplineGrants implements ProcedureGrants {

  private static final String CASE = DisciplinaryCaseProcess.KEY;

  @Override
  public List<Grant> grants() {
    return Stream.of(
        hrSupervises(CASE),
        everyoneEvaluates(DisciplineRules.DECISION_KEYS),
        Stream.of(HR, COMMISSION_SECRETARY, RECTOR, HEAD_OF_STRUCTURE).flatMap(registrar ->
            Stream.of(
                group(registrar, PROCESS_DEFINITION, CASE, READ, CREATE_INSTANCE),
                group(registrar, PROCESS_INSTANCE, "*", CREATE))).toList(),
        List.of(
            group(HR, PROCESS_DEFINITION, CASE, READ_INSTANCE, READ_HISTORY),
            group(RECTOR, PROCESS_DEFINITION, CASE, READ_INSTANCE, READ_HISTORY),
            everyone(PROCESS_DEFINITION, CASE, READ)))
        .flatMap(List::stream).toList();
  }
}
