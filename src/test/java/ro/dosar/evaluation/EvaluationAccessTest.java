package ro.dosar.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import ro.dosar.security.RoleGroups;

/**
 * {@link EvaluationAccess}: every user may evaluate the grade and eligibility tables, and nothing
 * else.
 */
class EvaluationAccessTest {

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateEveryTable() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    new EvaluationAccess(roleGroups).run(null);

    verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, "evaluationGrade",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, "evaluationEligibility",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    verifyNoMoreInteractions(roleGroups);
  }

  @Test
  void givenTheRunners_whenOrdered_thenAt28() {
    assertThat(EvaluationAccess.class.getAnnotation(Order.class).value()).isEqualTo(28);
  }
}
