package ro.dosar.paygrade.categorisation;

/**
 * Why a classification table gave no result, so that the institution goes to manual
 * categorisation (spec §3.13 P3) with the reason recorded. The reason is diagnosed only after the
 * table answered nothing; it never overrides a result.
 */
public enum ManualReason {

  /** The count is in no band of the table (none is left in the current tables: kept for a
   * literal reading of a future version, e.g. 641 pupils without INT-01). */
  GAP,
  /** A negative count: no band starts below 0. */
  NEGATIVE_COUNT,
  /** The count the table needs is missing. */
  MISSING_COUNT,
  /** Table 1 rows 7 and 8 (general secondary education): their thresholds are not in the
   * amending decision; they come from the consolidated GD 1231/2018. */
  INSTITUTION_TYPE_NOT_COVERED,
  /** An unnamed circus or pure impresario organisation: within compartment I² but missing from
   * Table 3's Category III text (INT-05, spec §9 Q7). */
  KIND_NOT_COVERED,
  /** The institution is not one of those the table names (by id, or by a name that normalises
   * to none of them), and nothing else places it. */
  UNKNOWN_INSTITUTION,
  /** A library with neither a new evaluation category nor the category it held on
   * 1 September 2020. */
  NO_LIBRARY_CATEGORY
}
