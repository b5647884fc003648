package ro.dosar.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.DeclaredGrants;

/**
 * The application's {@link Authorizations} for discipline: every user may evaluate the sanction
 * catalogue and read the case model; HR, the secretary, the Director and heads of unit may
 * register a case; HR and the Director follow the cases; nothing else on these resources.
 */
class DisciplineAccessTest {

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateTheCatalogue() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    DeclaredGrants.authorizations(roleGroups).apply();

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
  }

  @Test
  void givenTheDeclaredGrants_whenReadingTheDisciplineResources_thenNothingElse() {
    List<Grant> grants = DeclaredGrants.authorizations(mock(RoleGroups.class)).grants().stream()
        .filter(grant -> Set.of("disciplinarySanctionCatalogue", "disciplinaryCase")
            .contains(grant.resourceId())).toList();

    assertThat(grants).hasSize(9).containsExactlyInAnyOrder(
        new Grant(null, Resources.DECISION_DEFINITION, "disciplinarySanctionCatalogue",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)),
        new Grant("hr", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)),
        new Grant("commission-secretary", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)),
        new Grant("rector", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)),
        new Grant("head-of-structure", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE)),
        new Grant("hr", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ_INSTANCE, Permissions.READ_HISTORY)),
        new Grant("rector", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ_INSTANCE, Permissions.READ_HISTORY)),
        new Grant(null, Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ)),
        // HR supervises the cases in Cockpit: their instances, history and open tasks, read only.
        new Grant("hr", Resources.PROCESS_DEFINITION, "disciplinaryCase",
            List.<Permission>of(Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK)));
  }
}
