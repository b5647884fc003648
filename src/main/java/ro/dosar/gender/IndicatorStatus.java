package ro.dosar.gender;

import java.util.List;

/** The answer of {@code indicatorTargetStatus} (spec §8.2 DMN-4) for one indicator and year. */
public enum IndicatorStatus {
  /** The target is reached. */
  MET,
  /** The target is not reached. */
  NOT_MET,
  /** The denominator is zero: the indicator has no value (§7 rule 4). */
  NOT_APPLICABLE;

  /** The indicators whose target the table decides. */
  public static final List<String> DECIDED = List.of("IND-1.2a", "IND-3.2a", "IND-4.1a",
      "IND-4.1b", "IND-6.1b", "IND-7.2a", "IND-9.3a");
}
