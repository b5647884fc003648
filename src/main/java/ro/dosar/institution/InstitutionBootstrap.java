package ro.dosar.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the configured institutions that do not exist yet, and the Camunda tenant of every
 * institution (its {@code tenant-id}, by default its code): each institution's procedures run in
 * its tenant, invisible on every surface to the users of other institutions. An institution
 * recorded without a tenant (before every institution had one) gets its tenant here, once, and
 * with it its users and its instances ({@link TenantMigration}). Idempotent across restarts.
 */
@Component
@Order(10)
@EnableConfigurationProperties(InstitutionProperties.class)
class InstitutionBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InstitutionBootstrap.class);
  private static final Set<String> COUNTRIES = Set.of("RO", "MD");

  private final InstitutionProperties properties;
  private final InstitutionRepository institutions;
  private final IdentityService identity;
  private final TenantMigration migration;

  InstitutionBootstrap(InstitutionProperties properties, InstitutionRepository institutions,
      IdentityService identity, TenantMigration migration) {
    this.properties = properties;
    this.institutions = institutions;
    this.identity = identity;
    this.migration = migration;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Map<String, Institution> configured = new LinkedHashMap<>();
    for (Institution given : properties.institutions()) {
      Institution institution = given.withTenant();
      if (institution.code() == null || institution.name() == null
          || !COUNTRIES.contains(institution.country())) {
        throw new IllegalStateException("dosar.institutions: every institution needs a code, "
            + "a name and a country (RO or MD); got " + given);
      }
      configured.put(institution.code(), institution);
      if (institutions.findByCode(institution.code()).isEmpty()) {
        institutions.insert(institution);
        log.info("Institution {} ({}) created", institution.code(), institution.name());
      }
    }
    List<String> withoutTenant = new ArrayList<>();
    for (Institution recorded : institutions.findAll()) {
      if (recorded.tenantId() == null) {
        String tenant = configured.getOrDefault(recorded.code(), recorded.withTenant())
            .tenantId();
        institutions.giveTenant(recorded.code(), tenant);
        withoutTenant.add(tenant);
      }
    }
    for (Institution institution : institutions.findAll()) {
      if (identity.createTenantQuery().tenantId(institution.tenantId()).count() == 0) {
        Tenant tenant = identity.newTenant(institution.tenantId());
        tenant.setName(institution.name());
        identity.saveTenant(tenant);
        log.info("Tenant {} created for {}", tenant.getId(), institution.code());
      }
    }
    if (!withoutTenant.isEmpty()) {
      // Configured order first: the installation's own institution receives the instances.
      List<String> order = configured.values().stream().map(Institution::tenantId).toList();
      withoutTenant.sort(Comparator.comparingInt(t -> order.contains(t) ? order.indexOf(t)
          : Integer.MAX_VALUE));
      migration.migrate(withoutTenant);
    }
  }
}
