package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import ro.dosar.security.RoleGroups;

/** {@link DisciplineAccess}: every user may evaluate the sanction catalogue, and nothing else. */
class DisciplineAccessTest {

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateTheCatalogue() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    new DisciplineAccess(roleGroups).run(null);

    verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, "disciplinarySanctionCatalogue",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    verifyNoMoreInteractions(roleGroups);
  }

  @Test
  void givenTheRunners_whenOrdered_thenAt28() {
    assertThat(DisciplineAccess.class.getAnnotation(Order.class).value()).isEqualTo(28);
  }
}
