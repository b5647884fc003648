package ro.dosar.paygrade;

/**
 * The seven criteria of the detailed evaluation (Reg. pt. 16, Annex 1 of the Regulation), in the
 * order of the evaluation form (Annex 2). The prefix names the form's variables: {@code eduDepth},
 * {@code eduScope}, {@code eduPhysical}, {@code eduMental}, and so on.
 */
public enum Criterion {

  EDU("edu", "Studii, cunoștințe și experiență"),
  CCD("ccd", "Complexitate, creativitate și diversitate"),
  DEC("dec", "Responsabilitate decizională"),
  LEAD("lead", "Conducere, coordonare și supervizare"),
  COMM("comm", "Comunicare"),
  WORK("work", "Condiții de muncă"),
  /** Physical and mental effort: on the form only its effort rows are filled in (INT-14). */
  EFF("eff", "Efort fizic și mental");

  private final String prefix;
  private final String romanian;

  Criterion(String prefix, String romanian) {
    this.prefix = prefix;
    this.romanian = romanian;
  }

  /** The prefix of the form's variables for this criterion. */
  public String prefix() {
    return prefix;
  }

  /** The criterion's name in the Regulation. */
  public String romanian() {
    return romanian;
  }

  public String depthVariable() {
    return prefix + "Depth";
  }

  public String scopeVariable() {
    return prefix + "Scope";
  }

  public String physicalVariable() {
    return prefix + "Physical";
  }

  public String mentalVariable() {
    return prefix + "Mental";
  }
}
