package ro.dosar.contest;

import java.time.LocalDate;
import ro.dosar.commission.PostCategory;

/** One contest for one (or several identical) posts: the record the process keeps up to date. */
public record Contest(
    long id,
    String institutionCode,
    String postName,
    String structure,
    PostCategory postCategory,
    VacancyType vacancyType,
    int posts,
    ContestStatus status,
    String statusReason,
    String processInstanceId,
    LocalDate commissionsSignedOn,
    LocalDate publicationDate,
    LocalDate firstTestDate,
    LocalDate submissionDeadline,
    LocalDate selectionDeadline,
    LocalDate selectionResultsDisplay,
    LocalDate selectionContestationDeadline,
    LocalDate selectionContestationResolution,
    Long restartedFrom) {

  /** The business key of its process instance, also the contest's name in Cockpit. */
  public String businessKey() {
    return businessKey(id);
  }

  public static String businessKey(long contestId) {
    return "CONCURS-" + contestId;
  }

  /** The Camunda group of the members of its competition commission. */
  public static String competitionGroup(long contestId) {
    return "cc-" + contestId;
  }

  /** The Camunda group of the members of its contestation commission. */
  public static String contestationGroup(long contestId) {
    return "csc-" + contestId;
  }
}
