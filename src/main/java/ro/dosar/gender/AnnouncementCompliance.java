package ro.dosar.gender;

/**
 * The answer of {@code announcementCompliance} ({@code dmn/equality/announcement-compliance.dmn},
 * spec §8.2 DMN-6) for a contest announcement.
 */
public enum AnnouncementCompliance {
  /** The encouragement statement is there and HR confirmed the checklist. */
  OK,
  /** Something is missing: the announcement goes on, the warning is recorded and shown. */
  WARNING,
  /** Something is missing and the policy is in force in BLOCK mode: the announcement is refused. */
  BLOCK
}
