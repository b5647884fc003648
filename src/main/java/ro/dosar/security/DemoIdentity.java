package ro.dosar.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.institution.InstitutionProperties;

/**
 * Demo profile only: the users of {@code dosar.demo.users}, password = user id, in their role
 * groups and in their institution's tenant (by default the first configured institution's), so
 * that a newcomer can log into Tasklist as any role. The administrator
 * {@code demo/demo} comes from {@code camunda.bpm.admin-user}. Idempotent: an existing user is
 * left as it is (a changed password survives a restart).
 */
@Component
@Profile({"demo", "bench"})
@Order(30)
@EnableConfigurationProperties(DemoIdentity.DemoProperties.class)
class DemoIdentity implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

  private final DemoProperties properties;
  private final IdentityService identityService;
  private final RoleGroups roleGroups;
  private final InstitutionProperties institutions;

  DemoIdentity(DemoProperties properties, IdentityService identityService,
      RoleGroups roleGroups, InstitutionProperties institutions) {
    this.properties = properties;
    this.identityService = identityService;
    this.roleGroups = roleGroups;
    this.institutions = institutions;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (DemoUser demo : properties.users()) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@dosar.example");
      user.setPassword(demo.id());
      identityService.saveUser(user);
      for (String group : demo.groups()) {
        roleGroups.ensureGroup(group, RoleGroups.NAMES.getOrDefault(group, group));
        identityService.createMembership(demo.id(), group);
      }
      // The tenants are created from dosar.institutions (InstitutionBootstrap), before this; a
      // user listed without one belongs to the demo's own institution (UVT), configured first.
      List<String> tenants = demo.tenants().isEmpty() && institutions.defaultTenant() != null
          ? List.of(institutions.defaultTenant()) : demo.tenants();
      for (String tenant : tenants) {
        // An installation that configures fewer institutions than the demo has fewer tenants.
        if (identityService.createTenantQuery().tenantId(tenant).count() > 0) {
          identityService.createTenantUserMembership(tenant, demo.id());
        }
      }
      log.info("Demo user {} created in {}", demo.id(), demo.groups());
    }
  }

  @ConfigurationProperties("dosar.demo")
  record DemoProperties(List<DemoUser> users) {
    DemoProperties {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  record DemoUser(String id, String firstName, String lastName, List<String> groups,
      List<String> tenants) {
    DemoUser {
      groups = groups == null ? List.of() : List.copyOf(groups);
      tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }
  }
}
