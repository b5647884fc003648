package ro.dosar.gender;

import java.util.Objects;

/**
 * The answer of {@code commissionGenderComposition} ({@code
 * dmn/equality/commission-gender-composition.dmn}, spec §8.2 DMN-1) for one contest commission.
 *
 * @param status whether the commission is empty, mixed or of a single gender
 * @param action what the contest process must do about it
 * @param underrepresentedGender the gender missing from a single-gender commission; {@code null}
 *     when the commission is empty or mixed
 */
public record CommissionComposition(Status status, Action action,
    Gender underrepresentedGender) {

  public CommissionComposition {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(action, "action");
  }

  /** The composition of the commission's voting members. */
  public enum Status {
    /** No voting member: the commission cannot be evaluated. */
    INVALID_EMPTY,
    /** At least one woman and at least one man. */
    MIXED,
    /** Only women or only men. */
    SINGLE_GENDER
  }

  /** What the contest process does with the commission. */
  public enum Action {
    /** The contest cannot go on until the commission is (re)composed. */
    BLOCK,
    /** Nothing to do. */
    NONE,
    /** The contest goes on once a justification is recorded. */
    JUSTIFICATION_REQUIRED
  }
}
