package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import ro.dosar.security.Authorizations.Grant;
import ro.dosar.security.Authorizations.Group;
import ro.dosar.support.DeclaredGrants;

/**
 * {@link Authorizations}: the group that categorises institutions by hand is a setting; the
 * grants come from every procedure's {@link ProcedureGrants}, and the test list of them names
 * every one the application has.
 */
class AuthorizationsTest {

  @Test
  void givenNoSetting_whenListing_thenThePayPolicyStaffCategoriseByHand() {
    Authorizations authorizations = DeclaredGrants.authorizations(mock(RoleGroups.class), " ");

    assertThat(authorizations.groups()).extracting(Group::id)
        .containsExactly("mof-pay-policy", "minister-of-finance", "equality-officer");
    assertThat(authorizations.grants()).contains(new Grant("mof-pay-policy",
        Resources.PROCESS_DEFINITION, "institutionCategorisation", List.<Permission>of(
            Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY)));
  }

  @Test
  void givenAnotherManualGroup_whenListing_thenItIsCreatedWithTasklistAndTheRequests() {
    Authorizations authorizations =
        DeclaredGrants.authorizations(mock(RoleGroups.class), "line-ministry");

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

  @Test
  void givenTheApplicationsClasses_whenFindingProcedureGrants_thenTheTestListNamesEveryOne() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ProcedureGrants.class));

    Set<String> inTheApplication = scanner.findCandidateComponents("ro.dosar").stream()
        .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());

    assertThat(inTheApplication).hasSize(5).containsExactlyInAnyOrderElementsOf(
        DeclaredGrants.procedures().stream().map(procedure -> procedure.getClass().getName())
            .toList());
  }
}
