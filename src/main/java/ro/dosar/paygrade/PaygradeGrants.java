package ro.dosar.paygrade;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static ro.dosar.paygrade.functioncycle.FunctionCycleSteps.MINISTER;
import static ro.dosar.paygrade.functioncycle.FunctionCycleSteps.PAY_POLICY;
import static ro.dosar.security.ProcedureGrants.everyoneEvaluates;
import static ro.dosar.security.ProcedureGrants.group;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ro.dosar.paygrade.categorisation.CategorisationSteps;
import ro.dosar.paygrade.categorisation.InstitutionCategorisationProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationReminderProcess;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations.Group;
import ro.dosar.security.ProcedureGrants;

/**
 * Moldova's unified pay system's grants at start: every user evaluates the decision tables; the
 * Ministry of Finance's pay-policy staff start and follow the function evaluation cycle and the
 * institution categorisation; the Minister reads the cycle (he appoints its Working Group, whose
 * rights are given when it is appointed). The group that categorises by hand is a setting.
 */
@Component
@Order(4)
public class PaygradeGrants implements ProcedureGrants {

  /** The setting that names the group categorising institutions by hand. */
  static final String MANUAL_CATEGORISATION_GROUP = "${" + CategorisationSteps.MANUAL_GROUP_SETTING
      + ":" + CategorisationSteps.DEFAULT_MANUAL_GROUP + "}";

  private static final String CYCLE = FunctionEvaluationCycleProcess.KEY;
  private static final String CATEGORISATION = InstitutionCategorisationProcess.KEY;

  private final String manualCategorisationGroup;

  public PaygradeGrants(
      @Value(MANUAL_CATEGORISATION_GROUP) String manualCategorisationGroup) {
    this.manualCategorisationGroup = manualCategorisationGroup == null
        || manualCategorisationGroup.isBlank() ? PAY_POLICY : manualCategorisationGroup.strip();
  }

  @Override
  public List<Group> groups() {
    List<Group> groups = new ArrayList<>(List.of(
        new Group(PAY_POLICY, "Ministerul Finanțelor – politica salarială"),
        new Group(MINISTER, "Ministrul Finanțelor")));
    if (!manualCategorisationGroup.equals(PAY_POLICY)) {
      groups.add(new Group(manualCategorisationGroup, "Categorisirea manuală a instituțiilor"));
    }
    return groups;
  }

  @Override
  public List<Grant> grants() {
    return Stream.of(
        everyoneEvaluates(PaygradeRules.DECISION_KEYS),
        List.of(
            group(PAY_POLICY, APPLICATION, "tasklist", ACCESS),
            group(MINISTER, APPLICATION, "tasklist", ACCESS),
            group(PAY_POLICY, APPLICATION, "cockpit", ACCESS),
            group(MINISTER, PROCESS_DEFINITION, CYCLE, READ),
            group(PAY_POLICY, PROCESS_DEFINITION, CYCLE, READ, CREATE_INSTANCE, READ_INSTANCE,
                READ_HISTORY),
            group(PAY_POLICY, PROCESS_DEFINITION, CATEGORISATION, READ, CREATE_INSTANCE,
                READ_INSTANCE, READ_HISTORY),
            group(PAY_POLICY, PROCESS_DEFINITION, FunctionEvaluationReminderProcess.KEY, READ,
                READ_INSTANCE, READ_HISTORY),
            group(PAY_POLICY, PROCESS_INSTANCE, "*", CREATE),
            // The group that categorises by hand (the pay-policy staff unless the setting names
            // another) gets its tasks by the model's candidate group and follows the requests.
            group(manualCategorisationGroup, APPLICATION, "tasklist", ACCESS),
            group(manualCategorisationGroup, PROCESS_DEFINITION, CATEGORISATION, READ,
                READ_INSTANCE, READ_HISTORY)))
        .flatMap(List::stream).toList();
  }
}
