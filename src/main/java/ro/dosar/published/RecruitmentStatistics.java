package ro.dosar.published;

import java.util.List;

/**
 * What the recruitment contest publishes for the gender-equality monitoring report (spec
 * equality §7): the contests completed in a year, the seats of their commissions, their
 * candidates and the winners who took up their posts, each with its gender. The contest answers
 * it from its own records; the report reads it here and never the contest's tables. Year
 * attribution as §7 rule 6 sets it: a contest by its completion date (final result), a hire by the
 * day the winner took up the post.
 */
public interface RecruitmentStatistics {

  /** A contest completed in the year. */
  record CompletedContest(long id, String postCategory, boolean anonymousFirstStage,
      String announcementCompliance, String commissionGenderJustification) {
  }

  /**
   * A voting seat of a contest's CC or CSC as finally composed: the secretary is not a member
   * (§7 rule 7), a member replaced during the contest gives his seat to his replacement.
   */
  record Seat(long contestId, String commission, String gender) {
  }

  /** A candidate's gender and its contest. */
  record CandidateGender(long contestId, String postCategory, String gender) {
  }

  /** The institution's contests whose final result came in the year. */
  List<CompletedContest> contestsCompleted(String institution, int year);

  /** The voting seats of the contests' commissions as finally composed. */
  List<Seat> seats(List<Long> contestIds);

  /** The candidates of the contests. */
  List<CandidateGender> candidates(List<Long> contestIds);

  /** The winners who took up their post in the year (the hire date, §7 rule 6). */
  List<CandidateGender> hires(String institution, int year);
}
