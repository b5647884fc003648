package ro.dosar.gender;

/**
 * How the training participation deviation "< ±10 %" of [S7.2] is read (spec §8.2 DMN-3, §12.3
 * item 20): {@link #PP}, the default, in percentage points of the staff share; {@link #RELATIVE},
 * relative to the gender's staff share. With 10 men among 150 trainees and 18 men among 190
 * employees the first gives −2.81 pp (balanced), the second −29.63 % (imbalanced).
 */
public enum BalanceMode {
  PP,
  RELATIVE
}
