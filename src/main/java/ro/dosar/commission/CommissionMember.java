package ro.dosar.commission;

import java.util.List;
import java.util.Objects;
import ro.dosar.gender.Gender;

/**
 * One member of a commission, with the facts the composition rules look at.
 *
 * @param userId             the member's user id in the identity service
 * @param president          whether the member is the commission's president
 * @param leadershipPost     whether the member holds a leadership post (counts for COM-07)
 * @param unerasedSanction   whether the member has a disciplinary sanction that has not been
 *                           erased („radiată”) under the law (COM-08)
 * @param relatedTo          the user ids of other members, or the numeric codes of candidates,
 *                           of whom the member is the spouse, a relative or an in-law up to the
 *                           4th degree inclusive (COM-20 b)
 * @param department         the member's department, for information
 * @param conflictOfInterest whether a COM-20 a) or c) situation was declared or established:
 *                           financial relations with a candidate, or direct hierarchical
 *                           subordination to a candidate
 * @param gender             the member's gender as the personnel records give it ({@code FEMALE}
 *                           or {@code MALE}); {@code null} when not recorded, which the
 *                           gender-balance check reports (gender equality plan §6.4.3)
 */
public record CommissionMember(
    String userId,
    boolean president,
    boolean leadershipPost,
    boolean unerasedSanction,
    List<String> relatedTo,
    String department,
    boolean conflictOfInterest,
    Gender gender) {

  /** Strips blanks around the id and the relations; a missing list is an empty one. */
  public CommissionMember {
    userId = userId == null ? null : userId.strip();
    relatedTo = relatedTo == null ? List.of() : relatedTo.stream()
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .toList();
  }

  /** Whether the member has no usable user id, so that nobody can tell who the member is. */
  public boolean hasNoUserId() {
    return userId == null || userId.isEmpty();
  }
}
