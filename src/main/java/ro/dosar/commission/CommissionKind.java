package ro.dosar.commission;

/**
 * Which commission a member sits on. Each kind carries its Romanian name, used in the messages
 * shown to HR staff. A new commission (for example the disciplinary one) is one more constant.
 */
public enum CommissionKind {

  /** Comisia de concurs (CC). */
  COMPETITION("comisia de concurs"),

  /** Comisia de soluționare a contestațiilor (CSC). */
  CONTESTATION("comisia de soluționare a contestațiilor");

  private final String label;

  CommissionKind(String label) {
    this.label = label;
  }

  /** The Romanian name in lower case, as it appears inside a sentence: „comisia de concurs”. */
  public String label() {
    return label;
  }

  /** The Romanian name at the start of a sentence: „Comisia de concurs”. */
  public String capitalizedLabel() {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
