package ro.dosar.discipline;

/**
 * One sanction of the catalogue and its bounds, as the table
 * {@code dmn/discipline/disciplinary-sanction-catalogue.dmn} states them (spec §4.4). A bound
 * that does not apply to the sanction is null.
 *
 * @param severityRank 1 = mildest on the category's ladder
 * @param requiresPriorInvestigation whether a prior disciplinary investigation and hearing are
 *     needed (every sanction but the written reprimand / warning, Art. 37(2))
 */
public record SanctionTerms(EmployeeCategory employeeCategory, String sanctionCode,
    int severityRank, boolean requiresPriorInvestigation, Integer minPercent, Integer maxPercent,
    Integer maxMonths, Integer maxDays, Integer maxYears, RadiationRule radiationRule) {
}
