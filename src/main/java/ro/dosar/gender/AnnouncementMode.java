package ro.dosar.gender;

/**
 * How an announcement that lacks the encouragement statement or the HR checklist is treated once
 * the equal-opportunity recruitment policy is in force (spec §8.2 DMN-6): {@link #WARN} lets it be
 * published with a recorded warning, {@link #BLOCK} (the default) refuses it.
 */
public enum AnnouncementMode {
  WARN,
  BLOCK
}
