package ro.dosar.gender;

import java.util.Objects;

/**
 * The answer of {@code genderRepresentationStatus} ({@code
 * dmn/equality/gender-representation-status.dmn}, spec §8.2 DMN-2) for one gender in one group of
 * leadership posts.
 *
 * @param status the band of the gender's share
 * @param analysisTrigger fewer than one third: GLEG must identify the causes and propose
 *     corrective actions ([S6.1])
 * @param below30 under-represented, below 30 % (the long-term objective of [S6])
 * @param target2029Met at least 40 %, the 2029 target of [S6.1]
 */
public record GenderRepresentation(Status status, boolean analysisTrigger, boolean below30,
    boolean target2029Met) {

  public GenderRepresentation {
    Objects.requireNonNull(status, "status");
  }

  /** The band of a gender's share in a group, compared exactly (spec §7 rule 2). */
  public enum Status {
    /** The group has no occupied post: there is no share. */
    NOT_APPLICABLE,
    /** Share below 30 %. */
    UNDER_REPRESENTED_BELOW_30,
    /** Share from 30 % up to, not including, one third. */
    BELOW_ONE_THIRD,
    /** Share from one third up to, not including, 40 %. */
    BELOW_40_TARGET,
    /** Share of 40 % or more. */
    TARGET_MET
  }
}
