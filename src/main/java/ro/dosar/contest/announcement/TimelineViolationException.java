package ro.dosar.contest.announcement;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A contest's dates break the law: thrown by {@link ContestTimelineService#requireLawful} so that
 * a process step or a service can refuse the dates. The message is the Romanian messages of the
 * violations, one after the other, fit to show to the user.
 */
public class TimelineViolationException extends RuntimeException {

  private final transient ContestTimeline timeline;

  /**
   * @param timeline the computed timeline; it must have at least one violation
   * @throws IllegalArgumentException if the timeline is lawful
   */
  public TimelineViolationException(ContestTimeline timeline) {
    super(messages(timeline));
    this.timeline = timeline;
  }

  private static String messages(ContestTimeline timeline) {
    Objects.requireNonNull(timeline, "timeline");
    if (timeline.lawful()) {
      throw new IllegalArgumentException("A lawful timeline has no violations to report");
    }
    return timeline.violations().stream()
        .map(TimelineViolation::message)
        .collect(Collectors.joining(" "));
  }

  /** The whole timeline, with the dates the law requires. */
  public ContestTimeline getTimeline() {
    return timeline;
  }

  /** What is wrong, in the order found; never empty. */
  public List<TimelineViolation> getViolations() {
    return timeline.violations();
  }
}
