package ro.dosar.gender;

/**
 * How strictly a single-gender contest commission is treated (spec §6.4.3; open question §12.1
 * item 8): {@link #SOFT}, the default, asks for a recorded justification; {@link #HARD} blocks the
 * contest until the commission is recomposed.
 */
public enum EnforcementMode {
  SOFT,
  HARD
}
