package ro.dosar.institution;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the configured institutions that do not exist yet; idempotent across restarts. */
@Component
@Order(10)
@EnableConfigurationProperties(InstitutionProperties.class)
class InstitutionBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InstitutionBootstrap.class);
  private static final Set<String> COUNTRIES = Set.of("RO", "MD");

  private final InstitutionProperties properties;
  private final InstitutionRepository institutions;

  InstitutionBootstrap(InstitutionProperties properties, InstitutionRepository institutions) {
    this.properties = properties;
    this.institutions = institutions;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Institution institution : properties.institutions()) {
      if (institution.code() == null || institution.name() == null
          || !COUNTRIES.contains(institution.country())) {
        throw new IllegalStateException("dosar.institutions: every institution needs a code, "
            + "a name and a country (RO or MD); got " + institution);
      }
      if (institutions.findByCode(institution.code()).isEmpty()) {
        institutions.insert(institution);
        log.info("Institution {} ({}) created", institution.code(), institution.name());
      }
    }
  }
}
