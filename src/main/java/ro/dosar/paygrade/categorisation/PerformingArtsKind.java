package ro.dosar.paygrade.categorisation;

/**
 * What kind of body a performing-arts institution of compartment I² is (spec §2.4.1). It decides
 * the category of an institution that Table 3 does not name.
 */
public enum PerformingArtsKind {

  THEATRE("teatru"),
  /** Including concert-and-impresario organisations. */
  CONCERT_ORGANIZATION("organizație concertistică"),
  BRANCH_OF_THEATRE("filială a unui teatru"),
  BRANCH_OF_CONCERT_ORGANIZATION("filială a unei organizații concertistice"),
  ARTISTIC_FORMATION("formație artistică"),
  CIRCUS("circ"),
  IMPRESARIO_ORGANIZATION("organizație de impresariat");

  private final String romanian;

  PerformingArtsKind(String romanian) {
    this.romanian = romanian;
  }

  /** The kind in Romanian, lower case, for messages. */
  public String romanian() {
    return romanian;
  }
}
