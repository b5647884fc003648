package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.DeclaredGrants;

/**
 * The application's {@link Authorizations} for the evaluation tables: every user may evaluate
 * the grade and eligibility tables, and nothing else is granted on them.
 */
class EvaluationAccessTest {

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateEveryTable() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    DeclaredGrants.authorizations(roleGroups).apply();

    verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, "evaluationGrade",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, "evaluationEligibility",
        Permissions.READ, Permissions.CREATE_INSTANCE);
  }

  @Test
  void givenTheDeclaredGrants_whenReadingTheEvaluationTables_thenOnlyEveryoneEvaluates() {
    List<Grant> grants = DeclaredGrants.authorizations(mock(RoleGroups.class)).grants().stream()
        .filter(grant -> EvaluationRules.DECISION_KEYS.contains(grant.resourceId())).toList();

    assertThat(grants).containsExactlyInAnyOrder(
        new Grant(null, Resources.DECISION_DEFINITION, "evaluationGrade",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)),
        new Grant(null, Resources.DECISION_DEFINITION, "evaluationEligibility",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)));
  }
}
