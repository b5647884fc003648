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
}
