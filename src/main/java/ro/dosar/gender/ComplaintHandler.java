package ro.dosar.gender;

/**
 * Who investigates a harassment or discrimination complaint: the answer of {@code
 * complaintRouting} ({@code dmn/equality/complaint-routing.dmn}, spec §8.2 DMN-8).
 */
public enum ComplaintHandler {
  /** The Equality Officer, the plan's focal point for complaints. */
  EQUALITY_OFFICER,
  /** The Director General (group {@code rector}): the complaint concerns the Equality Officer. */
  DIRECTOR_GENERAL,
  /** The body the anti-harassment regulation names: the complaint concerns the Director General. */
  ALTERNATE_BODY
}
