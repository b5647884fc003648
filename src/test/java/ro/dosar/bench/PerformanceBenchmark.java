package ro.dosar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The performance benchmark, run on purpose only ({@code scripts/bench}, which sets {@code
 * -Ddosar.bench=true}); never part of {@code mvn verify}. Writes {@code
 * docs/performance-last-run.md} and {@code docs/performance-last-run.png}.
 */
@EnabledIfSystemProperty(named = "dosar.bench", matches = "true")
class PerformanceBenchmark {

  @Test
  void measure() {
    List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "200,1000,2000")
        .split(",")).map(String::trim).map(Integer::valueOf).toList();
    Benchmark benchmark = new Benchmark(sizes,
        Integer.parseInt(System.getProperty("bench.fullUpTo", "1000")),
        Integer.parseInt(System.getProperty("bench.walkUpTo", "200")),
        Integer.parseInt(System.getProperty("bench.sample", "100")),
        Integer.parseInt(System.getProperty("bench.queryCalls", "200")),
        Boolean.parseBoolean(System.getProperty("bench.startups", "true")),
        Integer.parseInt(System.getProperty("bench.pgbenchSeconds", "30")),
        Integer.parseInt(System.getProperty("bench.warmUp", "20")),
        Path.of("target", "bench"));
    int attach = Integer.parseInt(System.getProperty("bench.attachPort", "0"));
    if (attach > 0) {
      // P3 only, against a Dosar started by hand with the bench profile (e.g. 2,000 candidates).
      BenchResults results = benchmark.queriesOnly(attach);
      results.write(Path.of(System.getProperty("bench.output", "target/bench")),
          System.getProperty("bench.name", "queries"));
      assertThat(results.queries).isNotEmpty();
      return;
    }
    BenchResults results = benchmark.run();
    results.write(Path.of(System.getProperty("bench.output", "docs")),
        System.getProperty("bench.name", "performance-last-run"));
    assertThat(results.sizes).hasSameSizeAs(sizes);
  }
}
