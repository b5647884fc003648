package ro.dosar.institution;

/**
 * An institution whose HR procedures Dosar runs: a Romanian university or city hall, or a
 * Moldovan public institution (whose procedures live in its own Camunda tenant).
 *
 * @param code short stable identifier, e.g. {@code UVT}
 * @param name full name, as it appears on documents
 * @param country {@code RO} or {@code MD}; decides the holiday calendar
 * @param tenantId the Camunda tenant of its procedures and users; configured without one, an
 *     institution gets its code ({@link #withTenant()})
 */
public record Institution(String code, String name, String country, String tenantId) {

  /**
   * The institution with its Camunda tenant: the configured {@code tenant-id}, else its code.
   * Every institution has a tenant, so that the engine itself (Tasklist, Cockpit, the engine REST
   * API) shows one institution's procedures to its own users only.
   */
  public Institution withTenant() {
    return tenantId != null || code == null ? this
        : new Institution(code, name, country, code);
  }
}
