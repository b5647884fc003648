package ro.dosar.discipline;

/** Whose sanction ladder applies: Art. 35(1) for civil servants, Art. 35(2) for contractual staff. */
public enum EmployeeCategory {
  /** Funcționar public. */
  CIVIL_SERVANT,
  /** Personal contractual (contract individual de muncă). */
  CONTRACTUAL
}
