package ro.dosar.institution;

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
 * Creates the configured institutions that do not exist yet, and the Camunda tenant of each
 * Moldovan one (its {@code tenant-id}, by default its code): Moldova's procedures run in that
 * tenant, invisible to the users of other institutions. Idempotent across restarts.
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

  InstitutionBootstrap(InstitutionProperties properties, InstitutionRepository institutions,
      IdentityService identity) {
    this.properties = properties;
    this.institutions = institutions;
    this.identity = identity;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Institution configured : properties.institutions()) {
      Institution institution = "MD".equals(configured.country()) && configured.tenantId() == null
          ? new Institution(configured.code(), configured.name(), configured.country(),
              configured.code())
          : configured;
      if (institution.code() == null || institution.name() == null
          || !COUNTRIES.contains(institution.country())) {
        throw new IllegalStateException("dosar.institutions: every institution needs a code, "
            + "a name and a country (RO or MD); got " + institution);
      }
      if (institution.tenantId() != null
          && identity.createTenantQuery().tenantId(institution.tenantId()).count() == 0) {
        Tenant tenant = identity.newTenant(institution.tenantId());
        tenant.setName(institution.name());
        identity.saveTenant(tenant);
        log.info("Tenant {} created for {}", tenant.getId(), institution.code());
      }
      if (institutions.findByCode(institution.code()).isEmpty()) {
        institutions.insert(institution);
        log.info("Institution {} ({}) created", institution.code(), institution.name());
      }
    }
  }
}
