package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations.Group;

/** {@link Authorizations}: the group that categorises institutions by hand is a setting. */
class AuthorizationsTest {

  @Test
  void givenNoSetting_whenListing_thenThePayPolicyStaffCategoriseByHand() {
    Authorizations authorizations = new Authorizations(mock(RoleGroups.class), " ");

    assertThat(authorizations.groups()).extracting(Group::id)
        .containsExactly("mof-pay-policy", "minister-of-finance", "equality-officer");
    assertThat(authorizations.grants()).contains(new Grant("mof-pay-policy",
        Resources.PROCESS_DEFINITION, "institutionCategorisation", List.<Permission>of(
            Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY)));
  }

  @Test
  void givenAnotherManualGroup_whenListing_thenItIsCreatedWithTasklistAndTheRequests() {
    Authorizations authorizations = new Authorizations(mock(RoleGroups.class), "line-ministry");

    assertThat(authorizations.groups()).contains(
        new Group("line-ministry", "Categorisirea manuală a instituțiilor"));
    assertThat(authorizations.grants()).filteredOn(grant -> "line-ministry".equals(grant.group()))
        .containsExactly(
            new Grant("line-ministry", Resources.APPLICATION, "tasklist",
                List.<Permission>of(Permissions.ACCESS)),
            new Grant("line-ministry", Resources.PROCESS_DEFINITION, "institutionCategorisation",
                List.<Permission>of(Permissions.READ, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY)));
  }
}
