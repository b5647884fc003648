package ro.dosar.contest.scoring;

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
 * The application's {@link Authorizations} for scoring: every user may evaluate the four scoring
 * tables, and nothing else is granted on them.
 */
class ScoringAccessTest {

  private static final List<String> TABLES =
      List.of("passThreshold", "scoreAggregation", "evaluationValidity", "contestationOutcome");

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateEachScoringTable() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    DeclaredGrants.authorizations(roleGroups).apply();

    for (String key : TABLES) {
      verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, key, Permissions.READ,
          Permissions.CREATE_INSTANCE);
    }
  }

  @Test
  void givenTheDeclaredGrants_whenReadingTheScoringTables_thenOnlyEveryoneEvaluates() {
    List<Grant> grants = DeclaredGrants.authorizations(mock(RoleGroups.class)).grants().stream()
        .filter(grant -> TABLES.contains(grant.resourceId())).toList();

    assertThat(grants).containsExactlyInAnyOrderElementsOf(TABLES.stream()
        .map(key -> new Grant(null, Resources.DECISION_DEFINITION, key,
            List.<Permission>of(Permissions.READ, Permissions.CREATE_INSTANCE))).toList());
  }
}
