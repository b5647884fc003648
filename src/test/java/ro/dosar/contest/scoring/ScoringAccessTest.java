package ro.dosar.contest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import ro.dosar.security.RoleGroups;

/** {@link ScoringAccess}: every user may evaluate the four scoring tables, and nothing else. */
class ScoringAccessTest {

  @Test
  void givenTheApplicationStarts_whenGranting_thenEveryoneMayReadAndEvaluateEachScoringTable() {
    RoleGroups roleGroups = mock(RoleGroups.class);

    new ScoringAccess(roleGroups).run(null);

    for (String key : new String[] {"passThreshold", "scoreAggregation", "evaluationValidity",
        "contestationOutcome"}) {
      verify(roleGroups).grantEveryone(Resources.DECISION_DEFINITION, key, Permissions.READ,
          Permissions.CREATE_INSTANCE);
    }
    verifyNoMoreInteractions(roleGroups);
  }

  @Test
  void givenTheRunners_whenOrdered_thenAfterTheContestsAccess() {
    assertThat(ScoringAccess.class.getAnnotation(Order.class).value()).isEqualTo(26);
  }
}
