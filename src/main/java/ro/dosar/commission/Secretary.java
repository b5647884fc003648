package ro.dosar.commission;

import java.util.Locale;

/**
 * The secretary of both commissions (§8.1.5(5),(6)): one person from the HR department, appointed
 * by the same decision, who is not a member.
 *
 * @param userId     the secretary's user id in the identity service
 * @param department the secretary's department; {@code "HR"} (any case) is the D.R.U.
 */
public record Secretary(String userId, String department) {

  /** The department code of the HR department (D.R.U.). */
  public static final String HR_DEPARTMENT = "HR";

  /** Strips blanks around the id and the department. */
  public Secretary {
    userId = userId == null ? null : userId.strip();
    department = department == null ? null : department.strip();
  }

  /** Whether the secretary has no usable user id. */
  public boolean hasNoUserId() {
    return userId == null || userId.isEmpty();
  }

  /** Whether the secretary works in the HR department, whatever the case of the code. */
  public boolean isFromHr() {
    return department != null
        && department.toUpperCase(Locale.ROOT).equals(HR_DEPARTMENT);
  }
}
