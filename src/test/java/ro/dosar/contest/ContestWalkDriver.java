package ro.dosar.contest;

import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import ro.dosar.commission.StaffRepository;

/**
 * The contest that the end-to-end walks share ({@link ContestWalkTest}, {@link
 * ContestFidelityTest}): a competition commission (CC) and a contestation commission (CSC) of
 * three people each, named by the test's prefix, with their secretary; proposed on Wed 27 Aug
 * 2025, published on Mon 1 Sep, the written test on Tue 23 Sep (60 + 40 points) and the
 * interview on Mon 29 Sep (four criteria of 25 points).
 */
final class ContestWalkDriver {

  static final LocalDate WRITTEN_TEST = LocalDate.of(2025, 9, 23);
  static final LocalDate INTERVIEW = LocalDate.of(2025, 9, 29);

  final List<String> cc;
  final List<String> csc;
  final String secretary;

  ContestWalkDriver(String prefix) {
    cc = List.of(prefix + ".cc.p", prefix + ".cc.m1", prefix + ".cc.m2");
    csc = List.of(prefix + ".csc.p", prefix + ".csc.m1", prefix + ".csc.m2");
    secretary = prefix + ".secretary";
  }

  /**
   * The commissions' people and the secretary as employees and engine users, then the test's
   * own {@code others} ({@code id:structure[:flags]}, see {@link ContestDriver#employees}).
   */
  void employ(IdentityService identity, StaffRepository staff, String... others) {
    List<String> specs = new ArrayList<>(List.of(cc.get(0) + ":Drept:leader",
        cc.get(1) + ":Economic", cc.get(2) + ":Economic", csc.get(0) + ":Litere:leader",
        csc.get(1) + ":Juridic", csc.get(2) + ":Tehnic", secretary + ":HR"));
    specs.addAll(List.of(others));
    ContestDriver.employees(identity, staff, specs.toArray(String[]::new));
  }

  /** Proposed, constituted and published; the clock is left on Wed 10 Sep 2025, 12:00. */
  ContestDriver toRegistration(ProcessEngine engine) {
    now(LocalDate.of(2025, 8, 27), 9);
    return new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .toRegistration(cc, csc, secretary, WRITTEN_TEST, INTERVIEW);
  }

  /** The written test planned (60 + 40 points) and its roll call made, nobody absent. */
  TestDriver writtenTest(ProcessEngine engine, ContestDriver contest, TestRepository tests) {
    return new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
  }

  /** The interview planned (four criteria of 25 points) and its roll call made, nobody absent. */
  TestDriver interview(ProcessEngine engine, ContestDriver contest, TestRepository tests) {
    return new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
  }
}
