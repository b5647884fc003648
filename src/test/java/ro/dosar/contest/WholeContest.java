package ro.dosar.contest;

import static ro.dosar.contest.ContestDriver.now;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import ro.dosar.commission.StaffRepository;

/**
 * A whole contest with many candidates, walked from the proposal to the displayed final
 * results: everybody admitted at selection; the first candidate scores 95 in the written test,
 * candidate i &gt; 0 scores {@code 90 - (i % 40)}; in the interview candidate i scores
 * {@code 80 - (i % 30)}. So the first candidate wins alone.
 */
public final class WholeContest {

  private WholeContest() {
  }

  public static ContestDriver walk(ProcessEngine engine, IdentityService identity,
      StaffRepository staff, TestRepository tests, String prefix, int files) {
    List<String> cc = List.of(prefix + ".cc.p", prefix + ".cc.m1", prefix + ".cc.m2");
    List<String> csc = List.of(prefix + ".csc.p", prefix + ".csc.m1", prefix + ".csc.m2");
    ContestDriver.employees(identity, staff, cc.get(0) + ":Drept:leader",
        cc.get(1) + ":Economic", cc.get(2) + ":Economic", csc.get(0) + ":Litere:leader",
        csc.get(1) + ":Juridic", csc.get(2) + ":Tehnic", prefix + ".secretary:HR");
    now(LocalDate.of(2025, 8, 27), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal().constitute(cc, csc, prefix + ".secretary")
        .announce(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23),
            LocalDate.of(2025, 9, 29));
    now(LocalDate.of(2025, 9, 1), 9);
    contest.publish();
    now(LocalDate.of(2025, 9, 12), 12);
    long[] codes = new long[files];
    for (int i = 0; i < files; i++) {
      codes[i] = contest.registerFile("Candidat " + i,
          LocalDateTime.of(2025, 9, 10, 8, 0).plusMinutes(i), "ABDEFGHI");
    }
    now(LocalDate.of(2025, 9, 15), 17);
    contest.closeWindow();
    for (String member : cc) {
      for (long code : codes) {
        contest.select(member, code, true, null);
      }
    }
    now(LocalDate.of(2025, 9, 18), 9);
    contest.displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    contest.closeWindow();

    now(LocalDate.of(2025, 9, 23), 9);
    TestDriver written = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("wMax1", 60L, "wMax2", 40L)).rollCall("");
    for (int i = 0; i < files; i++) {
      String total = String.valueOf(i == 0 ? 95 : 90 - (i % 40));
      written.scoreAll(codes[i], total, total, total);
    }
    now(LocalDate.of(2025, 9, 24), 10);
    written.display();
    now(LocalDate.of(2025, 9, 25), 17);
    contest.closeWindow();

    now(LocalDate.of(2025, 9, 29), 9);
    TestDriver interview = new TestDriver(engine, contest.testStage(), tests, cc)
        .plan(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L)).rollCall("");
    for (int i = 0; i < files; i++) {
      String total = String.valueOf(80 - (i % 30));
      interview.scoreAll(codes[i], total, total, total);
    }
    now(LocalDate.of(2025, 9, 30), 10);
    interview.display();
    now(LocalDate.of(2025, 10, 1), 17);
    contest.closeWindow();
    contest.complete("displayFinalResults", Map.of("finalMinutesSigned", true,
        "finalResultsShown", true));
    return contest;
  }
}
