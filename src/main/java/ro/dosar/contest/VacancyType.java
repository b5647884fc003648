package ro.dosar.contest;

/**
 * Whether the post put up for contest is free for good or only for a while. The two kinds have
 * different deadlines (decision {@code contestDeadlines}, spec §8) and different contracts.
 *
 * <p>The constant names are a contract: they are the values of the {@code vacancyType} input of
 * the decision {@code contestDeadlines} and of the REST API.
 */
public enum VacancyType {

  /** "Post vacant": free for an indefinite period (PO.UVT-DRU-01 §7.1 no. 4). */
  VACANT("post vacant"),

  /**
   * "Post temporar vacant": free for a fixed period, e.g. while the holder's contract is suspended
   * (PO.UVT-DRU-01 §7.1 no. 5); the new contract lasts as long as that suspension (§8.6(3)).
   */
  TEMPORARILY_VACANT("post temporar vacant");

  private final String label;

  VacancyType(String label) {
    this.label = label;
  }

  /** The Romanian name, as it reads inside a sentence: "post vacant", "post temporar vacant". */
  public String label() {
    return label;
  }
}
