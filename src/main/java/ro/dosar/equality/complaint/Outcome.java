package ro.dosar.equality.complaint;

/** The conclusion of a complaint (spec §6.7 step 6, [DESIGN] categories). */
public enum Outcome {
  SUBSTANTIATED,
  NOT_SUBSTANTIATED,
  INSUFFICIENT_EVIDENCE,
  WITHDRAWN,
  OUT_OF_SCOPE
}
