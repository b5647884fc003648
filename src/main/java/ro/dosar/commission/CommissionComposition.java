package ro.dosar.commission;

import java.util.List;
import java.util.Objects;

/**
 * The proposed composition of the two commissions of one contest, as the Rector's decisions
 * would constitute them (§8.1.5(1); Annex 4).
 *
 * <p>There is a single secretary on purpose: the law gives both commissions the same one
 * (§8.1.5(6)), so the shape of the data already enforces it.
 *
 * @param postCategory   the category of the contested post; required
 * @param competition    the members of the competition commission (comisia de concurs)
 * @param contestation   the members of the contestation commission (comisia de soluționare a
 *                       contestațiilor)
 * @param secretary      the secretary of both commissions; {@code null} when none is named, which
 *                       is a COM-03 violation rather than an error
 * @param candidateCodes the numeric codes of the registered candidates, if already known; used
 *                       to word the COM-20 messages
 */
public record CommissionComposition(
    PostCategory postCategory,
    List<CommissionMember> competition,
    List<CommissionMember> contestation,
    Secretary secretary,
    List<String> candidateCodes) {

  /**
   * Missing lists are empty lists; blank candidate codes are dropped.
   *
   * @throws NullPointerException when the category is missing or a list holds a {@code null}
   *                              member
   */
  public CommissionComposition {
    Objects.requireNonNull(postCategory, "postCategory");
    competition = competition == null ? List.of() : List.copyOf(competition);
    contestation = contestation == null ? List.of() : List.copyOf(contestation);
    candidateCodes = candidateCodes == null ? List.of() : candidateCodes.stream()
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(code -> !code.isEmpty())
        .toList();
  }

  /** The members of one of the two commissions. */
  public List<CommissionMember> members(CommissionKind kind) {
    return switch (kind) {
      case COMPETITION -> competition;
      case CONTESTATION -> contestation;
    };
  }
}
