package ro.dosar.commission;

/**
 * What HR records about an employee that the commission rules need (spec §3.1): the department
 * (the secretary must be from HR), whether the person holds a leadership post (COM-07), and
 * whether a disciplinary sanction is not yet erased (COM-08).
 */
public record StaffMember(String userId, String fullName, String department,
    boolean leadershipPost, boolean unerasedSanction) {
}
