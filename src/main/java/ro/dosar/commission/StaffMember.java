package ro.dosar.commission;

import ro.dosar.gender.Gender;

/**
 * What HR records about an employee that the commission rules need (spec §3.1): the department
 * (the secretary must be from HR), whether the person holds a leadership post (COM-07), and
 * whether a disciplinary sanction is not yet erased (COM-08); and the gender of the personnel
 * records, which the gender-balance check of every commission needs (gender equality plan §6.4.3;
 * {@code null}: not recorded yet).
 */
public record StaffMember(String userId, String fullName, String department,
    boolean leadershipPost, boolean unerasedSanction, Gender gender) {
}
