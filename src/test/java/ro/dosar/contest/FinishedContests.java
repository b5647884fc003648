package ro.dosar.contest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import ro.dosar.commission.StaffRepository;

/** For tests outside this package: a whole contest walked to its displayed final results. */
public final class FinishedContests {

  private FinishedContests() {
  }

  /** Returns the contest's id. */
  public static long walk(ProcessEngine engine, IdentityService identity, StaffRepository staff,
      TestRepository tests, String prefix, int files) {
    return WholeContest.walk(engine, identity, staff, tests, prefix, files).contestId;
  }
}
