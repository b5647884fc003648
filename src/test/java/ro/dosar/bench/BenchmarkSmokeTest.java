package ro.dosar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at 20 candidates, so that it cannot rot: a real PostgreSQL, Dosar in its own
 * JVM, the contest walked to its final results through REST beside its baseline, the Tasklist
 * queries, the report and its plot. No timing is asserted; what the run did is. The bench
 * contest's tests lie in the past (BenchContest), so the walk passes each test's hour at once.
 */
class BenchmarkSmokeTest {

  @Test
  void aTwentyCandidateContestRunsThroughTheWholeBenchmark() throws Exception {
    Path output = Path.of("target", "bench-smoke");
    // 20 candidates walked to the end; 30 generated, queried and sampled (2 tasks a member).
    BenchResults results = new Benchmark(List.of(20, 30), 20, 20, 2, 5, false, 0, 0, output)
        .run();
    results.write(output, "smoke");

    BenchResults.Size size = results.sizes.get(0);
    assertThat(size.dosar().get("selection").tasks()).isEqualTo(5 * 20);
    assertThat(size.dosar().get("written test").tasks()).isEqualTo(5 * 19);
    assertThat(size.dosar().get("interview").tasks()).isEqualTo(5 * 19);
    assertThat(size.dosar().get("selection contestations").tasks()).isEqualTo(3);
    assertThat(size.dosar().get("written test contestations").tasks()).isEqualTo(3);
    assertThat(size.dosar().get("interview contestations").tasks()).isEqualTo(3);
    assertThat(size.baseline().keySet()).containsExactlyElementsOf(size.dosar().keySet());
    assertThat(size.baseline().get("selection").tasks()).isEqualTo(5 * 20);
    // Final results displayed: the winner is asked to present at the post.
    assertThat(size.finalStatus()).isEqualTo("PRESENTING");
    BenchResults.Size sampled = results.sizes.get(1);
    assertThat(sampled.sampled()).isTrue();
    assertThat(sampled.dosar().keySet()).containsExactly("selection");
    assertThat(sampled.dosar().get("selection").tasks()).isEqualTo(5 * 2);
    assertThat(sampled.baseline().get("selection").tasks()).isEqualTo(5 * 2);
    assertThat(sampled.finalStatus()).isEqualTo("SELECTION");
    assertThat(results.queryOpenTasks).as("queried at the largest size, before its sample")
        .isGreaterThanOrEqualTo(5 * 30);
    assertThat(results.queries).hasSize(8)
        .allSatisfy(query -> assertThat(query.latencies().count()).isEqualTo(5));
    assertThat(results.queries).filteredOn(query -> query.query().startsWith("Tasklist session"))
        .as("the filter's page and count through Tasklist's own API and session").hasSize(2);
    assertThat(Files.readString(output.resolve("smoke.md"))).contains("| 20 | selection | 100 |")
        .contains("| 30 | selection (first 2 of each member) | 10 |");
    assertThat(output.resolve("smoke.png")).isNotEmptyFile();
  }
}
