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

/**
 * {@link DisciplineAccess}: every user may evaluate the sanction catalogue and read the case
 * model; HR, the secretary, the Director and heads of unit may register a case; HR and the
 * Director follow the cases; nothing else.
 */
class DisciplineAccessTest {

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateTheCatalogue() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    new DisciplineAccess(roleGroups).run(null);

    verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, "disciplinarySanctionCatalogue",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    for (String group : new String[] {"hr", "commission-secretary", "rector",
        "head-of-structure"}) {
      verify(roleGroups).grantGroup(group, Resources.PROCESS_DEFINITION, "disciplinaryCase",
          Permissions.READ, Permissions.CREATE_INSTANCE);
      verify(roleGroups).grantGroup(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    for (String group : new String[] {"hr", "rector"}) {
      verify(roleGroups).grantGroup(group, Resources.PROCESS_DEFINITION, "disciplinaryCase",
          Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    }
    verify(roleGroups).grantEveryone(Resources.PROCESS_DEFINITION, "disciplinaryCase",
        Permissions.READ);
    verifyNoMoreInteractions(roleGroups);
  }

  @Test
  void givenTheRunners_whenOrdered_thenAt28() {
    assertThat(DisciplineAccess.class.getAnnotation(Order.class).value()).isEqualTo(28);
  }
}
