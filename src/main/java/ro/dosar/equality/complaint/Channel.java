package ro.dosar.equality.complaint;

/** How a complaint reached the institution (spec §6.7 channels 1–4). */
public enum Channel {
  /** The anonymised online form, without login. */
  ONLINE_FORM,
  /** The confidential e-mail address of the Equality Officer, registered by the Officer. */
  EMAIL,
  /** A designated trusted person registered it on the complainant's behalf. */
  TRUSTED_PERSON,
  /** Told to the Equality Officer in person, registered by the Officer. */
  IN_PERSON
}
