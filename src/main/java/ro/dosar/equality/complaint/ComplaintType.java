package ro.dosar.equality.complaint;

/** What a complaint is about (spec §6.7 step 2); {@link #RETALIATION} only for a linked case. */
public enum ComplaintType {
  SEXUAL_HARASSMENT,
  MORAL_HARASSMENT,
  GENDER_DISCRIMINATION,
  OTHER_DISCRIMINATION,
  GENDER_BASED_VIOLENCE,
  RETALIATION
}
