package ro.dosar.commission;

import java.util.List;
import java.util.Map;

/**
 * How a commission decides when its members, each deciding independently, disagree: by the
 * majority of their individual opinions, and every member in the minority writes a reasoned
 * separate opinion (PO.UVT-DRU-01 §8.2.1(5) for the competition commission, §8.5C(3) for the
 * contestation commission).
 *
 * <p>An even split (2–2 in a four-member commission) has no majority. The spec's reading (OQ-04b)
 * is that a file is rejected only by a majority, so an even split admits; {@code evenSplitAdmits}
 * makes that choice explicit and configurable.
 *
 * @param admits the commission's decision
 * @param minority the members whose opinion differs from the decision, in the order given
 */
public record MajorityVote(boolean admits, List<String> minority) {

  /**
   * @param opinions each member's opinion, {@code true} = admit, in a stable order
   */
  public static MajorityVote of(Map<String, Boolean> opinions, boolean evenSplitAdmits) {
    if (opinions.isEmpty()) {
      throw new IllegalArgumentException("A commission decides with at least one opinion");
    }
    long admitting = opinions.values().stream().filter(Boolean::booleanValue).count();
    long rejecting = opinions.size() - admitting;
    boolean admits = admitting == rejecting ? evenSplitAdmits : admitting > rejecting;
    List<String> minority = opinions.entrySet().stream()
        .filter(opinion -> opinion.getValue() != admits)
        .map(Map.Entry::getKey)
        .toList();
    return new MajorityVote(admits, minority);
  }
}
