package ro.dosar.institution;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dosar.institutions}: the institutions of this installation, created at start when
 * absent (an existing record is never overwritten: it is part of the legal record).
 */
@ConfigurationProperties("dosar")
public record InstitutionProperties(List<Institution> institutions) {

  public InstitutionProperties {
    institutions = institutions == null ? List.of() : List.copyOf(institutions);
  }

  /**
   * The tenant of the first configured institution (the installation's own, the demo's UVT), or
   * null when none is configured: the tenant of an instance started without a user or an
   * institution of its own (demo data, an administrator's start).
   */
  public String defaultTenant() {
    return institutions.isEmpty() ? null : institutions.get(0).withTenant().tenantId();
  }
}
