package ro.dosar.institution;

/**
 * An institution whose HR procedures Dosar runs: a Romanian university or city hall, or a
 * Moldovan public institution (whose procedures live in its own Camunda tenant).
 *
 * @param code short stable identifier, e.g. {@code UVT}
 * @param name full name, as it appears on documents
 * @param country {@code RO} or {@code MD}; decides the holiday calendar
 * @param tenantId the Camunda tenant of its procedures, or null for none
 */
public record Institution(String code, String name, String country, String tenantId) {
}
